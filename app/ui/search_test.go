package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"golang.org/x/net/html"

	"partnertrack/app/search"
	"partnertrack/app/site"
)

// folded lower-cases s and makes its curly apostrophes straight, to compare
// highlighted words with a query.
func folded(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }

func TestSearchGroupsByArticleAndHighlights(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, searchResults(c, `"jinny howe" deadline`, nil, nil))
	groups := all(doc, "section.result-group")
	if len(groups) != 4 {
		t.Fatalf("%d article groups, want 4", len(groups))
	}
	for _, g := range groups {
		id := attr(g, "data-article")
		if _, ok := c.Article(id); !ok {
			t.Fatalf("data-article=%q is no article", id)
		}
		if got := text(one(t, g, "h2 span.label")); got != c.Label(id) {
			t.Errorf("%s: label %q, want %q", id, got, c.Label(id))
		}
		hits := all(g, "a.hit")
		if len(hits) == 0 {
			t.Errorf("%s: no hits", id)
		}
		for _, h := range hits {
			href := attr(h, "href")
			if !strings.HasPrefix(href, site.ArticleURL(id)+"#") {
				t.Errorf("%s: hit links to %q, not to a sentence of the article", id, href)
			}
			sid := strings.TrimPrefix(href, site.ArticleURL(id)+"#")
			a, _ := c.Article(id)
			s, ok := a.Sentence(sid)
			if !ok {
				t.Fatalf("%s: hit links to unknown sentence %q", id, sid)
			}
			marks := all(h, "mark")
			if len(marks) < 2 {
				t.Errorf("%s#%s: %d marks, want both terms", id, sid, len(marks))
			}
			for _, m := range marks {
				if w := folded(text(m)); w != "jinny howe" && w != "deadline" {
					t.Errorf("%s#%s: marked %q", id, sid, text(m))
				}
			}
			// The snippet is the sentence's own text (or a window of it).
			for _, part := range strings.Split(strings.ReplaceAll(text(h), "\n", ""), "…") {
				if !strings.Contains(s.Text, strings.TrimSpace(part)) {
					t.Errorf("%s#%s: snippet part %q not in the sentence", id, sid, part)
				}
			}
		}
	}
	if got := text(one(t, doc, "p.search-status")); got != "4 sentences in 4 articles have “jinny howe” and “deadline”." {
		t.Errorf("status %q", got)
	}
}

func TestSearchIgnoresCaseAccentsAndQuotes(t *testing.T) {
	c := testCorpus(t)
	for _, q := range []string{`"WRITER'S ROOM"`, `“writer’s róom”`, "wRiTeR’s"} {
		doc := render(t, searchResults(c, q, nil, nil))
		marks := all(doc, "a.hit mark")
		if len(marks) != 3 {
			t.Errorf("%s: %d marks, want 3 (A1, A2, A5 say writer’s room)", q, len(marks))
		}
		for _, m := range marks {
			if !strings.HasPrefix(folded(text(m)), "writer's") {
				t.Errorf("%s: marked %q", q, text(m))
			}
		}
	}
}

func TestSearchHostileInputIsPlainText(t *testing.T) {
	c := testCorpus(t)
	for _, q := range []string{"<script>alert(1)</script>", "[(*", `.*`, `"><img src=x>`, "\\", "%s%d"} {
		doc := render(t, searchResults(c, q, nil, nil))
		if n := len(all(doc, "script")) + len(all(doc, "img")); n != 0 {
			t.Errorf("%q: rendered %d script/img elements", q, n)
		}
		status := text(one(t, doc, "p.search-status"))
		if !strings.HasPrefix(status, "No sentence has") {
			t.Errorf("%q: status %q, want no results", q, status)
		}
		if !strings.Contains(status, strings.TrimSpace(strings.Trim(q, `"`))) && q != `"><img src=x>` {
			t.Errorf("%q: status %q does not repeat the query", q, status)
		}
		if len(all(doc, ".search-none .suggestions")) != 1 {
			t.Errorf("%q: no suggestions after no results", q)
		}
	}
	// A long query is cut, and the page says so.
	doc := render(t, searchResults(c, strings.Repeat("a", 500), nil, nil))
	if !strings.Contains(text(doc), "Only the first 200 characters") {
		t.Errorf("a 500-character query: no note that it was cut")
	}
}

