//go:build !wasm

package main

import (
	"fmt"
	"regexp"
)

// appJSRewrites are the build's changes to go-app's app.js, each matched
// exactly once: a go-app whose app.js no longer matches fails the build
// rather than silently losing a change.
var appJSRewrites = []struct {
	what string
	re   *regexp.Regexp
	repl string
}{
	// The wasm is fetched by the browser alone. go-app's fetchWithProgress
	// passes every chunk of the response through a JavaScript stream to
	// count it (for a percentage our hidden loader never shows, and that
	// is wrong with compression anyway), so the compiler got the bytes
	// through the main thread; a plain fetch hands them over directly.
	{
		what: "fetch the wasm without fetchWithProgress",
		re:   regexp.MustCompile(`fetchWithProgress\(\s*("[^"]+\.wasm"),\s*showProgress\s*\)`),
		repl: `fetch($1)`,
	},
	// The Go program starts once the prerendered page has painted, so that
	// the first paint is always the prerendered page (the issue asks for it
	// to be the first and the largest). go-app replaces the prerendered page
	// when the program starts, and a wasm preloaded and compiled before the
	// stylesheets let the page paint started it first: the first paint was
	// go-app's copy of the page, drawn after the Go program had run. When
	// the page has painted (the usual case: the wasm comes later), the
	// program starts at once. Otherwise it waits for the next rendering
	// update: that runs the animation frame callbacks, then paints, and the
	// timer set from the callback fires after the paint. In a tab opened in
	// the background no frame comes until it shows, and the program starts
	// then.
	{
		what: "start the Go program after the first paint",
		re:   regexp.MustCompile(`go\.run\(wasm\.instance\);`),
		repl: `if (!performance.getEntriesByName("first-contentful-paint").length) {
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    }
    go.run(wasm.instance);`,
	},
}

// rewriteAppJS applies appJSRewrites to go-app's app.js.
func rewriteAppJS(js []byte) ([]byte, error) {
	for _, r := range appJSRewrites {
		if n := len(r.re.FindAllIndex(js, -1)); n != 1 {
			return nil, fmt.Errorf("app.js: cannot %s: expected %s once in go-app's app.js, found it %d times", r.what, r.re, n)
		}
		js = r.re.ReplaceAll(js, []byte(r.repl))
	}
	return js, nil
}
