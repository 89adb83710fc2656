// Command readcli is the baseline of the start-up measurement: a
// readability-only CLI that reads one HTML file, extracts its article with
// readeck/go-readability v2 and prints the title and text as JSON, as
// `pith clean` does with its cleaner.
//
//	readcli FILE URL
package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: readcli FILE URL")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "readcli:", err)
		os.Exit(1)
	}
}

func run(file, pageURL string) error {
	u, err := url.Parse(pageURL)
	if err != nil {
		return fmt.Errorf("url: %w", err)
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	a, err := readability.FromReader(f, u)
	if err != nil {
		return fmt.Errorf("readability: %w", err)
	}
	var text strings.Builder
	if err := a.RenderText(&text); err != nil {
		return fmt.Errorf("text: %w", err)
	}
	return json.NewEncoder(os.Stdout).Encode(map[string]string{"title": a.Title(), "text": text.String()})
}
