package jsonld_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pith-news/pith/internal/machinery/jsonld"
)

func TestKindAndArticle(t *testing.T) {
	tests := []struct {
		name          string
		scripts       []string
		article, hub  bool
		wantHeadline  string
		wantAuthors   []string
		wantPublisher string
	}{
		{"news article", []string{`{"@type":"NewsArticle","headline":"Ferry fares rise","author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"name":"Harbour Times"}}`},
			true, false, "Ferry fares rise", []string{"Ana Ruiz"}, "Harbour Times"},
		{"graph with id references", []string{`{"@graph":[{"@type":"WebPage"},{"@type":["Article"],"headline":"Q &amp; A","author":[{"@id":"#p1"},"Bo Lind"]},{"@id":"#p1","name":"Cy Moss"}]}`},
			true, false, "Q & A", []string{"Cy Moss", "Bo Lind"}, ""},
		{"main entity, schema.org prefix", []string{`{"@type":"WebPage","mainEntity":{"@type":"https://schema.org/ReportageNewsArticle","headline":"Deep"}}`},
			true, false, "Deep", nil, ""},
		{"CDATA and a broken block", []string{`not json`, `<![CDATA[{"@type":"BlogPosting","headline":"Post"}]]>`},
			true, false, "Post", nil, ""},
		{"both former lists", []string{`[{"@type":"SatiricalArticle","headline":"A"},{"@type":"SocialMediaPosting"}]`},
			true, false, "A", nil, ""},
		{"raw line break in a string", []string{"{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\",\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}}"},
			true, false, "Two lines", []string{"Ana Ruiz"}, ""},
		{"hub", []string{`{"@type":"CollectionPage","mainEntity":{"@type":"ItemList"}}`}, false, true, "", nil, ""},
		{"article wins over hub", []string{`{"@type":"CollectionPage"}`, `{"@type":"NewsArticle","headline":"H"}`}, true, false, "H", nil, ""},
		{"nothing", nil, false, false, "", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := jsonld.Read(tc.scripts)
			article, hub := p.Kind()
			if article != tc.article || hub != tc.hub {
				t.Errorf("Kind() = %v, %v; want %v, %v", article, hub, tc.article, tc.hub)
			}
			o := p.Article()
			if got := o.String("headline"); got != tc.wantHeadline {
				t.Errorf("headline = %q, want %q", got, tc.wantHeadline)
			}
			if diff := cmp.Diff(tc.wantAuthors, p.Authors(o)); diff != "" {
				t.Errorf("Authors (-want +got):\n%s", diff)
			}
			if got := o.Publisher(); got != tc.wantPublisher {
				t.Errorf("Publisher = %q, want %q", got, tc.wantPublisher)
			}
		})
	}
}

func TestImage(t *testing.T) {
	for _, src := range []string{
		`{"@type":"NewsArticle","image":"https://n.example/a.jpg"}`,
		`{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"https://n.example/a.jpg"}}`,
		`{"@type":"NewsArticle","image":[{"contentUrl":"https://n.example/a.jpg"},"https://n.example/b.jpg"]}`,
	} {
		if got := jsonld.Read([]string{src}).Article().Image(); got != "https://n.example/a.jpg" {
			t.Errorf("Image of %s = %q, want a.jpg", src, got)
		}
	}
}

func TestQuestions(t *testing.T) {
	tests := []struct {
		name   string
		script string
		want   []string
		words  int // written by hand: the questions' and answers' words
	}{
		{"a FAQPage", `{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is the pool heated?","acceptedAnswer":{"@type":"Answer","text":"Yes, to 27 degrees."}},{"@type":"Question","name":"Are towels provided?","acceptedAnswer":{"@type":"Answer","text":"No."}}]}`,
			[]string{"Is the pool heated?", "Are towels provided?"}, 12},
		{"in a graph, answers in a list", `{"@graph":[{"@type":"WebPage"},{"@type":"FAQPage","mainEntity":{"@type":"Question","name":"When does it open?","acceptedAnswer":[{"@type":"Answer","text":"At seven."}]}}]}`,
			[]string{"When does it open?"}, 6},
		{"no questions", `{"@type":"NewsArticle","headline":"Pool reopens"}`, nil, 0},
	}
	for _, tc := range tests {
		got, words := jsonld.Read([]string{tc.script}).Questions()
		if diff := cmp.Diff(tc.want, got); diff != "" || words != tc.words {
			t.Errorf("%s: questions (-want +got):\n%s words %d, want %d", tc.name, diff, words, tc.words)
		}
	}
}
