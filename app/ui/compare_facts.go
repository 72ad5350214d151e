package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/compare"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// factsView is /facts: the claims matrix, every fact as a row and the
// articles as columns. ?status=conflict|agree|single filters the rows.
type factsView struct{ C *corpus.Corpus }

// factFilters are the matrix's filters with their link labels, in order.
var factFilters = []navItem{
	{"", "All"},
	{string(compare.Conflict), "Conflicts"},
	{string(compare.Agree), "Agreements"},
	{string(compare.Single), "One article only"},
}

func (v factsView) meta(*url.URL) meta {
	return meta{title: "Claims matrix", description: "Every fact the five Partner Track articles state — numbers, dates, " +
		"names, the show's status and quotations — with each article's words, and where they agree and conflict."}
}

// factFilter returns the status asked for in the URL, and a complaint
// when it is not one.
func factFilter(u *url.URL) (status, complaint string) {
	if u == nil {
		return "", ""
	}
	q := u.Query().Get("status")
	for _, f := range factFilters {
		if q == f.path {
			return q, ""
		}
	}
	return "", "There is no filter “" + q + "”; showing every fact."
}

// factCounts counts the facts by status, and the misquotes.
type factCounts struct{ all, conflict, agree, single, misquote, unquoted int }

func countFacts(fs []compare.Fact) factCounts {
	var n factCounts
	for _, f := range fs {
		n.all++
		switch f.Status {
		case compare.Conflict:
			n.conflict++
		case compare.Agree:
			n.agree++
		case compare.Single:
			n.single++
		}
		if f.Misquote {
			n.misquote++
		}
		for _, val := range f.Values {
			if val.Unquoted {
				n.unquoted++
				break
			}
		}
	}
	return n
}

func (v factsView) render(u *url.URL) app.UI {
	status, complaint := factFilter(u)
	fs := compared(v.C).Facts
	n := countFacts(fs)
	var shown []compare.Fact
	for _, f := range fs {
		if status == "" || string(f.Status) == status {
			shown = append(shown, f)
		}
	}
	return app.Div().Class("claims").Body(
		app.P().Class("crumbs").Body(app.Elem("a").Attr("href", site.Href("/compare")).Text("Compare"), app.Text(" › Claims matrix")),
		app.H1().Text("Claims matrix"),
		app.P().Class("lede").Text("Every fact the articles state, one row each, with every article’s words and the sentence they come from. "+
			"Values that differ only in precision agree; quotations are compared word for word, and a misquote is a conflict."),
		app.P().Class("fact-counts").Body(
			app.Elem("strong").Text(plural(n.all, "fact", "facts")+": "),
			app.Elem("span").Class("st st-conflict").Text(plural(n.conflict, "conflict", "conflicts")),
			app.Text(" (including "+plural(n.misquote, "misquote", "misquotes")+" and "+plural(n.unquoted, "quotation", "quotations")+" used without quotation marks), "),
			app.Elem("span").Class("st st-agree").Text(itoa(n.agree)+" agreed"),
			app.Text(", "),
			app.Elem("span").Class("st st-single").Text(itoa(n.single)+" stated by one article only"),
			app.Text("."),
		),
		app.Elem("nav").Class("tabs").Aria("label", "Filter").Body(
			app.Range(factFilters).Slice(func(i int) app.UI {
				f := factFilters[i]
				href := "/facts"
				if f.path != "" {
					href += "?status=" + f.path
				}
				l := app.Elem("a").Attr("href", site.Href(href)).Text(f.label)
				if f.path == status {
					l = l.Aria("current", "page")
				}
				return l
			}),
		),
		app.If(complaint != "", app.P().Class("status status-conflict").Attr("role", "status").Text(complaint)),
		app.Div().Class("matrix-wrap").Body(app.Raw(v.tableHTML(shown))),
		app.P().Class("muted").Body(
			app.Text("Download: "),
			app.Elem("a").Attr("href", site.Href("/data/comparison.json")).Attr("download", "comparison.json").Text("comparison.json"),
			app.Text(" · "),
			app.Elem("a").Attr("href", site.Href("/data/facts.csv")).Attr("download", "facts.csv").Text("facts.csv"),
		),
	)
}

