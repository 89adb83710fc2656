package blockmodel

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strings"
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
	ids := make([]uint64, len(examples))
	for i, e := range examples {
		ids[i] = exampleID(e)
	}
	order := make([]int, len(examples))
	for epoch := range opts.Epochs {
		shuffle(order, ids, opts.Seed, epoch)
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

// shuffle fills order with the examples' indices in the order of one
// epoch: sorted by a hash of the seed, the epoch and each example's own
// identity, not by a permutation of positions. An example added to or
// dropped from the data then leaves the others' order as it was, so a
// small change to the data makes a small change to the model, not a new
// draw.
func shuffle(order []int, ids []uint64, seed uint64, epoch int) {
	keys := make([]uint64, len(ids))
	for i, id := range ids {
		keys[i] = mix(id ^ mix(seed+uint64(epoch)+1))
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
}

// exampleID hashes what an example is: its block and its labels.
func exampleID(e Example) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%d\x00%t\x00%s\x00%s\x00%s\x00%v\x00%v\x00%v\x00%v\x00%.3f\x00%s",
		e.Text, e.Pos, e.Boilerplate, e.Kind, e.Group, e.Lang, e.Form, e.Emphasis, e.Heading, e.ListItem, e.LinkDensity, strings.Join(e.Links, " "))
	return h.Sum64()
}

// mix is SplitMix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
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

// FeatureSum hashes the features every example gives, with its labels:
// it changes when the training data change and when the way features are
// read from a block changes, either of which makes a trained model stale.
func FeatureSum(examples []Example) string {
	h := sha256.New()
	var buf [8]byte
	for _, e := range examples {
		fmt.Fprintf(h, "%t\x00%s\x00%s\x00", e.Boilerplate, e.Kind, e.Group)
		for _, f := range features(e.Block) {
			binary.LittleEndian.PutUint32(buf[:4], f.h)
			binary.LittleEndian.PutUint32(buf[4:], math.Float32bits(f.v))
			h.Write(buf[:])
		}
		h.Write([]byte{0xFF})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
