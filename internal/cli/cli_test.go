package cli_test

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-news/pith/internal/cli"
)

func TestRunNoArgs(t *testing.T) {
	out, errOut, err := run(t, "")
	if !errors.Is(err, cli.ErrUsageShown) {
		t.Fatalf("got error %v, want ErrUsageShown", err)
	}
	if code := cli.ExitCode(err); code != 2 {
		t.Errorf("got exit code %d, want 2", code)
	}
	if !strings.HasPrefix(errOut, "usage: pith <command>") {
		t.Errorf("stderr starts %q, want the usage", errOut[:min(len(errOut), 40)])
	}
	if out != "" {
		t.Errorf("got stdout %q, want nothing", out)
	}
}

func TestRunHelp(t *testing.T) {
	for _, arg := range []string{"help", "-h", "--help"} {
		t.Run(arg, func(t *testing.T) {
			out, errOut, err := run(t, "", arg)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if !strings.HasPrefix(out, "usage: pith <command>") {
				t.Errorf("stdout starts %q, want the usage", out[:min(len(out), 40)])
			}
			for _, c := range []string{"clean", "crawl", "export", "run", "serve"} {
				if !strings.Contains(out, "\n  "+c+" ") {
					t.Errorf("usage does not list %s:\n%s", c, out)
				}
			}
			if errOut != "" {
				t.Errorf("got stderr %q, want nothing", errOut)
			}
		})
	}
}

func TestRunUnknownCommand(t *testing.T) {
	for _, args := range [][]string{{"cleen"}, {"--format", "json"}, {"Clean", "x.html"}, {""}} {
		out, errOut, err := run(t, "", args...)
		if err == nil {
			t.Errorf("pith %q: got no error", args)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "unknown command ") || strings.Contains(msg, "\n") {
			t.Errorf("pith %q: got message %q, want one line saying unknown command", args, msg)
		}
		if code := cli.ExitCode(err); code != 2 {
			t.Errorf("pith %q: got exit code %d, want 2 (usage)", args, code)
		}
		if out != "" || errOut != "" {
			t.Errorf("pith %q: got stdout %q, stderr %q, want nothing", args, out, errOut)
		}
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 0},
		{cli.ErrUsageShown, 2},
		{fmt.Errorf("clean: %w", cli.ErrUsageShown), 2},
		{errors.New("clean: no article found"), 1},
	}
	for _, tc := range tests {
		if got := cli.ExitCode(tc.err); got != tc.want {
			t.Errorf("ExitCode(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

// TestBinary builds cmd/pith and runs it as a user would: exit codes, and
// on failure one line on stderr starting with "pith:" and nothing on stdout.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH")
	}
	bin := filepath.Join(t.TempDir(), "pith")
	build := exec.CommandContext(t.Context(), gobin, "build", "-o", bin, "github.com/pith-news/pith/cmd/pith")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	page := readFile(t, articleFile)

	pith := func(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), bin, args...)
		cmd.Stdin = strings.NewReader(stdin)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case err == nil:
		case errors.As(err, &ee):
			code = ee.ExitCode()
		default:
			t.Fatalf("run pith: %v", err)
		}
		return out.String(), errb.String(), code
	}

	t.Run("success", func(t *testing.T) {
		for _, tc := range []struct {
			name, stdin string
			args        []string
		}{
			{"file", "", []string{"clean", "--url", pageAddress, articleFile}},
			{"stdin", page, []string{"clean", "--url", pageAddress, "-"}},
		} {
			out, errOut, code := pith(t, tc.stdin, tc.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("%s: got exit %d, stderr %q; want 0 and nothing", tc.name, code, errOut)
			}
			checkArticle(t, decode(t, out), pageAddress)
		}
	})

	t.Run("help", func(t *testing.T) {
		for _, args := range [][]string{{"help"}, {"-h"}, {"clean", "-h"}} {
			out, errOut, code := pith(t, "", args...)
			if code != 0 || !strings.HasPrefix(out, "usage: pith") || errOut != "" {
				t.Errorf("pith %q: got exit %d, stdout %.30q, stderr %q; want 0, usage, nothing", args, code, out, errOut)
			}
		}
	})

	t.Run("no args", func(t *testing.T) {
		out, errOut, code := pith(t, "")
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "usage: pith <command>") {
			t.Errorf("got exit %d, stdout %q, stderr %.30q; want 2, nothing, usage", code, out, errOut)
		}
	})

	srv := errorServer(t)
	for _, tc := range failCases(t, srv) {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := pith(t, tc.stdin, tc.args...)
			if code == 0 {
				t.Fatalf("got exit 0, want non-zero; stdout:\n%s", out)
			}
			if want := wantCode(tc.name); code != want {
				t.Errorf("got exit %d, want %d", code, want)
			}
			if !strings.HasPrefix(errOut, "pith: ") || strings.Count(errOut, "\n") != 1 || !strings.HasSuffix(errOut, "\n") {
				t.Errorf("got stderr %q, want exactly one line starting with \"pith: \"", errOut)
			}
			if strings.HasPrefix(errOut, "pith: pith") {
				t.Errorf("got stderr %q, want the prefix once", errOut)
			}
			if !strings.Contains(errOut, tc.want) {
				t.Errorf("got stderr %q, want it to contain %q", errOut, tc.want)
			}
			if out != "" {
				t.Errorf("got stdout %q, want nothing", out)
			}
		})
	}

}

// usageCases are the fail cases that are a wrong command line: exit 2.
var usageCases = map[string]bool{
	"unknown flag": true, "flag without value": true, "missing flag value": true,
	"bad duration": true, "unknown command": true, "unknown format": true,
	"no argument": true, "unknown keep kind": true, "malformed --url": true,
}

// wantCode is the exit status of a fail case: 2 for usage, 1 otherwise.
func wantCode(name string) int {
	if usageCases[name] {
		return 2
	}
	return 1
}
