// Command app is Partner Track Explorer. Compiled with GOOS=js GOARCH=wasm
// it is the client that runs in the browser; compiled for the host it is
// the build that prerenders every page into a static site (see build.go).
// Both load the same embedded seeds through package corpus.
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/ui"
	"partnertrack/seeds"
)

func main() {
	if app.IsClient {
		runClient()
		return
	}
	if err := build(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "build failed:", err)
		os.Exit(1)
	}
}

// runClient routes the pages and hands the page over to go-app. The seeds
// were validated by the build that produced this wasm, so a load error here
// means a broken build; it is reported in the console.
func runClient() {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		app.Log("loading the embedded seeds failed:", err)
		return
	}
	site.Base = app.Getenv("GOAPP_ROOT_PREFIX")
	ui.Register(c)
	app.RunWhenOnBrowser()
}
