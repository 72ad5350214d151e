//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// page draws html, the prerendered frame or a copy of it, as one element.
// HTML and Drop are inputs.
type page struct {
	app.Compo
	HTML string
	// Drop, when set, is a node to take out of the document once the page
	// is drawn: the prerendered frame that the keep build leaves in place.
	Drop app.Value
}

func (p *page) Render() app.UI { return app.Raw(p.HTML) }

// OnMount removes go-app's loader once the page is drawn, as our client
// does (our app.js leaves that to the program: app/appjs.go), which is
// when the bench counts the wasm as having run.
func (p *page) OnMount(app.Context) {
	if p.Drop != nil && p.Drop.Truthy() {
		p.Drop.Call("remove")
	}
	if l := app.Window().GetElementByID("app-wasm-loader"); l.Truthy() {
		l.Call("remove")
	}
}

func main() {
	doc := app.Window().Get("document")
	body := doc.Get("body")
	// The frame the visitor loaded, before go-app replaces it.
	prerendered := body.Get("firstElementChild")
	frame := prerendered.Get("outerHTML").String()
	articles, err := withMain(frame, "<h1>Articles</h1>")
	if err != nil {
		app.Log("redraw floor:", err)
		return
	}
	home, drop := frame, app.Value(nil)
	if keepFrame {
		// go-app mounts into the body's first element: an empty div put
		// before the prerendered frame, which stays as it was until the
		// click leads to another page.
		body.Call("insertBefore", doc.Call("createElement", "div"), prerendered)
		home, drop = "<div></div>", prerendered
	}
	app.RouteFunc("/", func() app.Composer { return &page{HTML: home} })
	app.RouteFunc("/articles", func() app.Composer { return &page{HTML: articles, Drop: drop} })
	app.RunWhenOnBrowser()
}
