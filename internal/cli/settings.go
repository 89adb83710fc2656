package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/pith-news/pith/internal/crawl"
)

// registerSettings defines one flag per crawl setting (crawl.Fields),
// writing into s, with the values already in s as the defaults.
func registerSettings(fs *flag.FlagSet, s *crawl.Settings) {
	for _, f := range crawl.Fields() {
		switch p := f.Value(s).(type) {
		case *string:
			fs.StringVar(p, f.Flag, *p, f.Usage)
		case *[]string:
			if f.Split {
				fs.Var((*multiFlag)(p), f.Flag, f.Usage)
			} else {
				fs.Var((*listFlag)(p), f.Flag, f.Usage)
			}
		case *int:
			fs.IntVar(p, f.Flag, *p, f.Usage)
		case *time.Duration:
			fs.DurationVar(p, f.Flag, *p, f.Usage)
		case *bool:
			fs.BoolVar(p, f.Flag, *p, f.Usage)
		}
	}
}

// flagError names the flag of each setting that crawl.Settings.Validate
// refused.
func flagError(err error) error {
	var es crawl.SettingErrors
	if !errors.As(err, &es) {
		return err
	}
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = fmt.Sprintf("--%s: %s", e.Field.Flag, e.Msg)
	}
	return errors.New(strings.Join(msgs, "; "))
}
