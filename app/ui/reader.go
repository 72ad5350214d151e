package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/content"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// Reader views, chosen with ?view=.
const (
	viewClean       = "clean"
	viewBoilerplate = "boilerplate"
	viewRaw         = "raw"
)

// readerViews are the reader's views with their link labels, in order.
var readerViews = []navItem{
	{viewClean, "Cleaned text"},
	{viewBoilerplate, "With removed boilerplate"},
	{viewRaw, "Raw file"},
}

// readerView is the page of one article.
type readerView struct {
	C *corpus.Corpus
	A *content.Article
}

func (v readerView) meta(*url.URL) meta {
	return meta{
		title: v.C.Label(v.A.ID) + ": " + v.A.Title,
		description: "Read “" + v.A.Title + "” (" + v.A.File + ") as parsed: cleaned text with a link to every sentence, " +
			"the boilerplate that was removed, and the raw file.",
	}
}

// readerMode returns the view asked for in the URL, and a complaint when
// the query names a view that does not exist.
func readerMode(u *url.URL) (mode, complaint string) {
	if u == nil {
		return viewClean, ""
	}
	q := u.Query().Get("view")
	for _, rv := range readerViews {
		if q == rv.path {
			return q, ""
		}
	}
	if q == "" {
		return viewClean, ""
	}
	return viewClean, "There is no view “" + q + "”; showing the cleaned text."
}

func (v readerView) render(u *url.URL) app.UI {
	mode, complaint := readerMode(u)
	a := v.A
	var body app.UI
	switch mode {
	case viewRaw:
		body = app.Elem("pre").Class("raw").Aria("label", "Raw file "+a.File).Text(a.Raw)
	default:
		body = prose(a, mode == viewBoilerplate)
	}
	return app.Elem("article").Class("reader").Body(
		app.P().Class("crumbs").Body(app.Elem("a").Attr("href", site.Href("/articles")).Text("Articles"), app.Text(" › "+v.C.Label(a.ID))),
		app.H1().Text(a.Title),
		app.If(a.TitleDerived, app.P().Class("note").Text("This article has no headline of its own; the title shown is its "+a.TitleSource+".")),
		app.P().Class("muted").Body(
			app.Elem("code").Text(a.File),
			app.Text(" · "+plural(len(a.Removed), "boilerplate line removed", "boilerplate lines removed")),
		),
		asOfLine(a),
		app.Elem("nav").Class("tabs").Aria("label", "View").Body(
			app.Range(readerViews).Slice(func(i int) app.UI {
				rv := readerViews[i]
				l := app.Elem("a").Attr("href", site.ArticleURL(a.ID)+"?view="+rv.path).Text(rv.label)
				if rv.path == mode {
					l = l.Aria("current", "page")
				}
				return l
			}),
		),
		app.If(complaint != "", app.P().Class("status status-conflict").Attr("role", "status").Text(complaint)),
		body,
	)
}

// prose is the article's cleaned text; with removed set, the boilerplate
// lines appear struck through where they stood. It is written as HTML in
// one string that the browser parses in one call: made element by element,
// the hundreds of sentence spans were most of a reader page's start and of
// a change of view. Every text is escaped.
func prose(a *content.Article, removed bool) app.UI {
	var b strings.Builder
	b.Grow(2 * len(a.Raw))
	b.WriteString(`<div class="prose">`)
	r := 0
	flush := func(line int) {
		for removed && r < len(a.Removed) && a.Removed[r].Line < line {
			rm := a.Removed[r]
			b.WriteString(`<p class="removed"><span class="tag">` + esc(rm.Kind+", line "+itoa(rm.Line)) + `</span><del>` + esc(rm.Text) + `</del></p>`)
			r++
		}
	}
	for _, bl := range a.Blocks {
		flush(bl.Line)
		switch bl.Kind {
		case content.Heading:
			b.WriteString(`<h2>`)
			writeSentences(&b, bl.Sentences)
			b.WriteString(`</h2>`)
		case content.Paragraph:
			b.WriteString(`<p>`)
			writeSentences(&b, bl.Sentences)
			b.WriteString(`</p>`)
		default:
			class := "list"
			if bl.Kind == content.Lines {
				class = "lines"
			}
			b.WriteString(`<ul class="` + class + `">`)
			for _, it := range bl.Items {
				b.WriteString(`<li>`)
				writeSentences(&b, it.Sentences)
				b.WriteString(`</li>`)
			}
			b.WriteString(`</ul>`)
		}
	}
	flush(1 << 30)
	b.WriteString(`</div>`)
	return app.Raw(b.String())
}

// writeSentences writes each sentence as a target span, so that a link to
// /articles/<id>#<sentence id> lands on it.
func writeSentences(b *strings.Builder, ss []content.Sentence) {
	for i, s := range ss {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(`<span id="` + esc(s.ID) + `" class="s">` + esc(s.Text) + `</span>`)
	}
}
