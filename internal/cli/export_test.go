package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/article"
	"github.com/pith-news/pith/store"
)

func TestExport(t *testing.T) {
	dir := t.TempDir()
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-48 * time.Hour).UTC()
	for i, title := range []string{"Old <one>", "New one"} {
		a := &article.Article{URL: "https://news.example/" + title[:3], Title: title, Text: title, HTML: "<p>" + title + "</p>"}
		at := old
		if i == 1 {
			at = time.Now().UTC()
		}
		if _, err := d.Put(t.Context(), a, store.Fetch{At: at}); err != nil {
			t.Fatal(err)
		}
	}
	// The crawl's lock is held: export must not need it.
	defer d.Close()

	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"export", dir}, []string{"New one", "Old <one>"}},
		{[]string{"export", dir, "--since", "24h"}, []string{"New one"}},
		{[]string{"export", "--since", old.Add(-time.Minute).Format(time.RFC3339), dir}, []string{"New one", "Old <one>"}},
		{[]string{"export", "-since", time.Now().Add(48 * time.Hour).Format(time.DateOnly), dir}, nil},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args[2:], " "), func(t *testing.T) {
			var out bytes.Buffer
			if err := Run(t.Context(), tc.args, Stdio{Out: &out, Err: &out}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				if line == "" {
					continue
				}
				var a article.Article
				if err := json.Unmarshal([]byte(line), &a); err != nil {
					t.Fatalf("line %q: %v", line, err)
				}
				got = append(got, a.Title)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no dir", []string{"export"}, "want one DIR"},
		{"two dirs", []string{"export", dir, dir}, "want one DIR"},
		{"bad since", []string{"export", dir, "--since", "yesterday"}, "--since"},
		{"missing dir", []string{"export", dir + "/missing"}, "no such file"},
		{"bad flag", []string{"export", "--frobnicate", dir}, "frobnicate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := Run(t.Context(), tc.args, Stdio{Out: &out, Err: &out})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestExportSkipsUnreadable exports an out dir holding a corrupt file and
// a stray {}: the good article is exported, the others skipped and said
// once on stderr, where export used to stop with exit 1 (or write null
// lists for the {}).
func TestExportSkipsUnreadable(t *testing.T) {
	dir := t.TempDir()
	d, err := store.Open(t.Context(), dir, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{URL: "https://news.example/good", Title: "Good", Text: "Good text"}
	if _, err := d.Put(t.Context(), a, store.Fetch{}); err != nil {
		t.Fatal(err)
	}
	d.Close()
	for name, body := range map[string]string{"aaa-bad.json": "{", "aaa-empty.json": "{}"} {
		if err := os.WriteFile(filepath.Join(dir, "news.example", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	if err := Run(t.Context(), []string{"export", dir}, Stdio{Out: &out, Err: &errOut}); err != nil {
		t.Fatalf("export: %v", err)
	}
	if n := strings.Count(out.String(), "\n"); n != 1 || !strings.Contains(out.String(), `"authors":[]`) {
		t.Errorf("exported %d lines, want the good article with its lists:\n%s", n, out.String())
	}
	if got := errOut.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, "skipped 2") {
		t.Errorf("stderr = %q, want one line saying 2 files were skipped", got)
	}
}
