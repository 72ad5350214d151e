package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// NotFoundPath is the path the build prerenders as 404.html.
const NotFoundPath = "/404"

// Paths of the home page and the list of articles.
const (
	homePath     = "/"
	articlesPath = "/articles"
)

// route is one page of the site: its path and its view.
type route struct {
	path string
	view view
}

// routes returns every page of the site with its view. Each section adds
// its own pages in its own file (castRoutes in cast.go, and so on).
func routes(c *corpus.Corpus) []route {
	out := []route{
		{path: homePath, view: homeView{C: c}},
		{path: articlesPath, view: articlesView{C: c}},
	}
	for _, a := range c.Articles {
		out = append(out, route{path: site.ArticlePath(a.ID), view: readerView{C: c, A: a}})
	}
	out = append(out, castRoutes(c)...)
	out = append(out, viewershipRoutes(c)...)
	out = append(out, compareRoutes(c)...)
	out = append(out, searchRoutes(c)...)
	return out
}

// Register routes every page and returns the page paths, in order, for the
// build to prerender. Any other path goes to the not-found page once
// RegisterNotFound has run.
func Register(c *corpus.Corpus) []string {
	var paths []string
	for _, r := range routes(c) {
		r := r
		paths = append(paths, r.path)
		if _, ok := r.view.(staticView); ok {
			staticPaths[r.path] = true
		}
		app.RouteFunc(r.path, func() app.Composer { return &page{Path: r.path, View: r.view} })
	}
	knownPaths = paths
	return paths
}

// RegisterNotFound routes every path that is not a page to the not-found
// page. go-app 9.8.0 routes an unknown path to its own page unless a
// regular expression matches it, so this is one that matches everything;
// compiling it runs the regexp package's parser and compiler, wasm code
// the browser compiles on its first call (the client defers it when it
// starts on a page: see app/client.go).
func RegisterNotFound() {
	nf := notFoundView{Known: knownPaths}
	app.RouteWithRegexpFunc("^/", func() app.Composer { return &page{Path: NotFoundPath, View: nf} })
}

// IsPage reports whether path (without the site's prefix) is a page that
// Register routed.
func IsPage(path string) bool { return slices.Contains(knownPaths, path) }

// knownPaths are the site's page paths, for the suggestions of the
// not-found page.
var knownPaths []string

// staticPaths are the paths of the pages with a static view.
var staticPaths = map[string]bool{}
