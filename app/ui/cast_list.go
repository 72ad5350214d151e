package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/cast"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// castListView is /cast: every actor the articles name, filterable.
type castListView struct{ C *corpus.Corpus }

func (v castListView) meta(*url.URL) meta {
	return meta{
		title: "Cast",
		description: "Every actor the five Partner Track articles name: the character, main or recurring, " +
			"what each article says, with a link to every sentence.",
	}
}

// castQuery reads the list state from the URL.
func castQuery(u *url.URL) (cast.Query, []string) {
	if u == nil {
		return cast.Query{}, nil
	}
	return cast.ParseQuery(u.Query())
}

func (v castListView) render(u *url.URL) app.UI {
	q, complaints := castQuery(u)
	cs := v.C.Cast()
	characters := 0
	for _, p := range cs.People {
		if p.Character != "" {
			characters++
		}
	}
	return app.Div().Class("cast").Body(
		app.H1().Text("Cast"),
		app.P().Class("lede").Text("Every actor any of the five articles names, the character they play, "+
			"main or recurring, and what each article says about them. Each chip (A1–A5) links to the sentence."),
		castTabNav(castPath),
		app.P().Class("cast-summary").Text(plural(len(cs.People), "person", "people")+" · "+
			plural(characters, "character played", "characters played")+" · "+
			plural(len(cs.Unknown), "character no cast list knows", "characters no cast list knows")+" · "+
			plural(cs.Disagreements(), "disagreement", "disagreements")),
		app.Range(complaints).Slice(func(i int) app.UI {
			return app.P().Class("status status-conflict").Attr("role", "status").Text(complaints[i])
		}),
		&castBrowser{C: v.C, Query: q},
		unknownSection(v.C),
	)
}

// castBrowser is the filter form and the list. Query is the input, read
// from the URL by the view; q is the state shown, which typing changes (and
// the URL with it, replaced in place). A new input (a navigation) resets it.
type castBrowser struct {
	app.Compo
	C     *corpus.Corpus
	Query cast.Query

	q    cast.Query
	from *cast.Query // the input q was last set from
	// inputs counts the inputs q was set from: the list is drawn for the
	// input, and a new one (a navigation) must draw it again, even when
	// it shows the same people as the last (see castCards).
	inputs int
	// list is the list drawn for input number listFor, and people the
	// matches of q when it was peopleFor: made once, not at every render
	// of a keystroke.
	list       app.UI
	listFor    int
	people     []*cast.Person
	peopleFor  cast.Query
	peopleMade bool
}

// matches returns the people q matches, made once per q.
func (b *castBrowser) matches(q cast.Query) []*cast.Person {
	if !b.peopleMade || b.peopleFor != q {
		b.people, b.peopleFor, b.peopleMade = b.C.Cast().Filter(q), q, true
	}
	return b.people
}

// state returns the query to show: the input when it is new, else what the
// visitor typed since.
func (b *castBrowser) state() cast.Query {
	if b.from == nil || *b.from != b.Query {
		b.set(b.Query)
	}
	return b.q
}

// set shows the list for a new input.
func (b *castBrowser) set(in cast.Query) {
	b.from, b.q = &in, in
	b.inputs++
}

// OnNav picks up the query of the address navigated to when it is not what
// the list shows, also when it equals the Query the list already had: the
// header's Cast link followed after typing (typing replaces the address
// without a navigation, so the view's input has not changed), as the
// search panel does.
func (b *castBrowser) OnNav(ctx app.Context) {
	if q, _ := castQuery(ctx.Page().URL()); b.from == nil || q != b.q {
		b.set(q)
	}
}

// castRoles are the role filters with their labels.
var castRoles = []struct {
	role  cast.Role
	label string
}{{cast.Unstated, "All"}, {cast.Main, "Main"}, {cast.Recurring, "Recurring"}}

// castSorts are the orders with their labels.
var castSorts = []navItem{{cast.ByBilling, "Billing order"}, {cast.ByName, "Name"}}

// castHref is the address of the list in a state.
func castHref(q cast.Query) string {
	if e := q.Encode(); e != "" {
		return site.Href(castPath) + "?" + e
	}
	return site.Href(castPath)
}