// An empty search shows the build's suggestions without making the index
// (the browser makes it after the page is drawn); a query makes it.
func TestSearchIndexOnlyForAQuery(t *testing.T) {
	c := testCorpus(t)
	for _, q := range []string{"", "   ", `""`, "“”"} {
		if render(t, searchResults(c, q, nil, nil)); c.Indexed() {
			t.Fatalf("the empty search %q made the index", q)
		}
	}
	if render(t, searchResults(c, "cancel", nil, nil)); !c.Indexed() {
		t.Error("a query was answered without the index")
	}
}

func TestSearchEmptyQueryShowsSuggestions(t *testing.T) {
	c := testCorpus(t)
	for _, q := range []string{"", "   ", `""`} {
		doc := render(t, searchResults(c, q, nil, nil))
		if n := len(all(doc, "section.result-group")); n != 0 {
			t.Errorf("%q: %d result groups", q, n)
		}
		links := all(doc, ".suggestions a")
		if len(links) < 8 {
			t.Fatalf("%q: %d suggestion links", q, len(links))
		}
		for _, a := range links {
			href := attr(a, "href")
			if href == "/timeline" {
				continue
			}
			if !strings.HasPrefix(href, "/search?q=") {
				t.Errorf("suggestion %q links to %q", text(a), href)
				continue
			}
			u := mustURL(t, href)
			if r := c.Search().Search(queryOf(u)); r.Hits == 0 {
				t.Errorf("suggestion %q (%s) finds nothing", text(a), href)
			}
		}
	}
}

// The query lives in the URL: a deep link renders its results, the input
// holds the query, and the title names it.
func TestSearchViewURLState(t *testing.T) {
	c := testCorpus(t)
	v := searchView{C: c}
	// (A " in an attribute cannot be prerendered, but a query only ever
	// renders on the client, which sets the value property.)
	doc := render(t, v.render(mustURL(t, "/search?q=head+Of+drama")))
	if got := attr(one(t, doc, "input#search-q"), "value"); got != "head Of drama" {
		t.Errorf("input value %q", got)
	}
	if n := len(all(doc, "section.result-group")); n != 4 {
		t.Errorf("%d groups for head of drama, want 4", n)
	}
	if got := v.meta(mustURL(t, "/search?q=cancel")).title; got != "Search: cancel" {
		t.Errorf("title %q", got)
	}
	if got := v.meta(nil).title; got != "Search" {
		t.Errorf("title without a query %q", got)
	}
	form := one(t, doc, "form.search-form")
	if attr(form, "action") != "/search" || attr(form, "method") != "get" || attr(one(t, form, "input"), "name") != "q" {
		t.Errorf("the search form is not a GET form to /search with q")
	}
	// nil (before the first navigation) renders like /search.
	for _, u := range []string{"", "/search"} {
		var d *html.Node
		if u == "" {
			d = render(t, v.render(nil))
		} else {
			d = render(t, v.render(mustURL(t, u)))
		}
		if attr(one(t, d, "input#search-q"), "value") != "" || len(all(d, ".suggestions")) != 1 {
			t.Errorf("%q: not the empty search page", u)
		}
	}
}

func TestFrameSearchBox(t *testing.T) {
	for _, path := range []string{"/", "/articles", "/timeline", NotFoundPath} {
		doc := render(t, frame(path, nil, nil))
		form := one(t, doc, "header.top form.find")
		if attr(form, "action") != "/search" || attr(form, "method") != "get" {
			t.Errorf("%s: frame form action=%q method=%q", path, attr(form, "action"), attr(form, "method"))
		}
		if in := one(t, form, "input"); attr(in, "name") != "q" || attr(in, "aria-label") == "" {
			t.Errorf("%s: frame search input has no name q or no label", path)
		}
	}
	// /search has its own box: no second one in the frame.
	if n := len(all(render(t, frame("/search", nil, nil)), "form.find")); n != 0 {
		t.Errorf("/search: %d frame search forms, want 0", n)
	}
	doc := render(t, frame("/timeline", nil, nil))
	if len(all(doc, `nav a[href=/timeline][aria-current=page]`)) != 1 {
		t.Errorf("Timeline is not in the nav, or not marked current on /timeline")
	}
}

