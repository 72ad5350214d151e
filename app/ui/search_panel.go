package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// searchPanel is the search box and its results. Query (the q of the URL)
// is its input; what the visitor types is its state, kept in the URL with
// ReplaceURL so the address can be shared and reloaded.
//
// The box's value attribute is Query, which changes only on navigation:
// binding it to what is typed would let a render that lags behind fast
// typing write an older value back into the box and eat keystrokes.
type searchPanel struct {
	app.Compo
	C     *corpus.Corpus
	Query string

	typed string
	// hasTyped is set once the visitor typed, or navigated to a query,
	// since the parent last set Query.
	hasTyped bool
	// shownAll holds the groups (article ids) whose "Show all" was
	// pressed, for the query allFor; another query shows the first hits
	// of every group again.
	shownAll map[string]bool
	allFor   string
	// addressQueued is set while the address waits for the results'
	// paint (onInput).
	addressQueued bool
}

// current is the query searched.
func (p *searchPanel) current() string {
	if p.hasTyped {
		return p.typed
	}
	return p.Query
}

// OnMount makes the search index in a task of its own once the page is
// drawn, unless the query already made it: an empty search shows the
// build's suggestions without it (2–5 ms in V8, 2–21 ms at 4× CPU in
// Chromium), and the first keystroke need not wait for it.
func (p *searchPanel) OnMount(app.Context) {
	if c := p.C; !c.Indexed() {
		inNextTask(searchIndexMeasure, func() { c.Search() })
	}
}

// searchIndexMeasure names the making of the index in the browser's
// performance timeline.
const searchIndexMeasure = "search index"

// OnUpdate: the parent passed a new Query from the URL; it wins.
func (p *searchPanel) OnUpdate(app.Context) { p.hasTyped = false }

// OnNav picks up the query of the address navigated to, also when it
// equals the Query the panel already had (a link back to /search after
// typing), and puts it in the box.
func (p *searchPanel) OnNav(ctx app.Context) {
	q := queryOf(ctx.Page().URL())
	p.typed, p.hasTyped = q, true
	if box := app.Window().GetElementByID(searchBoxID); box.Truthy() && box.Get("value").String() != q {
		box.Set("value", q)
	}
}

// searchBoxID is the id of the search page's box.
const searchBoxID = "search-q"

// onInput draws the results of what was typed at once, and puts it in the
// address and the title after the results are painted: the browser's
// replaceState took 2 ms at CPU 1× (8 at 4×) of a keystroke's task, before
// its paint. The first keystroke queues the address; those typed before it
// is written only change what it writes.
func (p *searchPanel) onInput(ctx app.Context, e app.Event) {
	p.typed, p.hasTyped = ctx.JSSrc().Get("value").String(), true
	if !p.addressQueued {
		p.addressQueued = true
		path := ctx.Page().URL().Path
		ctx.Defer(func(ctx app.Context) {
			d := ctx.Dispatcher()
			afterNextPaint(func() {
				d.Dispatch(app.Dispatch{Mode: app.Next, Source: p, Function: func(ctx app.Context) { p.writeAddress(ctx, path) }})
			})
		})
	}
	updateOnly(ctx)
}

// writeAddress puts the query searched in the address and the title,
// unless the visitor has left the page typed on (path) since: the address
// is then another page's.
func (p *searchPanel) writeAddress(ctx app.Context, path string) {
	p.addressQueued = false
	u := *ctx.Page().URL()
	if u.Path != path {
		return
	}
	q := p.current()
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
		app.Elem("form").Class("search-form").Attr("action", site.Href("/search")).Attr("method", "get").Attr("role", "search").Aria("label", "Search the articles").
			OnSubmit(p.onSubmit).Body(
			app.Elem("label").Attr("for", searchBoxID).Text("Search the five articles"),
			app.Div().Class("search-row").Body(
				app.ElemSelfClosing("input").ID(searchBoxID).Attr("type", "search").Attr("name", "q").Attr("value", p.Query).
					Attr("placeholder", "word or “phrase”").
					Attr("autocomplete", "off").Attr("autocapitalize", "off").Spellcheck(false).
					Attr("enterkeyhint", "search").OnInput(p.onInput),
				app.Elem("button").Attr("type", "submit").Text("Search"),
			),
		),
		searchResults(p.C, q, p.groupsShownAll(q), p.onResultsClick),
	)
}

// groupsShownAll is shownAll if it was set for q.
func (p *searchPanel) groupsShownAll(q string) map[string]bool {
	if p.allFor != q {
		return nil
	}
	return p.shownAll
}

// onResultsClick handles a group's "Show all" button: the group lists
// every hit, and the focus moves to the first one the button uncovered,
// since the button itself goes away. Other clicks (the links) are left to
// go-app, without a render.
func (p *searchPanel) onResultsClick(ctx app.Context, e app.Event) {
	b := e.Get("target").Call("closest", "button.more")
	if !b.Truthy() {
		ctx.PreventUpdate()
		return
	}
	article := b.Get("dataset").Get("article").String()
	if q := p.current(); p.allFor != q {
		p.shownAll, p.allFor = map[string]bool{}, q
	}
	p.shownAll[article] = true
	updateOnly(ctx)
	sel := `section[data-article="` + article + `"] ol.hits > li:nth-child(` + itoa(firstHits+1) + `) a`
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: p, Function: func(app.Context) {
		if a := app.Window().Get("document").Call("querySelector", sel); a.Truthy() {
			a.Call("focus")
		}
	}})
}
