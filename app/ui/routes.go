package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// NotFoundPath is the path the build prerenders as 404.html.
const NotFoundPath = "/404"

// routes returns every page of the site with its view.
func routes(c *corpus.Corpus) []struct {
	path string
	view view
} {
	type r = struct {
		path string
		view view
	}
	out := []r{
		{"/", homeView{C: c}},
		{"/articles", articlesView{C: c}},
	}
	for _, a := range c.Articles {
		out = append(out, r{site.ArticlePath(a.ID), readerView{C: c, A: a}})
	}
	out = append(out,
		r{"/cast", soonView{C: c, Title: "Cast", What: "Who plays whom, and what each article says about them.",
			Description: "The cast of Partner Track as the five articles list it."}},
		r{"/viewership", soonView{C: c, Title: "Viewership", What: "Netflix’s weekly Top 10 figures for the show, with their sources.",
			Description: "Partner Track’s Netflix Top 10 viewing figures as the articles state them."}},
		r{"/compare", soonView{C: c, Title: "Compare", What: "The articles side by side: what agrees, what conflicts, who copied whom.",
			Description: "The five Partner Track articles compared."}},
		r{"/search", soonView{C: c, Title: "Search", What: "Search every sentence of the five articles.",
			Description: "Search the five Partner Track articles."}},
	)
	return out
}

// Register routes every page, and any other path to the not-found page. It
// returns the page paths, in order, for the build to prerender.
func Register(c *corpus.Corpus) []string {
	var paths []string
	for _, r := range routes(c) {
		r := r
		paths = append(paths, r.path)
		app.RouteFunc(r.path, func() app.Composer { return &page{Path: r.path, View: r.view} })
	}
	nf := notFoundView{Known: paths}
	app.RouteWithRegexpFunc("^/", func() app.Composer { return &page{Path: NotFoundPath, View: nf} })
	return paths
}
