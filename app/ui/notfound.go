package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/site"
)

// notFoundView is shown for any address that is not a page.
type notFoundView struct {
	// Known are the site's page paths, for suggestions.
	Known []string
}

func (v notFoundView) meta(*url.URL) meta {
	return meta{title: "Page not found", description: "There is no page at this address in Partner Track Explorer."}
}

func (v notFoundView) render(u *url.URL) app.UI {
	path := ""
	if u != nil {
		path = u.Path
	}
	route := site.PathOf(path)
	var suggestions []string
	if path != "" {
		suggestions = site.Suggest(route, v.Known)
	}
	return app.Div().Class("notfound").Body(
		app.H1().Text("Page not found"),
		app.P().Body(
			app.Text("There is no page at "),
			app.Elem("code").Class("path").Text(path),
			app.Text("."),
		),
		app.If(len(suggestions) > 0, app.Div().Body(
			app.P().Text("Did you mean:"),
			app.Elem("ul").Class("suggestions").Body(
				app.Range(suggestions).Slice(func(i int) app.UI {
					return app.Elem("li").Body(app.Elem("a").Attr("href", site.Href(suggestions[i])).Text(suggestions[i]))
				}),
			),
		)),
		app.P().Body(
			app.Text("Try the "), app.Elem("a").Attr("href", site.Href("/")).Text("home page"),
			app.Text(" or the list of "), app.Elem("a").Attr("href", site.Href("/articles")).Text("articles"), app.Text("."),
		),
	)
}
