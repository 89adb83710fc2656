package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

const healthUsage = `usage: pith health [flags]

Asks a running pith serve (or pith run --addr) for GET /healthz and exits 0
when it answers 200, 1 otherwise: a health check for a container image
without a shell (Docker HEALTHCHECK, Kubernetes exec probe).

examples:
  pith health
  pith health --addr 127.0.0.1:9090 --timeout 2s

flags:
`

func runHealth(ctx context.Context, args []string, stdio Stdio) error {
	fs := flag.NewFlagSet("health", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address of the API (host:port, or a http:// URL)")
	timeout := fs.Duration("timeout", 3*time.Second, "time allowed for the answer")
	if err := parseFlags(fs, args); err != nil {
		return helpOr(err, fs, stdio.Out, healthUsage)
	}
	if fs.NArg() > 0 {
		return usageErrorf("health: unexpected argument %q", fs.Arg(0))
	}
	base := *addr
	if strings.HasPrefix(base, ":") {
		base = "127.0.0.1" + base
	}
	if !strings.Contains(base, "://") {
		base = "http://" + base
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(base, "/")+"/healthz", nil)
	if err != nil {
		return usageErrorf("health: --addr: %v", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: %s answered %s: %s", req.URL, resp.Status, strings.TrimSpace(string(body)))
	}
	_, err = fmt.Fprintf(stdio.Out, "ok: %s\n", strings.TrimSpace(string(body)))
	return err
}
