// Package tools wraps each extractor that the benchmark compares behind one
// function type, called the way a new user of that library would call it.
package tools

import (
	"fmt"
	"io"
	"net/url"

	"github.com/pith-news/pith/article"
)

// Result is one page's extraction.
type Result struct {
	Text string
	// Removed is what pith reports it removed; nil for the other tools.
	Removed []article.Removal
}

// Extractor extracts the article text from one raw HTML page. pageURL may
// be nil. An error means the tool produced no article for the page.
type Extractor func(r io.Reader, pageURL *url.URL) (Result, error)

// Tool is one extractor under test.
type Tool struct {
	// Name is the -tools flag's name for it.
	Name string
	// Title names it in reports.
	Title string
	// Module is the Go module measured.
	Module string
	// Settings says how it is called.
	Settings string
	Extract  Extractor
}

// Names lists every tool in report order.
var Names = []string{"pith", "readeck", "shiori", "trafilatura"}

// registry holds the tools built into this binary. A build with the tag
// onlytool links none but those named by a tag tool_<name>, so that a
// child process carries only its own tool's code and start-up data.
var registry = map[string]Tool{}

func register(t Tool) { registry[t.Name] = t }

// ByName returns the tool called name.
func ByName(name string) (Tool, error) {
	if t, ok := registry[name]; ok {
		return t, nil
	}
	for _, n := range Names {
		if n == name {
			return Tool{}, fmt.Errorf("tool %q is not built into this binary (build tags)", name)
		}
	}
	return Tool{}, fmt.Errorf("unknown tool %q (known: %v)", name, Names)
}

// Safe calls t.Extract and turns a panic into an error, so that one page
// cannot end a run.
func (t Tool) Safe(r io.Reader, pageURL *url.URL) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = Result{}, fmt.Errorf("%s panicked: %v", t.Name, p)
		}
	}()
	return t.Extract(r, pageURL)
}
