package blockmodel

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Kinds are the boilerplate kinds the kind model tells apart: the cleaner's
// own kinds that text shows.
var Kinds = []string{"cookie", "affiliate", "newsletter", "share", "related", "comments", "author-bio", "ad", "notice", "nav", "byline"}

// Model holds the weights of both halves.
type Model struct {
	binary table   // 1 << binaryBits
	kind   []table // per kind, 1 << kindBits
}

// table is one weight table: float32 weights while training, or one signed
// byte per weight and a scale when read from a model file (the embedded
// model is used in place, without copying or converting its 442 KB).
type table struct {
	f     []float32
	q     []byte
	scale float32
}

func (t *table) len() int {
	if t.f != nil {
		return len(t.f)
	}
	return len(t.q)
}

func (t *table) at(i uint32) float32 {
	if t.f != nil {
		return t.f[i]
	}
	return float32(int8(t.q[i])) * t.scale
}

// Score returns the probability that b is boilerplate and, when that is
// at least minKind, its most likely kind ("" otherwise: the kind is worth
// computing only for a block that will go).
func (m *Model) Score(b Block, minKind float64) (float64, string) {
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	fs := sc.features(b)
	p := m.prob(fs)
	if p < minKind {
		return p, ""
	}
	return p, m.kindOf(fs)
}

// scratches keeps features' buffers between blocks: a block's n-grams
// were a tenth of the bytes a page's clean allocated.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

func (m *Model) prob(fs []feature) float64 {
	mask := uint32(m.binary.len() - 1)
	z := 0.0
	for _, f := range fs {
		z += float64(m.binary.at(f.h&mask) * f.v)
	}
	return sigmoid(z)
}

func (m *Model) kindOf(fs []feature) string {
	if len(m.kind) == 0 {
		return ""
	}
	mask := uint32(m.kind[0].len() - 1)
	best, bestZ := 0, math.Inf(-1)
	for k := range m.kind {
		w := &m.kind[k]
		z := 0.0
		for _, f := range fs {
			z += float64(w.at(f.h&mask) * f.v)
		}
		if z > bestZ {
			best, bestZ = k, z
		}
	}
	return Kinds[best]
}

func sigmoid(z float64) float64 {
	if z < -30 {
		return 0
	}
	if z > 30 {
		return 1
	}
	return 1 / (1 + math.Exp(-z))
}

//go:embed model.bin
var modelBin []byte

// Default returns the embedded model, or an error when the embedded file is
// damaged (a build defect).
var Default = sync.OnceValues(func() (*Model, error) {
	return parse(modelBin)
})

// The file format: magic, the two hash sizes and the number of kinds, then
// each table as a float32 scale and one int8 per weight.
var magic = [4]byte{'p', 'b', 'm', '1'}

// Write stores m, quantising each table to one signed byte per weight.
func (m *Model) Write(w io.Writer) error {
	hdr := struct {
		Magic       [4]byte
		Bin, Kind   uint8
		Kinds, Zero uint16
	}{magic, uint8(bitsOf(m.binary.len())), 0, uint16(len(m.kind)), 0}
	if len(m.kind) > 0 {
		hdr.Kind = uint8(bitsOf(m.kind[0].len()))
	}
	if err := binary.Write(w, binary.LittleEndian, hdr); err != nil {
		return fmt.Errorf("blockmodel: write: %w", err)
	}
	for _, t := range append([]table{m.binary}, m.kind...) {
		if err := writeTable(w, t.floats()); err != nil {
			return err
		}
	}
	return nil
}

// floats returns the table's weights as float32.
func (t *table) floats() []float32 {
	if t.f != nil {
		return t.f
	}
	out := make([]float32, len(t.q))
	for i := range t.q {
		out[i] = t.at(uint32(i))
	}
	return out
}

func writeTable(w io.Writer, t []float32) error {
	max := float32(0)
	for _, v := range t {
		if a := float32(math.Abs(float64(v))); a > max {
			max = a
		}
	}
	scale := max / 127
	if scale == 0 {
		scale = 1
	}
	q := make([]int8, len(t))
	for i, v := range t {
		q[i] = int8(math.Round(float64(v / scale)))
	}
	if err := binary.Write(w, binary.LittleEndian, scale); err != nil {
		return fmt.Errorf("blockmodel: write: %w", err)
	}
	if err := binary.Write(w, binary.LittleEndian, q); err != nil {
		return fmt.Errorf("blockmodel: write: %w", err)
	}
	return nil
}

// headerSize is the size of a model file's header.
const headerSize = 10

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("blockmodel: read: %w", err)
	}
	return parse(b)
}

// parse reads a model from b, using b's bytes as the weights in place.
func parse(b []byte) (*Model, error) {
	if len(b) < headerSize || [4]byte(b[:4]) != magic {
		return nil, errors.New("blockmodel: read: not a model file of this version")
	}
	bin, kindBits, kinds := int(b[4]), int(b[5]), int(binary.LittleEndian.Uint16(b[6:8]))
	if bin == 0 || bin > 24 || kindBits > 20 || kinds != len(Kinds) && kinds != 0 {
		return nil, errors.New("blockmodel: read: not a model file of this version")
	}
	b = b[headerSize:]
	m := &Model{}
	var err error
	if m.binary, b, err = parseTable(b, 1<<bin); err != nil {
		return nil, err
	}
	for range kinds {
		var t table
		if t, b, err = parseTable(b, 1<<kindBits); err != nil {
			return nil, err
		}
		m.kind = append(m.kind, t)
	}
	if len(b) != 0 {
		return nil, errors.New("blockmodel: read: trailing bytes after the weights")
	}
	return m, nil
}

func parseTable(b []byte, n int) (table, []byte, error) {
	if len(b) < 4+n {
		return table{}, nil, errors.New("blockmodel: read: the file ends inside a table")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[:4]))
	return table{q: b[4 : 4+n], scale: scale}, b[4+n:], nil
}

func bitsOf(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b
}
