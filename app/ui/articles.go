package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/content"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// articlesView lists the five articles.
type articlesView struct{ C *corpus.Corpus }

func (v articlesView) meta(*url.URL) meta {
	return meta{
		title:       "Articles",
		description: "The five 2022 web articles about Partner Track this explorer is built from: cleaned text, removed boilerplate and the raw files.",
	}
}

func (v articlesView) renderPage() app.UI {
	return app.Div().Body(
		app.H1().Text("Articles"),
		app.P().Class("lede").Text("The five seed articles, as parsed. Each reader page shows the cleaned text, "+
			"where the boilerplate was, and the raw file; every sentence has its own link."),
		app.Elem("ol").Class("cards").Body(
			app.Range(v.C.Articles).Slice(func(i int) app.UI { return articleCard(v.C, v.C.Articles[i]) }),
		),
	)
}

// articleCard summarises one article in the list.
func articleCard(c *corpus.Corpus, a *content.Article) app.UI {
	s := summarize(a)
	return app.Elem("li").Class("card").Body(
		app.Elem("h2").Body(
			app.Elem("span").Class("label").Text(c.Label(a.ID)),
			app.Elem("a").Attr("href", site.ArticleURL(a.ID)).Text(a.Title),
		),
		app.If(a.TitleDerived, app.P().Class("note").Text("No headline in the text; the title shown is its "+a.TitleSource+".")),
		app.P().Class("muted").Body(
			app.Elem("code").Text(a.File),
			app.Text(" · "+plural(s.paragraphs, "paragraph", "paragraphs")+
				" · "+plural(s.headings, "heading", "headings")+
				" · "+plural(s.items, "list line", "list lines")+
				" · "+plural(len(a.Removed), "boilerplate line removed", "boilerplate lines removed")),
		),
		asOfLine(a),
		app.If(s.lead != "", app.P().Class("preview").Text(s.lead)),
	)
}

// stats are an article's block counts and first sentence.
type stats struct {
	headings, paragraphs, items int
	lead                        string
}

func summarize(a *content.Article) stats {
	var s stats
	for _, b := range a.Blocks {
		switch b.Kind {
		case content.Heading:
			s.headings++
		case content.Paragraph:
			s.paragraphs++
			if s.lead == "" && len(b.Sentences) > 0 {
				s.lead = b.Sentences[0].Text
			}
		default:
			s.items += len(b.Items)
		}
	}
	return s
}

// asOfLine says which date the article is current to, or nil if it does
// not say.
func asOfLine(a *content.Article) app.UI {
	if a.AsOf == nil {
		return nil
	}
	return app.P().Body(
		app.Text("Current to "),
		app.Elem("time").Attr("datetime", a.AsOf.ISO()).Text(a.AsOf.ISO()),
		app.Text(", in its words: "),
		app.Elem("a").Attr("href", site.SentenceURL(a.ID, a.AsOf.SentenceID)).Text("“"+a.AsOf.Text+"”"),
	)
}
