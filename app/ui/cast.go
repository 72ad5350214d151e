package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/cast"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// Paths of the cast section.
const (
	castPath = "/cast"
	crewPath = "/cast/crew"
)

// personPath is the page of one actor.
func personPath(slug string) string { return castPath + "/" + slug }

// castRoutes are the cast pages: the list, the crew and one page per actor.
// The build prerenders a page per actor; the browser routes them all to one
// view that finds the actor from the address, so the cast is extracted
// only when a cast page is shown, not at every start.
func castRoutes(c *corpus.Corpus) []route {
	out := []route{
		{path: castPath, view: castListView{C: c}},
		{path: crewPath, view: crewView{C: c}},
	}
	if app.IsClient {
		return append(out, route{path: castPath + "/", view: personRouteView{C: c}, pattern: "^" + castPath + "/[^/]+$"})
	}
	for _, p := range c.Cast().People {
		out = append(out, route{path: personPath(p.Slug), view: personView{C: c, P: p}})
	}
	return out
}

// personRouteView is an actor's page found from the address: the actor's
// view, or the not-found page for an unknown slug.
type personRouteView struct{ C *corpus.Corpus }

// resolve returns the view for the address; nil before the first
// navigation, when the address is not known yet.
func (v personRouteView) resolve(u *url.URL) view {
	if u == nil {
		return nil
	}
	path := strings.TrimPrefix(u.Path, strings.TrimRight(site.Base, "/"))
	if p, ok := v.C.Cast().Person(strings.TrimPrefix(path, castPath+"/")); ok {
		return personView{C: v.C, P: p}
	}
	return notFoundView{Known: knownPaths}
}

func (v personRouteView) meta(u *url.URL) meta {
	if r := v.resolve(u); r != nil {
		return r.meta(u)
	}
	return meta{title: "Cast", description: "An actor of Partner Track, as the articles describe them."}
}

func (v personRouteView) render(u *url.URL) app.UI {
	if r := v.resolve(u); r != nil {
		return r.render(u)
	}
	return app.Div()
}

// castTabs switches between the cast and the crew.
var castTabs = []navItem{
	{castPath, "Cast"},
	{crewPath, "Crew and people"},
}

// roleLabel names a person's roles: "main", "recurring", or "main or
// recurring" when the articles disagree.
func roleLabel(p *cast.Person) string {
	rs := p.Roles()
	switch len(rs) {
	case 0:
		return "role not stated"
	case 1:
		return rs[0].String()
	}
	return "main or recurring"
}
