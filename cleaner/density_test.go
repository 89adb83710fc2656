package cleaner

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// para is a paragraph of n sentences of plain story text.
func para(n int) string {
	return "<p>" + strings.Repeat("The ferry service across the estuary resumed on Monday after the winter repairs. ", n) + "</p>"
}

func TestDenseContainer(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string // id of the container, "" for none
	}{
		{"story beside a sidebar",
			`<body><nav><a href="/">Home</a></nav><main><div id="story"><h1>T</h1>` + strings.Repeat(para(4), 8) +
				`</div><aside>` + para(1) + `</aside></main></body>`, "story"},
		{"too little text",
			`<body><div id="story">` + para(2) + `</div></body>`, ""},
		{"a list of teasers",
			`<body><div id="list">` + strings.Repeat(`<div><h2><a href="/a">Another story</a></h2>`+para(3)+`</div>`, 8) + `</div></body>`, ""},
		{"a technical post, a third of its prose links",
			`<body><div id="post">` + strings.Repeat(`<div class="sect"><h2>Progress on the new backend</h2><div class="paragraph"><p>The backend now builds the standard library on two more targets, and the test suite passes on both of them. See <a href="/log/arm64">the build log for the arm64 runner</a>, <a href="/pull/97">the pull request for the test matrix</a> and <a href="/issues/812">the issue about the linker flags</a> for the details.</p></div><div class="listing"><pre>cargo build --target m68k-unknown-linux-gnu</pre></div></div>`, 10) +
				`</div></body>`, "post"},
		{"a list story whose headings link to other sites",
			`<body><div id="list">` + strings.Repeat(`<div><h2><a href="https://workshop.example/coat-hooks">A rack of coat hooks</a></h2>`+para(3)+`</div>`, 8) + `</div></body>`, "list"},
		{"a comment thread is not counted",
			`<body><div id="page"><div id="story">` + strings.Repeat(para(4), 6) + `</div><div id="comments" class="comments">` +
				strings.Repeat(para(5), 12) + `</div></div></body>`, "story"},
	}
	rules, err := loadRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			st := &stripper{rules: rules, host: "harbourpost.example"}
			got, _ := st.denseContainer(doc)
			id := ""
			if got != nil {
				id = attr(got, "id")
			}
			if id != tc.want {
				t.Errorf("container %q, want %q", id, tc.want)
			}
		})
	}
}

func TestTooShort(t *testing.T) {
	tests := []struct {
		read, dense int
		want        bool
	}{
		{100, 5000, true},        // readability kept the introduction only
		{4000, 5000, false},      // readability kept the story
		{1000, 1700, true},       // a small container, and two fifths of it left out
		{2400, 4000, false},      // three fifths of it: readability's choice stands
		{2000, 4000, true},       // half of it
		{1500, 10000, true},      // a fraction
		{0, denseMinChars, true}, // readability found nothing
	}
	for _, tc := range tests {
		if got := tooShort(tc.read, tc.dense); got != tc.want {
			t.Errorf("tooShort(%d, %d) = %v, want %v", tc.read, tc.dense, got, tc.want)
		}
	}
}
