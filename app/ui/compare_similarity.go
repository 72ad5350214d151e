package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/compare"
	"partnertrack/app/site"
)

// similarity is the pairwise matrix and the evidence for the pair (the
// pair's most alike sentences, none when no pair is chosen), written
// as HTML in one string that the browser parses in one call: made element
// by element, its table and evidence were a hundred elements go-app
// rebuilt and compared on every change of pair. Every text is escaped;
// ids, classes and links are ours, so go-app's click handler still handles
// the links.
func (v compareView) similarity(ch pairChoice, evidence []compare.Match) app.UI {
	arts := v.C.Articles
	top := compared(v.C).Ranked()[0]
	var b strings.Builder
	b.Grow(6000)
	b.WriteString(`<section class="similarity" id="similarity" aria-labelledby="similarity-h"><h2 id="similarity-h">Who rewrote whom</h2>`)
	b.WriteString(`<p>How much of their text each pair of articles shares (sentences matched in any order, weighted by length and likeness). Most alike: <strong>`)
	b.WriteString(esc(v.C.Label(top.A) + " and " + v.C.Label(top.B) + ", " + compare.Percent(top.Score)))
	b.WriteString(`</strong>. Pick a cell to set that pair side by side.</p>`)
	b.WriteString(`<div class="matrix-wrap"><table class="sim-matrix"><caption>Share of text in common</caption><thead><tr><th scope="col"><span class="visually-hidden">Article</span></th>`)
	for _, a := range arts {
		b.WriteString(`<th scope="col" title="` + esc(attrSafe(a.Title)) + `">` + esc(v.C.Label(a.ID)) + `</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, a := range arts {
		b.WriteString(`<tr><th scope="row" title="` + esc(attrSafe(a.Title)) + `">` + esc(v.C.Label(a.ID)) + `</th>`)
		for _, o := range arts {
			v.writeSimCell(&b, ch, a.ID, o.ID)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table></div>`)
	if len(evidence) > 0 {
		b.WriteString(`<div class="evidence"><h3>` + esc("Evidence: the most alike sentences of "+v.C.Label(ch.A)+" and "+v.C.Label(ch.B)) + `</h3><ol>`)
		for _, m := range evidence {
			b.WriteString(`<li><span class="score">` + esc(compare.Percent(m.Score)+" alike") + `</span>`)
			b.WriteString(`<blockquote><span class="label">` + esc(v.C.Label(ch.A)) + `</span><a href="#` + esc("a-"+m.A.ID) + `">` + esc(m.A.Text) + `</a></blockquote>`)
			b.WriteString(`<blockquote><span class="label">` + esc(v.C.Label(ch.B)) + `</span><a href="#` + esc("b-"+m.B.ID) + `">` + esc(m.B.Text) + `</a></blockquote></li>`)
		}
		b.WriteString(`</ol></div>`)
	}
	if ch.OK && len(evidence) == 0 {
		b.WriteString(`<p class="muted">These two share no sentence long enough to count as evidence.</p>`)
	}
	b.WriteString(`<p class="muted">All pairs with their evidence: <a href="` + esc(site.Href("/data/comparison.json")) + `" download="comparison.json">comparison.json</a>`)
	b.WriteString(` · claims as <a href="` + esc(site.Href("/data/facts.csv")) + `" download="facts.csv">facts.csv</a></p></section>`)
	return app.Raw(b.String())
}

// writeSimCell writes one cell of the matrix: a link to the pair, shaded
// by score.
func (v compareView) writeSimCell(b *strings.Builder, ch pairChoice, a, o string) {
	if a == o {
		b.WriteString(`<td class="self" aria-label="same article">—</td>`)
		return
	}
	score := compared(v.C).Score(a, o)
	level := min(int(score*10+0.5), 5)
	b.WriteString(`<td class="lvl-` + itoa(level) + `"><a href="` + esc(site.Href(comparePath(a, o))) + `"`)
	if ch.OK && a == ch.A && o == ch.B {
		b.WriteString(` aria-current="page"`)
	}
	b.WriteString(` aria-label="` + esc(v.C.Label(a)+" and "+v.C.Label(o)+": "+compare.Percent(score)+" in common") + `">` + esc(compare.Percent(score)) + `</a></td>`)
}
