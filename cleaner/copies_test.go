package cleaner_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// The story of the copy tests: four paragraphs under a headline.
var copyStory = []string{
	"The ferry between the two islands ran again on Monday after a storm had kept it in port for nine days, the longest stop since the service began.",
	"Crews spent the weekend checking the ramps on both sides, and the operator said the first crossing left on time with forty passengers on board.",
	"Shops on the smaller island had run short of milk and bread by Friday, and a fishing boat brought in supplies on Saturday morning.",
	"The council will ask the operator for a second boat next winter, so that one can sail while the other is repaired.",
}

func copyPage(body string) string {
	return `<!DOCTYPE html><html lang="en"><head><title>Ferry runs again</title></head><body><main><h1>Ferry runs again</h1>` + body + `</main></body></html>`
}

func paras(ps ...string) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("<p>" + p + "</p>")
	}
	return b.String()
}

func TestCopiesRemoved(t *testing.T) {
	plan := []string{
		"Warm up: ten minutes of easy running and five minutes of drills before the main set.",
	}
	tests := []struct {
		name      string
		body      string
		keep      []string
		wantTimes int // times the story's first paragraph is in the text
		wantCopy  int // removals with rule "copy"
	}{
		{"the story once", `<div class="desktop">` + paras(copyStory...) + `</div>`, nil, 1, 0},
		{"a desktop and a mobile copy",
			`<div class="desktop">` + paras(copyStory...) + `</div><div class="mobile">` + paras(copyStory...) + `</div>`, nil, 1, 4},
		{"kept with --keep repeated",
			`<div class="desktop">` + paras(copyStory...) + `</div><div class="mobile">` + paras(copyStory...) + `</div>`, []string{"repeated"}, 2, 0},
		{"one line repeated between different ones stays",
			paras(copyStory[0], plan[0], copyStory[1], plan[0], copyStory[2], plan[0], copyStory[3], plan[0]), nil, 1, 0},
		{"two paragraphs repeated are no copy",
			paras(copyStory...) + paras(copyStory[0], copyStory[1]), nil, 2, 0},
		{"a caption under each slide of a gallery is given once",
			`<figure><figcaption>The first ferry of the day leaves the harbour on Monday morning.</figcaption></figure>` +
				`<figure><figcaption>The first ferry of the day leaves the harbour on Monday morning.</figcaption></figure>` +
				`<figure><figcaption>The first ferry of the day leaves the harbour on Monday morning.</figcaption></figure>` + paras(copyStory...), nil, 1, 2},
		{"a short line twice in a row stays",
			paras(copyStory[0], copyStory[1]) + `<p>Ha, ha.</p><p>Ha, ha.</p>` + paras(copyStory[2], copyStory[3]), nil, 1, 0},
		{"a list repeated in a summary stays",
			paras(copyStory...) + `<ul><li>Ramps checked on both sides of the crossing by the crews over the weekend</li><li>Forty passengers on the first crossing on Monday morning after the storm</li><li>A second boat asked for by the council for the next winter season</li></ul>` +
				paras(copyStory[3]) + `<ul><li>Ramps checked on both sides of the crossing by the crews over the weekend</li><li>Forty passengers on the first crossing on Monday morning after the storm</li><li>A second boat asked for by the council for the next winter season</li></ul>`,
			nil, 1, 0},
	}
	u, _ := url.Parse("https://ferry.example/news/ferry-runs-again")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean(strings.NewReader(copyPage(tc.body)), u, cleaner.Options{Keep: tc.keep})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(a.Text, copyStory[0]); got != tc.wantTimes {
				t.Errorf("first paragraph %d times in the text, want %d:\n%s", got, tc.wantTimes, a.Text)
			}
			for _, p := range copyStory {
				if !strings.Contains(a.Text, p) {
					t.Errorf("paragraph lost: %q", p)
				}
			}
			copies := 0
			for _, r := range a.Removed {
				if r.Rule == "copy" {
					copies++
					if r.Kind != "repeated" {
						t.Errorf("copy removed as %q, want kind repeated", r.Kind)
					}
				}
			}
			if copies != tc.wantCopy {
				t.Errorf("%d removals with rule copy, want %d: %+v", copies, tc.wantCopy, a.Removed)
			}
		})
	}
}
