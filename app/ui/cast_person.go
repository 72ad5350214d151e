package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/cast"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// personView is the page of one actor: /cast/<slug>.
type personView struct {
	C *corpus.Corpus
	P *cast.Person
}

func (v personView) meta(*url.URL) meta {
	p := v.P
	what := p.Name + " in Partner Track"
	if p.Character != "" {
		what = p.Name + " as " + p.Character + " in Partner Track"
	}
	return meta{
		title:       p.Name,
		description: what + ": what each of the five articles says, every mention, the relationships and where the articles disagree.",
	}
}

func (v personView) render(*url.URL) app.UI {
	c, p := v.C, v.P
	rels := relationRows(c.Cast(), p)
	var charDescs, actorDescs []cast.Description
	for _, d := range p.Descriptions {
		if d.OfActor {
			actorDescs = append(actorDescs, d)
		} else {
			charDescs = append(charDescs, d)
		}
	}
	return app.Article().Class("person").Body(
		app.P().Class("crumbs").Body(app.A().Href(site.Href(castPath)).Text("Cast"), app.Text(" › "+p.Name)),
		app.Div().Class("person-head").Body(
			avatar(p.Name, "l"),
			app.Div().Body(
				app.H1().Text(p.Name),
				app.P().Class("person-as").Body(
					app.If(p.Character != "", app.Span().Body(app.Text("as "), app.Strong().Class("char").Text(p.Character))),
					app.If(p.Character == "", app.Span().Class("muted").Text("No article names a character")),
					app.Text(" "),
					roleBadge(p),
				),
				app.If(len(p.Aliases) > 0, app.P().Class("muted aliases").Text("Also called "+quoteJoin(p.Aliases)+" in the articles.")),
			),
		),
		app.If(len(p.Disagreements) > 0, section("disagreements", "Where the articles disagree",
			app.Range(p.Disagreements).Slice(func(i int) app.UI { return disagreementBox(c, p.Disagreements[i]) }),
		)),
		section("listed", "Who lists "+p.Name,
			app.Ul().Class("listings").Body(
				app.Range(p.Listings).Slice(func(i int) app.UI { return listingItem(c, p.Listings[i]) }),
			),
		),
		section("descriptions", "What each article says",
			descriptionColumns(c, charDescs),
			app.If(len(charDescs) == 0, app.P().Class("muted").Text("No article describes the character.")),
			app.If(len(actorDescs) > 0, app.Div().Body(
				app.H3().Text("About the actor"),
				app.Ul().Class("quotes").Body(
					app.Range(actorDescs).Slice(func(i int) app.UI { return refQuote(c, actorDescs[i].Ref) }),
				),
			)),
		),
		section("relationships", "Relationships",
			app.If(len(rels) == 0, app.P().Class("muted").Text("No article states a relationship of this character.")),
			app.Ul().Class("relations").Body(
				app.Range(rels).Slice(func(i int) app.UI { return relationItem(c, rels[i]) }),
			),
		),
		section("mentions", "Other mentions",
			app.If(len(p.Mentions) == 0, app.P().Class("muted").Text("No other sentence names the actor or the character.")),
			app.If(len(p.Mentions) > 0, app.P().Class("muted").Text(plural(len(p.Mentions), "sentence", "sentences")+
				" outside the listings and descriptions name the actor or the character.")),
			app.Ul().Class("quotes mentions").Body(
				app.Range(p.Mentions).Slice(func(i int) app.UI {
					m := p.Mentions[i]
					return app.Li().Class("quote").Body(
						app.Span().Class("tag").Text(m.Kind),
						app.Q().Body(marked(m.Sentence, m.Spans)...),
						app.Text(" "),
						chip(c, m.ArticleID, m.SentenceID, m.Sentence),
					)
				}),
			),
		),
	)
}

