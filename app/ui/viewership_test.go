package ui

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"partnertrack/app/viewership"
)

// vwPage renders the viewership view for a URL ("" for nil).
func vwPage(t *testing.T, rawURL string) *html.Node {
	t.Helper()
	v := viewershipView{C: testCorpus(t)}
	var u *url.URL
	if rawURL != "" {
		u = mustURL(t, rawURL)
	}
	return render(t, v.render(u))
}

func hasName(n *html.Node, name string) bool {
	for _, f := range strings.Fields(attr(n, "data-vw")) {
		if f == name {
			return true
		}
	}
	return false
}

// vwPoints returns the chart's focusable points.
func vwPoints(t *testing.T, doc *html.Node) []*html.Node {
	t.Helper()
	pts := all(doc, "svg g[tabindex=0]")
	for _, p := range pts {
		if !hasName(p, "pt") {
			t.Errorf("focusable %s is not a point", attr(p, "id"))
		}
	}
	return pts
}

// The chart for each metric: one focusable point per week, labelled with
// its value, rank and source; the derived value with its arithmetic.
func TestViewershipChart(t *testing.T) {
	tests := []struct {
		url     string
		current string
		labels  []string // what each point's aria-label contains
		derived []bool
	}{
		{"", "Weekly hours", []string{"16,660,000 hours viewed, rank #7. Stated in A3, sentence l35s1",
			"31,140,000 hours viewed, rank #4", "18,210,000 hours viewed, rank not stated. Derived: 66,010,000 − 16,660,000 − 31,140,000 = 18,210,000, from A4, sentence l25s3; A3, sentence l35s1"},
			[]bool{false, false, true}},
		{"/viewership?metric=cumulative", "Cumulative", []string{"16,660,000 hours viewed in week 1",
			"47,800,000 hours viewed in weeks 1–2, rank #4. Derived: 16,660,000 + 31,140,000 = 47,800,000", "66,010,000 hours viewed in weeks 1–3, rank not stated. Stated in A4, sentence l25s3"},
			[]bool{false, true, false}},
		{"/viewership?metric=rank", "Rank", []string{"rank #7. Stated in A3", "rank #4. Stated in A3", "rank not stated. No article states the rank of week 3."},
			[]bool{false, false, false}},
		{"/viewership?metric=zzz", "Weekly hours", []string{"16,660,000", "31,140,000", "18,210,000"}, []bool{false, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			doc := vwPage(t, tt.url)
			if got := text(one(t, doc, "h1")); got != "Viewership" {
				t.Errorf("h1 %q", got)
			}
			cur := one(t, doc, "nav.vw-metrics a[aria-current=page]")
			if text(cur) != tt.current {
				t.Errorf("current metric %q, want %q", text(cur), tt.current)
			}
			svg := one(t, doc, "svg")
			if attr(svg, "viewBox") == "" || text(one(t, svg, "title#vw-title")) == "" || !strings.Contains(text(one(t, svg, "desc#vw-desc")), "Week 3") {
				t.Error("the svg lacks a viewBox, title or description")
			}
			pts := vwPoints(t, doc)
			if len(pts) != 3 {
				t.Fatalf("%d points, want 3", len(pts))
			}
			for i, p := range pts {
				if got := attr(p, "aria-label"); !strings.Contains(got, tt.labels[i]) {
					t.Errorf("point %d: aria-label %q lacks %q", i+1, got, tt.labels[i])
				}
				if hasName(p, "derived") != tt.derived[i] {
					t.Errorf("point %d: derived %v, want %v", i+1, hasName(p, "derived"), tt.derived[i])
				}
				if attr(p, "id") != pointID(i) || attr(p, "data-week") != strconv.Itoa(i+1) {
					t.Errorf("point %d: id %q data-week %q", i+1, attr(p, "id"), attr(p, "data-week"))
				}
			}
			complaint := all(doc, "p.status")
			if strings.Contains(tt.url, "zzz") != (len(complaint) == 1) {
				t.Errorf("%d complaints", len(complaint))
			}
			if len(complaint) == 1 && !strings.Contains(text(complaint[0]), "zzz") {
				t.Errorf("complaint %q does not name the metric", text(complaint[0]))
			}
			if len(all(doc, ".vw-tip")) != 0 {
				t.Error("a tooltip shows before any point is hovered or focused")
			}
		})
	}
}

