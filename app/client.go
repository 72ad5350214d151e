//go:build wasm

package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/ui"
)

// runClient routes the pages and hands the page over to go-app. The
// articles and sections are the build's, compiled in: nothing is parsed or
// decoded before the first render.
//
// The not-found route is a regular expression (see ui.RegisterNotFound),
// and compiling it runs the regexp compiler: wasm code the browser
// compiles on its first call, a long task on a phone. It is routed before
// the start when the address is not a page; otherwise only when a link or
// a history entry leads to an address that is not a page (every link the
// site draws leads to a page), just before go-app handles it.
func runClient() {
	yieldToBrowser()
	if ui.RouteClient(corpus.Builtin()) {
		routeNotFoundOnDemand()
	}
	ui.KeepState()
	app.RunWhenOnBrowser()
}

// yieldToBrowser lets the browser run between the start of the Go runtime
// (its initialisation and every package's, one task) and go-app's first
// render (another): one long task split in two, so a tap or a key on the
// prerendered page waits for the shorter of them, and Lighthouse's total
// blocking time counts 50 ms less. Waiting for a browser timer leaves the
// program with nothing to run, so go.run returns to the browser until the
// timer's task (a Go timer could have expired before the runtime looked,
// and then it did not yield); app.js no longer removes the loader then
// (app/appjs.go): the first page drawn does (ui's page, OnNav).
func yieldToBrowser() {
	done := make(chan struct{})
	resume := app.FuncOf(func(app.Value, []app.Value) any {
		close(done)
		return nil
	})
	app.Window().Call("setTimeout", resume, 0)
	<-done
	resume.Release()
}

// routeNotFoundOnDemand routes the not-found page when a click on a link of
// this site, or a move in the history, leads to an address that is not a
// page. The click listener captures on the document, so it runs before
// go-app's own handler (window.onclick); go-app handles a history move in
// its next dispatch, after the popstate listeners.
func routeNotFoundOnDemand() {
	doc := app.Window().Get("document")
	var onClick, onPop app.Func
	routed := false
	done := func() {
		if routed {
			return
		}
		routed = true
		ui.RegisterNotFound()
		doc.Call("removeEventListener", "click", onClick, true)
		app.Window().Call("removeEventListener", "popstate", onPop)
		onClick.Release()
		onPop.Release()
	}
	onClick = app.FuncOf(func(_ app.Value, args []app.Value) any {
		a := args[0].Get("target")
		if a.Truthy() && a.Get("closest").Truthy() {
			a = a.Call("closest", "a[href]")
		}
		if !a.Truthy() {
			return nil
		}
		if u, err := url.Parse(a.Get("href").String()); err == nil && leadsOffThePages(u) {
			done()
		}
		return nil
	})
	onPop = app.FuncOf(func(app.Value, []app.Value) any {
		if leadsOffThePages(app.Window().URL()) {
			done()
		}
		return nil
	})
	doc.Call("addEventListener", "click", onClick, true)
	app.Window().Call("addEventListener", "popstate", onPop)
}

// leadsOffThePages reports whether u is an address of this site that is
// not a page.
func leadsOffThePages(u *url.URL) bool {
	here := app.Window().URL()
	return u.Host == here.Host && u.Scheme == here.Scheme && !ui.IsPage(site.PathOf(u.Path))
}
