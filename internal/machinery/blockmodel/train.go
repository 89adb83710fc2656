package blockmodel

import (
	"math"
	"math/rand/v2"
)

// Example is one labelled block for training.
type Example struct {
	Block
	Boilerplate bool
	Kind        string // for boilerplate, one of Kinds, or "" when unknown
	Group       string // the site it came from: folds never split a group
}

// TrainOptions tunes Train. The zero value uses the defaults.
type TrainOptions struct {
	Epochs int     // passes over the data; 0 means 8
	Rate   float64 // AdaGrad's base rate; 0 means 0.2
	L2     float64 // weight decay per step; 0 means 1e-6
	Seed   uint64  // shuffling seed; the same data and seed give the same weights
}

// Train fits both halves of the model with AdaGrad on the logistic loss.
// Boilerplate examples weigh more than article ones (see wPos).
func Train(examples []Example, opts TrainOptions) *Model {
	if opts.Epochs == 0 {
		opts.Epochs = 8
	}
	if opts.Rate == 0 {
		opts.Rate = 0.2
	}
	if opts.L2 == 0 {
		opts.L2 = 1e-6
	}
	fs := make([][]feature, len(examples))
	pos := 0
	for i, e := range examples {
		fs[i] = features(e.Block)
		if e.Boilerplate {
			pos++
		}
	}
	// Boilerplate is the rarer class; it counts up to four times as much,
	// so that the model sees it without losing its calibration.
	wPos, wNeg := 1.0, 1.0
	if pos > 0 && pos < len(examples) {
		wPos = min(4, float64(len(examples)-pos)/float64(pos))
	}
	m := &Model{binary: table{f: make([]float32, 1<<binaryBits)}}
	g2 := make([]float32, len(m.binary.f))
	rng := rand.New(rand.NewPCG(opts.Seed, 1))
	order := rng.Perm(len(examples))
	for range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			y, w := 0.0, wNeg
			if examples[i].Boilerplate {
				y, w = 1, wPos
			}
			p := m.prob(fs[i])
			step(m.binary.f, g2, fs[i], w*(p-y), opts)
		}
	}
	// The kind half: a softmax over the kinds, on the boilerplate examples
	// whose kind is known.
	index := map[string]int{}
	for i, k := range Kinds {
		index[k] = i
	}
	m.kind = make([]table, len(Kinds))
	kg2 := make([][]float32, len(Kinds))
	for k := range m.kind {
		m.kind[k] = table{f: make([]float32, 1<<kindBits)}
		kg2[k] = make([]float32, 1<<kindBits)
	}
	mask := uint32(1<<kindBits - 1)
	z := make([]float64, len(Kinds))
	for range opts.Epochs {
		for _, i := range order {
			e := examples[i]
			k, ok := index[e.Kind]
			if !e.Boilerplate || !ok {
				continue
			}
			maxZ := math.Inf(-1)
			for c := range m.kind {
				w := m.kind[c].f
				z[c] = 0
				for _, f := range fs[i] {
					z[c] += float64(w[f.h&mask] * f.v)
				}
				maxZ = math.Max(maxZ, z[c])
			}
			sum := 0.0
			for c := range z {
				z[c] = math.Exp(z[c] - maxZ)
				sum += z[c]
			}
			for c := range m.kind {
				y := 0.0
				if c == k {
					y = 1
				}
				step(m.kind[c].f, kg2[c], fs[i], z[c]/sum-y, opts)
			}
		}
	}
	return m
}

// step is one AdaGrad update of w for features fs with loss gradient g.
func step(w, g2 []float32, fs []feature, g float64, opts TrainOptions) {
	mask := uint32(len(w) - 1)
	for _, f := range fs {
		j := f.h & mask
		grad := float32(g)*f.v + float32(opts.L2)*w[j]
		g2[j] += grad * grad
		w[j] -= float32(opts.Rate) * grad / (float32(math.Sqrt(float64(g2[j]))) + 1e-6)
	}
}

// Prob is the probability of boilerplate for b, for evaluation.
func (m *Model) Prob(b Block) float64 { return m.prob(features(b)) }
