package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// timelinePath is the timeline's page.
const timelinePath = "/timeline"

// searchRoutes are the search and timeline pages.
func searchRoutes(c *corpus.Corpus) []route {
	return []route{
		{path: "/search", view: searchView{C: c}},
		{path: timelinePath, view: timelineView{C: c}},
	}
}

// maxQuery is the longest query searched, in characters; the rest is
// dropped, and the page says so.
const maxQuery = 200

// searchView is /search?q=…: a search box and the results, grouped by
// article, or suggestions when there is no query.
type searchView struct{ C *corpus.Corpus }

// queryOf returns the q parameter of u ("" for nil).
func queryOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Query().Get("q")
}

func (v searchView) meta(u *url.URL) meta { return searchMeta(queryOf(u)) }

// searchMeta is the search page's title and description for a query.
func searchMeta(q string) meta {
	m := meta{
		title: "Search",
		description: "Search every sentence of the five Partner Track articles at once, with the matches " +
			"highlighted and linked to the sentence in the article.",
	}
	if q = strings.TrimSpace(q); q != "" {
		m.title = "Search: " + clip(q, 60)
	}
	return m
}

func (v searchView) render(u *url.URL) app.UI {
	return app.Div().Class("search-page").Body(
		app.H1().Text("Search"),
		&searchPanel{C: v.C, Query: queryOf(u)},
	)
}

// clip shortens s to at most n characters, with "…" when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// searchHref is the address of a search for q.
func searchHref(q string) string {
	if q == "" {
		return site.Href("/search")
	}
	return site.Href("/search?q=" + url.QueryEscape(q))
}
