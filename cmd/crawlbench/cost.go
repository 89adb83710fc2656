package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pith-news/pith/internal/testkit/sitetest"
)

// disk is what an out dir takes on disk, in bytes (file sizes).
type disk struct {
	total, articles, warc, stateDB int64
}

// diskOf adds up the files of the out dir out: all of them, the article
// files, the WARC files and the state database.
func diskOf(out string) (disk, error) {
	var d disk
	err := filepath.WalkDir(out, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		fi, err := e.Info()
		if err != nil {
			return err
		}
		n := fi.Size()
		d.total += n
		rel, _ := filepath.Rel(out, p)
		switch {
		case strings.HasPrefix(rel, filepath.Join(".pith", "warc")):
			d.warc += n
		case rel == filepath.Join(".pith", "state.db"):
			d.stateDB += n
		case !strings.HasPrefix(rel, ".pith") && strings.HasSuffix(rel, ".json"):
			d.articles += n
		}
		return nil
	})
	return d, err
}

// measurePlain runs pith crawl as it was before site learning and
// archiving (--archive=false --learn=false) into out, a new out dir.
func measurePlain(ctx context.Context, site *sitetest.Site, n int, pith string, parallel int, out, seed string) (result, error) {
	r, err := measure(ctx, site, "pith crawl --archive=false --learn=false", n, pith, "crawl", "--delay", "0",
		"--parallel", strconv.Itoa(parallel), "--archive=false", "--learn=false", "--out", out, "--log-level", "warn", seed)
	if err != nil {
		return result{}, err
	}
	if r.stored, err = countArticles(out); err != nil {
		return result{}, err
	}
	if r.disk, err = diskOf(out); err != nil {
		return result{}, err
	}
	return r, os.RemoveAll(out)
}

// printCost prints the cost of archiving and site learning: the same
// crawl with both (the default) and without.
func printCost(with, without []result) {
	fmt.Println("| crawl | site articles | stored | wall | pages/s | peak RSS | out dir on disk | article files | WARC | state.db | WARC per 1,000 articles |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for i := range with {
		for _, r := range []result{with[i], without[i]} {
			per := "-"
			if r.disk.warc > 0 && r.stored > 0 {
				per = fmt.Sprintf("%.1f MB", float64(r.disk.warc)/float64(r.stored)*1000/1e6)
			}
			name := r.name
			if name == "pith crawl" {
				name = "pith crawl (archive and learning on, the default)"
			}
			fmt.Printf("| %s | %d | %d | %.2fs | %.0f | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %s |\n",
				name, r.articles, r.stored, r.wall.Seconds(), float64(r.pages)/r.wall.Seconds(), float64(r.maxRSS)/1e6,
				float64(r.disk.total)/1e6, float64(r.disk.articles)/1e6, float64(r.disk.warc)/1e6, float64(r.disk.stateDB)/1e6, per)
		}
	}
}
