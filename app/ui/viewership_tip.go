package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/viewership"
)

// valueText says a point's value in words: "16,660,000 hours viewed",
// "rank #4", "rank not stated".
func valueText(m viewership.Metric, w viewership.Week, v viewership.Value) string {
	switch {
	case m == viewership.Rank && !v.Known():
		return "rank not stated"
	case m == viewership.Rank:
		return "rank #" + itoa(int(v.N))
	case !v.Known():
		return "hours not stated"
	case m == viewership.Cumulative && w.N > 1:
		return viewership.Group(v.N) + " hours viewed in weeks 1–" + itoa(w.N)
	case m == viewership.Cumulative:
		return viewership.Group(v.N) + " hours viewed in week 1"
	}
	return viewership.Group(v.N) + " hours viewed"
}

// uniqueRefs keeps the first ref of each sentence.
func uniqueRefs(refs []viewership.Ref) []viewership.Ref {
	return firstBy(refs, func(r viewership.Ref) string { return r.ArticleID + "#" + r.SentenceID })
}

// refNames lists where refs come from: "A3, sentence l35s1".
func refNames(c *corpus.Corpus, refs []viewership.Ref) string {
	var parts []string
	for _, r := range uniqueRefs(refs) {
		parts = append(parts, c.Label(r.ArticleID)+", sentence "+r.SentenceID)
	}
	return strings.Join(parts, "; ")
}

// pointLabel is a point's accessible name: everything its tooltip says.
func pointLabel(c *corpus.Corpus, p vwPlot, pt vwPoint) string {
	w, v := pt.week, pt.value
	period := w.Period
	if w.PeriodBasis == viewership.Derived {
		period += ", derived"
	}
	s := "Week " + itoa(w.N) + " (" + period + "): " + valueText(p.metric, w, v)
	if p.metric != viewership.Rank {
		s += ", " + valueText(viewership.Rank, w, w.Rank)
	}
	switch v.Basis {
	case viewership.Derived:
		s += ". Derived: " + v.Sum.String() + ", from " + refNames(c, v.Refs) + "."
	case viewership.Stated:
		s += ". Stated in " + refNames(c, v.Refs) + "."
	default:
		s += ". " + v.Why
	}
	return s
}

// vwTooltip is the box that names a point's week, value, rank and source.
// It sits over the chart at the point, above it or, near the top, below.
func vwTooltip(c *corpus.Corpus, p vwPlot, pt vwPoint) app.UI {
	w, v := pt.week, pt.value
	fx, fy := pt.x/vwW, pt.y/vwH
	class := "vw-tip"
	if fy < vwTipBelowY {
		class += " below"
	}
	switch {
	case fx < vwTipEdgeFrac:
		class += " start"
	case fx > 1-vwTipEdgeFrac:
		class += " end"
	}
	period := w.Period
	if w.PeriodBasis == viewership.Derived {
		period += " (derived)"
	}
	var rank app.UI
	if p.metric != viewership.Rank {
		rank = app.Text(" · " + valueText(viewership.Rank, w, w.Rank))
	}
	var sum, from app.UI
	if v.Sum != nil {
		sum = app.P().Class("vw-sum").Text("Derived: " + v.Sum.String())
	}
	switch v.Basis {
	case viewership.Stated:
		r := v.Refs[0]
		from = app.P().Class("vw-from").Body(
			app.Text("From "+c.Label(r.ArticleID)+", sentence "+r.SentenceID+": "),
			excerpt(r),
		)
	case viewership.Derived:
		from = app.P().Class("vw-from").Text("From " + refNames(c, v.Refs) + ".")
	default:
		from = app.P().Class("vw-from").Text(v.Why)
	}
	return app.Div().Class(class).ID("vw-tip").Attr("role", "tooltip").
		Style("left", num(fx*100)+"%").Style("top", num(fy*100)+"%").
		Body(
			app.P().Class("vw-tip-week").Body(app.Elem("strong").Text("Week "+itoa(w.N)), app.Text(" · "+period)),
			app.P().Class("vw-tip-value").Body(app.Elem("strong").Text(valueText(p.metric, w, v)), rank),
			sum,
			from,
		)
}

// excerpt quotes the words of a ref with a little context, the words
// marked.
func excerpt(r viewership.Ref) app.UI {
	const context = 36
	s := r.Sentence
	start, end := r.Start-context, r.End+context
	pre, post := "…", "…"
	if start <= 0 {
		start, pre = 0, ""
	} else if i := strings.IndexByte(s[start:r.Start], ' '); i >= 0 {
		start += i + 1
	}
	if end >= len(s) {
		end, post = len(s), ""
	} else if i := strings.LastIndexByte(s[r.End:end], ' '); i >= 0 {
		end = r.End + i
	}
	return app.Elem("q").Body(
		app.Text(pre+s[start:r.Start]),
		app.Elem("mark").Text(r.Words()),
		app.Text(s[r.End:end]+post),
	)
}
