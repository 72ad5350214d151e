package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/cast"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// refChip is the chip of a ref.
func refChip(c *corpus.Corpus, r cast.Ref) app.UI {
	return chip(c, r.ArticleID, r.SentenceID, r.Sentence)
}

// refChips are the chips of refs, one per article.
func refChips(c *corpus.Corpus, refs []cast.Ref) app.UI {
	uniq := firstBy(refs, func(r cast.Ref) string { return r.ArticleID })
	return app.Elem("span").Class("chips").Body(
		app.Range(uniq).Slice(func(i int) app.UI { return refChip(c, uniq[i]) }),
	)
}

// writeRefChip writes the chip of a ref.
func writeRefChip(b *strings.Builder, c *corpus.Corpus, r cast.Ref) {
	writeChip(b, c, r.ArticleID, r.SentenceID, r.Sentence, c.Label(r.ArticleID))
}

// writeRefChips writes the chips of refs, one per article.
func writeRefChips(b *strings.Builder, c *corpus.Corpus, refs []cast.Ref) {
	b.WriteString(`<span class="chips">`)
	for _, r := range firstBy(refs, func(r cast.Ref) string { return r.ArticleID }) {
		writeRefChip(b, c, r)
	}
	b.WriteString(`</span>`)
}

// avatarColors is the number of avatar colour classes in the stylesheet.
const avatarColors = 6

// avatar is a generated initials avatar: there are no photos. It is
// hidden from screen readers, which read the name next to it. Written as
// HTML: go-app prerenders an attribute whose value is "true" as an empty
// one, and aria-hidden="" hides nothing.
func avatar(name, size string) app.UI {
	var b strings.Builder
	writeAvatar(&b, name, size)
	return app.Raw(b.String())
}

// writeAvatar writes avatar's span.
func writeAvatar(b *strings.Builder, name, size string) {
	b.WriteString(`<span class="` + avatarClass(name, size) + `" aria-hidden="true">` + esc(cast.Initials(name)) + `</span>`)
}

// avatarClass is the classes of a name's avatar: its size and a colour
// picked by a hash of the name.
func avatarClass(name, size string) string {
	// FNV-1a (hash/fnv's New32a), written out: the package's hash.Hash
	// interface is code the wasm needs for nothing else.
	h := uint32(2166136261)
	for i := 0; i < len(name); i++ {
		h ^= uint32(name[i])
		h *= 16777619
	}
	return "avatar avatar-" + size + " avatar-c" + itoa(int(h%avatarColors))
}

// writeRoleBadge writes a person's role; "main or recurring" is shown as
// a disagreement.
func writeRoleBadge(b *strings.Builder, p *cast.Person) {
	label := roleLabel(p)
	class := "role role-" + strings.ReplaceAll(label, " ", "-")
	if len(p.Roles()) > 1 {
		class += " role-disputed"
	}
	b.WriteString(`<span class="` + esc(class) + `">` + esc(label) + `</span>`)
}

// castTabNav is the tab bar between the cast list and the crew page.
func castTabNav(current string) app.UI {
	return app.Elem("nav").Class("tabs").Aria("label", "Cast and crew").Body(
		app.Range(castTabs).Slice(func(i int) app.UI {
			t := castTabs[i]
			a := app.Elem("a").Attr("href", site.Href(t.path)).Text(t.label)
			if t.path == current {
				a = a.Aria("current", "page")
			}
			return a
		}),
	)
}

// writeDisagreement writes one disagreement: the values, who says which,
// and why it counts.
func writeDisagreement(b *strings.Builder, c *corpus.Corpus, d cast.Disagreement) {
	status := "status-compatible"
	kind := "Different wording"
	if d.Conflict {
		status, kind = "status-conflict", "Articles disagree"
	}
	b.WriteString(`<div class="disagreement ` + status + `"><h3><span class="kind">` + kind + `: </span>` + esc(d.Topic) + `</h3><ul class="values">`)
	for _, v := range d.Values {
		b.WriteString(`<li><strong>` + esc(v.Text) + `</strong>` + esc(" — "+sayers(c, v.Articles())))
		writeRefChips(b, c, v.Refs)
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul><p class="why">` + esc(d.Why) + `</p></div>`)
}

// sayers names the articles saying something: "A2 says", "A2 and A4 say".
func sayers(c *corpus.Corpus, ids []string) string {
	labels := make([]string, len(ids))
	for i, id := range ids {
		labels[i] = c.Label(id)
	}
	switch len(labels) {
	case 0:
		return ""
	case 1:
		return labels[0] + " says"
	}
	return strings.Join(labels[:len(labels)-1], ", ") + " and " + labels[len(labels)-1] + " say"
}
