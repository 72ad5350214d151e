package ui

import (
	"partnertrack/app/chart"
	"partnertrack/app/viewership"
)

// The chart's drawing, in viewBox units. The viewBox is narrow so that
// text stays readable on a 360 px phone; wider screens scale it up.
const (
	vwW, vwH                   = 360.0, 252.0
	vwLeft, vwRight            = 46.0, 8.0
	vwTop, vwBottom            = 30.0, 44.0
	vwPlotBottom, vwPlotTop    = vwH - vwBottom, vwTop
	vwRankMin, vwRankMax       = 1, 10 // the Top 10's ranks
	vwTicks                    = 5
	vwBandInner, vwBandOuter   = 0.38, 0.18
	vwTipBelowY, vwTipEdgeFrac = 0.42, 0.3
)

// vwPlot is everything the chart draws for one metric: a pure function of
// the data, so the prerendered chart and the live one are the same.
type vwPlot struct {
	metric viewership.Metric
	title  string // the y axis, e.g. "Hours viewed per week"
	ticks  []vwTick
	points []vwPoint
	lines  []vwLine
	bars   bool
}

// vwTick is a horizontal grid line with its label.
type vwTick struct {
	y     float64
	label string
}

// vwLine joins two neighbouring known points.
type vwLine struct{ x1, y1, x2, y2 float64 }

// vwPoint is one week's mark: a bar or a dot, or, for an unknown value, a
// note where the dot would be.
type vwPoint struct {
	week  viewership.Week
	value viewership.Value
	x, y  float64 // the bar's top centre, the dot's centre, or the note's place
	barX  float64 // bars only
	barW  float64
	label string // "16.66M", "#7", "not stated"
	axis1 string // "Week 1"
	axis2 string // "Aug 21–28"
}

func (p vwPoint) derived() bool { return p.value.Basis == viewership.Derived }

// millionsTick labels an hours tick: "0", "10M".
func millionsTick(v float64) string {
	if v == 0 {
		return "0"
	}
	return viewership.Millions(int64(v))
}

// newPlot lays the weeks out for the metric.
func newPlot(d *viewership.Data, m viewership.Metric) vwPlot {
	p := vwPlot{metric: m}
	up := chart.Span{From: vwPlotBottom, To: vwPlotTop}
	var axis chart.Axis
	switch m {
	case viewership.Rank:
		p.title = "Rank in the weekly Top 10 (1 = top)"
		var ticks chart.ConstantTicks
		for _, r := range []int{1, 4, 7, 10} {
			ticks = append(ticks, chart.Tick{Value: float64(r), Label: "#" + itoa(r)})
		}
		axis = chart.Axis{Min: vwRankMin, Max: vwRankMax, Scale: chart.InvertedScale{Normalizer: chart.LinearScale{}}, Tick: ticks}
	default:
		p.title = "Hours viewed per week"
		if m == viewership.Cumulative {
			p.title = "Hours viewed since the premiere"
		}
		p.bars = m == viewership.Weekly
		var vals []float64
		for _, w := range d.Weeks {
			if v := w.Of(m); v.Known() {
				vals = append(vals, float64(v.N))
			}
		}
		min, max, _ := chart.Extent(vals)
		lo, hi := chart.Nice(min, max, vwTicks, true)
		axis = chart.Axis{Min: lo, Max: hi, Tick: chart.NiceTicker{N: vwTicks, Format: millionsTick}}
	}
	for _, t := range axis.Ticks() {
		p.ticks = append(p.ticks, vwTick{y: up.Pos(axis, t.Value), label: t.Label})
	}
	bands := chart.Bands{N: len(d.Weeks), From: vwLeft, To: vwW - vwRight, Inner: vwBandInner, Outer: vwBandOuter}
	var prev *vwPoint
	for i, w := range d.Weeks {
		v := w.Of(m)
		pt := vwPoint{week: w, value: v, x: bands.Center(i), axis1: "Week " + itoa(w.N), axis2: shortPeriod(w)}
		switch {
		case !v.Known():
			pt.y = (vwPlotTop + vwPlotBottom) / 2
			pt.label = "not stated"
		case m == viewership.Rank:
			pt.y = up.Pos(axis, float64(v.N))
			pt.label = "#" + itoa(int(v.N))
		default:
			pt.y = up.Pos(axis, float64(v.N))
			pt.label = viewership.Millions(v.N)
		}
		if p.bars {
			pt.barX, pt.barW = bands.Start(i), bands.Width()
		}
		if !p.bars && v.Known() {
			if prev != nil {
				p.lines = append(p.lines, vwLine{prev.x, prev.y, pt.x, pt.y})
			}
			prev = &pt
		} else if !v.Known() {
			prev = nil
		}
		p.points = append(p.points, pt)
	}
	return p
}

// shortPeriod writes a week compactly: "Aug 21–28", "Aug 28–Sep 4".
func shortPeriod(w viewership.Week) string {
	if w.From.Month() == w.To.Month() {
		return w.From.Format("Jan 2") + "–" + w.To.Format("2")
	}
	return w.From.Format("Jan 2") + "–" + w.To.Format("Jan 2")
}
