//go:build wasm

package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// started removes go-app's loader element once the first page is drawn:
// its removal is how app.js said the wasm ran (the tests and make bench
// wait for it), but app.js now returns from go.run before go-app's first
// render (see yieldToBrowser in app/client.go).
func started() {
	if l := app.Window().GetElementByID("app-wasm-loader"); l.Truthy() {
		l.Call("remove")
	}
}
