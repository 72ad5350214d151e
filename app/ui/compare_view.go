package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/compare"
	"partnertrack/app/content"
	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// compareView is /compare: two articles side by side, aligned passage by
// passage, and how alike every pair of articles is.
type compareView struct{ C *corpus.Corpus }

func (v compareView) meta(u *url.URL) meta {
	ch := choosePair(v.C, u)
	m := meta{title: "Compare", description: "Two Partner Track articles side by side: what they share word for word, " +
		"what they reword, what only one of them says, and how alike all five articles are."}
	if ch.OK {
		m.title = "Compare " + v.C.Label(ch.A) + " and " + v.C.Label(ch.B)
	}
	return m
}

// render draws the picker, the pair's summary, conflicts and rows, and the
// similarity of all five. Drawn after the start (a change of pair, a move
// from another page), the page is "lazy": the rows and the sections that
// start below a phone's screen (the rows' section, the similarity) are
// laid out and painted only near the screen (see the stylesheet). At 412
// px they are all below it: in five rounds of 21 alternating changes of
// pair at CPU 4×, the median went 120 → 90, 105 → 86, 122 → 94, 111 → 84
// and 101 → 108 ms (the rows alone lazy → the sections too). The page as
// loaded is not lazy: the client's first render lays it out as the
// prerendered page was, so a reader who scrolled before the start sees
// nothing move.
func (v compareView) render(u *url.URL) app.UI {
	ch := choosePair(v.C, u)
	body := []app.UI{
		app.H1().Text("Compare"),
		app.P().Class("lede").Text("Two articles side by side. Sentences that say the same thing share a row, " +
			"shaded by how alike they are; words that differ are marked. Sentences only one article has are marked as such."),
	}
	if ch.Complaint != "" {
		body = append(body, app.P().Class("status status-conflict").Attr("role", "status").Text(ch.Complaint))
	}
	body = append(body, &comparePicker{C: v.C, A: ch.A, B: ch.B})
	var evidence []compare.Match
	if ch.OK {
		al, _ := compared(v.C).Pair(ch.A, ch.B)
		evidence = al.Evidence(compare.EvidencePairs)
		body = append(body,
			v.summary(al),
			v.conflicts(al),
			v.alignment(al),
		)
	}
	body = append(body, v.similarity(ch, evidence))
	if drawnAfterStart(u) {
		return app.Div().Class("compare lazy").Body(body...)
	}
	return app.Div().Class("compare").Body(body...)
}

// summary says how much the two articles share.
func (v compareView) summary(al compare.Alignment) app.UI {
	la, lb := v.C.Label(al.A), v.C.Label(al.B)
	return app.Div().Class("pair-summary").Body(
		app.P().Body(
			app.Elem("strong").Text(la+" and "+lb+" share "+compare.Percent(al.Score)+" of their text"),
			app.Text(" ("+compare.Percent(al.CoverA)+" of "+la+" has a counterpart in "+lb+", "+
				compare.Percent(al.CoverB)+" of "+lb+" in "+la+"; each matched sentence counts by its length and how alike the two are)."),
		),
		app.Elem("ul").Class("legend").Body(
			legendItem("shared", plural(al.Count(compare.Shared), "shared row", "shared rows"), "the same sentence, word for word or nearly"),
			legendItem("reworded", plural(al.Count(compare.Reworded), "reworded row", "reworded rows"), "lightly reworded; differing words marked"),
			legendItem("paraphrased", plural(al.Count(compare.Paraphrased), "paraphrased row", "paraphrased rows"), "the same thing in other words"),
			legendItem("only-a", plural(al.Count(compare.OnlyA), "sentence", "sentences")+" only in "+la, ""),
			legendItem("only-b", plural(al.Count(compare.OnlyB), "sentence", "sentences")+" only in "+lb, ""),
		),
		app.P().Body(
			app.Elem("a").Attr("href", site.Href("/facts")).Text("Claims matrix"),
			app.Text(": every fact the five articles state, where they agree and where they conflict."),
		),
	)
}

func legendItem(kind, what, why string) app.UI {
	return app.Elem("li").Class("k-"+kind).Body(
		app.Raw(`<span class="swatch" aria-hidden="true"></span>`), // see avatar
		app.Text(what),
		app.If(why != "", app.Elem("span").Class("muted").Text(" — "+why)),
	)
}

// conflicts lists the facts on which the two articles disagree.
func (v compareView) conflicts(al compare.Alignment) app.UI {
	type item struct {
		f    compare.Fact
		a, b []compare.Value
	}
	var items []item
	for _, f := range compared(v.C).Facts {
		va, vb := f.Of(al.A), f.Of(al.B)
		if f.Status != compare.Conflict || len(va) == 0 || len(vb) == 0 || sameNorms(va, vb) {
			continue
		}
		items = append(items, item{f, va, vb})
	}
	if len(items) == 0 {
		return app.P().Class("muted").Text("The claims matrix finds no fact on which these two disagree.")
	}
	la, lb := v.C.Label(al.A), v.C.Label(al.B)
	return app.Elem("details").Class("pair-conflicts").Body(
		app.Elem("summary").Text(plural(len(items), "fact", "facts")+" on which "+la+" and "+lb+" disagree"),
		app.Elem("ul").Body(
			app.Range(items).Slice(func(i int) app.UI {
				it := items[i]
				return app.Elem("li").Body(
					app.Elem("a").Attr("href", site.Href("/facts#"+it.f.Key)).Text(it.f.Label),
					app.Text(": "+la+" "),
					app.Elem("strong").Text(distinctText(it.a)),
					app.Text(" · "+lb+" "),
					app.Elem("strong").Text(distinctText(it.b)),
				)
			}),
		),
	)
}

