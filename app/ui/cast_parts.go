package ui

import (
	"hash/fnv"
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
	return app.Span().Class("chips").Body(
		app.Range(uniq).Slice(func(i int) app.UI { return refChip(c, uniq[i]) }),
	)
}

// marked renders a sentence with spans marked.
func marked(sentence string, spans [][2]int) []app.UI {
	var out []app.UI
	at := 0
	for _, sp := range spans {
		if sp[0] < at {
			continue
		}
		out = append(out, app.Text(sentence[at:sp[0]]), app.Mark().Text(sentence[sp[0]:sp[1]]))
		at = sp[1]
	}
	return append(out, app.Text(sentence[at:]))
}

// refQuote is the sentence of a ref with its words marked, and its chip.
func refQuote(c *corpus.Corpus, r cast.Ref) app.UI {
	return app.Li().Class("quote").Body(
		app.Q().Body(marked(r.Sentence, [][2]int{{r.Start, r.End}})...),
		app.Text(" "),
		refChip(c, r),
	)
}

// avatarColors is the number of avatar colour classes in the stylesheet.
const avatarColors = 6

// avatar is a generated initials avatar: there are no photos.
func avatar(name, size string) app.UI {
	return app.Span().Class(avatarClass(name, size)).Aria("hidden", "true").Text(cast.Initials(name))
}

// avatarClass is the classes of a name's avatar: its size and a colour
// picked by a hash of the name.
func avatarClass(name, size string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	return "avatar avatar-" + size + " avatar-c" + itoa(int(h.Sum32()%avatarColors))
}

// roleBadge shows a person's role; "main or recurring" is shown as a
// disagreement.
func roleBadge(p *cast.Person) app.UI {
	class, label := roleBadgeOf(p)
	return app.Span().Class(class).Text(label)
}

// roleBadgeOf is the classes and the text of a person's role badge.
func roleBadgeOf(p *cast.Person) (class, label string) {
	label = roleLabel(p)
	class = "role role-" + strings.ReplaceAll(label, " ", "-")
	if len(p.Roles()) > 1 {
		class += " role-disputed"
	}
	return class, label
}

// castTabNav is the tab bar between the cast list and the crew page.
func castTabNav(current string) app.UI {
	return app.Nav().Class("tabs").Aria("label", "Cast and crew").Body(
		app.Range(castTabs).Slice(func(i int) app.UI {
			t := castTabs[i]
			a := app.A().Href(site.Href(t.path)).Text(t.label)
			if t.path == current {
				a = a.Aria("current", "page")
			}
			return a
		}),
	)
}

// disagreementBox shows one disagreement: the values, who says which, and
// why it counts.
func disagreementBox(c *corpus.Corpus, d cast.Disagreement) app.UI {
	status := "status-compatible"
	kind := "Different wording"
	if d.Conflict {
		status, kind = "status-conflict", "Articles disagree"
	}
	return app.Div().Class("disagreement "+status).Body(
		app.H3().Body(app.Span().Class("kind").Text(kind+": "), app.Text(d.Topic)),
		app.Ul().Class("values").Body(
			app.Range(d.Values).Slice(func(i int) app.UI {
				v := d.Values[i]
				return app.Li().Body(
					app.Strong().Text(v.Text),
					app.Text(" — "+sayers(c, v.Articles())),
					refChips(c, v.Refs),
				)
			}),
		),
		app.P().Class("why").Text(d.Why),
	)
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
