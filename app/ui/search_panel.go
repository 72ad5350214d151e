package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// searchPanel is the search box and its results. Query (the q of the URL)
// is its input; what the visitor types is its state, kept in the URL with
// ReplaceURL so the address can be shared and reloaded.
type searchPanel struct {
	app.Compo
	C     *corpus.Corpus
	Query string

	typed string
	// hasTyped is set once the visitor typed, or navigated to a query,
	// since the parent last set Query.
	hasTyped bool
}

// current is the query shown.
func (p *searchPanel) current() string {
	if p.hasTyped {
		return p.typed
	}
	return p.Query
}

// OnUpdate: the parent passed a new Query from the URL; it wins.
func (p *searchPanel) OnUpdate(app.Context) { p.hasTyped = false }

// OnNav picks up the query of the address navigated to, also when it
// equals the Query the panel already had (a link back to /search after
// typing).
func (p *searchPanel) OnNav(ctx app.Context) {
	p.typed, p.hasTyped = queryOf(ctx.Page().URL()), true
}

func (p *searchPanel) onInput(ctx app.Context, e app.Event) {
	q := ctx.JSSrc().Get("value").String()
	p.typed, p.hasTyped = q, true
	u := *ctx.Page().URL()
	v := u.Query()
	if q == "" {
		v.Del("q")
	} else {
		v.Set("q", q)
	}
	u.RawQuery = v.Encode()
	ctx.Page().ReplaceURL(&u)
	ctx.Page().SetTitle(searchMeta(q).fullTitle())
}

// onSubmit keeps Enter from reloading the page: the results are already
// there.
func (p *searchPanel) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

// Render draws the box and the results for the current query.
func (p *searchPanel) Render() app.UI {
	q := p.current()
	return app.Div().Class("search-panel").Body(
		app.Form().Class("search-form").Action(site.Href("/search")).Method("get").Attr("role", "search").
			OnSubmit(p.onSubmit).Body(
			app.Label().For("search-q").Text("Search the five articles"),
			app.Div().Class("search-row").Body(
				app.Input().ID("search-q").Type("search").Name("q").Value(q).
					Placeholder("word or “phrase”").
					AutoComplete(false).Attr("autocapitalize", "off").Spellcheck(false).
					Attr("enterkeyhint", "search").OnInput(p.onInput),
				app.Button().Type("submit").Text("Search"),
			),
		),
		searchResults(p.C, q),
	)
}
