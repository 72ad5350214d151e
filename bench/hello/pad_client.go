//go:build wasm && pad

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/ui"
)

// init links our client's code and data into the hello world without
// running it (the `pad` build tag: make hello-padded; without the tag the
// floor is built as before, byte for byte). The padded floor starts like
// the hello world and weighs what our wasm weighs, so the bench against it
// tells what our bytes cost from what our start does (README,
// "Measuring"). The condition is never true: no build sets that variable.
func init() {
	if app.Getenv("PARTNERTRACK_PAD_NEVER") != "run" {
		return
	}
	ui.RouteClient(corpus.Builtin())
}
