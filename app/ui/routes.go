package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// NotFoundPath is the path the build prerenders as 404.html.
const NotFoundPath = "/404"

// route is one page of the site: its path and its view. A route with a
// pattern is a family of pages matched by a regular expression on the
// client (see castRoutes); the build prerenders only plain routes.
type route struct {
	path    string
	view    view
	pattern string
}

// routes returns every page of the site with its view. Each section adds
// its own pages in its own file (castRoutes in cast.go, and so on).
func routes(c *corpus.Corpus) []route {
	out := []route{
		{path: "/", view: homeView{C: c}},
		{path: "/articles", view: articlesView{C: c}},
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

// Register routes every page, and any other path to the not-found page. It
// returns the page paths, in order, for the build to prerender.
func Register(c *corpus.Corpus) []string {
	var paths []string
	var families []route
	for _, r := range routes(c) {
		r := r
		if r.pattern != "" {
			families = append(families, r)
			continue
		}
		paths = append(paths, r.path)
		app.RouteFunc(r.path, func() app.Composer { return &page{Path: r.path, View: r.view} })
	}
	knownPaths = paths
	for _, r := range families {
		r := r
		app.RouteWithRegexpFunc(r.pattern, func() app.Composer { return &page{Path: r.path, View: r.view} })
	}
	nf := notFoundView{Known: paths}
	app.RouteWithRegexpFunc("^/", func() app.Composer { return &page{Path: NotFoundPath, View: nf} })
	return paths
}

// knownPaths are the site's page paths, for the suggestions of a not-found
// page shown by a route family.
var knownPaths []string
