package ui

import (
	"net/url"

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
		app.P().Class("crumbs").Body(app.A().Href(site.Href("/compare")).Text("Compare"), app.Text(" › Claims matrix")),
		app.H1().Text("Claims matrix"),
		app.P().Class("lede").Text("Every fact the articles state, one row each, with every article’s words and the sentence they come from. "+
			"Values that differ only in precision agree; quotations are compared word for word, and a misquote is a conflict."),
		app.P().Class("fact-counts").Body(
			app.Strong().Text(plural(n.all, "fact", "facts")+": "),
			app.Span().Class("st st-conflict").Text(plural(n.conflict, "conflict", "conflicts")),
			app.Text(" (including "+plural(n.misquote, "misquote", "misquotes")+" and "+plural(n.unquoted, "quotation", "quotations")+" used without quotation marks), "),
			app.Span().Class("st st-agree").Text(itoa(n.agree)+" agreed"),
			app.Text(", "),
			app.Span().Class("st st-single").Text(itoa(n.single)+" stated by one article only"),
			app.Text("."),
		),
		app.Nav().Class("tabs").Aria("label", "Filter").Body(
			app.Range(factFilters).Slice(func(i int) app.UI {
				f := factFilters[i]
				href := "/facts"
				if f.path != "" {
					href += "?status=" + f.path
				}
				l := app.A().Href(site.Href(href)).Text(f.label)
				if f.path == status {
					l = l.Aria("current", "page")
				}
				return l
			}),
		),
		app.If(complaint != "", app.P().Class("status status-conflict").Attr("role", "status").Text(complaint)),
		app.Div().Class("matrix-wrap").Body(
			app.Table().Class("claims-matrix").Body(
				app.Caption().Text(plural(len(shown), "fact", "facts")+" by article"),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Fact"),
					app.Range(v.C.Articles).Slice(func(j int) app.UI {
						a := v.C.Articles[j]
						return app.Th().Scope("col").Title(attrSafe(a.Title)).Body(
							app.A().Href(site.ArticleURL(a.ID)).Text(v.C.Label(a.ID)),
						)
					}),
				)),
				app.TBody().Body(v.rows(shown)...),
			),
		),
		app.P().Class("muted").Body(
			app.Text("Download: "),
			app.A().Href(site.Href("/data/comparison.json")).Attr("download", "comparison.json").Text("comparison.json"),
			app.Text(" · "),
			app.A().Href(site.Href("/data/facts.csv")).Attr("download", "facts.csv").Text("facts.csv"),
		),
	)
}

// rows renders the facts, with a heading row before each section.
func (v factsView) rows(fs []compare.Fact) []app.UI {
	var out []app.UI
	for i, f := range fs {
		if i == 0 || fs[i-1].Section != f.Section {
			out = append(out, app.Tr().Class("section").Body(
				app.Th().ColSpan(len(v.C.Articles)+1).Scope("colgroup").Text(f.Section)))
		}
		out = append(out, v.row(f))
	}
	return out
}

// row renders one fact: its label and status, then each article's values.
func (v factsView) row(f compare.Fact) app.UI {
	badge := string(f.Status)
	if f.Misquote {
		badge = "misquote"
	}
	return app.Tr().ID(f.Key).Class("fact-row is-"+string(f.Status)).Body(
		app.Th().Scope("row").Body(
			app.A().Class("fact-label").Href("#"+f.Key).Text(f.Label),
			app.Span().Class("st st-"+string(f.Status)).Text(badge),
			app.P().Class("why").Text(f.Why),
			app.If(f.DateNote != "", app.P().Class("date-note").Text(f.DateNote)),
		),
		app.Range(v.C.Articles).Slice(func(j int) app.UI {
			return v.cell(f, v.C.Articles[j].ID)
		}),
	)
}

// cell renders an article's values for a fact: each distinct value once,
// with a link to every sentence that states it and one to the aligned
// passages.
func (v factsView) cell(f compare.Fact, id string) app.UI {
	label := v.C.Label(id)
	vals := f.Of(id)
	if len(vals) == 0 {
		return app.Td().Class("empty").DataSet("label", label).Body(app.Span().Class("muted").Aria("label", label+": not stated").Text("·"))
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
	return app.Td().DataSet("label", label).Body(
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			return app.Div().Class("val").Body(
				v.valueText(g.v),
				app.If(g.v.Speaker != "", app.Span().Class("speaker").Text(" — "+g.v.Speaker)),
				app.If(g.v.Unquoted, app.Span().Class("unquoted").Text(" (no quotation marks)")),
				app.Span().Class("chips").Body(
					app.Range(g.all).Slice(func(k int) app.UI {
						val := g.all[k]
						return chipText(v.C, id, val.SentenceID, val.Sentence, val.SentenceID)
					}),
					app.If(other != "", app.A().Class("aligned-link").
						Href(site.Href(comparePath(id, other)+"#a-"+g.v.SentenceID)).
						Title("See this passage beside "+v.C.Label(other)).Text("⇄ "+v.C.Label(other))),
				),
			)
		}),
	)
}

// valueText renders a value; a quotation with its differing words marked.
func (v factsView) valueText(val compare.Value) app.UI {
	if len(val.Diff) == 0 {
		return app.Strong().Class("v").Text(val.Text)
	}
	return markedText("q", "", "v", val.Diff)
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
