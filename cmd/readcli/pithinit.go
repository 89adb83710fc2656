//go:build pithinit

package main

// Built with -tags pithinit, readcli links every package pith links
// (cmd/pith imports this one alone), so that their initialisers run at its
// start as they do at pith's, and then does readcli's work and no more: the
// floor that `pith clean` cannot go below, whatever its own cleaning costs.
import _ "github.com/pith-news/pith/internal/cli"
