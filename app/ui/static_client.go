//go:build wasm

package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/site"
)

// In the browser a static view shows its page as the build prerendered it
// (see static.go): the content of the page's main element, kept by path.

func (v homeView) render(*url.URL) app.UI     { return prerendered(homePath) }
func (v articlesView) render(*url.URL) app.UI { return prerendered(articlesPath) }
func (v crewView) render(*url.URL) app.UI     { return prerendered(crewPath) }
func (v personView) render(*url.URL) app.UI   { return prerendered(personPath(v.P.Slug)) }
func (v timelineView) render(*url.URL) app.UI { return prerendered(timelinePath) }

// staticHTML is the HTML of static pages' content by path, and staticErr
// why the last load of a path failed.
var (
	staticHTML = map[string]string{}
	staticErr  = map[string]string{}
)

// KeepPrerendered keeps the content of the page the visitor loaded, at
// path, before go-app replaces the document: the first render of a static
// page is then the prerendered page itself.
func KeepPrerendered(path string) {
	if !staticPaths[path] {
		return
	}
	main := app.Window().GetElementByID("main")
	if !main.Truthy() {
		return
	}
	if c := main.Get("firstElementChild"); c.Truthy() {
		staticHTML[path] = c.Get("outerHTML").String()
	}
}

// prerendered is the content of the static page at path: the kept HTML,
// the HTML app.js has already loaded (it loads the pages a link points to
// when the pointer or the focus reaches the link), or else a placeholder
// until loadStatic has loaded it, or the reason it failed.
func prerendered(path string) app.UI {
	if h, ok := staticHTML[path]; ok {
		return app.Raw(h)
	}
	if h := app.Window().Call("goappPageHTML", site.Href(path)); h.Truthy() {
		staticHTML[path] = h.String()
		return app.Raw(staticHTML[path])
	}
	if err, ok := staticErr[path]; ok {
		return app.Div().Class("static-failed").Body(
			app.H1().Text("This page did not load"),
			app.P().Text(err),
			app.P().Body(app.Elem("button").Attr("type", "button").Text("Try again").
				OnClick(func(ctx app.Context, e app.Event) { loadStatic(ctx, path, focusHeadingNow) })),
		)
	}
	return app.Div().Class("static-loading").Attr("aria-busy", "true").Body(app.P().Text("Loading…"))
}

// loadStatic loads the content of the page's path when its view is static
// and the content is not at hand, and draws the page again when it is.
func (p *page) loadStatic(ctx app.Context) {
	if _, ok := p.View.(staticView); !ok {
		return
	}
	loadStatic(ctx, p.Path, func(ctx app.Context) {
		if p.focusPending {
			p.focusHeading(ctx)
		}
	})
}

// loadStatic loads the content of the static page at path, unless it is at
// hand, then has ctx's component drawn again (staticLoads, part of the
// page's render key, changes) and calls done.
func loadStatic(ctx app.Context, path string, done func(app.Context)) {
	if _, ok := staticHTML[path]; ok {
		return
	}
	if _, ok := staticErr[path]; ok {
		// A new load: the page shows it loading, not the last failure
		// (go-app draws the page again after OnNav).
		delete(staticErr, path)
		staticLoads++
	}
	var loaded, failed app.Func
	finish := func() {
		loaded.Release()
		failed.Release()
		staticLoads++
		ctx.Dispatch(done)
	}
	loaded = app.FuncOf(func(_ app.Value, args []app.Value) any {
		staticHTML[path] = args[0].String()
		finish()
		return nil
	})
	failed = app.FuncOf(func(_ app.Value, args []app.Value) any {
		staticErr[path] = args[0].Call("toString").String()
		finish()
		return nil
	})
	app.Window().Call("goappLoadPage", site.Href(path)).Call("then", loaded, failed)
}

// focusHeadingNow gives the focus to the page's heading once drawn.
func focusHeadingNow(ctx app.Context) { ctx.Defer(func(app.Context) { focusHeading() }) }
