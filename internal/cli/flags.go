package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"

	"github.com/pith-news/pith/internal/format"
	"github.com/pith-news/pith/markdown"
)

// multiFlag is a repeatable string flag that also splits on commas
// (--keep related,comments).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*m = append(*m, p)
		}
	}
	return nil
}

// listFlag is a repeatable flag whose values are kept whole (a regexp may
// hold a comma).
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, " ") }
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// parseInterleaved parses args with fs, allowing flags after the positional
// arguments (`pith export DIR --since 24h`), and returns the positional
// ones. "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag.Parse stops at the first non-flag, or after "--".
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseFlags parses args with fs, turning -h into errHelp and a bad flag
// into a one-line error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return errHelp
	}
	if err != nil {
		return usageErrorf("%s: %v (run 'pith help %s')", fs.Name(), err, fs.Name())
	}
	return nil
}

// helpOr prints the usage of a command and its flags when err is errHelp
// (-h), and returns err either way.
func helpOr(err error, fs *flag.FlagSet, w io.Writer, usage string) error {
	if errors.Is(err, errHelp) {
		fmt.Fprint(w, usage)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	return err
}

// newLogger builds the slog logger of --log-format and --log-level.
func newLogger(w interface{ Write([]byte) (int, error) }, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("bad --log-level %q (want debug, info, warn or error)", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("bad --log-format %q (want text or json)", format)
}

// markdownFlags are the flags formatFlags adds, which only Markdown takes.
var markdownFlags = []string{"front-matter", "links", "images"}

// formatFlags adds the flags of the formats that have choices (--front-matter,
// --links, --images for Markdown) to fs, and returns a function that reads
// them into format.Options once fs is parsed.
func formatFlags(fs *flag.FlagSet) func() format.Options {
	frontMatter := fs.Bool("front-matter", true, "markdown: start with YAML front matter (title, url, authors, dates, site_name, language, description, image, word_count)")
	links := fs.Bool("links", true, "markdown: keep links; false writes each link's text alone")
	images := fs.Bool("images", true, "markdown: keep images; false leaves them out, with their captions")
	return func() format.Options {
		return format.Options{Markdown: markdown.Options{
			OmitFrontMatter: !*frontMatter,
			OmitLinks:       !*links,
			OmitImages:      !*images,
		}}
	}
}

// checkFormatFlags refuses a Markdown flag given with another format: it
// would silently do nothing.
func checkFormatFlags(fs *flag.FlagSet, cmd, outFormat string) error {
	if outFormat == "markdown" {
		return nil
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		if err == nil && slices.Contains(markdownFlags, f.Name) {
			err = usageErrorf("%s: --%s goes with --format markdown", cmd, f.Name)
		}
	})
	return err
}
