package store_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-news/pith/store"
)

func TestPath(t *testing.T) {
	tests := []struct {
		url  string
		want string // without the hash
	}{
		{"https://news.example/2024/05/01/big-story.html", "news.example/big-story-"},
		{"https://News.Example:8443/world/", "news.example_8443/world-"},
		{"https://news.example/", "news.example/index-"},
		{"https://news.example", "news.example/index-"},
		{"https://news.example/a/Été%20à%20Paris", "news.example/t-paris-"},
		{"https://news.example/story?id=42", "news.example/story-"},
		{"http://127.0.0.1:1234/a/b", "127.0.0.1_1234/b-"},
		{"not a url\x7f", "_/index-"},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			got := store.Path(tc.url)
			if !strings.HasPrefix(got, tc.want) || !strings.HasSuffix(got, ".json") || len(got) != len(tc.want)+16+len(".json") {
				t.Errorf("Path(%q) = %q, want %s<16 hex>.json", tc.url, got, tc.want)
			}
			if again := store.Path(tc.url); again != got {
				t.Errorf("Path(%q) not stable: %q then %q", tc.url, got, again)
			}
		})
	}
}

func TestPathDistinct(t *testing.T) {
	a := store.Path("https://news.example/story?id=1")
	b := store.Path("https://news.example/story?id=2")
	if a == b {
		t.Errorf("two URLs share the path %q", a)
	}
}

// hostileURLs try to name files outside the out dir, hidden files or the
// state directory.
var hostileURLs = []string{
	"https://../../../etc/passwd",
	"https://news.example/../../../../etc/passwd",
	"https://news.example/..%2f..%2f..%2fetc%2fpasswd",
	"https://news.example/%2e%2e/%2e%2e/x",
	"https://.pith/state.db",
	"https://.pith./tmp/x",
	"https://..:80/..",
	"http://[::1]:80/../..",
	"https://news.example/" + strings.Repeat("a", 5000),
	"https://" + strings.Repeat("b", 5000) + ".example/x",
	"https://news.example/\x00/\x00",
	"https://news.example/a\\..\\..\\b",
	"file:///etc/passwd",
	"/../../etc/passwd",
	"../../x",
	"",
	"https://%2e%2e/x",
	"https://news.example/CON/nul.json",
}

func TestPathHostile(t *testing.T) {
	for _, u := range hostileURLs {
		p := store.Path(u)
		parts := strings.Split(p, "/")
		if len(parts) != 2 || !filepath.IsLocal(p) || strings.ContainsAny(p, "\\\x00:") {
			t.Errorf("Path(%q) = %q, want a local path of two elements", u, p)
		}
		for _, part := range parts {
			if part == "" || strings.HasPrefix(part, ".") || len(part) > 120 {
				t.Errorf("Path(%q) = %q: element %q is empty, hidden or too long", u, p, part)
			}
		}
	}
}
