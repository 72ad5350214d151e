//go:build !wasm

package main

import (
	"bytes"
	"fmt"
)

// goRun is the line of go-app's app.js that starts the Go program.
const goRun = "go.run(wasm.instance);"

// afterFirstPaint is what app.js does instead of goRun: it starts the Go
// program once the prerendered page has painted. go-app replaces the
// prerendered page when the program starts; a start before the browser's
// first paint (the wasm preloaded and compiled before the stylesheets
// let the page paint) made that replacement the page's first and largest
// paint, which Lighthouse's simulation then put after the whole wasm
// download (a mobile LCP of 9.9 s on some runs). A rendering update runs
// the animation frame callbacks, then paints; the timer set from the
// callback fires after that paint. In a tab opened in the background no
// frame comes until it shows, and the program starts then.
const afterFirstPaint = `await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    ` + goRun

// startAfterFirstPaint rewrites go-app's app.js to start the Go program
// after the first paint (see afterFirstPaint). It fails when app.js does
// not hold goRun exactly once: a go-app that starts its program another way
// must not silently lose the change.
func startAfterFirstPaint(appJS []byte) ([]byte, error) {
	if n := bytes.Count(appJS, []byte(goRun)); n != 1 {
		return nil, fmt.Errorf("app.js: expected go-app's %s once, found it %d times", goRun, n)
	}
	return bytes.Replace(appJS, []byte(goRun), []byte(afterFirstPaint), 1), nil
}
