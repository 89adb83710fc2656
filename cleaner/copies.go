package cleaner

import "github.com/pith-news/pith/internal/machinery/fields"

// A page may carry its story twice or more: a desktop and a mobile copy,
// one of them hidden by a style sheet the cleaner does not read, or a
// template that prints the body again under a tab. Extraction then gives
// the story twice. A run of blocks that starts with a block of
// copyLeadWords words or more, holds copyRunParas paragraphs (sentences of
// copyParaWords words or more), and repeats an earlier run block for block
// is such a copy: it is removed and listed with kind "repeated", rule
// "copy". One line repeated between different ones (a training plan's
// "Warm up: 10 minutes easy jogging" every week) is no run, and a list
// repeated in a summary (a product's pros and cons, an office's addresses,
// the same meals on two days of a meal plan) holds no such paragraphs: they
// stay. A block of copyEchoWords words or more that repeats the block right
// before it (a caption under each slide of a gallery, a card's title above
// and below its picture) is shown twice, not written twice: the second is
// removed the same way.
const (
	copyRunParas  = 3
	copyParaWords = 15
	copyLeadWords = 8
	copyEchoWords = 6
	// copyMaxSeen bounds the earlier places kept for one text: a run is
	// looked for after the first few only.
	copyMaxSeen = 8
	copyRule    = "copy"
)

// stripCopies removes the later copies of runs of blocks that the article
// repeats.
func (s *stripper) stripCopies(l articleLayout) {
	if s.keep[repeatedKind] || len(l.texts) < 2*copyRunParas {
		return
	}
	texts := l.texts // nodeText's, collapsed already
	seen := map[string][]int{}
	for i := 0; i < len(texts); {
		if i > 0 && texts[i] == texts[i-1] && fields.Count(texts[i]) >= copyEchoWords {
			s.remove(l.live[i], verdict{repeatedKind, copyRule}, texts[i])
			i++
			continue
		}
		if n := copyRun(texts, i, seen[texts[i]]); n > 0 {
			for k := i; k < i+n; k++ {
				s.remove(l.live[k], verdict{repeatedKind, copyRule}, texts[k])
			}
			i += n
			continue
		}
		if len(seen[texts[i]]) < copyMaxSeen && fields.Count(texts[i]) >= copyLeadWords {
			seen[texts[i]] = append(seen[texts[i]], i)
		}
		i++
	}
}

// copyRun returns the length of the longest run starting at i that repeats
// a run starting at one of the earlier places, ending before i, when it is
// long enough to be a copy; 0 otherwise.
func copyRun(texts []string, i int, earlier []int) int {
	best := 0
	for _, j := range earlier {
		k := 0
		for i+k < len(texts) && j+k < i && texts[j+k] == texts[i+k] {
			k++
		}
		best = max(best, k)
	}
	paras := 0
	for _, t := range texts[i : i+best] {
		if fields.Count(t) >= copyParaWords && isSentence(trimClosing(t)) {
			paras++
		}
	}
	if paras < copyRunParas {
		return 0
	}
	return best
}
