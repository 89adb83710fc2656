package config_test

import (
	"fmt"

	"github.com/pith-news/pith/internal/config"
)

func ExampleParse() {
	cfg, err := config.Parse("pith.yaml", []byte(`
sites:
  - name: example-news
    seeds: [https://news.example/]
    schedule: 30m
    out: /srv/pith/example-news
    delay: 1s
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := cfg.Sites[0]
	fmt.Println(s.Name, s.ScheduleSpec, s.Out, s.Crawl.Delay, s.Crawl.Parallel)

	_, err = config.Parse("pith.yaml", []byte(`
sites:
  - name: example-news
    seeds: [https://news.example/]
    schedule: every half hour
    out: /srv/pith/example-news
`))
	fmt.Println(err)
	// Output:
	// example-news 30m /srv/pith/example-news 1s 2
	// pith.yaml:5:15: site "example-news": schedule: "every half hour" is neither a duration (such as 30m) nor a cron expression (such as "0 */2 * * *"): expected exactly 5 fields, found 3: [every half hour]
}
