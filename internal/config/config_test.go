package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/pith-news/pith/internal/crawl"
	"github.com/pith-news/pith/internal/schedule"
)

var ignoreSchedule = cmpopts.IgnoreFields(Site{}, "Schedule")

func TestParseMinimal(t *testing.T) {
	const src = `sites:
  - name: example-news
    seeds: [https://news.example/]
    schedule: 30m            # or a cron expression such as "0 */2 * * *"
    out: ./articles/example-news
    delay: 1s
`
	cfg, err := Parse("pith.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Site{{
		Name:         "example-news",
		Seeds:        []string{"https://news.example/"},
		ScheduleSpec: "30m",
		Jitter:       time.Minute, // a tenth of 30m is 3m, capped at 1m
		Out:          "articles/example-news",
		Crawl:        crawl.DefaultSettings(),
		Line:         2,
	}}
	if diff := cmp.Diff(want, cfg.Sites, ignoreSchedule); diff != "" {
		t.Errorf("sites (-want +got):\n%s", diff)
	}
	if got, want := cfg.Sites[0].Schedule, schedule.Every(30*time.Minute); got != want {
		t.Errorf("schedule: got %v, want %v", got, want)
	}
}

func TestParseAllKeys(t *testing.T) {
	const src = `
defaults:
  user_agent: "pith-test (+https://example.org/)"
  delay: 250ms
  keep: [related]
sites:
  - name: a
    seeds: https://a.example/
    schedule: "0 */2 * * *"
    out: /srv/a
  - name: b.site_2
    seeds: [https://b.example/, https://b.example/feed.xml]
    schedule: 10s
    jitter: 0s
    out: /srv/b
    jsonl: /srv/b.jsonl
    scope: prefix
    include: ['^https://b\.example/20\d\d/']
    exclude: [/tag/, '\?page=']
    depth: 3
    max_pages: 100
    max_pages_per_host: 500
    parallel: 4
    delay: 0
    user_agent: other
    timeout: 5s
    retries: 0
    ignore_robots: true
    keep: [comments, newsletter]
    archive: false
    learn: false
`
	cfg, err := Parse("pith.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Site{{
		Name:         "a",
		Seeds:        []string{"https://a.example/"},
		ScheduleSpec: "0 */2 * * *",
		Jitter:       time.Minute,
		Out:          "/srv/a",
		Crawl: crawl.Settings{
			Scope:           "host",
			MaxPagesPerHost: 100_000,
			Parallel:        2,
			Delay:           250 * time.Millisecond,
			UserAgent:       "pith-test (+https://example.org/)",
			Timeout:         30 * time.Second,
			Retries:         3,
			Keep:            []string{"related"},
			Archive:         true,
			Learn:           true,
		},
		Line: 7,
	}, {
		Name:         "b.site_2",
		Seeds:        []string{"https://b.example/", "https://b.example/feed.xml"},
		ScheduleSpec: "10s",
		Jitter:       0,
		Out:          "/srv/b",
		JSONL:        "/srv/b.jsonl",
		Crawl: crawl.Settings{
			Scope:           "prefix",
			Include:         []string{`^https://b\.example/20\d\d/`},
			Exclude:         []string{"/tag/", `\?page=`},
			Depth:           3,
			MaxPages:        100,
			MaxPagesPerHost: 500,
			Parallel:        4,
			Delay:           0,
			UserAgent:       "other",
			Timeout:         5 * time.Second,
			Retries:         0,
			IgnoreRobots:    true,
			Keep:            []string{"comments", "newsletter"},
		},
		Line: 11,
	}}
	if diff := cmp.Diff(want, cfg.Sites, ignoreSchedule); diff != "" {
		t.Errorf("sites (-want +got):\n%s", diff)
	}
}

