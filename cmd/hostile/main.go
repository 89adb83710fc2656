package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/pith-news/pith/internal/testkit/hostile"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return errors.New("want a mode: site or trickle")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	switch args[0] {
	case "site":
		addr := fs.String("addr", "127.0.0.1:8090", "loopback address to listen on")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return serveSite(ctx, *addr)
	case "trickle":
		addr := fs.String("addr", "127.0.0.1:8080", "loopback address of pith serve")
		n := fs.Int("n", 8, "connections trickling a body")
		page := fs.String("html", "testdata/pages/example-techoutlook.html", "the page posted beside them")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return trickle(ctx, *addr, *n, *page)
	}
	return fmt.Errorf("unknown mode %q: want site or trickle", args[0])
}

// loopback refuses an address that is not on loopback.
func loopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	ips, err := net.LookupIP(host)
	if err != nil {
		return err
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return fmt.Errorf("%s is not a loopback address", addr)
		}
	}
	return nil
}

func serveSite(ctx context.Context, addr string) error {
	if err := loopback(addr); err != nil {
		return err
	}
	site := hostile.New(hostile.Options{})
	defer site.Close()
	srv := &http.Server{Addr: addr, Handler: site.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		if err := srv.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "hostile: close:", err)
		}
	}()
	fmt.Fprintf(os.Stderr, "hostile site on http://%s/\n", addr)
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func trickle(ctx context.Context, addr string, n int, pagePath string) error {
	if err := loopback(addr); err != nil {
		return err
	}
	page, err := os.ReadFile(pagePath)
	if err != nil {
		return err
	}
	for range n {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return err
		}
		defer c.Close()
		fmt.Fprintf(c, "POST /v1/clean HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{", addr)
		go func() {
			t := time.NewTicker(time.Second)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
				if _, err := c.Write([]byte(" ")); err != nil {
					return
				}
			}
		}()
	}
	select { // let the trickles start
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(2 * time.Second):
	}
	body, err := json.Marshal(map[string]string{"html": string(page), "url": "https://www.thetechoutlook.com/news/biden-putin/"})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/v1/clean", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	resp, err := (&http.Client{Timeout: 60 * time.Second}).Do(req)
	if err != nil {
		return fmt.Errorf("POST /v1/clean beside %d trickling bodies: %w after %v", n, err, time.Since(start))
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	fmt.Printf("POST /v1/clean beside %d trickling bodies: %d in %v\n", n, resp.StatusCode, time.Since(start).Round(time.Millisecond))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}
