package ui

import (
	"net/url"
	"strings"

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

// render writes the page as one HTML string that the browser parses in
// one call: it is the largest page of the cast, and made element by
// element it was the largest render function of the wasm. Every text is
// escaped; the links are the site's own.
func (v personView) renderPage() app.UI {
	c, p := v.C, v.P
	var charDescs, actorDescs []cast.Description
	for _, d := range p.Descriptions {
		if d.OfActor {
			actorDescs = append(actorDescs, d)
		} else {
			charDescs = append(charDescs, d)
		}
	}
	var b strings.Builder
	b.Grow(16 << 10)
	b.WriteString(`<article class="person"><p class="crumbs"><a href="` + esc(site.Href(castPath)) + `">Cast</a>` + esc(" › "+p.Name) + `</p>`)
	b.WriteString(`<div class="person-head">`)
	writeAvatar(&b, p.Name, "l")
	b.WriteString(`<div><h1>` + esc(p.Name) + `</h1><p class="person-as">`)
	if p.Character != "" {
		b.WriteString(`<span>as <strong class="char">` + esc(p.Character) + `</strong></span>`)
	} else {
		b.WriteString(`<span class="muted">No article names a character</span>`)
	}
	b.WriteString(` `)
	writeRoleBadge(&b, p)
	b.WriteString(`</p>`)
	if len(p.Aliases) > 0 {
		b.WriteString(`<p class="muted aliases">` + esc("Also called "+quoteJoin(p.Aliases)+" in the articles.") + `</p>`)
	}
	b.WriteString(`</div></div>`)
	if len(p.Disagreements) > 0 {
		openSection(&b, "disagreements", "Where the articles disagree")
		for _, d := range p.Disagreements {
			writeDisagreement(&b, c, d)
		}
		b.WriteString(`</section>`)
	}
	openSection(&b, "listed", "Who lists "+p.Name)
	b.WriteString(`<ul class="listings">`)
	for _, l := range p.Listings {
		writeListing(&b, c, l)
	}
	b.WriteString(`</ul></section>`)
	openSection(&b, "descriptions", "What each article says")
	writeDescriptionColumns(&b, c, charDescs)
	if len(charDescs) == 0 {
		b.WriteString(`<p class="muted">No article describes the character.</p>`)
	}
	if len(actorDescs) > 0 {
		b.WriteString(`<div><h3>About the actor</h3><ul class="quotes">`)
		for _, d := range actorDescs {
			writeQuote(&b, c, "", d.ArticleID, d.SentenceID, d.Sentence, [][2]int{{d.Start, d.End}})
		}
		b.WriteString(`</ul></div>`)
	}
	b.WriteString(`</section>`)
	rels := relationRows(c.Cast(), p)
	openSection(&b, "relationships", "Relationships")
	if len(rels) == 0 {
		b.WriteString(`<p class="muted">No article states a relationship of this character.</p>`)
	}
	b.WriteString(`<ul class="relations">`)
	for _, r := range rels {
		writeRelation(&b, c, r)
	}
	b.WriteString(`</ul></section>`)
	openSection(&b, "mentions", "Other mentions")
	if len(p.Mentions) == 0 {
		b.WriteString(`<p class="muted">No other sentence names the actor or the character.</p>`)
	} else {
		b.WriteString(`<p class="muted">` + plural(len(p.Mentions), "sentence", "sentences") +
			` outside the listings and descriptions name the actor or the character.</p>`)
	}
	b.WriteString(`<ul class="quotes mentions">`)
	for _, m := range p.Mentions {
		writeQuote(&b, c, m.Kind, m.ArticleID, m.SentenceID, m.Sentence, m.Spans)
	}
	b.WriteString(`</ul></section></article>`)
	return app.Raw(b.String())
}

// writeListing writes one article listing the person.
func writeListing(b *strings.Builder, c *corpus.Corpus, l cast.Listing) {
	b.WriteString(`<li>`)
	writeRefChip(b, c, l.Ref)
	role := l.Role.String()
	b.WriteString(` <span class="role role-` + esc(role) + `">` + esc(role) + `</span> `)
	if l.InList {
		b.WriteString(`<span>` + esc("line "+itoa(l.Position)+" of the "+l.List+" ") + `<span class="muted">` + esc("("+l.Basis+")") + `</span></span>`)
	} else {
		b.WriteString(`<span>` + esc("“…"+l.Basis+"…”") + `</span>`)
	}
	if l.Character != "" {
		b.WriteString(`<span> — as <strong>` + esc(l.Character) + `</strong></span>`)
	}
	b.WriteString(`</li>`)
}

// writeDescriptionColumns writes each article's descriptions side by side.
func writeDescriptionColumns(b *strings.Builder, c *corpus.Corpus, ds []cast.Description) {
	var ids []string
	by := map[string][]cast.Description{}
	for _, d := range ds {
		if _, ok := by[d.ArticleID]; !ok {
			ids = append(ids, d.ArticleID)
		}
		by[d.ArticleID] = append(by[d.ArticleID], d)
	}
	if len(ids) == 0 {
		return
	}
	b.WriteString(`<div class="desc-cols">`)
	for _, id := range ids {
		a, _ := c.Article(id)
		b.WriteString(`<div class="desc-col"><h3><span class="label">` + esc(c.Label(id)) + `</span><a href="` +
			esc(site.ArticleURL(id)) + `">` + esc(a.Title) + `</a></h3><ul class="quotes">`)
		for _, d := range by[id] {
			b.WriteString(`<li>` + esc(d.Text()+" "))
			writeRefChip(b, c, d.Ref)
			b.WriteString(`</li>`)
		}
		b.WriteString(`</ul></div>`)
	}
	b.WriteString(`</div>`)
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

// writeRelation writes a relationship with a link to the other person.
func writeRelation(b *strings.Builder, c *corpus.Corpus, r relationRow) {
	who := `<a href="` + esc(site.Href(personPath(r.Other.Slug))) + `">` + esc(r.Other.Character) + `</a>` +
		`<span class="muted">` + esc(" ("+r.Other.Name+")") + `</span>`
	b.WriteString(`<li>`)
	switch {
	case r.Phrase == "romance":
		b.WriteString(`<strong>Romance</strong> with ` + who)
	case r.Out:
		b.WriteString(`<strong>` + esc(r.Phrase) + `</strong>: ` + who)
	default:
		b.WriteString(who + ` is <strong>` + esc(r.Phrase) + `</strong>`)
	}
	b.WriteString(` `)
	writeRefChips(b, c, r.Refs)
	b.WriteString(`</li>`)
}

// quoteJoin quotes names and joins them: “Ingrid”, “Z” and “Zi-Xin”.
func quoteJoin(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = "“" + s + "”"
	}
	return joinAnd(q)
}
