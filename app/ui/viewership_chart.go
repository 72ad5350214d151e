package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/viewership"
)

const svgNS = "http://www.w3.org/2000/svg"

// svgEl is an SVG element: go-app needs the namespace on every one of them
// (children do not inherit it). go-app v9.8.0 sets class through the
// className property, which SVG elements ignore on the client (with
// .Class() and .Attr("class") alike), so the styling hook is a data-vw
// attribute of space-separated names instead (CSS: [data-vw~=bar]).
func svgEl(tag, names string) app.HTMLElem {
	e := app.Elem(tag).XMLNS(svgNS)
	if names != "" {
		e = e.Attr("data-vw", names)
	}
	return e
}

// num writes a coordinate with at most one decimal.
func num(v float64) string {
	return strconv.FormatFloat(float64(int64(v*10+0.5*sign(v)))/10, 'f', -1, 64)
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// vwChart is the interactive chart. C and Metric are inputs; which point
// is hovered or focused is state, so the prerendered chart (no point
// active) and the live one start out the same.
type vwChart struct {
	app.Compo
	C      *corpus.Corpus
	Metric viewership.Metric

	hover, focus int // 1 + index of the hovered / focused point; 0 for none
}

// pointID is the element id of the i-th point.
func pointID(i int) string { return "vw-pt-" + itoa(i+1) }

// shown returns the index of the point whose tooltip shows, or -1.
func (c *vwChart) shown() int {
	if c.hover > 0 {
		return c.hover - 1
	}
	return c.focus - 1
}

// Render draws the SVG and, over it, the active point's tooltip.
func (c *vwChart) Render() app.UI {
	p := newPlot(c.C.Viewership(), c.Metric)
	var tip app.UI
	if i := c.shown(); i >= 0 && i < len(p.points) {
		tip = vwTooltip(c.C, p, p.points[i])
	}
	return app.Div().Class("vw-chart").Body(c.svg(p), tip)
}

func (c *vwChart) svg(p vwPlot) app.UI {
	var grid, axis, marks []app.UI
	for _, t := range p.ticks {
		grid = append(grid,
			svgEl("line", "grid").Attr("x1", num(vwLeft)).Attr("x2", num(vwW-vwRight)).Attr("y1", num(t.y)).Attr("y2", num(t.y)),
			svgEl("text", "tick").Attr("x", num(vwLeft-6)).Attr("y", num(t.y+4)).Attr("text-anchor", "end").Text(t.label),
		)
	}
	for _, pt := range p.points {
		axis = append(axis,
			svgEl("text", "week").Attr("x", num(pt.x)).Attr("y", num(vwPlotBottom+17)).Attr("text-anchor", "middle").Text(pt.axis1),
			svgEl("text", "period").Attr("x", num(pt.x)).Attr("y", num(vwPlotBottom+33)).Attr("text-anchor", "middle").Text(pt.axis2),
		)
	}
	for _, l := range p.lines {
		marks = append(marks, svgEl("line", "line").
			Attr("x1", num(l.x1)).Attr("y1", num(l.y1)).Attr("x2", num(l.x2)).Attr("y2", num(l.y2)))
	}
	for i, pt := range p.points {
		marks = append(marks, c.point(p, i, pt))
	}
	return svgEl("svg", "svg "+string(p.metric)).
		Attr("viewBox", "0 0 "+num(vwW)+" "+num(vwH)).
		Attr("role", "group").
		Aria("labelledby", "vw-title").
		Aria("describedby", "vw-desc").
		Body(
			svgEl("title", "").ID("vw-title").Text(attrSafe(vwTitle(p))),
			svgEl("desc", "").ID("vw-desc").Text(vwDesc(c.C, p)),
			svgEl("text", "axis-title").Attr("x", "2").Attr("y", "14").Text(p.title),
			svgEl("g", "grid-lines").Body(grid...),
			svgEl("line", "baseline").Attr("x1", num(vwLeft)).Attr("x2", num(vwW-vwRight)).
				Attr("y1", num(vwPlotBottom)).Attr("y2", num(vwPlotBottom)),
			svgEl("g", "axis").Body(axis...),
			svgEl("g", "marks").Body(marks...),
		)
}

// point draws one week: a focusable group holding its mark and label.
func (c *vwChart) point(p vwPlot, i int, pt vwPoint) app.UI {
	names := "pt"
	switch {
	case !pt.value.Known():
		names += " unknown"
	case pt.derived():
		names += " derived"
	}
	var body []app.UI
	switch {
	case p.bars:
		h := vwPlotBottom - pt.y
		body = append(body,
			svgEl("rect", "mark bar").Attr("x", num(pt.barX)).Attr("y", num(pt.y)).
				Attr("width", num(pt.barW)).Attr("height", num(h)).Attr("rx", "2"),
			svgEl("text", "value").Attr("x", num(pt.x)).Attr("y", num(pt.y-7)).Attr("text-anchor", "middle").Text(pt.label),
			svgEl("text", "inbar").Attr("x", num(pt.x)).Attr("y", num(pt.y+17)).Attr("text-anchor", "middle").Text(rankShort(pt.week.Rank)),
		)
	case !pt.value.Known():
		body = append(body,
			svgEl("circle", "hit").Attr("cx", num(pt.x)).Attr("cy", num(pt.y)).Attr("r", "16"),
			svgEl("circle", "mark dot").Attr("cx", num(pt.x)).Attr("cy", num(pt.y)).Attr("r", "6"),
			svgEl("text", "value").Attr("x", num(pt.x)).Attr("y", num(pt.y+24)).Attr("text-anchor", "middle").Text(pt.label),
		)
	default:
		body = append(body,
			svgEl("circle", "hit").Attr("cx", num(pt.x)).Attr("cy", num(pt.y)).Attr("r", "16"),
			svgEl("circle", "mark dot").Attr("cx", num(pt.x)).Attr("cy", num(pt.y)).Attr("r", "6"),
			svgEl("text", "value").Attr("x", num(pt.x)).Attr("y", num(pt.y-12)).Attr("text-anchor", "middle").Text(pt.label),
		)
	}
	n := len(p.points)
	return svgEl("g", names).ID(pointID(i)).
		Attr("tabindex", "0").
		Attr("role", "img").
		Attr("data-week", itoa(pt.week.N)).
		Aria("label", attrSafe(pointLabel(c.C, p, pt))).
		OnMouseEnter(func(ctx app.Context, e app.Event) { c.hover = i + 1; updateOnly(ctx) }, p.metric, i).
		OnMouseLeave(func(ctx app.Context, e app.Event) {
			if c.hover == i+1 {
				c.hover = 0
			}
			updateOnly(ctx)
		}, p.metric, i).
		OnFocus(func(ctx app.Context, e app.Event) { c.focus = i + 1; updateOnly(ctx) }, p.metric, i).
		OnBlur(func(ctx app.Context, e app.Event) {
			if c.focus == i+1 {
				c.focus = 0
			}
			updateOnly(ctx)
		}, p.metric, i).
		OnKeyDown(c.onKey(i, n, pt), p.metric, i).
		Body(body...)
}

// onKey moves between points with the arrow keys, Home and End; Escape
// hides the tooltip and Enter opens the sentence the value comes from.
func (c *vwChart) onKey(i, n int, pt vwPoint) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		next := -1
		switch e.Get("key").String() {
		case "ArrowRight", "ArrowDown":
			next = min(i+1, n-1)
		case "ArrowLeft", "ArrowUp":
			next = max(i-1, 0)
		case "Home":
			next = 0
		case "End":
			next = n - 1
		case "Escape":
			c.hover, c.focus = 0, 0
			updateOnly(ctx)
		case "Enter":
			if refs := pt.value.Refs; len(refs) > 0 {
				ctx.Navigate(site.SentenceURL(refs[0].ArticleID, refs[0].SentenceID))
			}
		default:
			ctx.PreventUpdate() // a key the chart does not use changes nothing
			return
		}
		e.PreventDefault()
		if next >= 0 {
			// Moving the focus changes nothing by itself: the point's
			// OnFocus draws the tooltip.
			ctx.PreventUpdate()
			if next != i {
				app.Window().GetElementByID(pointID(next)).Call("focus")
			}
		}
	}
}

// rankShort is a week's rank inside its bar: "#7", or "rank ?".
func rankShort(v viewership.Value) string {
	if !v.Known() {
		return "rank ?"
	}
	return "#" + itoa(int(v.N))
}

// vwTitle is the chart's accessible title.
func vwTitle(p vwPlot) string {
	return "Partner Track in Netflix’s global Top 10: " + strings.ToLower(p.metric.Label()) + ", week by week"
}

// vwDesc says in words what the chart shows.
func vwDesc(c *corpus.Corpus, p vwPlot) string {
	var parts []string
	for _, pt := range p.points {
		parts = append(parts, pointLabel(c, p, pt))
	}
	return p.title + ". " + strings.Join(parts, " ")
}
