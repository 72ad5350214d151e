//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// page draws html, the prerendered frame or a copy of it, as one element.
// HTML is an input.
type page struct {
	app.Compo
	HTML string
}

func (p *page) Render() app.UI { return app.Raw(p.HTML) }

// OnMount removes go-app's loader once the page is drawn, as our client
// does (our app.js leaves that to the program: app/appjs.go), which is
// when the bench counts the wasm as having run.
func (p *page) OnMount(app.Context) {
	if l := app.Window().GetElementByID("app-wasm-loader"); l.Truthy() {
		l.Call("remove")
	}
}

func main() {
	// The frame the visitor loaded, before go-app replaces it.
	frame := app.Window().Get("document").Get("body").Get("firstElementChild").Get("outerHTML").String()
	articles, err := withMain(frame, "<h1>Articles</h1>")
	if err != nil {
		app.Log("redraw floor:", err)
		return
	}
	app.RouteFunc("/", func() app.Composer { return &page{HTML: frame} })
	app.RouteFunc("/articles", func() app.Composer { return &page{HTML: articles} })
	app.RunWhenOnBrowser()
}
