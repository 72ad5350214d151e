//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/ui"
)

// runClient routes the pages and hands the page over to go-app. The
// articles and sections are the build's, compiled in: nothing is parsed or
// decoded before the first render.
func runClient() {
	site.Base = app.Getenv("GOAPP_ROOT_PREFIX")
	ui.Register(corpus.Builtin())
	app.RunWhenOnBrowser()
}