// tableHTML is the matrix, written as HTML in one string that the browser
// parses in one call: made element by element, its few thousand cells,
// links and chips were the largest part of the page's start-up. Every text
// is escaped; links are the site's own, so go-app's click handler still
// handles them.
func (v factsView) tableHTML(fs []compare.Fact) string {
	var b strings.Builder
	b.Grow(2100 * (len(fs) + 1)) // the matrix takes about 2 KB a fact
	b.WriteString(`<table class="claims-matrix"><caption>` + esc(plural(len(fs), "fact", "facts")+" by article") + `</caption>`)
	b.WriteString(`<thead><tr><th scope="col">Fact</th>`)
	for _, a := range v.C.Articles {
		b.WriteString(`<th scope="col" title="` + esc(attrSafe(a.Title)) + `"><a href="` + esc(site.ArticleURL(a.ID)) + `">` + esc(v.C.Label(a.ID)) + `</a></th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for i, f := range fs {
		if i == 0 || fs[i-1].Section != f.Section {
			b.WriteString(`<tr class="section"><th colspan="` + itoa(len(v.C.Articles)+1) + `" scope="colgroup">` + esc(f.Section) + `</th></tr>`)
		}
		v.writeRow(&b, f)
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// writeRow writes one fact: its label and status, then each article's
// values.
func (v factsView) writeRow(b *strings.Builder, f compare.Fact) {
	badge := string(f.Status)
	if f.Misquote {
		badge = "misquote"
	}
	st := esc(string(f.Status))
	b.WriteString(`<tr id="` + esc(f.Key) + `" class="fact-row is-` + st + `"><th scope="row">`)
	b.WriteString(`<a class="fact-label" href="#` + esc(f.Key) + `">` + esc(f.Label) + `</a>`)
	b.WriteString(`<span class="st st-` + st + `">` + esc(badge) + `</span>`)
	b.WriteString(`<p class="why">` + esc(f.Why) + `</p>`)
	if f.DateNote != "" {
		b.WriteString(`<p class="date-note">` + esc(f.DateNote) + `</p>`)
	}
	b.WriteString(`</th>`)
	for _, a := range v.C.Articles {
		v.writeCell(b, f, a.ID)
	}
	b.WriteString(`</tr>`)
}

// writeCell writes an article's values for a fact: each distinct value
// once, with a link to every sentence that states it and one to the
// aligned passages.
func (v factsView) writeCell(b *strings.Builder, f compare.Fact, id string) {
	label := esc(v.C.Label(id))
	vals := f.Of(id)
	if len(vals) == 0 {
		b.WriteString(`<td class="empty" data-label="` + label + `"><span class="muted" aria-label="` + label + `: not stated">·</span></td>`)
		return
	}
	type group struct {
		v   compare.Value
		all []compare.Value
	}
	var groups []group
	index := map[string]int{}
	for _, val := range vals {
		k := val.Text + "|" + boolStr(val.Unquoted)
		if i, ok := index[k]; ok {
			groups[i].all = append(groups[i].all, val)
			continue
		}
		index[k] = len(groups)
		groups = append(groups, group{val, []compare.Value{val}})
	}
	other := v.partner(f, id)
	b.WriteString(`<td data-label="` + label + `">`)
	for _, g := range groups {
		b.WriteString(`<div class="val">`)
		if len(g.v.Diff) == 0 {
			b.WriteString(`<strong class="v">` + esc(g.v.Text) + `</strong>`)
		} else {
			writeMarked(b, "q", "", "v", g.v.Diff)
		}
		if g.v.Speaker != "" {
			b.WriteString(`<span class="speaker"> — ` + esc(g.v.Speaker) + `</span>`)
		}
		if g.v.Unquoted {
			b.WriteString(`<span class="unquoted"> (no quotation marks)</span>`)
		}
		b.WriteString(`<span class="chips">`)
		for _, val := range g.all {
			writeChip(b, v.C, id, val.SentenceID, val.Sentence, val.SentenceID)
		}
		if other != "" {
			ol := esc(v.C.Label(other))
			b.WriteString(`<a class="aligned-link" href="` + esc(site.Href(comparePath(id, other)+"#a-"+g.v.SentenceID)) +
				`" title="See this passage beside ` + ol + `">⇄ ` + ol + `</a>`)
		}
		b.WriteString(`</span></div>`)
	}
	b.WriteString(`</td>`)
}

// partner picks the article to set beside id for a fact's row: one that
// states another value when there is one, else another that states it,
// else the article most like id.
func (v factsView) partner(f compare.Fact, id string) string {
	mine := map[string]bool{}
	for _, val := range f.Of(id) {
		mine[val.Norm+boolStr(val.Unquoted)] = true
	}
	fallback := ""
	for _, other := range f.Articles() {
		if other == id {
			continue
		}
		for _, val := range f.Of(other) {
			if !mine[val.Norm+boolStr(val.Unquoted)] {
				return other
			}
		}
		if fallback == "" {
			fallback = other
		}
	}
	if fallback != "" {
		return fallback
	}
	c, _ := compared(v.C).Closest(id)
	return c
}