func TestParseMergeKeys(t *testing.T) {
	const src = `
x-common: &common
  schedule: 1h
  delay: 3s
sites:
  - <<: *common
    name: a
    seeds: [https://a.example/]
    out: /srv/a
    delay: 5s
`
	// "x-common" is not a known key: merge keys work, but anchors must
	// live in a known place, such as defaults or a site.
	if _, err := Parse("pith.yaml", []byte(src)); err == nil || !strings.Contains(err.Error(), `pith.yaml:2:1: unknown key "x-common"`) {
		t.Fatalf("got %v, want an unknown key error", err)
	}
	const ok = `
sites:
  - &a
    name: a
    seeds: [https://a.example/]
    schedule: 1h
    out: /srv/a
    delay: 3s
  - <<: *a
    name: b
    out: /srv/b
    delay: 5s
`
	cfg, err := Parse("pith.yaml", []byte(ok))
	if err != nil {
		t.Fatal(err)
	}
	b := cfg.Sites[1]
	if b.Name != "b" || b.Out != "/srv/b" || b.Crawl.Delay != 5*time.Second || b.ScheduleSpec != "1h" || b.Seeds[0] != "https://a.example/" {
		t.Errorf("merged site: got %+v", b)
	}
}

func TestLoadRelativePaths(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pith.yaml")
	src := "sites:\n  - {name: a, seeds: [https://a.example/], schedule: 1h, out: ./articles/a, jsonl: streams/a.jsonl}\n  - {name: b, seeds: [https://b.example/], schedule: 1h, out: /abs/b}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // paths must not depend on the working directory
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.Sites[0].Out, filepath.Join(dir, "articles", "a"); got != want {
		t.Errorf("out: got %s, want %s", got, want)
	}
	if got, want := cfg.Sites[0].JSONL, filepath.Join(dir, "streams", "a.jsonl"); got != want {
		t.Errorf("jsonl: got %s, want %s", got, want)
	}
	if got, want := cfg.Sites[1].Out, "/abs/b"; got != want {
		t.Errorf("out: got %s, want %s", got, want)
	}
	if cfg.File != path {
		t.Errorf("File: got %s, want %s", cfg.File, path)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v, want os.ErrNotExist", err)
	}
}

func TestLoadExample(t *testing.T) {
	cfg, err := Load("../../pith.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(cfg.Sites); got != 2 {
		t.Fatalf("got %d sites, want 2", got)
	}
	if got := cfg.Sites[1].Crawl.UserAgent; !strings.HasPrefix(got, "pith/") {
		t.Errorf("user_agent from defaults: got %q", got)
	}
}

