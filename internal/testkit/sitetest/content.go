package sitetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// SiteName is the name of the generated site.
const SiteName = "The Loopback Gazette"

// sections are the site's sections, in the order articles are dealt to them.
var sections = []string{"politics", "business", "science", "culture", "sport"}

// authors write the articles; their slugs are their URLs.
var authors = []struct{ Name, Slug string }{
	{"Ada Mercer", "ada-mercer"}, {"Bruno Keller", "bruno-keller"},
	{"Chiara Santos", "chiara-santos"}, {"Dmitri Volkov", "dmitri-volkov"},
	{"Esther Lindqvist", "esther-lindqvist"}, {"Farid Haddad", "farid-haddad"},
	{"Grace Okafor", "grace-okafor"}, {"Hiroshi Tanaka", "hiroshi-tanaka"},
}

// tags label the articles.
var tags = []string{
	"elections", "climate", "energy", "housing", "health", "transport",
	"education", "technology", "trade", "courts", "music", "football",
	"space", "farming", "budget", "water",
}

// firstPublished is when article 0, the newest, was published; article n
// is 3n hours older.
var firstPublished = time.Date(2024, 6, 1, 9, 0, 0, 0, time.UTC)

// Article is a generated article, as served by the site.
type Article struct {
	// N is the article number: 0 is the newest.
	N int
	// Path is the article's clean URL path.
	Path string
	// Title, Summary (the standfirst), Author and Section as shown.
	Title, Summary, Author, Section string
	// AuthorSlug is the path segment of the author page.
	AuthorSlug string
	// Tags label the article.
	Tags []string
	// Published and Modified (Modified moves with each Update).
	Published, Modified time.Time
	// Version counts the updates (Site.Update).
	Version int
	// Paragraphs are the article body, in order.
	Paragraphs []string
}

// ETag is the article's entity tag, which changes with each update.
func (a Article) ETag() string {
	return fmt.Sprintf(`"a%d-v%d"`, a.N, a.Version)
}

var (
	subjects = []string{
		"The city council", "A coalition of local groups", "The regional health board",
		"Researchers at the university", "The transport authority", "Opposition leaders",
		"A panel of independent experts", "The national statistics office",
		"Several large employers", "The mayor's office", "Farmers in the valley",
		"The central bank", "Teachers' unions", "A group of residents",
	}
	verbs = []string{
		"announced plans to", "voted narrowly to", "said it would", "has agreed to",
		"warned that it may have to", "is expected to", "pledged to", "moved quickly to",
		"refused to", "quietly decided to",
	}
	objects = []string{
		"expand the northern rail line", "cut the cost of school meals",
		"review the water charges", "rebuild the flooded bridge",
		"delay the new housing estate", "fund a study of river pollution",
		"raise the minimum wage for seasonal workers", "close two rural clinics",
		"open the harbour to night shipping", "restore the old market hall",
		"publish the hospital waiting lists", "double the number of charging points",
	}
	contexts = []string{
		"after months of debate", "despite strong objections",
		"ahead of the autumn budget", "following a critical report",
		"in a surprise move on Tuesday", "under pressure from campaigners",
		"as costs continue to rise", "before the end of the year",
	}
	people = []string{
		"a spokeswoman for the council", "the committee chair", "one local shop owner",
		"an economist who has studied the region", "a senior official",
		"the head of the residents' association", "a retired engineer",
		"the lead author of the report",
	}
	claims = []string{
		"the decision reflected what people had asked for at public meetings",
		"the numbers did not add up and the plan would need to be revisited",
		"nobody had expected the vote to be so close",
		"the change would take at least two years to make a difference",
		"the money had been set aside long before the election",
		"smaller towns were once again being left behind",
		"the figures published last week were worse than forecast",
		"a compromise was still possible if both sides kept talking",
	}
	details = []string{
		"The proposal, first published in March, runs to more than two hundred pages and sets out costs for each stage of the work.",
		"Figures released on Monday show that demand has grown steadily for three years, with the sharpest rise among people under thirty.",
		"Critics point out that a similar scheme was abandoned a decade ago, when the budget ran out before the second phase began.",
		"Officials have promised a public consultation in the coming weeks, with meetings in every district and an online survey.",
		"The plan would be paid for partly by a new levy on large developments and partly by money borrowed over twenty-five years.",
		"Local businesses have been divided, with some welcoming the investment and others worried about months of disruption.",
		"An independent review found that the existing system was working at close to full capacity on most weekdays.",
		"Campaigners say they will keep up the pressure until a firm timetable is agreed and written into the budget.",
		"The last comparable project took almost six years to complete and cost nearly twice its original estimate.",
		"Several members said privately that they had backed the motion only after last-minute changes to its wording.",
	}
)

// article generates article n at version v.
func article(n, version int) Article {
	rng := rand.New(rand.NewPCG(uint64(n), 0x9e3779b97f4a7c15))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }

	subject, verb, object, context := pick(subjects), pick(verbs), pick(objects), pick(contexts)
	title := fmt.Sprintf("%s %s %s %s", subject, verb, object, context)
	a := Article{
		N:          n,
		Title:      title,
		Section:    sections[n%len(sections)],
		Author:     authors[(n*7)%len(authors)].Name,
		AuthorSlug: authors[(n*7)%len(authors)].Slug,
		Tags:       articleTags(n),
		Published:  firstPublished.Add(-3 * time.Hour * time.Duration(n)),
		Version:    version,
	}
	a.Modified = a.Published.Add(time.Duration(version) * time.Hour)
	a.Summary = fmt.Sprintf("%s %s %s, a decision that %s called %s.",
		subject, verb, object, pick(people), pick([]string{"overdue", "a gamble", "a first step", "long awaited", "premature"}))
	a.Path = fmt.Sprintf("/%s/%s/%s-%d.html", a.Section, a.Published.Format("2006/01/02"), slug(title), n)

	paras := 5 + rng.IntN(4)
	for i := 0; i < paras; i++ {
		var b strings.Builder
		switch i {
		case 0:
			fmt.Fprintf(&b, "%s %s %s %s, %s. ", subject, verb, object, context, "in a move that surprised many observers")
			b.WriteString(pick(details))
		default:
			sentences := 2 + rng.IntN(3)
			for s := 0; s < sentences; s++ {
				if s > 0 {
					b.WriteByte(' ')
				}
				if rng.IntN(2) == 0 {
					fmt.Fprintf(&b, "“I think %s,” said %s.", pick(claims), pick(people))
				} else {
					b.WriteString(pick(details))
				}
			}
		}
		a.Paragraphs = append(a.Paragraphs, b.String())
	}
	if version > 0 {
		a.Paragraphs = append(a.Paragraphs, fmt.Sprintf(
			"Update %d: this article was updated on %s with a response from the council, which said it would publish its own figures.",
			version, a.Modified.Format("January 2, 2006 at 15:04 MST")))
	}
	return a
}

// articleTags returns the two tags of article n.
func articleTags(n int) []string {
	t1, t2 := tags[(n*3)%len(tags)], tags[(n*5+1)%len(tags)]
	if t1 == t2 {
		return []string{t1}
	}
	return []string{t1, t2}
}

func hasTag(n int, tag string) bool {
	for _, t := range articleTags(n) {
		if t == tag {
			return true
		}
	}
	return false
}

// slug turns a title into a URL path segment.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
