package ui

import (
	"partnertrack/app/cast"
	"partnertrack/app/corpus"
)

// Paths of the cast section.
const (
	castPath = "/cast"
	crewPath = "/cast/crew"
)

// personPath is the page of one actor.
func personPath(slug string) string { return castPath + "/" + slug }

// castRoutes are the cast pages: the list, the crew and one page per actor.
func castRoutes(c *corpus.Corpus) []route {
	out := []route{
		{path: castPath, view: castListView{C: c}},
		{path: crewPath, view: crewView{C: c}},
	}
	for _, p := range c.Cast().People {
		out = append(out, route{path: personPath(p.Slug), view: personView{C: c, P: p}})
	}
	return out
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
