package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/cast"
	"partnertrack/app/corpus"
	"partnertrack/app/facts"
)

// crewView is /cast/crew: the people behind and around the show.
type crewView struct{ C *corpus.Corpus }

func (v crewView) meta(*url.URL) meta {
	return meta{
		title: "Crew and people",
		description: "Who made Partner Track and who talked about it, as the five articles say: creator, novel and author, " +
			"producers, directors, production company, the Netflix executive and the critics quoted, in each article’s words.",
	}
}

// crewSections are the crew facts by section.
var (
	crewMade  = []string{"creator", "showrunner", "company", "filmed"}
	crewNovel = []string{"novel", "author", "novel-year"}
	crewExec  = []string{"executive", "executive-title"}
)

func (v crewView) renderPage() app.UI {
	c := v.C
	crew := c.Cast().Crew
	pick := func(keys []string) []facts.Fact {
		var out []facts.Fact
		for _, k := range keys {
			if f, ok := crew.Fact(k); ok {
				out = append(out, f)
			}
		}
		return out
	}
	return app.Div().Class("crew").Body(
		app.H1().Text("Crew and people"),
		app.P().Class("lede").Text("The people behind the show and around it, in each article’s words. "+
			"Where the articles word a title differently, every wording is shown with its sources."),
		castTabNav(crewPath),
		section("made", "Who made it", factList(c, pick(crewMade))),
		section("credits", "Credits",
			app.Range(crew.Credits).Slice(func(i int) app.UI { return creditBlock(c, crew.Credits[i]) }),
		),
		section("novel", "The novel", factList(c, pick(crewNovel))),
		section("netflix", "The Netflix executive", factList(c, pick(crewExec))),
		section("critics", "Critics quoted",
			app.Range(crew.Critics).Slice(func(i int) app.UI { return criticBlock(c, crew.Critics[i]) }),
		),
	)
}

// creditBlock lists a group of named crew.
func creditBlock(c *corpus.Corpus, cr cast.Credit) app.UI {
	return app.Div().Class("credit").Body(
		app.Elem("h3").Text(cr.Role),
		creditCount(c, cr),
		app.Elem("ul").Class("credit-list").Body(
			app.Range(cr.People).Slice(func(i int) app.UI {
				n := cr.People[i]
				return app.Elem("li").Body(
					avatar(n.Name, "s"),
					app.Elem("span").Class("credit-name").Text(n.Name),
					refChips(c, n.Refs),
					app.Range(n.Notes).Slice(func(j int) app.UI {
						return app.Elem("span").Class("note-inline").Body(app.Text(" — “"+n.Notes[j].Text()+"” "), refChip(c, n.Notes[j]))
					}),
				)
			}),
		),
	)
}

// criticBlock shows a critic, the outlet and the words quoted.
func criticBlock(c *corpus.Corpus, cr cast.Critic) app.UI {
	title := cr.Outlet
	if cr.Name != "" {
		title = cr.Name + ", " + cr.Outlet
	}
	return app.Div().Class("critic").Body(
		app.Elem("h3").Body(avatar(title, "s"), app.Text(title), app.Text(" "), refChips(c, cr.Refs)),
		app.If(cr.Misquoted(), app.P().Class("status status-conflict").Text("The articles quote different words: "+quoteValues(cr.Quotes)+".")),
		app.Elem("ul").Class("values").Body(
			app.Range(cr.Quotes).Slice(func(i int) app.UI {
				q := cr.Quotes[i]
				return app.Elem("li").Body(
					app.Elem("q").Text(q.Text),
					app.Text(" — "+sayers(c, q.Articles())),
					refChips(c, q.Refs),
				)
			}),
		),
		app.If(len(cr.Unattributed) > 0, app.P().Class("note").Body(
			app.Text("The same words appear without naming "+criticName(cr)+" in "),
			refChips(c, cr.Unattributed),
		)),
	)
}

// quoteValues lists the wordings: “a” and “b”.
func quoteValues(vs []cast.Value) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = "“" + v.Text + "”"
	}
	return joinAnd(q)
}

// creditCount says how many the article says there are, and how many it
// names, when it says.
func creditCount(c *corpus.Corpus, cr cast.Credit) app.UI {
	if cr.Count == nil {
		return nil
	}
	return app.P().Class("muted").Body(
		app.Text("The article says “"+cr.Count.Text()+"” and names "+itoa(len(cr.People))+" "),
		refChip(c, *cr.Count),
	)
}

// criticName names a critic in running text: "Nina Metz", "the San
// Francisco Chronicle".
func criticName(cr cast.Critic) string {
	if cr.Name != "" {
		return cr.Name
	}
	return "the " + cr.Outlet
}
