package ui

import (
	"html"
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

// searchResults renders the results of q, or suggestions when q is empty.
func searchResults(c *corpus.Corpus, q string) app.UI {
	note := ""
	if r := []rune(q); len(r) > maxQuery {
		q, note = string(r[:maxQuery]), "Only the first 200 characters of the query are searched."
	}
	res := c.Search().Search(q)
	if len(res.Terms) == 0 {
		return app.Div().Class("search-results").Body(
			app.P().Class("search-status").Attr("role", "status").Text("Type to search every sentence of the five articles."),
			searchSuggestions(c),
		)
	}
	var status string
	if res.Hits == 0 {
		status = "No sentence has " + termList(res.Terms) + "."
	} else {
		status = plural(res.Hits, "sentence", "sentences") + " in " + plural(len(res.Groups), "article", "articles") +
			" " + verbFor(res.Hits, "has", "have") + " " + termList(res.Terms) + "."
	}
	return app.Div().Class("search-results").Body(
		app.P().Class("search-status").Attr("role", "status").Text(status),
		app.If(note != "", app.P().Class("status status-conflict").Text(note)),
		app.If(res.Hits == 0, app.Div().Class("search-none").Body(
			app.P().Text("Every word must be in the same sentence. Try fewer words, or the start of a word."),
			searchSuggestions(c),
		)),
		app.Range(res.Groups).Slice(func(i int) app.UI { return resultGroup(c, res.Groups[i]) }),
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

// resultGroup is one article's hits, in reading order.
func resultGroup(c *corpus.Corpus, g search.Group) app.UI {
	a, _ := c.Article(g.ArticleID)
	id := "r-" + g.ArticleID
	return app.Section().Class("result-group").Attr("data-article", g.ArticleID).Aria("labelledby", id).Body(
		app.H2().ID(id).Body(
			app.Span().Class("label").Text(c.Label(g.ArticleID)),
			app.A().Href(site.ArticleURL(g.ArticleID)).Text(a.Title),
			app.Span().Class("count").Text(plural(len(g.Hits), "sentence", "sentences")),
		),
		&hitList{Group: g},
	)
}

// firstHits is how many sentences a result group lists before its "Show
// all" button.
const firstHits = 10

// hitList is a group's sentences: the first firstHits, and a button for
// the rest. Group is its input; all is state, reset when the group's hits
// change (a new query). A one-letter query finds hundreds of sentences:
// drawing them all on every keystroke took 170 ms at 4× CPU.
type hitList struct {
	app.Compo
	Group search.Group

	all  bool
	hits []search.Hit // the hits all was set for
}

func (l *hitList) Render() app.UI {
	hits := l.Group.Hits
	if len(l.hits) != len(hits) || len(hits) > 0 && &l.hits[0] != &hits[0] {
		l.all, l.hits = false, hits
	}
	shown := hits
	if !l.all && len(hits) > firstHits {
		shown = hits[:firstHits]
	}
	return app.Div().Class("hit-list").Body(
		app.Raw(hitsHTML(shown)),
		app.If(len(shown) < len(hits), app.Button().Type("button").Class("more").
			Text("Show all "+plural(len(hits), "sentence", "sentences")).OnClick(l.showAll)),
	)
}

// showAll lists every sentence and moves the focus to the first one the
// button uncovered, since the button itself goes away.
func (l *hitList) showAll(ctx app.Context, e app.Event) {
	l.all = true
	sel := `section[data-article="` + l.Group.ArticleID + `"] ol.hits > li:nth-child(` + itoa(firstHits+1) + `) a`
	// Deferred on the list: a deferred function of the button would be
	// dropped, the button being gone by then.
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: l, Function: func(app.Context) {
		if a := app.Window().Get("document").Call("querySelector", sel); a.Truthy() {
			a.Call("focus")
		}
	}})
}

// hitsHTML is the list of hits, written as HTML: the browser parses it in
// one call, where go-app made each of its hundreds of elements and text
// nodes with calls of its own (a one-letter query drew 50 snippets per
// keystroke). Each hit is a snippet of its sentence, linking to it, the
// matches marked. Every text is escaped; the links are the site's own, so
// go-app's click handler still navigates in place.
func hitsHTML(hits []search.Hit) string {
	var b strings.Builder
	b.WriteString(`<ol class="hits">`)
	for _, h := range hits {
		href := site.SentenceURL(h.ArticleID, h.SentenceID)
		if h.SentenceID == "" {
			href = site.ArticleURL(h.ArticleID)
		}
		b.WriteString(`<li><a class="hit" href="`)
		b.WriteString(html.EscapeString(href))
		b.WriteString(`">`)
		if h.SentenceID == "" {
			b.WriteString(`<span class="tag">Headline</span>`)
		}
		for _, p := range search.Snippet(h.Text, h.Spans, snippetRadius) {
			if p.Mark {
				b.WriteString("<mark>" + html.EscapeString(p.Text) + "</mark>")
			} else {
				b.WriteString(html.EscapeString(p.Text))
			}
		}
		b.WriteString(`</a></li>`)
	}
	b.WriteString(`</ol>`)
	return b.String()
}

// searchSuggestions are what to search when there is nothing to show.
func searchSuggestions(c *corpus.Corpus) app.UI {
	names := c.Search().Suggest(8, 3)
	return app.Div().Class("suggestions").Body(
		app.H2().Text("Names in several articles"),
		app.Ul().Class("chips-list").Body(
			app.Range(names).Slice(func(i int) app.UI {
				s := names[i]
				return app.Li().Body(
					app.A().Href(searchHref(s.Query)).Text(strings.Trim(s.Query, `"`)),
					app.Span().Class("muted").Text(" "+plural(s.Articles, "article", "articles")),
				)
			}),
		),
		app.H2().Text("Try"),
		app.Ul().Class("tips").Body(
			app.Range(searchTips).Slice(func(i int) app.UI {
				t := searchTips[i]
				return app.Li().Body(
					app.A().Href(searchHref(t.query)).Body(app.Code().Text(t.query)),
					app.Text(" — "+t.what),
				)
			}),
		),
		app.P().Class("muted").Body(
			app.Text("Case, accents and curly quotes do not matter; what you type is plain text, never a pattern. "+
				"Looking for dates? See the "),
			app.A().Href(site.Href("/timeline")).Text("timeline"),
			app.Text("."),
		),
	)
}
