//go:build wasm

package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// RouteClient routes the client loaded at the current address: it takes
// the site's prefix from go-app, routes every page of c, and, when the
// address is a page, keeps its prerendered content (KeepPrerendered) and
// reports true; otherwise it routes the not-found page at once.
func RouteClient(c *corpus.Corpus) (onPage bool) {
	site.Base = app.Getenv("GOAPP_ROOT_PREFIX")
	Register(c)
	path := site.PathOf(app.Window().URL().Path)
	if !IsPage(path) {
		RegisterNotFound()
		return false
	}
	KeepPrerendered(path)
	return true
}

// started removes go-app's loader element once the first page is drawn:
// its removal is how app.js said the wasm ran (the tests and make bench
// wait for it), but app.js now returns from go.run before go-app's first
// render (see yieldToBrowser in app/client.go). It then has app.js put back
// what the visitor did on the prerendered page (KeepState).
func started() {
	if l := app.Window().GetElementByID("app-wasm-loader"); l.Truthy() {
		l.Call("remove")
	}
	callIfThere("goappRestoreState")
}

// KeepState has app.js note what the visitor did on the prerendered page
// (changed fields, open disclosures, the focus, a text selection), for
// started to put back into go-app's copy of it
// (app/start_state.go, which the build adds to app.js): the client calls it
// just before go-app takes the page.
func KeepState() { callIfThere("goappKeepState") }

// callIfThere calls the global function name when app.js defines it (the
// build adds it; a bare go-app app.js does not).
func callIfThere(name string) {
	if f := app.Window().Get(name); f.Truthy() {
		app.Window().Call(name)
	}
}
