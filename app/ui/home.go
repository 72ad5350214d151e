package ui

import (
	"net/url"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/facts"
	"partnertrack/app/site"
)

// homeView is the home page: what the show is and what happened to it.
type homeView struct{ C *corpus.Corpus }

func (v homeView) meta(*url.URL) meta {
	return meta{
		description: "What five 2022 web articles said about Netflix’s Partner Track — premiere, cancellation, " +
			"viewing figures and ratings — with every statement linked to the sentence it comes from.",
	}
}

// Fact keys shown in each home section.
var (
	homeTimeline = []string{"ordered", "premiere", "interview", "cancelled"}
	homeShow     = []string{"creator", "novel", "author", "novel-year", "episodes"}
	homeNumbers  = []string{"hours", "weeks", "peak", "critics", "audience", "imdb", "metacritic"}
)

func (v homeView) renderPage() app.UI {
	timeline := v.facts(homeTimeline)
	sort.SliceStable(timeline, func(i, j int) bool { return timeline[i].When() < timeline[j].When() })
	return app.Div().Class("home").Body(
		app.H1().Text("Partner Track, as the press reported it"),
		app.P().Class("lede").Text("Five web articles from 2022 about the show agree, disagree, "+
			"misquote and copy each other. Everything below is taken from them: each chip (A1–A5) "+
			"links to the sentence it comes from, and conflicts are shown, not settled."),
		section("timeline", "What happened", factList(v.C, timeline)),
		section("show", "The show", factList(v.C, v.facts(homeShow))),
		section("numbers", "Headline numbers", factList(v.C, v.facts(homeNumbers))),
		section("sources", "The articles", articleList(v.C)),
	)
}

// facts returns the corpus facts for keys, in order, skipping unknown keys.
func (v homeView) facts(keys []string) []facts.Fact {
	var out []facts.Fact
	for _, k := range keys {
		if f, ok := v.C.Fact(k); ok {
			out = append(out, f)
		}
	}
	return out
}

// section is a titled part of a page, linkable by id.
func section(id, title string, body ...app.UI) app.UI {
	return app.Elem("section").ID(id).Aria("labelledby", id+"-h").Body(
		append([]app.UI{app.Elem("h2").ID(id + "-h").Text(title)}, body...)...,
	)
}

// openSection writes the start of section's element, its heading
// included; the caller closes it.
func openSection(b *strings.Builder, id, title string) {
	b.WriteString(`<section id="` + esc(id) + `" aria-labelledby="` + esc(id) + `-h"><h2 id="` + esc(id) + `-h">` + esc(title) + `</h2>`)
}

// factList renders facts as a description list, written as HTML in one
// string that the browser parses in one call: made element by element,
// the home page's facts (each with every sentence behind it, in a
// disclosure) were the largest part of its start-up. Every text is
// escaped; the links are the site's own.
func factList(c *corpus.Corpus, fs []facts.Fact) app.UI {
	var b strings.Builder
	b.Grow(2500 * (len(fs) + 1)) // a fact takes about 2 KB
	b.WriteString(`<dl class="facts">`)
	for _, f := range fs {
		writeFact(&b, c, f)
	}
	b.WriteString(`</dl>`)
	return app.Raw(b.String())
}

// writeFact writes one fact: its values with their sources, its status,
// and the sentences behind it on demand.
func writeFact(b *strings.Builder, c *corpus.Corpus, f facts.Fact) {
	b.WriteString(`<div class="fact" id="fact-` + esc(f.Key) + `"><dt>` + esc(f.Label) + `</dt><dd>`)
	defer b.WriteString(`</dd></div>`)
	if f.Status == facts.Missing {
		b.WriteString(`<span class="muted">Not stated by any article.</span>`)
		return
	}
	b.WriteString(`<ul class="values">`)
	for _, g := range f.Groups {
		b.WriteString(`<li><strong>` + esc(g.Value()) + `</strong><span class="chips">`)
		for _, cl := range firstBy(g.Claims, func(cl facts.Claim) string { return cl.ArticleID }) {
			writeChip(b, c, cl.ArticleID, cl.SentenceID, cl.Sentence, c.Label(cl.ArticleID))
		}
		b.WriteString(`</span></li>`)
	}
	b.WriteString(`</ul>`)
	if f.Status != facts.Agree {
		b.WriteString(`<p class="status status-` + statusClass(f.Status) + `">` + esc(f.Status.String()+": "+f.Why) + `</p>`)
	}
	claims := f.Claims()
	b.WriteString(`<details><summary>` + esc(sentenceCount(len(claims))) + `</summary><ul class="quotes">`)
	for _, cl := range claims {
		writeQuote(b, c, "", cl.ArticleID, cl.SentenceID, cl.Sentence, [][2]int{{cl.Start, cl.End}})
	}
	b.WriteString(`</ul></details>`)
}

func statusClass(s facts.Status) string {
	switch s {
	case facts.Conflict:
		return "conflict"
	case facts.Compatible:
		return "compatible"
	}
	return "agree"
}

func sentenceCount(n int) string {
	if n == 1 {
		return "The sentence"
	}
	return "The " + itoa(n) + " sentences"
}

// articleList lists the articles with their labels.
func articleList(c *corpus.Corpus) app.UI {
	return app.Elem("ol").Class("article-list").Body(
		app.Range(c.Articles).Slice(func(i int) app.UI {
			a := c.Articles[i]
			return app.Elem("li").Body(
				app.Elem("span").Class("label").Text(c.Label(a.ID)),
				app.Elem("a").Attr("href", site.ArticleURL(a.ID)).Text(a.Title),
				app.If(a.TitleDerived, app.Elem("span").Class("badge").Title("This article has no headline; "+a.TitleSource).Text("derived title")),
			)
		}),
	)
}
