package crawl_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pith-news/pith/internal/crawl"
)

// Every setting has a flag, a key, help and a value of a type that the
// CLI and the config file know how to read.
func TestFields(t *testing.T) {
	flags, keys := map[string]bool{}, map[string]bool{}
	var s crawl.Settings
	for _, f := range crawl.Fields() {
		if f.Flag == "" || f.Key == "" || f.Usage == "" || flags[f.Flag] || keys[f.Key] {
			t.Errorf("field %+v: want a flag, a key and usage, each once", f)
		}
		flags[f.Flag], keys[f.Key] = true, true
		switch f.Value(&s).(type) {
		case *string, *[]string, *int, *time.Duration, *bool:
		default:
			t.Errorf("field %s: value of type %T", f.Key, f.Value(&s))
		}
	}
}

func TestValidate(t *testing.T) {
	if err := crawl.DefaultSettings().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	s := crawl.DefaultSettings()
	s.Scope = "planet"
	s.Parallel = 0
	s.Include = []string{"ok", "("}
	s.Keep = []string{"related", "weather"}
	s.Timeout = 0
	var es crawl.SettingErrors
	if !errors.As(s.Validate(), &es) {
		t.Fatalf("got %v, want SettingErrors", s.Validate())
	}
	type got struct {
		key  string
		item int
	}
	want := []got{{"scope", -1}, {"include", 1}, {"parallel", -1}, {"timeout", -1}, {"keep", 1}}
	if len(es) != len(want) {
		t.Fatalf("got %d errors (%v), want %d", len(es), es, len(want))
	}
	for i, e := range es {
		if (got{e.Field.Key, e.Item}) != want[i] {
			t.Errorf("error %d: got %s item %d (%s), want %+v", i, e.Field.Key, e.Item, e.Msg, want[i])
		}
	}
}

// Retries 0 means none: the scraper, whose zero means its default, gets a
// negative count.
func TestConfigRetries(t *testing.T) {
	s := crawl.DefaultSettings()
	for _, tc := range []struct{ retries, want int }{{0, -1}, {1, 1}, {3, 3}} {
		s.Retries = tc.retries
		cfg, err := s.Config([]string{"https://news.example/"}, "out")
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Scraper.Retries != tc.want {
			t.Errorf("Retries %d: scraper got %d, want %d", tc.retries, cfg.Scraper.Retries, tc.want)
		}
	}
}

func TestRedisSetting(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"", true},
		{"redis://127.0.0.1:6379/0", true},
		{"rediss://:secret@redis.internal:6380/2", true},
		{"unix:///run/redis.sock", true},
		{"redis:///0", false},
		{"http://redis.internal:6379", false},
		{"127.0.0.1:6379", false},
		{"redis://:secret@[bad", false},
	} {
		s := crawl.DefaultSettings()
		s.Redis = tc.url
		err := s.Validate()
		if (err == nil) != tc.ok {
			t.Errorf("redis %q: %v, want ok %v", tc.url, err, tc.ok)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("redis %q: the error shows the password: %v", tc.url, err)
		}
		if cfg, err := s.Config([]string{"https://news.example/"}, "out"); err == nil && cfg.Redis != tc.url {
			t.Errorf("redis %q: Config.Redis = %q", tc.url, cfg.Redis)
		}
	}
}