func (b *castBrowser) Render() app.UI {
	q := b.state()
	// Every card is drawn, in order, and those the input query does not
	// match are hidden. Typing only changes q.Q: the list stays as drawn,
	// and onInput sets and removes the cards' hidden attributes itself,
	// where redrawing the matches rewrote most cards on every key.
	people := b.matches(q)
	if b.list == nil || b.listFor != b.inputs {
		// A new input: state has just set q to it, so people are its matches.
		everyone := b.C.Cast().Ordered(q.Sort)
		b.list, b.listFor = castCards(b.C, b.inputs, everyone, shownBy(people)), b.inputs
	}
	return app.Div().Class("cast-browser").Body(
		app.Elem("form").Class("cast-filters").Attr("role", "search").Aria("label", "Filter the cast").Attr("method", "get").Attr("action", site.Href(castPath)).
			OnSubmit(b.onSubmit).Body(
			app.Elem("label").Attr("for", "cast-q").Text("Search actors and characters"),
			app.Div().Class("cast-search").Body(
				app.ElemSelfClosing("input").Attr("type", "search").ID("cast-q").Attr("name", "q").Attr("value", q.Q).
					Attr("placeholder", "e.g. Yun, Z, Arden").Attr("autocomplete", "off").
					OnInput(b.onInput),
				app.If(q.Role != cast.Unstated, app.ElemSelfClosing("input").Attr("type", "hidden").Attr("name", "role").Attr("value", q.Role.String())),
				app.If(q.Sort == cast.ByName, app.ElemSelfClosing("input").Attr("type", "hidden").Attr("name", "sort").Attr("value", cast.ByName)),
				app.Elem("button").Attr("type", "submit").Class("cast-go").Text("Search"),
			),
			app.Div().Class("cast-toggles").Body(
				app.Div().Class("seg").Aria("label", "Role").Attr("role", "group").Body(
					app.Elem("span").Class("seg-label").Text("Role"),
					app.Range(castRoles).Slice(func(i int) app.UI {
						r := castRoles[i]
						s := q
						s.Role = r.role
						a := app.Elem("a").Class("seg-role").Attr("href", castHref(s)).Text(r.label)
						if q.Role == r.role {
							a = a.Aria("current", "page")
						}
						return a
					}),
				),
				app.Div().Class("seg").Aria("label", "Order").Attr("role", "group").Body(
					app.Elem("span").Class("seg-label").Text("Order"),
					app.Range(castSorts).Slice(func(i int) app.UI {
						o := castSorts[i]
						s := q
						s.Sort = o.path
						if o.path == cast.ByBilling {
							s.Sort = ""
						}
						a := app.Elem("a").Class("seg-sort").Attr("href", castHref(s)).Text(o.label)
						if s.Sort == q.Sort {
							a = a.Aria("current", "page")
						}
						return a
					}),
				),
			),
		),
		// The cards' names are h3: this heading keeps the outline in order.
		app.Elem("h2").Class("visually-hidden").Text("People"),
		app.P().Class("cast-count").Attr("role", "status").Aria("live", "polite").
			Text("Showing "+itoa(len(people))+" of "+plural(len(b.C.Cast().People), "person", "people")+"."),
		app.If(len(people) == 0, app.P().Class("empty").Body(
			app.Text("No actor or character matches. "),
			app.Elem("a").Attr("href", castHref(cast.Query{})).Text("Show the whole cast"),
			app.Text("."),
		)),
		b.list,
	)
}

// onInput filters as the visitor types and keeps the URL in step.
func (b *castBrowser) onInput(ctx app.Context, e app.Event) {
	b.state()
	b.q.Q = ctx.JSSrc().Get("value").String()
	shown := shownBy(b.matches(b.q))
	doc := app.Window().Get("document")
	for _, p := range b.C.Cast().People {
		if li := doc.Call("getElementById", "p-"+p.Slug); li.Truthy() {
			li.Set("hidden", !shown[p])
		}
	}
	u := *ctx.Page().URL()
	u.RawQuery = b.q.Encode()
	ctx.Page().ReplaceURL(&u)
	updateOnly(ctx)
}

// shownBy returns people as a set.
func shownBy(people []*cast.Person) map[*cast.Person]bool {
	shown := make(map[*cast.Person]bool, len(people))
	for _, p := range people {
		shown[p] = true
	}
	return shown
}

// onSubmit keeps the page: the list already shows the search.
func (b *castBrowser) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
}

