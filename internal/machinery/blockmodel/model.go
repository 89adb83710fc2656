package blockmodel

import (
	"bytes"
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
	binary []float32   // 1 << binaryBits
	kind   [][]float32 // per kind, 1 << kindBits
}

// Score returns the probability that b is boilerplate and, when that is
// at least minKind, its most likely kind ("" otherwise: the kind is worth
// computing only for a block that will go).
func (m *Model) Score(b Block, minKind float64) (float64, string) {
	fs := features(b)
	p := m.prob(fs)
	if p < minKind {
		return p, ""
	}
	return p, m.kindOf(fs)
}

func (m *Model) prob(fs []feature) float64 {
	mask := uint32(len(m.binary) - 1)
	z := 0.0
	for _, f := range fs {
		z += float64(m.binary[f.h&mask] * f.v)
	}
	return sigmoid(z)
}

func (m *Model) kindOf(fs []feature) string {
	if len(m.kind) == 0 {
		return ""
	}
	mask := uint32(len(m.kind[0]) - 1)
	best, bestZ := 0, math.Inf(-1)
	for k, w := range m.kind {
		z := 0.0
		for _, f := range fs {
			z += float64(w[f.h&mask] * f.v)
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
	return Read(bytes.NewReader(modelBin))
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
	}{magic, uint8(bitsOf(len(m.binary))), 0, uint16(len(m.kind)), 0}
	if len(m.kind) > 0 {
		hdr.Kind = uint8(bitsOf(len(m.kind[0])))
	}
	if err := binary.Write(w, binary.LittleEndian, hdr); err != nil {
		return fmt.Errorf("blockmodel: write: %w", err)
	}
	for _, t := range append([][]float32{m.binary}, m.kind...) {
		if err := writeTable(w, t); err != nil {
			return err
		}
	}
	return nil
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

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	var hdr struct {
		Magic       [4]byte
		Bin, Kind   uint8
		Kinds, Zero uint16
	}
	if err := binary.Read(r, binary.LittleEndian, &hdr); err != nil {
		return nil, fmt.Errorf("blockmodel: read: %w", err)
	}
	if hdr.Magic != magic || hdr.Bin == 0 || hdr.Bin > 24 || hdr.Kind > 20 || int(hdr.Kinds) != len(Kinds) && hdr.Kinds != 0 {
		return nil, errors.New("blockmodel: read: not a model file of this version")
	}
	m := &Model{}
	var err error
	if m.binary, err = readTable(r, 1<<hdr.Bin); err != nil {
		return nil, err
	}
	for range int(hdr.Kinds) {
		t, err := readTable(r, 1<<hdr.Kind)
		if err != nil {
			return nil, err
		}
		m.kind = append(m.kind, t)
	}
	return m, nil
}

func readTable(r io.Reader, n int) ([]float32, error) {
	var scale float32
	if err := binary.Read(r, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("blockmodel: read: %w", err)
	}
	q := make([]int8, n)
	if err := binary.Read(r, binary.LittleEndian, q); err != nil {
		return nil, fmt.Errorf("blockmodel: read: %w", err)
	}
	t := make([]float32, n)
	for i, v := range q {
		t[i] = float32(v) * scale
	}
	return t, nil
}

func bitsOf(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b
}
