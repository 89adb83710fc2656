package blockmodel

import (
	"bytes"
	"fmt"
	"math"
	"testing"
)

func TestEmbeddedModelLoads(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	if m.binary.len() != 1<<binaryBits || len(m.kind) != len(Kinds) {
		t.Fatalf("embedded model has %d weights and %d kinds", m.binary.len(), len(m.kind))
	}
}

// TestEmbeddedModelJudges checks the trained model on blocks written for
// this test, not seen in training: every piece of plain boilerplate at the
// end of a story scores above every piece of news text in the middle of
// one. (It checks the ranking, not the thresholds: the cleaner removes a
// block only at 0.95 and above.)
func TestEmbeddedModelJudges(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		b    Block
		bp   bool
	}{
		{"consent notice", Block{Text: "We and our partners store cookies on your device to measure audiences and personalise ads. You can change your choices at any time in the privacy centre.", Pos: PosLast, Links: []string{"/privacy-policy"}, Lang: "en"}, true},
		{"membership plug", Block{Text: "Independent reporting costs money. Become a member from £5 a month and keep our newsroom going.", Pos: PosLast, Links: []string{"/support-us"}, Lang: "en"}, true},
		{"news paragraph", Block{Text: "The council voted eight to three on Tuesday to close the bridge for repairs from March, diverting buses through the town centre for six weeks.", Pos: PosMiddle, Lang: "en"}, false},
		{"quote", Block{Text: "“We had no warning at all,” said one shopkeeper, whose takings fell by half during the last closure.", Pos: PosMiddle, Lang: "en"}, false},
	}
	minBP, maxArticle := 1.0, 0.0
	for _, tc := range tests {
		p, kind := m.Score(tc.b, 0)
		t.Logf("%s: p=%.3f kind=%s", tc.name, p, kind)
		if tc.bp {
			minBP = math.Min(minBP, p)
		} else {
			maxArticle = math.Max(maxArticle, p)
		}
	}
	if minBP <= maxArticle {
		t.Errorf("boilerplate scored as low as %.3f, article text as high as %.3f", minBP, maxArticle)
	}
}

func TestWriteRead(t *testing.T) {
	ex := []Example{
		{Block: Block{Text: "Subscribe to our newsletter for the week's best stories", Pos: PosLast}, Boilerplate: true, Kind: "newsletter", Group: "a"},
		{Block: Block{Text: "The river rose two metres overnight and flooded the lower town", Pos: PosMiddle}, Group: "b"},
	}
	m := Train(ex, TrainOptions{Epochs: 3, Seed: 1})
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex {
		a, b := m.Prob(e.Block), got.Prob(e.Block)
		if math.Abs(a-b) > 0.05 {
			t.Errorf("%q: %.3f before quantising, %.3f after", e.Text, a, b)
		}
	}
	if _, err := Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	ex := []Example{
		{Block: Block{Text: "Follow us on Mastodon for live updates", Pos: PosLast}, Boilerplate: true, Kind: "share", Group: "a"},
		{Block: Block{Text: "Police closed the road after the crash", Pos: PosMiddle}, Group: "b"},
	}
	a, b := Train(ex, TrainOptions{Seed: 3}), Train(ex, TrainOptions{Seed: 3})
	var x, y bytes.Buffer
	a.Write(&x)
	b.Write(&y)
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Error("the same data and seed gave different weights")
	}
}

// TestShuffleKeepsOrderWhenDataGrow checks that an example added to the
// data leaves the others in the order they had within each epoch: a
// small change to the data must not redraw the whole training order.
func TestShuffleKeepsOrderWhenDataGrow(t *testing.T) {
	var ex []Example
	for _, s := range []string{"Follow us on Mastodon", "Police closed the road", "Sign up for the morning briefing",
		"The council met on Tuesday", "Photo: Ana Ruiz", "Prices may change", "The vote was close", "Read more"} {
		ex = append(ex, Example{Block: Block{Text: s}})
	}
	grown := append([]Example{{Block: Block{Text: "Listen to this story"}}}, ex...)
	ids := func(es []Example) []uint64 {
		out := make([]uint64, len(es))
		for i, e := range es {
			out[i] = exampleID(e)
		}
		return out
	}
	for epoch := range 3 {
		a, b := make([]int, len(ex)), make([]int, len(grown))
		shuffle(a, ids(ex), 7, epoch)
		shuffle(b, ids(grown), 7, epoch)
		var want, got []string
		for _, i := range a {
			want = append(want, ex[i].Text)
		}
		for _, i := range b {
			if i != 0 {
				got = append(got, grown[i].Text)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("epoch %d: order changed when an example was added:\n%v\n%v", epoch, want, got)
		}
		if epoch == 0 {
			continue
		}
		prev := make([]int, len(ex))
		shuffle(prev, ids(ex), 7, epoch-1)
		if fmt.Sprint(prev) == fmt.Sprint(a) {
			t.Errorf("epochs %d and %d have the same order", epoch-1, epoch)
		}
	}
}
