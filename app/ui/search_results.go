package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/search"
	"partnertrack/app/site"
)

// snippetRadius is how much text a snippet shows either side of a match,
// in bytes, when the sentence is long.
const snippetRadius = 70

// searchTips are example queries that show what the search can do; a
// test checks each finds something.
var searchTips = []struct{ query, what string }{
	{"cancel", "the start of a word: cancelled, canceled, cancellation"},
	{`"head of drama"`, "a phrase, in quotes"},
	{`"writer's room"`, "a straight quote finds the curly one"},
	{"deadline august", "every word in the same sentence"},
}

// searchResults renders the results of q, or suggestions when q is empty;
// those are the build's, so an empty search does not make the index.
// all says which groups (by article id) list every hit; onClick, when
// not nil, handles the clicks in the results (the "Show all" buttons are
// in HTML that go-app did not make, so they have no handler of their own).
func searchResults(c *corpus.Corpus, q string, all map[string]bool, onClick app.EventHandler) app.UI {
	note := ""
	if r := []rune(q); len(r) > maxQuery {
		q, note = string(r[:maxQuery]), "Only the first 200 characters of the query are searched."
	}
	terms := search.ParseQuery(q)
	if len(terms) == 0 {
		return app.Div().Class("search-results").Body(
			app.P().Class("search-status").Attr("role", "status").Text("Type to search every sentence of the five articles."),
			searchSuggestions(c),
		)
	}
	res := c.Search().SearchTerms(terms)
	var status string
	if res.Hits == 0 {
		status = "No sentence has " + termList(res.Terms) + "."
	} else {
		status = plural(res.Hits, "sentence", "sentences") + " in " + plural(len(res.Groups), "article", "articles") +
			" " + verbFor(res.Hits, "has", "have") + " " + termList(res.Terms) + "."
	}
	div := app.Div().Class("search-results")
	if onClick != nil {
		div = div.OnClick(onClick)
	}
	return div.Body(
		app.P().Class("search-status").Attr("role", "status").Text(status),
		app.If(note != "", app.P().Class("status status-conflict").Text(note)),
		app.If(res.Hits == 0, app.Div().Class("search-none").Body(
			app.P().Text("Every word must be in the same sentence. Try fewer words, or the start of a word."),
			searchSuggestions(c),
		)),
		app.If(len(res.Groups) > 0, app.Raw(groupsHTML(c, res.Groups, all))),
	)
}

// termList writes the terms for the status line: “cho” and “head of drama”.
func termList(ts []search.Term) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = "“" + t.Text + "”"
	}
	switch len(parts) {
	case 1:
		return parts[0]
	case 2:
		return parts[0] + " and " + parts[1]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func verbFor(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// firstHits is how many sentences a result group lists before its "Show
// all" button. A one-letter query finds hundreds of sentences: drawing
// them all on every keystroke took 170 ms at 4× CPU, and ten a group
// (50 for "n") 134 ms; five a group, 106 ms. Five still fill a phone's
// screen, and each group's heading counts all its hits.
const firstHits = 5

// groupsHTML is the result groups, written as HTML in one string that the
// browser parses in one call, where go-app made each of their hundreds of
// elements and text nodes with calls of its own (a one-letter query draws
// 50 snippets on a keystroke). Each is one article's hits
// in reading order, under a heading that links to the article and counts
// them; it lists the first firstHits, and a "Show all" button for the
// rest unless all[article] is set. The buttons carry their article in
// data-article for the click handler of the results.
func groupsHTML(c *corpus.Corpus, groups []search.Group, all map[string]bool) string {
	var b strings.Builder
	b.WriteString(`<div class="result-groups">`)
	for _, g := range groups {
		a, _ := c.Article(g.ArticleID)
		id := esc(g.ArticleID)
		count := esc(plural(len(g.Hits), "sentence", "sentences"))
		b.WriteString(`<section class="result-group" data-article="` + id + `" aria-labelledby="r-` + id + `">`)
		b.WriteString(`<h2 id="r-` + id + `"><span class="label">` + esc(c.Label(g.ArticleID)) + `</span>`)
		b.WriteString(`<a href="` + esc(site.ArticleURL(g.ArticleID)) + `">` + esc(a.Title) + `</a>`)
		b.WriteString(`<span class="count">` + count + `</span></h2>`)
		shown := g.Hits
		if !all[g.ArticleID] && len(shown) > firstHits {
			shown = shown[:firstHits]
		}
		b.WriteString(`<div class="hit-list">`)
		writeHits(&b, shown)
		if len(shown) < len(g.Hits) {
			b.WriteString(`<button type="button" class="more" data-article="` + id + `">Show all ` + count + `</button>`)
		}
		b.WriteString(`</div></section>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// writeHits writes a list of hits as HTML to b. Each hit is a snippet of
// its sentence, linking to it, the matches marked. Every text is escaped;
// the links are the site's own, so go-app's click handler still navigates
// in place.
func writeHits(b *strings.Builder, hits []search.Hit) {
	b.WriteString(`<ol class="hits">`)
	for _, h := range hits {
		href := site.SentenceURL(h.ArticleID, h.SentenceID)
		if h.SentenceID == "" {
			href = site.ArticleURL(h.ArticleID)
		}
		b.WriteString(`<li><a class="hit" href="`)
		b.WriteString(esc(href))
		b.WriteString(`">`)
		if h.SentenceID == "" {
			b.WriteString(`<span class="tag">Headline</span>`)
		}
		for _, p := range search.Snippet(h.Text, h.Spans, snippetRadius) {
			if p.Mark {
				b.WriteString("<mark>" + esc(p.Text) + "</mark>")
			} else {
				b.WriteString(esc(p.Text))
			}
		}
		b.WriteString(`</a></li>`)
	}
	b.WriteString(`</ol>`)
}

// searchSuggestions are what to search when there is nothing to show.
func searchSuggestions(c *corpus.Corpus) app.UI {
	names := c.Suggestions()
	return app.Div().Class("suggestions").Body(
		app.Elem("h2").Text("Names in several articles"),
		app.Elem("ul").Class("chips-list").Body(
			app.Range(names).Slice(func(i int) app.UI {
				s := names[i]
				return app.Elem("li").Body(
					app.Elem("a").Attr("href", searchHref(s.Query)).Text(strings.Trim(s.Query, `"`)),
					app.Elem("span").Class("muted").Text(" "+plural(s.Articles, "article", "articles")),
				)
			}),
		),
		app.Elem("h2").Text("Try"),
		app.Elem("ul").Class("tips").Body(
			app.Range(searchTips).Slice(func(i int) app.UI {
				t := searchTips[i]
				return app.Elem("li").Body(
					app.Elem("a").Attr("href", searchHref(t.query)).Body(app.Elem("code").Text(t.query)),
					app.Text(" — "+t.what),
				)
			}),
		),
		app.P().Class("muted").Body(
			app.Text("Case, accents and curly quotes do not matter; what you type is plain text, never a pattern. "+
				"Looking for dates? See the "),
			app.Elem("a").Attr("href", site.Href("/timeline")).Text("timeline"),
			app.Text("."),
		),
	)
}
