package cleaner

import (
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-news/pith/internal/machinery/jsonld"
)

func TestZZDebug(t *testing.T) {
	m, _ := filepath.Glob("../../shared/bench/aeb/html/" + os.Getenv("PAGE") + "*")
	f, _ := os.Open(m[0])
	zr, _ := gzip.NewReader(f)
	doc, _ := html.Parse(zr)
	s := scanPage(doc)
	ld := jsonld.Read(s.ldScripts)
	fmt.Printf("times %+v\nitemprop %+v\ndateTexts %q\nafter %q\nauthors %q rel %q bylines %q\nh1 %q\nld %+v pub %q\nmetas author %q\n", s.times, s.itempropDates, s.dateTexts, s.afterH1, s.itempropAuthors, s.relAuthors, s.bylines, s.h1s, ld.AllAuthors(), ld.PublisherName(), s.metas["author"])
}
