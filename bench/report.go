package main

import (
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/pith-news/pith/bench/dataset"
	"github.com/pith-news/pith/bench/score"
)

// report holds everything BENCHMARKS.md shows.
type report struct {
	date    time.Time
	machine machine
	goVer   string
	command string
	sample  int
	repeat  int
	// loadStart and loadEnd are the load averages around the run.
	loadStart, loadEnd string
	tools              []toolInfo
	sets               []setReport
	// nonArticle has one row per tool for the non-article WCXB pages.
	nonArticle []refusalRow
	nonArtSet  string
	// removed is pith's removed-article-text count, when pith ran on a set
	// with page types.
	removed    *removedStats
	removedSet string
	idleRSS    int64
}

type toolInfo struct{ title, module, version, settings string }

// setReport is one set's table.
type setReport struct {
	name string
	// bow is true for a set with page types, scored with bow_eval.py;
	// otherwise aeb_eval.py scores it.
	bow bool
	// pages counts the pages run; scored those scored (the articles).
	pages, scored int
	rows          []setRow
}

type setRow struct {
	tool       string
	aeb        score.AEBResult
	bow        score.BOWResult
	msPerPage  float64
	allocsPage float64
	rssMB      float64
	errors     int
}

type refusalRow struct {
	tool           string
	pages, refused int
}

func buildReport(c config, sets []*dataset.Set, runs []*toolRun, idleRSS int64) *report {
	rep := &report{
		date:    time.Now().UTC(),
		machine: describeMachine(),
		goVer:   runtime.Version(),
		command: commandLine(),
		sample:  c.pages,
		repeat:  c.repeat,
		idleRSS: idleRSS,
	}
	for _, r := range runs {
		rep.tools = append(rep.tools, toolInfo{r.tool.Title, r.tool.Module, moduleVersion(r.tool.Module), r.tool.Settings})
	}
	for _, s := range sets {
		rep.sets = append(rep.sets, scoreSet(s, runs))
		if !hasPageTypes(s) {
			continue
		}
		rep.nonArtSet = s.Name
		for _, r := range runs {
			rep.nonArticle = append(rep.nonArticle, refusals(s, r))
			if r.tool.Name == "pith" {
				st := removedArticleText(s, r.records[s.Name])
				rep.removed, rep.removedSet = &st, s.Name
			}
		}
	}
	return rep
}

// commandLine is the command as run from bench/.
func commandLine() string {
	parts := []string{"cd bench && go run ."}
	for _, a := range os.Args[1:] {
		if strings.ContainsAny(a, " \t'\"$") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		parts = append(parts, a)
	}
	return strings.Join(parts, " ")
}

func hasPageTypes(s *dataset.Set) bool {
	for _, t := range s.Truth {
		if t.PageType != "" {
			return true
		}
	}
	return false
}

// scoreSet scores every tool on one set.
func scoreSet(s *dataset.Set, runs []*toolRun) setReport {
	sr := setReport{name: s.Name, bow: hasPageTypes(s), pages: len(s.IDs)}
	aebTruth := map[string]string{}
	bowTruth := map[string]score.Page{}
	for _, id := range s.IDs {
		t := s.Truth[id]
		if !t.IsArticle() {
			continue
		}
		aebTruth[id] = t.AEBText()
		body, ok := t.Body()
		bowTruth[id] = score.Page{ArticleBody: body, HasBody: ok, With: t.With, Without: t.Without}
	}
	sr.scored = len(aebTruth)
	for _, r := range runs {
		recs := r.records[s.Name]
		pred := map[string]string{}
		row := setRow{tool: r.tool.Title, rssMB: mb(r.peakRSS)}
		var nanos, mallocs float64
		for _, id := range s.IDs {
			rec := recs[id]
			nanos += float64(rec.Nanos)
			mallocs += float64(rec.Mallocs)
			if rec.Err != "" {
				row.errors++
			}
			if _, ok := aebTruth[id]; ok {
				pred[id] = rec.Text
			}
		}
		if n := float64(len(s.IDs)); n > 0 {
			row.msPerPage, row.allocsPage = nanos/n/1e6, mallocs/n
		}
		if sr.bow {
			row.bow = score.BOW(bowTruth, pred)
		} else {
			row.aeb = score.AEB(aebTruth, pred)
		}
		sr.rows = append(sr.rows, row)
	}
	return sr
}

// refusals counts the non-article pages on which a tool gave no article.
func refusals(s *dataset.Set, r *toolRun) refusalRow {
	row := refusalRow{tool: r.tool.Title}
	for _, id := range s.IDs {
		if s.Truth[id].IsArticle() {
			continue
		}
		row.pages++
		if rec := r.records[s.Name][id]; rec.refused() {
			row.refused++
		}
	}
	return row
}