// castCards is the list of every person in everyone's order, those shown
// does not hold hidden, written as HTML in one string that the browser
// parses in one call: made element by element, the 21 cards (about 400
// elements) were most of the page's start and of every keystroke's diff.
// Every text is escaped; the links are the site's own. The list carries
// the count of inputs it was drawn for (data-input): go-app replaces the
// list only when its HTML changes, and the cards' hidden attributes are
// the browser's to change between inputs (castBrowser.onInput), so a new
// input must change the HTML.
func castCards(c *corpus.Corpus, input int, everyone []*cast.Person, shown map[*cast.Person]bool) app.UI {
	var b strings.Builder
	b.Grow(1200 * len(everyone))
	b.WriteString(`<ul class="cast-list" data-input="` + itoa(input) + `">`)
	for _, p := range everyone {
		writeCastCard(&b, c, p, !shown[p])
	}
	b.WriteString(`</ul>`)
	return app.Raw(b.String())
}

// writeCastCard writes one person of the list: avatar, name, character,
// role, the articles listing them and each article's first description
// of the character.
func writeCastCard(b *strings.Builder, c *corpus.Corpus, p *cast.Person, hidden bool) {
	var ofCharacter []cast.Description
	for _, d := range p.Descriptions {
		if !d.OfActor {
			ofCharacter = append(ofCharacter, d)
		}
	}
	descs := firstBy(ofCharacter, func(d cast.Description) string { return d.ArticleID })
	listed := firstBy(p.Listings, func(l cast.Listing) string { return l.ArticleID })
	b.WriteString(`<li class="cast-card" id="p-` + esc(p.Slug) + `"`)
	if hidden {
		b.WriteString(` hidden`)
	}
	b.WriteString(`>`)
	writeAvatar(b, p.Name, "m")
	b.WriteString(`<div class="cast-body"><h3 class="cast-name"><a href="` + esc(site.Href(personPath(p.Slug))) + `">` + esc(p.Name) + `</a></h3><p class="cast-as">`)
	if p.Character != "" {
		b.WriteString(`<span>as <strong class="char">` + esc(p.Character) + `</strong></span>`)
	} else {
		b.WriteString(`<span class="muted">no character named</span>`)
	}
	b.WriteString(` `)
	writeRoleBadge(b, p)
	b.WriteString(`</p><p class="cast-listed"><span class="muted">Listed by </span>`)
	for _, l := range listed {
		writeRefChip(b, c, l.Ref)
	}
	b.WriteString(`</p>`)
	if len(descs) > 0 {
		b.WriteString(`<ul class="cast-descs">`)
		for _, d := range descs {
			b.WriteString(`<li>`)
			writeRefChip(b, c, d.Ref)
			b.WriteString(esc(" "+d.Text()) + `</li>`)
		}
		b.WriteString(`</ul>`)
	}
	b.WriteString(`</div></li>`)
}

// unknownSection lists the characters one article names that no cast list
// knows.
func unknownSection(c *corpus.Corpus) app.UI {
	us := c.Cast().Unknown
	if len(us) == 0 {
		return nil
	}
	return section("unknown", "Characters no cast list knows",
		app.P().Text("Named in an article’s plot paragraphs, but in no cast list and by no other article: "+
			"who plays them, if anyone, the articles do not say."),
		app.Elem("ul").Class("unknown-list").Body(
			app.Range(us).Slice(func(i int) app.UI {
				u := us[i]
				var labels []string
				for _, r := range firstBy(u.Refs, func(r cast.Ref) string { return r.ArticleID }) {
					labels = append(labels, c.Label(r.ArticleID))
				}
				return app.Elem("li").Body(
					app.Elem("strong").Text(u.Name),
					app.Elem("span").Class("muted").Text(namedIn(labels)),
					refChips(c, u.Refs),
				)
			}),
		),
	)
}

// joinAnd joins "A1", "A2", "A3" as "A1, A2 and A3".
func joinAnd(ss []string) string {
	switch len(ss) {
	case 0:
		return ""
	case 1:
		return ss[0]
	}
	out := ss[0]
	for _, s := range ss[1 : len(ss)-1] {
		out += ", " + s
	}
	return out + " and " + ss[len(ss)-1]
}

// namedIn says where an unknown character is named: " named only in A4 ".
func namedIn(labels []string) string {
	if len(labels) == 1 {
		return " named only in " + labels[0] + " "
	}
	return " named in " + joinAnd(labels) + " "
}
