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
// render (see yieldToBrowser in app/client.go).
func started() {
	if l := app.Window().GetElementByID("app-wasm-loader"); l.Truthy() {
		l.Call("remove")
	}
}