// site is a valid site entry; tests break one key at a time.
const site = `sites:
  - name: a
    seeds: [https://a.example/]
    schedule: 30m
    out: /srv/a
`

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // each error, in order
	}{
		{"empty", "", []string{`f.yaml:1: empty config: want a "sites" list`}},
		{"comment only", "# nothing\n", []string{`f.yaml:1: empty config`}},
		{"syntax", "sites:\n  - name: a\n   seeds: x\n", []string{`f.yaml:3: did not find expected '-' indicator (in the block that starts at line 1)`}},
		{"unclosed flow", "sites:\n  - name: a\n    seeds: [https://a.example/\n    out: /a\n", []string{`f.yaml:3: did not find expected ',' or ']'`}},
		{"tab", "sites:\n\t- name: a\n", []string{`f.yaml:2: found character that cannot start any token`}},
		{"top scalar", "hello\n", []string{`f.yaml:1:1: want a mapping with a "sites" list at the top`}},
		{"no sites", "defaults: {delay: 1s}\n", []string{`f.yaml:1:1: missing "sites": want a list of sites`}},
		{"sites not list", "sites: {name: a}\n", []string{`f.yaml:1:8: sites: want a list of sites`}},
		{"sites empty", "sites: []\n", []string{`f.yaml:1:8: sites: the list is empty`}},
		{"site not mapping", "sites:\n  - a\n", []string{`f.yaml:2:5: sites[0]: want a mapping`}},
		{"unknown top key", "site:\n  - name: a\n", []string{
			`f.yaml:1:1: unknown key "site" (did you mean "sites"?)`,
			`f.yaml:1:1: missing "sites"`,
		}},
		{"unknown site key", site + "    sedes: [x]\n", []string{`f.yaml:6:5: unknown key "sedes" (did you mean "seeds"?)`}},
		{"unknown key far", site + "    colour: red\n", []string{`f.yaml:6:5: unknown key "colour" (want one of name, seeds,`}},
		{"missing keys", "sites:\n  - name: a\n", []string{
			`f.yaml:2:5: site "a": missing "seeds"`,
			`f.yaml:2:5: site "a": missing "schedule"`,
			`f.yaml:2:5: site "a": missing "out"`,
		}},
		{"duplicate key", site + "    out: /srv/b\n", []string{`f.yaml:6:5: key "out" given twice (first at line 5)`}},
		{"bad name", strings.Replace(site, "name: a", "name: 'a b'", 1), []string{`f.yaml:2:11: site "a b": name: "a b": want letters, digits`}},
		{"bad schedule", strings.Replace(site, "30m", "every 5 minutes", 1), []string{`f.yaml:4:15: site "a": schedule: "every 5 minutes" is neither a duration (such as 30m) nor a cron expression`}},
		{"bad cron", strings.Replace(site, "30m", `"61 * * * *"`, 1), []string{`f.yaml:4:15: site "a": schedule: "61 * * * *" is neither`}},
		{"short interval", strings.Replace(site, "30m", "100ms", 1), []string{`f.yaml:4:15: site "a": schedule: interval 100ms is shorter than 1s`}},
		{"schedule list", strings.Replace(site, "30m", "[30m]", 1), []string{`f.yaml:4:15: site "a": schedule: want a string, got a list`}},
		{"schedule empty", strings.Replace(site, "30m", "", 1), []string{`f.yaml:4:14: site "a": schedule: want a string, got nothing`}},
		{"bad seed", strings.Replace(site, "https://a.example/", "ftp://a.example/", 1), []string{`f.yaml:3:13: site "a": seeds: "ftp://a.example/": want an http or https URL`}},
		{"relative seed", strings.Replace(site, "https://a.example/", "a.example", 1), []string{`f.yaml:3:13: site "a": seeds: "a.example": want an http or https URL`}},
		{"seed no host", strings.Replace(site, "https://a.example/", "'http:///x'", 1), []string{`site "a": seeds: "http:///x": the URL has no host`}},
		{"seeds empty", strings.Replace(site, "[https://a.example/]", "[]", 1), []string{`f.yaml:3:12: site "a": seeds: the list is empty`}},
		{"bad delay", site + "    delay: 1 second\n", []string{`f.yaml:6:12: site "a": delay: want a duration such as 1s or 500ms, got "1 second"`}},
		{"number delay", site + "    delay: 2\n", []string{`site "a": delay: want a duration such as 1s or 500ms, got "2"`}},
		{"negative delay", site + "    delay: -1s\n", []string{`f.yaml:6:12: site "a": delay: -1s is negative`}},
		{"zero timeout", site + "    timeout: 0s\n", []string{`site "a": timeout: want a duration above 0`}},
		{"bad depth", site + "    depth: deep\n", []string{`f.yaml:6:12: site "a": depth: want a whole number, got "deep"`}},
		{"float depth", site + "    depth: 1.5\n", []string{`site "a": depth: want a whole number, got "1.5"`}},
		{"negative pages", site + "    max_pages: -5\n", []string{`f.yaml:6:16: site "a": max_pages: -5 is below the minimum 0`}},
		{"zero parallel", site + "    parallel: 0\n", []string{`site "a": parallel: 0 is below the minimum 1`}},
		{"bad scope", site + "    scope: planet\n", []string{`f.yaml:6:12: site "a": scope: "planet": want host, domain or prefix`}},
		{"bad pattern", site + "    include: ['(']\n", []string{`f.yaml:6:15: site "a": include: bad pattern "(": error parsing regexp`}},
		{"bad bool", site + "    ignore_robots: yes\n", []string{`f.yaml:6:20: site "a": ignore_robots: want true or false, got "yes"`}},
		{"bad keep", site + "    keep: [sidebar-ads]\n", []string{`f.yaml:6:12: site "a": keep: unknown kind "sidebar-ads" (want one of`}},
		{"jsonl stdout", site + "    jsonl: '-'\n", []string{`site "a": jsonl: "-" (standard output) is not allowed`}},
		{"empty user agent", site + "    user_agent: ''\n", []string{`site "a": user_agent: empty`}},
		{"name twice", site + strings.TrimPrefix(strings.Replace(site, "/srv/a", "/srv/b", 1), "sites:\n"), []string{`f.yaml:6:11: site "a": name used twice (first at line 2)`}},
		{"out twice", site + strings.TrimPrefix(strings.Replace(site, "name: a", "name: b", 1), "sites:\n"), []string{`f.yaml:9:10: site "b": out dir /srv/a is also the out dir of site "a" (line 2)`}},
		{"jsonl twice", strings.Replace(site, "out: /srv/a", "out: /srv/a\n    jsonl: /s.jsonl", 1) + "  - {name: b, seeds: [https://b.example/], schedule: 1h, out: /srv/b, jsonl: /s.jsonl}\n", []string{`f.yaml:7:78: site "b": jsonl file /s.jsonl is also the jsonl file of site "a" (line 2)`}},
		{"name in defaults", "defaults:\n  name: x\n" + site, []string{`f.yaml:2:3: defaults: "name" cannot be a default`}},
		{"bad default", "defaults:\n  delay: soon\n" + site, []string{`f.yaml:2:10: defaults: delay: want a duration`}},
		{"defaults not mapping", "defaults: [1]\n" + site, []string{`f.yaml:1:11: defaults: want a mapping`}},
		{"merge into itself", "sites:\n  - &a\n    <<: *a\n    name: x\n", []string{
			`f.yaml:3:5: merge key <<: a mapping merged twice or into itself`,
			`f.yaml:2:5: site "x": missing "seeds"`,
			`f.yaml:2:5: site "x": missing "schedule"`,
			`f.yaml:2:5: site "x": missing "out"`,
		}},
		{"many at once", "sites:\n  - name: a\n    seeds: [x]\n    schedule: soon\n    out: /a\n    delay: fast\n", []string{
			`f.yaml:3:13: site "a": seeds: "x"`,
			`f.yaml:4:15: site "a": schedule: "soon"`,
			`f.yaml:6:12: site "a": delay: want a duration`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Parse("f.yaml", []byte(tc.src))
			if err == nil {
				t.Fatalf("got no error and %+v, want %q", cfg, tc.want)
			}
			if cfg != nil {
				t.Errorf("got a config with the error")
			}
			var first *Error
			if !errors.As(err, &first) {
				t.Errorf("got %T, want a *config.Error", err)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n%s", len(lines), len(tc.want), err)
			}
			for i, want := range tc.want {
				if !strings.HasPrefix(lines[i], want) && !strings.Contains(lines[i], want) {
					t.Errorf("error %d: got %q, want it to contain %q", i, lines[i], want)
				}
			}
		})
	}
}

func TestParseTooManyErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("sites:\n")
	for range 30 {
		b.WriteString("  - {name: a}\n")
	}
	_, err := Parse("f.yaml", []byte(b.String()))
	lines := strings.Split(err.Error(), "\n")
	if got := len(lines); got != maxErrors+1 {
		t.Errorf("got %d lines, want %d", got, maxErrors+1)
	}
	if got := lines[len(lines)-1]; got != "f.yaml: too many errors" {
		t.Errorf("last line: got %q", got)
	}
}

func TestDefaultJitter(t *testing.T) {
	now := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	hourly, err := schedule.Parse("CRON_TZ=UTC 0 * * * *")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		s    schedule.Schedule
		want time.Duration
	}{
		{schedule.Every(10 * time.Second), time.Second},
		{schedule.Every(5 * time.Minute), 30 * time.Second},
		{schedule.Every(time.Hour), time.Minute},
		{hourly, time.Minute},
	}
	for _, tc := range tests {
		if got := defaultJitter(tc.s, now); got != tc.want {
			t.Errorf("defaultJitter(%v): got %s, want %s", tc.s, got, tc.want)
		}
	}
}
