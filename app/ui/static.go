package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
)

// A static view draws the same page at every address of its path and has
// nothing to click but links: the home page, the list of articles, the
// crew, each actor's page and the timeline. Their pages are the build's
// prerendered HTML in the browser too. On the client (static_client.go)
// such a view shows what the build wrote: the page the visitor loaded, read
// from the document before go-app replaces it, or the prerendered page of
// the path, fetched (from the service worker's cache once it is installed)
// on a move inside the app. Their Go rendering (renderPage, used by the
// build's prerendering through static_render.go) is not compiled into the
// wasm: a smaller download, and less code for the browser to compile.
type staticView interface {
	view
	renderPage() app.UI
}

// StaticPaths are the paths of the pages whose views are static.
func StaticPaths(c *corpus.Corpus) []string {
	var out []string
	for _, r := range routes(c) {
		if _, ok := r.view.(staticView); ok {
			out = append(out, r.path)
		}
	}
	return out
}

// staticLoads counts the changes of static pages' content on the client
// (a load ended, or a failed one started again; see loadStatic): part of
// the page's render key, so that a page drawn before the change is drawn
// again.
var staticLoads int
