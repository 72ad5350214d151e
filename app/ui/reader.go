package ui

import (
	"net/url"

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
		body = app.Pre().Class("raw").Aria("label", "Raw file "+a.File).Text(a.Raw)
	default:
		body = app.Div().Class("prose").Body(blocks(a, mode == viewBoilerplate)...)
	}
	return app.Article().Class("reader").Body(
		app.P().Class("crumbs").Body(app.A().Href(site.Href("/articles")).Text("Articles"), app.Text(" › "+v.C.Label(a.ID))),
		app.H1().Text(a.Title),
		app.If(a.TitleDerived, app.P().Class("note").Text("This article has no headline of its own; the title shown is its "+a.TitleSource+".")),
		app.P().Class("muted").Body(
			app.Code().Text(a.File),
			app.Text(" · "+plural(len(a.Removed), "boilerplate line removed", "boilerplate lines removed")),
		),
		asOfLine(a),
		app.Nav().Class("tabs").Aria("label", "View").Body(
			app.Range(readerViews).Slice(func(i int) app.UI {
				rv := readerViews[i]
				l := app.A().Href(site.ArticleURL(a.ID) + "?view=" + rv.path).Text(rv.label)
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

// blocks renders the article's blocks; with removed set, the boilerplate
// lines appear struck through where they stood.
func blocks(a *content.Article, removed bool) []app.UI {
	var out []app.UI
	r := 0
	flush := func(line int) {
		for removed && r < len(a.Removed) && a.Removed[r].Line < line {
			rm := a.Removed[r]
			out = append(out, app.P().Class("removed").Body(
				app.Span().Class("tag").Text(rm.Kind+", line "+itoa(rm.Line)),
				app.Del().Text(rm.Text),
			))
			r++
		}
	}
	for _, b := range a.Blocks {
		flush(b.Line)
		switch b.Kind {
		case content.Heading:
			out = append(out, app.H2().Body(sentences(b.Sentences)...))
		case content.Paragraph:
			out = append(out, app.P().Body(sentences(b.Sentences)...))
		default:
			class := "list"
			if b.Kind == content.Lines {
				class = "lines"
			}
			out = append(out, app.Ul().Class(class).Body(
				app.Range(b.Items).Slice(func(i int) app.UI {
					return app.Li().Body(sentences(b.Items[i].Sentences)...)
				}),
			))
		}
	}
	flush(1 << 30)
	return out
}

// sentences renders each sentence as a target span, so that a link to
// /articles/<id>#<sentence id> lands on it.
func sentences(ss []content.Sentence) []app.UI {
	out := make([]app.UI, 0, 2*len(ss))
	for i, s := range ss {
		if i > 0 {
			out = append(out, app.Text(" "))
		}
		out = append(out, app.Span().ID(s.ID).Class("s").Text(s.Text))
	}
	return out
}
