package cleaner_test

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// benchDir is where the development benchmark sets live beside a checkout
// (CI lays shared/ next to the clone). They are development sets, not answer
// keys: no text of theirs may go into the cleaner's rules or code.
const benchDir = "../../shared/bench"

// benchShingle is the length, in words, of a run of text that counts as
// copied: long enough that two independent writers do not produce it.
const benchShingle = 8

// benchPlatforms are hosts that code names for their own sake (module paths,
// embeds, share targets), not as a benchmark page's site.
var benchPlatforms = map[string]bool{
	"github.com": true, "gitlab.com": true, "google.com": true, "youtube.com": true, "twitter.com": true,
	"x.com": true, "facebook.com": true, "instagram.com": true, "linkedin.com": true, "wordpress.com": true,
	"medium.com": true, "wikipedia.org": true, "apple.com": true, "amazon.com": true,
}

var benchWord = regexp.MustCompile(`[0-9a-zà-ÿ]+`)

func benchWords(s string) []string { return benchWord.FindAllString(strings.ToLower(s), -1) }

func benchShingles(ws []string, keep func(string) bool, add func(string)) {
	for i := 0; i+benchShingle <= len(ws); i++ {
		s := strings.Join(ws[i:i+benchShingle], " ")
		if keep == nil || keep(s) {
			add(s)
		}
	}
}

// visibleText is the text of a page outside script, style and noscript.
func visibleText(r io.Reader) string {
	z := html.NewTokenizer(r)
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			if name, _ := z.TagName(); isSkipTag(string(name)) {
				skip++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); isSkipTag(string(name)) && skip > 0 {
				skip--
			}
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
				b.WriteByte(' ')
			}
		}
	}
}

func isSkipTag(name string) bool { return name == "script" || name == "style" || name == "noscript" }

// TestNoBenchmarkText fails when cleaner/rules.json or a non-test Go file of
// the cleaner holds a benchmark page's host, or a run of eight words that
// occurs in a benchmark page's visible text and in no page under testdata/.
// A rule is justified by pages written for this project, never by the
// benchmark's own pages.
func TestNoBenchmarkText(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every benchmark page; skipped with -short")
	}
	if _, err := os.Stat(benchDir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("benchmark sets not found at %s: CI lays shared/ beside the clone", benchDir)
		}
		t.Skipf("benchmark sets not found at %s (a plain clone has no shared/)", benchDir)
	}
	sources := map[string]string{}
	files, _ := filepath.Glob("*.go")
	files = append(files, "rules.json")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources[f] = string(b)
	}
	wanted := map[string]bool{}
	for _, s := range sources {
		benchShingles(benchWords(s), nil, func(sh string) { wanted[sh] = true })
	}
	inWanted := func(sh string) bool { return wanted[sh] }

	own := map[string]bool{}
	var testdata []string
	for _, pat := range []string{"../testdata/*/*.html", "../testdata/*/*/*.html"} {
		m, _ := filepath.Glob(pat)
		testdata = append(testdata, m...)
	}
	for _, f := range testdata {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		benchShingles(benchWords(visibleText(fh)), inWanted, func(sh string) { own[sh] = true })
		fh.Close()
	}

	seen := map[string]string{} // shingle -> a benchmark host holding it
	hosts := map[string]bool{}
	for _, set := range []string{"aeb", "wcxb-dev"} {
		dir := filepath.Join(benchDir, set)
		raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
		if err != nil {
			t.Fatal(err)
		}
		var gt map[string]struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(raw, &gt); err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		for id, page := range gt {
			host := ""
			if u, err := url.Parse(page.URL); err == nil {
				host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
			}
			if host != "" && !benchPlatforms[host] {
				hosts[host] = true
			}
			text, err := gunzipText(filepath.Join(dir, "html", id+".html.gz"))
			if err != nil {
				t.Fatal(err)
			}
			benchShingles(benchWords(text), inWanted, func(sh string) {
				if !own[sh] {
					seen[sh] = host
				}
			})
		}
	}

	var problems []string
	for _, f := range slices.Sorted(maps.Keys(sources)) {
		low := strings.ToLower(sources[f])
		for h := range hosts {
			if containsHost(low, h) {
				problems = append(problems, fmt.Sprintf("%s: benchmark host %s", f, h))
			}
		}
		benchShingles(benchWords(sources[f]), nil, func(sh string) {
			if h, ok := seen[sh]; ok {
				problems = append(problems, fmt.Sprintf("%s: %q (on %s, in no testdata page)", f, sh, h))
			}
		})
	}
	slices.Sort(problems)
	problems = slices.Compact(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

func gunzipText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return visibleText(zr), nil
}

// containsHost reports whether s names host as a host, not as part of a
// longer name.
func containsHost(s, host string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], host)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(host)
		before := start == 0 || !isHostByte(s[start-1])
		after := end == len(s) || !isHostByte(s[end]) || s[end] == '.' && (end+1 == len(s) || !isHostByte(s[end+1]))
		if before && after {
			return true
		}
		i = start + 1
	}
}

func isHostByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '.'
}
