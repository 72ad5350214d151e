// Command hello is the go-app hello-world floor that make bench measures
// our app against: two pages linked to each other, nothing else. It is
// split exactly like the app: compiled with GOOS=js GOARCH=wasm it is the
// client; on the host (build.go, //go:build !wasm) it prerenders itself
// into a static site, so the wasm never links go-app's Handler or net/http.
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// hello is the page of both routes: a nav with a link to the other page,
// and a heading. Title is an input.
type hello struct {
	app.Compo
	Title string
}

func (h *hello) Render() app.UI {
	return app.Div().Body(
		app.Header().Body(app.Nav().Body(
			app.A().Href("/").Text("Home"),
			app.Text(" "),
			app.A().Href("/about").Text("About"),
		)),
		app.Main().ID("main").Body(
			app.H1().Text(h.Title),
			app.P().Text("Hello, world."),
		),
	)
}

func main() {
	app.RouteFunc("/", func() app.Composer { return &hello{Title: "Hello"} })
	app.RouteFunc("/about", func() app.Composer { return &hello{Title: "About"} })
	if app.IsClient {
		app.RunWhenOnBrowser()
		return
	}
	if err := build(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}
