package cleaner_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-news/pith/cleaner"
)

// TestEmailForms checks the sign-up boxes: a box that asks only for an
// e-mail address goes with its label and pitch, whether the page wraps
// the field in a <form> or a script runs it from a bare <div>; a box that
// also asks for a long text (a comment form) is not a sign-up box.
func TestEmailForms(t *testing.T) {
	story := []string{
		"The night bus to the northern villages will run every hour from January, the regional transport board decided on Monday after a trial that carried twice as many riders as planned.",
		"Students and shift workers had asked for the change for years, and the trial showed that most of them travel between midnight and two, when the last train has long gone.",
		"The board will pay for the extra buses by cutting two daytime runs that carried fewer than five people each, a choice that the villages' councils said they could accept.",
		"Drivers' union officials welcomed the decision but warned that the board would need to hire at least six more drivers, because the current rota already leaves little room for sick days or holidays.",
		"The villages furthest from the city, at the end of the valley road, will get a bus every ninety minutes rather than every hour, since the road there is narrow and the buses must turn in the square.",
		"Several riders who spoke at the board's meeting said the trial had changed how they plan their evenings, and one nurse said she no longer had to sleep at the hospital after a late shift.",
		"The new timetable starts on the first Sunday of January and will be reviewed after six months, when the board has counted the riders again.",
	}
	for _, tc := range []struct {
		name, box, gone string
	}{
		{"form", `<form action="/signup"><h3>The Late Edition</h3><p>Every Friday we send you what happened in the villages this week.</p><input type="email" name="address"><button>Sign me up</button></form>`, "Every Friday we send you"},
		{"script-run box", `<div class="c-4a"><p class="c-4a-t">The Late Edition</p><p>Every Friday we send you what happened in the villages this week.</p><input type="email" placeholder="your address"><button>Sign me up</button></div>`, "Every Friday we send you"},
		{"field named email", `<div class="box-7"><p>Every Friday we send you what happened in the villages this week.</p><input type="text" name="email"><button>Sign me up</button></div>`, "Every Friday we send you"},
		{"comment box", `<div class="reply"><p>Tell the other riders what you think of the new timetable.</p><input type="email" name="email"><textarea name="comment"></textarea><button>Post</button></div>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<html lang="en"><head><title>Night bus to run every hour</title></head><body><main><article><h1>Night bus to run every hour</h1>`)
			for i, p := range story {
				b.WriteString("<p>" + p + "</p>")
				if i == 1 {
					b.WriteString(tc.box)
				}
			}
			b.WriteString(`</article></main></body></html>`)
			u, _ := url.Parse("https://valleypost.example/news/night-bus")
			a, err := cleaner.Clean(strings.NewReader(b.String()), u, cleaner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range story {
				if !strings.Contains(a.Text, p) {
					t.Errorf("story paragraph lost: %q", p)
				}
			}
			if tc.gone != "" && strings.Contains(a.Text, tc.gone) {
				t.Errorf("the sign-up box was kept:\n%s", a.Text)
			}
			removed := false
			for _, r := range a.Removed {
				removed = removed || r.Rule == "email-form"
			}
			if removed != (tc.gone != "") {
				t.Errorf("removed by email-form: %v, want %v (%+v)", removed, tc.gone != "", a.Removed)
			}
		})
	}
}
