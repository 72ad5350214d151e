package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/site"
)

// searchBox is the small search form in the frame of every page but
// /search itself (which has its own). It is a plain GET form to /search,
// so it works before the wasm runs; once it runs, submitting navigates in
// place instead of reloading.
func searchBox(current string) app.UI {
	return app.If(current != "/search",
		app.Elem("form").Class("find").Attr("action", site.Href("/search")).Attr("method", "get").Attr("role", "search").
			Aria("label", "Search the articles").OnSubmit(onSearchBox).Body(
			app.ElemSelfClosing("input").Attr("type", "search").Attr("name", "q").Attr("placeholder", "Search the articles").
				Aria("label", "Search the articles").Attr("enterkeyhint", "search"),
			app.Elem("button").Attr("type", "submit").Text("Search"),
		),
	)
}

func onSearchBox(ctx app.Context, e app.Event) {
	e.PreventDefault()
	q := ctx.JSSrc().Get("elements").Call("namedItem", "q").Get("value").String()
	if q == "" {
		ctx.Navigate(site.Href("/search"))
		return
	}
	ctx.Navigate(site.Href("/search?q=" + url.QueryEscape(q)))
}
