// Command redraw is the redraw floor of make bench: go-app's smallest
// program that shows our pages. Its site is our built site (the
// prerendered pages, stylesheet, app.js, worker and icons) with this
// program's wasm in place of ours. On start it does what any go-app v9
// app must do with our page and nothing more: go-app replaces the
// prerendered page with its own copy (here one Raw element holding the
// prerendered frame's HTML) and, on the nav link to /articles, draws a
// page with that heading. Our time to interactive against this floor is
// what our code costs; this floor against the hello world is what our page
// costs under go-app (README, "Measuring").
//
// Two variants take away the rest of what is ours (make redraw-goapp):
// -goapp-js puts go-app's own app.js (the hello world's) in place of ours,
// and the build tag keep leaves the prerendered frame in place on start,
// go-app mounting into an empty element before it, so that go-app starts
// under our page without drawing it (until the click).
//
// Compiled with GOOS=js GOARCH=wasm it is the client (client.go); on the
// host (build.go) it writes the site: go run ./bench/redraw -dist dist
// -wasm bench/out/redraw.wasm -out bench/out/redraw.
package main

import (
	"fmt"
	"regexp"
)

// mainElement is the frame's main element, from its start tag to its end
// tag, and mainStart any main start tag: our pages have one main element.
var (
	mainElement = regexp.MustCompile(`(?s)<main\b[^>]*>.*</main>`)
	mainStart   = regexp.MustCompile(`<main\b`)
)

// withMain returns the frame's HTML with its main element holding only
// inner: the page a nav link leads to, drawn in the same frame.
func withMain(frame, inner string) (string, error) {
	if n := len(mainStart.FindAllStringIndex(frame, -1)); n != 1 || !mainElement.MatchString(frame) {
		return "", fmt.Errorf("the page's frame has %d main elements, want 1", n)
	}
	return mainElement.ReplaceAllLiteralString(frame, `<main id="main">`+inner+`</main>`), nil
}