// The chart is SVG, and no SVG element relies on class, which go-app
// cannot set on SVG in the browser. (That every element is created in the
// SVG namespace on the client is checked in the browser, app/e2e.)
func TestViewershipSVGElements(t *testing.T) {
	for _, m := range viewership.Metrics {
		doc := render(t, &vwChart{C: testCorpus(t), Metric: m})
		n := 0
		var walk func(*html.Node)
		walk = func(x *html.Node) {
			if x.Type == html.ElementNode && x.Namespace == "svg" {
				n++
				if attr(x, "class") != "" {
					t.Errorf("%s: <%s> has a class", m, x.Data)
				}
				if x.Data != "svg" && x.Data != "title" && x.Data != "desc" && attr(x, "data-vw") == "" {
					t.Errorf("%s: <%s> has no data-vw styling hook", m, x.Data)
				}
			}
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if n < 20 {
			t.Errorf("%s: only %d SVG elements", m, n)
		}
	}
}

// canonical writes a parsed tree with sorted attributes, so two renders
// can be compared regardless of go-app's attribute order.
func canonical(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		switch x.Type {
		case html.TextNode:
			b.WriteString(x.Data)
		case html.ElementNode:
			var attrs []string
			for _, a := range x.Attr {
				attrs = append(attrs, a.Key+"="+a.Val)
			}
			sort.Strings(attrs)
			b.WriteString("<" + x.Data + " " + strings.Join(attrs, " ") + ">")
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if x.Type == html.ElementNode {
			b.WriteString("</" + x.Data + ">")
		}
	}
	walk(n)
	return b.String()
}

// Before the first navigation (nil URL) the page renders as without a
// query, so the wasm takes over the prerendered page without a change.
func TestViewershipNilURL(t *testing.T) {
	v := viewershipView{C: testCorpus(t)}
	if canonical(render(t, v.render(nil))) != canonical(render(t, v.render(mustURL(t, "/viewership")))) {
		t.Error("nil URL and /viewership render differently")
	}
	if v.meta(nil).title != "Viewership" || v.meta(nil).description == "" {
		t.Error("meta")
	}
}

// The geometry: bars grow with the hours, the rank axis is inverted, and
// everything stays inside the viewBox.
func TestViewershipPlot(t *testing.T) {
	d := testCorpus(t).Viewership()
	w := newPlot(d, viewership.Weekly)
	if !w.bars || len(w.points) != 3 {
		t.Fatal("weekly: want 3 bars")
	}
	if !(w.points[1].y < w.points[2].y && w.points[2].y < w.points[0].y) {
		t.Errorf("weekly tops %v, %v, %v: the tallest bar is week 2, then 3, then 1", w.points[0].y, w.points[1].y, w.points[2].y)
	}
	r := newPlot(d, viewership.Rank)
	if !(r.points[1].y < r.points[0].y) {
		t.Error("rank 4 is not above rank 7")
	}
	if r.ticks[0].label != "#1" || r.ticks[0].y != vwPlotTop {
		t.Errorf("rank axis starts %q at %v, want #1 at the top", r.ticks[0].label, r.ticks[0].y)
	}
	if len(r.lines) != 1 || r.points[2].label != "not stated" {
		t.Errorf("rank: %d lines, week 3 %q; want one line and week 3 not stated", len(r.lines), r.points[2].label)
	}
	c := newPlot(d, viewership.Cumulative)
	if len(c.lines) != 2 || c.ticks[len(c.ticks)-1].label != "80M" {
		t.Errorf("cumulative: %d lines, top tick %q", len(c.lines), c.ticks[len(c.ticks)-1].label)
	}
	for _, p := range []vwPlot{w, r, c} {
		for _, pt := range p.points {
			if pt.x < vwLeft || pt.x > vwW-vwRight || pt.y < vwPlotTop || pt.y > vwPlotBottom {
				t.Errorf("%s week %d at (%v, %v) is outside the plot", p.metric, pt.week.N, pt.x, pt.y)
			}
		}
	}
}

// The table has the same numbers, derived values marked with their
// arithmetic; the CSV link holds the same CSV as data/viewership.csv.
func TestViewershipTableAndCSV(t *testing.T) {
	c := testCorpus(t)
	doc := vwPage(t, "")
	rows := all(doc, "table.vw-table tbody tr")
	if len(rows) != 3 {
		t.Fatalf("%d rows", len(rows))
	}
	want := [][]string{
		{"16,660,000", "16,660,000", "#7"},
		{"31,140,000", "47,800,000 derived 16,660,000 + 31,140,000 = 47,800,000", "#4"},
		{"18,210,000 derived 66,010,000 − 16,660,000 − 31,140,000 = 18,210,000", "66,010,000", "not stated"},
	}
	for i, r := range rows {
		cells := all(r, "td")
		for j, cell := range cells {
			if got := strings.Join(strings.Fields(text(cell)), " "); got != want[i][j] {
				t.Errorf("row %d cell %d: %q, want %q", i+1, j+1, got, want[i][j])
			}
		}
		if len(all(r, "th a.src")) == 0 {
			t.Errorf("row %d has no source", i+1)
		}
	}
	a := one(t, doc, "a.vw-csv")
	if href := attr(a, "href"); href != "/data/viewership.csv" || attr(a, "download") == "" {
		t.Errorf("Download CSV: href %q, download %q; want the build's /data/viewership.csv, to download", href, attr(a, "download"))
	}
	if csv := string(viewership.CSV(c.Viewership())); !strings.HasPrefix(csv, "week,") {
		t.Errorf("the CSV starts %.20q", csv)
	}
}

// Each claim is listed with its verdict, its words marked in the sentence,
// the sentence linked, and the reason.
func TestViewershipClaims(t *testing.T) {
	c := testCorpus(t)
	doc := vwPage(t, "")
	items := all(doc, "aside.vw-claims li.vw-claim")
	if len(items) != len(c.Viewership().Claims) || len(items) < 8 {
		t.Fatalf("%d claims listed", len(items))
	}
	classes := map[string]int{}
	for i, li := range items {
		cl := c.Viewership().Claims[i]
		classes[verdictClass(cl.Verdict)]++
		if !hasClass(li, verdictClass(cl.Verdict)) || text(one(t, li, "span.vw-verdict")) != cl.Verdict.String() {
			t.Errorf("%s: verdict not shown", cl.Key)
		}
		if text(one(t, li, "q mark")) != cl.Ref.Words() || text(one(t, li, "p.vw-why")) != cl.Why {
			t.Errorf("%s: mark or why wrong", cl.Key)
		}
		src := one(t, li, "p.quote a.src")
		u := mustURL(t, attr(src, "href"))
		art, ok := c.Article(strings.TrimPrefix(u.Path, "/articles/"))
		if !ok {
			t.Fatalf("%s: link %s", cl.Key, u)
		}
		if s, ok := art.Sentence(u.Fragment); !ok || !strings.Contains(s.Text, cl.Ref.Words()) {
			t.Errorf("%s: %s does not hold %q", cl.Key, u, cl.Ref.Words())
		}
		if len(all(li, "p.vw-evidence a.src")) == 0 {
			t.Errorf("%s: no evidence linked", cl.Key)
		}
	}
	if classes["consistent"] == 0 || classes["inconsistent"] == 0 {
		t.Errorf("verdicts %v", classes)
	}
	for _, key := range []string{"first-weekend", "most-watched"} {
		if !hasClass(one(t, doc, "li#claim-"+key), "inconsistent") {
			t.Errorf("%s is not marked inconsistent", key)
		}
	}
}

// A hovered or focused point shows the tooltip: week, value, rank, source.
func TestViewershipTooltip(t *testing.T) {
	c := testCorpus(t)
	for _, tt := range []struct {
		metric viewership.Metric
		i      int
		want   []string
	}{
		{viewership.Weekly, 0, []string{"Week 1", "16,660,000 hours viewed", "rank #7", "From A3, sentence l35s1", "16,660,000"}},
		{viewership.Weekly, 2, []string{"Week 3", "(derived)", "rank not stated", "Derived: 66,010,000 − 16,660,000 − 31,140,000 = 18,210,000", "A4, sentence l25s3"}},
		{viewership.Rank, 2, []string{"rank not stated", "No article states the rank of week 3."}},
	} {
		ch := &vwChart{C: c, Metric: tt.metric, focus: tt.i + 1}
		doc := render(t, ch)
		tip := one(t, doc, "div.vw-tip[role=tooltip]")
		for _, w := range tt.want {
			if !strings.Contains(text(tip), w) {
				t.Errorf("%s point %d: tooltip %q lacks %q", tt.metric, tt.i+1, text(tip), w)
			}
		}
		hovered := &vwChart{C: c, Metric: tt.metric, focus: tt.i + 1, hover: 1}
		if doc := render(t, hovered); !strings.Contains(text(one(t, doc, "div.vw-tip")), "Week 1") {
			t.Errorf("hover does not take over from focus")
		}
	}
}