func TestSearchTipsFindSomething(t *testing.T) {
	c := testCorpus(t)
	for _, tip := range searchTips {
		if r := c.Search().Search(tip.query); r.Hits == 0 {
			t.Errorf("tip %s finds nothing", tip.query)
		}
	}
}

// A group lists its first sentences and a button for the rest; the
// heading counts them all. ("netflix" is in more than firstHits sentences of
// some articles.)
func TestSearchGroupListsTheFirstHits(t *testing.T) {
	c := testCorpus(t)
	res := c.Search().Search("netflix")
	doc := render(t, searchResults(c, "netflix", nil, nil))
	big := 0
	for i, g := range all(doc, "section.result-group") {
		n := len(res.Groups[i].Hits)
		hits, buttons := all(g, "a.hit"), all(g, "button.more")
		want := min(n, firstHits)
		if len(hits) != want {
			t.Errorf("%s: %d hits listed, want %d of %d", attr(g, "data-article"), len(hits), want, n)
		}
		if n > firstHits {
			big++
			if len(buttons) != 1 || text(buttons[0]) != "Show all "+plural(n, "sentence", "sentences") {
				t.Errorf("%s: buttons %d", attr(g, "data-article"), len(buttons))
			}
		} else if len(buttons) != 0 {
			t.Errorf("%s: a button for %d hits", attr(g, "data-article"), n)
		}
		if got := text(one(t, g, "h2 span.count")); got != plural(n, "sentence", "sentences") {
			t.Errorf("count %q, want %d", got, n)
		}
	}
	if big == 0 {
		t.Fatal("no group has more than firstHits hits: the test checks nothing")
	}
	// Once shown, every hit of that group is listed, and only of that one.
	g := slices.MaxFunc(res.Groups, func(a, b search.Group) int { return len(a.Hits) - len(b.Hits) })
	doc = render(t, searchResults(c, "netflix", map[string]bool{g.ArticleID: true}, nil))
	for _, s := range all(doc, "section.result-group") {
		hits, buttons := len(all(s, "a.hit")), len(all(s, "button.more"))
		if attr(s, "data-article") == g.ArticleID {
			if hits != len(g.Hits) || hits <= firstHits || buttons != 0 {
				t.Errorf("after Show all: %d hits and %d buttons, want %d and none", hits, buttons, len(g.Hits))
			}
		} else if hits > firstHits {
			t.Errorf("%s: %d hits listed, though only %s was shown all", attr(s, "data-article"), hits, g.ArticleID)
		}
	}
}

// TestHitsHTMLEscapesText writes hits whose text looks like markup: it
// must reach the page as text, with its matches marked and the links
// pointing at the sentence (or the article, for the headline).
func TestHitsHTMLEscapesText(t *testing.T) {
	src := `She said "<script>alert(1)</script>" & left`
	at := strings.Index(src, "script")
	hits := []search.Hit{
		{ArticleID: "001_x", SentenceID: "s3", Text: src, Spans: []search.Span{{Start: at, End: at + len("script")}}},
		{ArticleID: "001_x", Text: "A <b>headline</b>"},
	}
	var b strings.Builder
	writeHits(&b, hits)
	root := render(t, app.Raw(b.String()))
	if n := len(all(root, "script")) + len(all(root, "b")); n != 0 {
		t.Fatalf("%d elements made from the text", n)
	}
	items := all(root, "ol.hits li")
	if len(items) != 2 {
		t.Fatalf("%d items, want 2", len(items))
	}
	a := one(t, items[0], "a.hit")
	if got := text(a); got != src {
		t.Errorf("first hit reads %q, want %q", got, src)
	}
	if marks := all(a, "mark"); len(marks) != 1 || text(marks[0]) != "script" {
		t.Errorf("marks %d, want one reading script", len(marks))
	}
	if got, want := attr(a, "href"), site.SentenceURL("001_x", "s3"); got != want {
		t.Errorf("href %q, want %q", got, want)
	}
	h := one(t, items[1], "a.hit")
	if attr(h, "href") != site.ArticleURL("001_x") || text(one(t, h, "span.tag")) != "Headline" {
		t.Errorf("headline hit: href %q, tag %q", attr(h, "href"), text(h))
	}
}
