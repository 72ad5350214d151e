//go:build !wasm

package main

import (
	"fmt"
	"regexp"

	"partnertrack/app/appjs"
)

// appJSRewrites are the build's changes to go-app's app.js, each matched
// exactly once: a go-app whose app.js no longer matches fails the build
// rather than silently losing a change.
var appJSRewrites = []appjs.Edit{
	// The wasm is fetched by the browser alone, then compiled off the main
	// thread. go-app's fetchWithProgress passed every chunk of the response
	// through a JavaScript stream to count it (for a percentage our hidden
	// loader never shows, and that is wrong with compression anyway); a
	// plain fetch hands the bytes over directly. And instantiateStreaming
	// has V8 decode the module on the main thread as the bytes arrive: with
	// the bytes at hand, that and the start of the Go program were one task
	// that blocked input to the prerendered page (cold start of /, median:
	// 214 ms at CPU 1×, 407 ms at 4×). Compiled from its whole body, the
	// module is decoded and compiled on V8's background threads, and the
	// longest task is 70 ms (110–195 ms at 4×). The time to interactive
	// moved within the noise, except on a slow link, where decoding no
	// longer overlaps the download: +45 ms of 9.3 s (goappInstantiate).
	{
		What: "fetch the wasm without fetchWithProgress and compile it from its whole body",
		Re:   regexp.MustCompile(`instantiateStreaming\(\s*fetchWithProgress\(\s*("[^"]+\.wasm"),\s*showProgress\s*\),\s*go\.importObject\s*\)`),
		Repl: `goappInstantiate(fetch($1), go.importObject)`,
	},
	{
		What: "define goappInstantiate",
		Re:   regexp.MustCompile(`\nasync function goappInitWebAssembly\(\) \{`),
		Repl: `
// goappInstantiate instantiates the wasm from its whole body: V8 decodes
// and compiles it on background threads (the build's change to app.js,
// app/appjs.go). An HTTP error is named rather than compiled.
async function goappInstantiate(response, importObject) {
  const res = await response;
  if (!res.ok) {
    throw new Error(res.url + ": HTTP " + res.status + " " + res.statusText);
  }
  return WebAssembly.instantiate(await res.arrayBuffer(), importObject);
}
$0`,
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
	//
	// go.run returns when the Go program first waits, which is after the
	// Go runtime has started, not after the first render: the program
	// lets the browser run between the two (app/client.go), and removes
	// go-app's loader itself once the page is drawn (app/ui/page.go), so
	// the loader's removal still means "the wasm ran".
	{
		What: "start the Go program after the first paint, and leave the loader's removal to it",
		Re:   regexp.MustCompile(`go\.run\(wasm\.instance\);\s*loader\.remove\(\);`),
		Repl: `if (!performance.getEntriesByName("first-contentful-paint").length) {
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    }
    go.run(wasm.instance);`,
	},
	// The service worker is registered after the Go program's first page
	// (or once app.js has given the wasm up), not as app.js starts. Its
	// install precaches every page and file of the site; begun at once,
	// those fetches shared a slow link with the page's own wasm download
	// and the host's cores with its start. The timer's task comes after
	// the one the program set before it first waited (app/client.go), which
	// draws the first page.
	{
		What: "register the service worker after the start",
		Re:   regexp.MustCompile(`goappInitServiceWorker\(\);(\s*goappWatchForUpdate\(\);\s*goappWatchForInstallable\(\);\s*)goappInitWebAssembly\(\);`),
		Repl: `${1}goappInitWebAssembly().finally(() => setTimeout(goappInitServiceWorker, 0));`,
	},
}

// rewriteAppJS applies appJSRewrites to go-app's app.js.
func rewriteAppJS(js []byte) ([]byte, error) {
	js, err := appjs.Apply(js, appJSRewrites)
	if err != nil {
		return nil, fmt.Errorf("app.js: %w", err)
	}
	return js, nil
}
