package main

import (
	"fmt"
	"math"
	"strings"
)

// markdown renders the report as BENCHMARKS.md.
func (r *report) markdown() string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }

	p("# Benchmarks\n\n")
	p("pith's cleaner beside three Go article extractors, on the article-extraction benchmark (AEB)\n")
	p("and the development split of the Web Content Extraction Benchmark (WCXB). Each tool runs in a\n")
	p("process of its own over every page of both sets, the processes taking each page in turn; the\n")
	p("figures below are from one such run.\n")
	p("`bench/README.md` says how it is measured and scored.\n\n")
	p("- Date: %s\n", r.date.Format("2006-01-02 15:04 MST"))
	p("- Machine: %d CPUs (%s), %s memory, %s\n", r.machine.CPUs, r.machine.CPU, r.machine.Memory, r.machine.OS)
	p("- Load average (1, 5, 15 min): %s at the start, %s at the end. Above %d, other processes\n", r.loadStart, r.loadEnd, r.machine.CPUs)
	p("  competed for the CPUs and slowed the times; each time is the fastest of %d calls to damp that.\n", r.repeat)
	p("- Go: %s\n", r.goVer)
	p("- Command: `%s`\n", r.command)
	if r.sample > 0 {
		p("- Sample: %d pages of each set, not the whole sets: a quick run, not comparable with published figures\n", r.sample)
	}
	p("\n| tool | module | version | called as |\n|---|---|---|---|\n")
	for _, t := range r.tools {
		p("| %s | %s | %s | %s |\n", t.title, t.module, t.version, t.settings)
	}

	for _, s := range r.sets {
		r.setTable(&b, s)
	}
	r.nonArticleTable(&b)
	r.removedSection(&b)

	p("\n## Notes\n\n")
	p("- ms/page is the wall time of the extraction call alone (reading and gunzipping the page are\n")
	p("  outside it): per page the fastest of %d calls, averaged over every page of the set that was\n", r.repeat)
	p("  run, article or not. allocs/page is the rise of `runtime.MemStats.Mallocs` across the first\n")
	p("  call, averaged the same way. The tools' processes run side by side and take the pages in\n")
	p("  turn: each page goes to every tool, one after the other, before the next page goes to any,\n")
	p("  so a change in the machine's load over the run falls on every tool alike and the ratio of\n")
	p("  two tools' times holds when their absolute times drift.\n")
	p("- Each tool runs in a process of its own, built with that tool alone linked in. Peak RSS is\n")
	p("  that process's VmHWM over both sets: one figure per tool, repeated in each table. The same\n")
	p("  program built with no tool, reading and gunzipping every page, peaks at %.0f MB.\n", mb(r.idleRSS))
	p("- A page on which a tool returns an error counts as an empty extraction.\n")
	return b.String()
}

func (r *report) setTable(b *strings.Builder, s setReport) {
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	if s.bow {
		p("\n## %s: %d article pages (of %d run)\n\n", s.name, s.scored, s.pages)
		p("Bag-of-words F1, P and R of lower-cased whitespace tokens, WITH (share of pages where every\n")
		p("`with` snippet is in the text) and WITHOUT (share where no `without` snippet is), as\n")
		p("`../shared/tools/bow_eval.py` computes them, on the pages of page_type \"article\". `empty` counts\n")
		p("the article pages with no text (an error or a blank result).\n\n")
		p("| tool | F1 | P | R | WITH | WITHOUT | empty | ms/page | allocs/page | peak RSS MB |\n")
		p("|---|---|---|---|---|---|---|---|---|---|\n")
		for _, row := range s.rows {
			p("| %s | %s | %s | %s | %s | %s | %d | %.1f | %.0f | %.0f |\n", row.tool,
				f3(row.bow.F1), f3(row.bow.P), f3(row.bow.R), f1(row.bow.With), f1(row.bow.Without),
				row.bow.Empty, row.msPerPage, row.allocsPage, row.rssMB)
		}
		return
	}
	p("\n## %s: %d pages\n\n", s.name, s.scored)
	p("F1, P and R of word 4-gram shingles as `../shared/tools/aeb_eval.py` computes them. `empty`\n")
	p("counts the pages with no text (an error or a blank result).\n\n")
	p("| tool | F1 | P | R | empty | ms/page | allocs/page | peak RSS MB |\n")
	p("|---|---|---|---|---|---|---|---|\n")
	for _, row := range s.rows {
		p("| %s | %s | %s | %s | %d | %.1f | %.0f | %.0f |\n", row.tool,
			f3(row.aeb.F1), f3(row.aeb.P), f3(row.aeb.R), row.aeb.Empty, row.msPerPage, row.allocsPage, row.rssMB)
	}
}

func (r *report) nonArticleTable(b *strings.Builder) {
	if len(r.nonArticle) == 0 {
		return
	}
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	p("\n## %s: non-article pages\n\n", r.nonArtSet)
	p("Listing, collection and service pages (page_type other than \"article\"): a crawler should not\n")
	p("store them as articles. A tool refuses a page when it returns an error or blank text; the\n")
	p("false-article rate is the share of these pages it returned an article for.\n\n")
	p("| tool | pages | refused | refused share | false-article rate |\n|---|---|---|---|---|\n")
	for _, row := range r.nonArticle {
		share := math.NaN()
		if row.pages > 0 {
			share = float64(row.refused) / float64(row.pages)
		}
		p("| %s | %d | %d | %s%% | %s%% |\n", row.tool, row.pages, row.refused, f1(100*share), f1(100*(1-share)))
	}
}

func (r *report) removedSection(b *strings.Builder) {
	if r.removed == nil {
		return
	}
	st := r.removed
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	p("\n## pith: removed entries that are article text (%s)\n\n", r.removedSet)
	p("Of the %d entries of %d or more words in pith's `removed` lists on the article pages,\n", st.Checked, minRemovedWords)
	p("**%d** (on %d pages) are article text: their words, lower-cased, appear in that order in the\n", st.Hits, st.Pages)
	p("ground truth's articleBody and not in pith's text.\n")
	if len(st.ByRule) == 0 {
		return
	}
	p("\n| kind/rule | entries |\n|---|---|\n")
	for _, k := range st.rules() {
		p("| %s | %d |\n", k, st.ByRule[k])
	}
}

func f3(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", x)
}

func f1(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.1f", x)
}
