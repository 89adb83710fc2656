package cli

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
)

// version, when set at link time (-ldflags "-X
// github.com/pith-news/pith/internal/cli.version=v1.2.3"), replaces the
// module version of the build info.
var version string

const versionUsage = `usage: pith version (or pith --version)

Prints pith's version, the commit it was built from (with "+dirty" when
the tree had changes), the commit's time and the Go version, from the
build information Go stamps into the binary. A binary built by
"go install github.com/pith-news/pith/cmd/pith@v1.2.3" knows its version;
one built from a clone knows its commit.
`

func runVersion(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	if err := parseFlags(fs, args); err != nil {
		return helpOr(err, fs, stdio.Out, versionUsage)
	}
	if fs.NArg() > 0 {
		return usageErrorf("version: unexpected argument %q", fs.Arg(0))
	}
	_, err := fmt.Fprintln(stdio.Out, versionLine())
	return err
}

// versionLine is "pith VERSION (commit REV, TIME) GOVERSION".
func versionLine() string {
	v, rev, at, dirty, gov := version, "", "", false, "unknown Go"
	if bi, ok := debug.ReadBuildInfo(); ok {
		gov = bi.GoVersion
		if v == "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	line := "pith " + v
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty {
			rev += "+dirty"
		}
		line += " (commit " + rev
		if at != "" {
			line += ", " + at
		}
		line += ")"
	}
	return line + " " + gov
}
