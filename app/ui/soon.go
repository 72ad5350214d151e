package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// soonView stands in for a section that is not built yet, so the
// navigation never leads to a dead end; it points at the articles where
// the same material can be read now.
type soonView struct {
	C           *corpus.Corpus
	Title       string
	What        string // what the section will show
	Description string
}

func (v soonView) meta(*url.URL) meta {
	return meta{title: v.Title, description: v.Description}
}

func (v soonView) render(*url.URL) app.UI {
	return app.Div().Class("soon").Body(
		app.H1().Text(v.Title),
		app.P().Class("lede").Text(v.What),
		app.P().Text("This section is not built yet. Meanwhile the same material can be read in the articles:"),
		app.Elem("ul").Body(
			app.Range(v.C.Articles).Slice(func(i int) app.UI {
				a := v.C.Articles[i]
				return app.Elem("li").Body(
					app.Elem("span").Class("label").Text(v.C.Label(a.ID)),
					app.Elem("a").Attr("href", site.ArticleURL(a.ID)).Text(a.Title),
				)
			}),
		),
	)
}