// listingItem is one article listing the person.
func listingItem(c *corpus.Corpus, l cast.Listing) app.UI {
	return app.Li().Body(
		refChip(c, l.Ref),
		app.Text(" "),
		app.Span().Class("role role-"+l.Role.String()).Text(l.Role.String()),
		app.Text(" "),
		app.If(l.InList, app.Span().Body(
			app.Text("line "+itoa(l.Position)+" of the "+l.List+" "),
			app.Span().Class("muted").Text("("+l.Basis+")"),
		)),
		app.If(!l.InList, app.Span().Text("“…"+l.Basis+"…”")),
		app.If(l.Character != "", app.Span().Body(app.Text(" — as "), app.Strong().Text(l.Character))),
	)
}

// descriptionColumns shows each article's descriptions side by side.
func descriptionColumns(c *corpus.Corpus, ds []cast.Description) app.UI {
	var ids []string
	by := map[string][]cast.Description{}
	for _, d := range ds {
		if _, ok := by[d.ArticleID]; !ok {
			ids = append(ids, d.ArticleID)
		}
		by[d.ArticleID] = append(by[d.ArticleID], d)
	}
	if len(ids) == 0 {
		return nil
	}
	return app.Div().Class("desc-cols").Body(
		app.Range(ids).Slice(func(i int) app.UI {
			id := ids[i]
			a, _ := c.Article(id)
			return app.Div().Class("desc-col").Body(
				app.H3().Body(app.Span().Class("label").Text(c.Label(id)), app.A().Href(site.ArticleURL(id)).Text(a.Title)),
				app.Ul().Class("quotes").Body(
					app.Range(by[id]).Slice(func(j int) app.UI {
						d := by[id][j]
						return app.Li().Body(app.Text(d.Text()+" "), refChip(c, d.Ref))
					}),
				),
			)
		}),
	)
}

// relationRow is a relationship as a page shows it: the other person, the
// words, and where the articles say it.
type relationRow struct {
	Other *cast.Person
	// Phrase is what the relationship is, from this page's point of view:
	// "Ingrid’s best friend" (this character is that) or "is Ingrid’s best
	// friend" (the other character is that), "romance".
	Phrase string
	Out    bool // this character is the one described
	Refs   []cast.Ref
}

// relationRows collects a person's relationships, one row per other
// person and phrase.
func relationRows(cs *cast.Cast, p *cast.Person) []relationRow {
	var rows []relationRow
	index := map[string]int{}
	for _, r := range cs.Relations(p.Slug) {
		otherSlug, out := r.To, r.From == p.Slug
		if !out {
			otherSlug = r.From
		}
		other, ok := cs.Person(otherSlug)
		if !ok {
			continue
		}
		phrase := r.Kind
		if r.Kind != "romance" {
			phrase = r.ToName + "’s " + r.Text()
		}
		key := otherSlug + "|" + phrase
		i, ok := index[key]
		if !ok {
			i = len(rows)
			index[key] = i
			rows = append(rows, relationRow{Other: other, Phrase: phrase, Out: out || r.Kind == "romance"})
		}
		rows[i].Refs = append(rows[i].Refs, r.Ref)
	}
	return rows
}

// relationItem renders a relationship with a link to the other person.
func relationItem(c *corpus.Corpus, r relationRow) app.UI {
	who := app.A().Href(site.Href(personPath(r.Other.Slug))).Text(r.Other.Character)
	actor := app.Span().Class("muted").Text(" (" + r.Other.Name + ")")
	var body []app.UI
	switch {
	case r.Phrase == "romance":
		body = []app.UI{app.Strong().Text("Romance"), app.Text(" with "), who, actor}
	case r.Out:
		body = []app.UI{app.Strong().Text(r.Phrase), app.Text(": "), who, actor}
	default:
		body = []app.UI{who, actor, app.Text(" is "), app.Strong().Text(r.Phrase)}
	}
	body = append(body, app.Text(" "), refChips(c, r.Refs))
	return app.Li().Body(body...)
}

// quoteJoin quotes names and joins them: “Ingrid”, “Z” and “Zi-Xin”.
func quoteJoin(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = "“" + s + "”"
	}
	return joinAnd(q)
}
