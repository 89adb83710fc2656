package config

import (
	"os"
	"testing"
)

// FuzzParse checks that no input makes Parse panic, and that it returns a
// config or an error, never both or neither.
func FuzzParse(f *testing.F) {
	example, err := os.ReadFile("../../pith.example.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(example))
	f.Add(site)
	f.Add("sites:\n  - &a {name: a, seeds: [https://a.example/], schedule: 1h, out: /a}\n  - <<: *a\n    name: b\n    out: /b\n")
	f.Add("a: &x [*x]\n")
	f.Add("sites: [\n")
	f.Add("defaults: {delay: 1s}\nsites:\n  - {name: a, seeds: x, schedule: '0 * * * *', out: /a, keep: [cookie]}\n")
	f.Add("--- \n...\n")
	f.Fuzz(func(t *testing.T, src string) {
		cfg, err := Parse("f.yaml", []byte(src))
		if (cfg == nil) == (err == nil) {
			t.Fatalf("got config %v and error %v", cfg, err)
		}
		if cfg != nil {
			for _, s := range cfg.Sites {
				if s.Name == "" || len(s.Seeds) == 0 || s.Schedule == nil || s.Out == "" {
					t.Fatalf("site missing a required key: %+v", s)
				}
			}
		}
	})
}