// sameNorms reports whether two sets of values hold the same normalised
// values.
func sameNorms(a, b []compare.Value) bool {
	set := func(vs []compare.Value) string {
		seen := map[string]bool{}
		var out []string
		for _, v := range vs {
			if !seen[v.Norm] {
				seen[v.Norm] = true
				out = append(out, v.Norm+"|"+boolStr(v.Unquoted))
			}
		}
		return strings.Join(sortStrings(out), ";")
	}
	return set(a) == set(b)
}

// distinctText joins an article's distinct values.
func distinctText(vs []compare.Value) string {
	seen := map[string]bool{}
	var out []string
	for _, v := range vs {
		t := v.Text
		if v.Unquoted {
			t += " (unquoted)"
		}
		if !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			out = append(out, "“"+t+"”")
		}
	}
	return strings.Join(out, ", ")
}

// alignment renders the rows. On a phone the two columns become a switch:
// two radio buttons choose the column shown (CSS only, so it works before
// and without the app).
func (v compareView) alignment(al compare.Alignment) app.UI {
	la, lb := v.C.Label(al.A), v.C.Label(al.B)
	ta, tb := v.title(al.A), v.title(al.B)
	return app.Elem("section").Class("aligned").Aria("labelledby", "aligned-h").Body(
		app.Elem("h2").ID("aligned-h").Text("Passage by passage"),
		app.ElemSelfClosing("input").Attr("type", "radio").Attr("name", "side").ID("side-a").Class("side-toggle").Attr("checked", true),
		app.ElemSelfClosing("input").Attr("type", "radio").Attr("name", "side").ID("side-b").Class("side-toggle"),
		app.Div().Class("side-switch").Attr("role", "group").Aria("label", "Column shown").Body(
			app.Elem("label").Attr("for", "side-a").Text(la),
			app.Elem("label").Attr("for", "side-b").Text(lb),
		),
		app.Div().Class("align-head").Body(
			app.Div().Class("cell cell-a").Body(app.Elem("span").Class("label").Text(la), app.Elem("a").Attr("href", site.ArticleURL(al.A)).Text(ta)),
			app.Div().Class("cell cell-b").Body(app.Elem("span").Class("label").Text(lb), app.Elem("a").Attr("href", site.ArticleURL(al.B)).Text(tb)),
		),
		v.alignRows(al),
	)
}

func (v compareView) title(id string) string {
	a, _ := v.C.Article(id)
	return a.Title
}

// writeRow writes one aligned row to b as HTML: made element by element,
// a change of pair cost go-app a few thousand calls into the page (the
// rows of a pair hold hundreds of sentences, links and marks). Every text
// is escaped; ids, classes and links are ours, so go-app's click handler
// still handles the links.
func (v compareView) writeRow(b *strings.Builder, al compare.Alignment, r compare.Row) {
	kind := r.Kind.String()
	var badge string
	switch r.Kind {
	case compare.OnlyA:
		badge = "only in " + v.C.Label(al.A)
	case compare.OnlyB:
		badge = "only in " + v.C.Label(al.B)
	default:
		badge = kind + " · " + compare.Percent(r.Score)
	}
	marks := r.Kind == compare.Shared || r.Kind == compare.Reworded
	b.WriteString(`<li class="row k-` + esc(kind) + `"><span class="kind">` + esc(badge) + `</span>`)
	if r.Kind == compare.OnlyB {
		v.gap(b, "a", al.A, r)
	} else {
		v.cell(b, "a", al.A, r.A, r.DiffA, marks)
	}
	if r.Kind == compare.OnlyA {
		v.gap(b, "b", al.B, r)
	} else {
		v.cell(b, "b", al.B, r.B, r.DiffB, marks)
	}
	b.WriteString(`</li>`)
}

// cell writes one side of a row: each sentence a target (#a-l12s2) that
// links to the sentence in its article.
func (v compareView) cell(b *strings.Builder, side, articleID string, ss []content.Sentence, segs []compare.Segment, marks bool) {
	b.WriteString(`<div class="cell cell-` + side + `">`)
	off := 0
	for i, s := range ss {
		if i > 0 {
			b.WriteString(" ")
			off++
		}
		own := []compare.Segment{{Text: s.Text}} // unmarked
		if marks {
			own = segmentsIn(segs, off, off+len(s.Text))
		}
		writeMarked(b, "span", side+"-"+s.ID, "s", own)
		off += len(s.Text)
		b.WriteString(` <a class="sid" href="` + esc(site.SentenceURL(articleID, s.ID)) +
			`" title="` + esc("Read it in "+v.C.Label(articleID)) + `">¶</a>`)
	}
	b.WriteString(`</div>`)
}

// gap writes the empty side of a one-sided row; it points at the same
// sentence elsewhere in the other article, when there is one.
func (v compareView) gap(b *strings.Builder, side, articleID string, r compare.Row) {
	b.WriteString(`<div class="cell cell-` + side + ` gap"><span class="muted">`)
	if r.Elsewhere.ID == "" {
		b.WriteString(`—</span></div>`)
		return
	}
	b.WriteString(esc(v.C.Label(articleID)+" says it elsewhere ("+compare.Percent(r.ElsewhereScore)+" alike): ") + `</span>`)
	b.WriteString(`<a href="#` + esc(side+"-"+r.Elsewhere.ID) + `">` + esc("“"+shorten(r.Elsewhere.Text, 80)+"”") + `</a></div>`)
}

// shorten cuts text to about n bytes at a word boundary.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut < n/2 {
		cut = n
	}
	return s[:cut] + "…"
}

func boolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func sortStrings(ss []string) []string {
	out := append([]string(nil), ss...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
