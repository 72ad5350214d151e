//go:build wasm

package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/ui"
)

// runClient routes the pages and hands the page over to go-app. The
// articles and sections are the build's, compiled in: nothing is parsed or
// decoded before the first render.
//
// The not-found route is a regular expression (see ui.RegisterNotFound):
// it is routed before the start when the address is not a page, and
// otherwise once the browser is idle, so that a start on a page does not
// wait for the regexp compiler. Every link of the site is to a page, so
// until then no navigation needs it.
func runClient() {
	site.Base = app.Getenv("GOAPP_ROOT_PREFIX")
	ui.Register(corpus.Builtin())
	if ui.IsPage(startPath()) {
		whenIdle(ui.RegisterNotFound)
	} else {
		ui.RegisterNotFound()
	}
	app.RunWhenOnBrowser()
}

// startPath is the address's path without the site's prefix, as go-app
// routes it.
func startPath() string {
	p := strings.TrimPrefix(app.Window().URL().Path, strings.TrimRight(site.Base, "/"))
	if p == "" {
		return "/"
	}
	return p
}

// whenIdle calls f once the browser is idle (requestIdleCallback, or a
// timer where there is none).
func whenIdle(f func()) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		f()
		return nil
	})
	w := app.Window()
	if w.Get("requestIdleCallback").Truthy() {
		w.Call("requestIdleCallback", cb, map[string]any{"timeout": 1000})
		return
	}
	w.Call("setTimeout", cb, 100)
}
