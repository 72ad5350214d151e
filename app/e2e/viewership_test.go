//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// tipJS is the text of the chart's tooltip, "" when none shows.
const tipJS = `((document.querySelector('.vw-chart .vw-tip') || {}).textContent || '')`

// activeJS is the id of the focused element.
const activeJS = `(document.activeElement && document.activeElement.id) || ''`

// TestViewershipSVG checks that the chart the wasm rendered is real SVG:
// every element in the SVG namespace, every mark with a box, and the
// figures on the page.
func TestViewershipSVG(t *testing.T) {
	for _, metric := range []string{"", "?metric=cumulative", "?metric=rank"} {
		t.Run("metric"+metric, func(t *testing.T) {
			tb := newTab(t)
			tb.navigate("/viewership" + metric)
			tb.waitWasm()
			problem := eval[string](tb, `(() => {
				const svg = document.querySelector('.vw-chart svg');
				if (!svg) return 'no svg';
				const all = [svg, ...svg.querySelectorAll('*')];
				if (all.length < 20) return 'only ' + all.length + ' svg elements';
				for (const e of all) {
					if (e.namespaceURI !== 'http://www.w3.org/2000/svg') return '<' + e.tagName + '> is in ' + e.namespaceURI;
				}
				const r = svg.getBoundingClientRect();
				if (r.width < 100 || r.height < 60) return 'svg box ' + r.width + 'x' + r.height;
				const marks = svg.querySelectorAll('[data-vw~=mark]');
				if (marks.length !== 3) return marks.length + ' marks';
				for (const m of [...marks, ...svg.querySelectorAll('text')]) {
					const b = m.getBBox();
					if (!(b.width > 0 && b.height > 0)) return '<' + m.tagName + ' ' + m.getAttribute('data-vw') + '> has an empty box';
				}
				if (!svg.querySelector('title') || !svg.querySelector('desc')) return 'no title or desc';
				if (getComputedStyle(marks[0]).fill === 'rgb(0, 0, 0)') return 'the marks are unstyled (black)';
				return '';
			})()`)
			if problem != "" {
				t.Fatal(problem)
			}
			page := eval[string](tb, `document.querySelector('main#main').innerText`)
			for _, fig := range []string{"16,660,000", "31,140,000", "18,210,000", "47,800,000", "66,010,000", "#7", "#4",
				"66,010,000 − 16,660,000 − 31,140,000 = 18,210,000", "NOT CONSISTENT", "16.7 million viewing minutes"} {
				if !strings.Contains(page, fig) {
					t.Errorf("the page does not show %q", fig)
				}
			}
			tb.assertClean()
		})
	}
}

// TestViewershipTooltipAndKeys focuses a point, moves with the arrow keys
// and hovers with the mouse: the tooltip follows, naming the week, value,
// rank and source.
func TestViewershipTooltipAndKeys(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/viewership")
	tb.waitWasm()
	if tip := eval[string](tb, tipJS); tip != "" {
		t.Errorf("a tooltip shows before any interaction: %q", tip)
	}
	tb.do("focus week 1", chromedp.Focus(chromedp.CSS(`#vw-pt-1`)))
	tb.waitFor("week 1's tooltip", tipJS+`.includes('Week 1') && `+tipJS+`.includes('16,660,000 hours viewed') && `+tipJS+`.includes('rank #7') && `+tipJS+`.includes('A3, sentence l35s1')`, stepTimeout)

	steps := []struct {
		key  string
		want string // the focused point
		tip  []string
	}{
		{kb.ArrowRight, "vw-pt-2", []string{"Week 2", "31,140,000 hours viewed", "rank #4"}},
		{kb.ArrowRight, "vw-pt-3", []string{"Week 3", "(derived)", "Derived: 66,010,000 − 16,660,000 − 31,140,000 = 18,210,000", "rank not stated", "A4, sentence l25s3"}},
		{kb.ArrowRight, "vw-pt-3", []string{"Week 3"}},
		{kb.ArrowLeft, "vw-pt-2", []string{"Week 2"}},
		{kb.Home, "vw-pt-1", []string{"Week 1"}},
		{kb.End, "vw-pt-3", []string{"Week 3"}},
	}
	for _, s := range steps {
		tb.do("press a key", chromedp.KeyEvent(s.key))
		cond := `document.activeElement.id === '` + s.want + `'`
		for _, w := range s.tip {
			cond += ` && ` + tipJS + `.includes('` + w + `')`
		}
		tb.waitFor("focus on "+s.want+" with its tooltip", cond, stepTimeout)
	}
	tb.do("press Escape", chromedp.KeyEvent(kb.Escape))
	tb.waitFor("no tooltip after Escape", tipJS+` === ''`, stepTimeout)

	// Hovering shows the same tooltip as focusing.
	tb.do("blur", chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))
	type pt struct{ X, Y float64 }
	c := eval[pt](tb, `(() => { const r = document.querySelector('#vw-pt-2 [data-vw~=mark]').getBoundingClientRect(); return {X: r.x + r.width/2, Y: r.y + r.height - 5}; })()`)
	tb.do("hover week 2", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, c.X, c.Y))
	tb.waitFor("week 2's tooltip on hover", tipJS+`.includes('Week 2') && `+tipJS+`.includes('31,140,000 hours viewed')`, stepTimeout)
	tb.do("move away", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1, 1))
	tb.waitFor("no tooltip after the mouse leaves", tipJS+` === ''`, stepTimeout)
	if got := eval[string](tb, `document.querySelector('#vw-pt-1').getAttribute('tabindex')`); got != "0" {
		t.Errorf("tabindex %q", got)
	}
	tb.assertClean()
}

// TestViewershipMetricSwitch clicks the metric links: the chart and the
// address change in place, without a reload, and back goes back.
func TestViewershipMetricSwitch(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/viewership")
	tb.waitWasm()
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
	svgIs := func(metric string) string {
		return `(document.querySelector('.vw-chart svg').getAttribute('data-vw') || '').split(' ').includes('` + metric + `')`
	}
	if !eval[bool](tb, svgIs("weekly")) {
		t.Fatal("the chart does not start on weekly hours")
	}
	for _, m := range []struct{ metric, label, check string }{
		{"rank", "Rank", `document.querySelector('#vw-pt-3').getAttribute('aria-label').includes('rank not stated') && document.querySelectorAll('.vw-chart [data-vw~=bar]').length === 0`},
		{"cumulative", "Cumulative", `document.querySelector('#vw-pt-2').getAttribute('aria-label').includes('47,800,000')`},
		{"weekly", "Weekly hours", `document.querySelectorAll('.vw-chart [data-vw~=bar]').length === 3`},
	} {
		sel := `nav.vw-metrics a[href="/viewership?metric=` + m.metric + `"]`
		tb.do("click "+m.label, chromedp.Click(chromedp.CSS(sel)))
		tb.waitFor("the "+m.metric+" chart", `location.search === '?metric=`+m.metric+`' && `+svgIs(m.metric)+` && `+m.check, stepTimeout)
		if got := eval[string](tb, `document.querySelector('nav.vw-metrics a[aria-current=page]').textContent`); got != m.label {
			t.Errorf("current metric %q, want %q", got, m.label)
		}
	}
	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("switching metrics reloaded the page")
	}
	tb.do("go back", chromedp.Evaluate[chromedp.Void](`history.back()`))
	tb.waitFor("the cumulative chart again", `location.search === '?metric=cumulative' && `+svgIs("cumulative"), stepTimeout)

	// A deep link restores the metric; an unknown one says so.
	tb.navigate("/viewership?metric=rank")
	tb.waitWasm()
	tb.waitFor("the rank chart from the address", svgIs("rank"), stepTimeout)
	tb.navigate("/viewership?metric=views")
	tb.waitWasm()
	tb.waitFor("a notice naming the unknown metric", `(document.querySelector('main#main p.status') || {textContent: ''}).textContent.includes('views') && `+svgIs("weekly"), stepTimeout)
	tb.assertClean()
}

// TestViewershipCSV reads the Download CSV link, the build's
// data/viewership.csv: the rows of the table.
func TestViewershipCSV(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/viewership")
	tb.waitWasm()
	type csvs struct {
		Href, Link, File, Download string
	}
	got := run(tb, "read both CSVs", chromedp.Evaluate[csvs](`(async () => {
		const a = document.querySelector('a.vw-csv');
		return {Href: a.getAttribute('href'), Download: a.getAttribute('download') || '',
			Link: await (await fetch(a.href)).text(),
			File: await (await fetch('/data/viewership.csv')).text()};
	})()`, chromedp.EvalAwaitPromise))
	if got.Href != "/data/viewership.csv" || got.Download == "" {
		t.Errorf("the link is %q with download=%q, want /data/viewership.csv to download", got.Href, got.Download)
	}
	if got.Link != got.File {
		t.Errorf("the link's CSV differs from data/viewership.csv:\n%s\n---\n%s", got.Link, got.File)
	}
	rows := strings.Split(strings.TrimSpace(got.Link), "\n")
	want := []string{
		"week,from,to,period_basis,hours_viewed,hours_basis,cumulative_hours,cumulative_basis,rank,rank_basis,arithmetic,sources",
		"1,2022-08-21,2022-08-28,stated,16660000,stated,16660000,stated,7,stated,",
		"2,2022-08-28,2022-09-04,stated,31140000,stated,47800000,derived,4,stated,",
		"3,2022-09-04,2022-09-11,derived,18210000,derived,66010000,stated,,not stated,",
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %q", len(rows), len(want), rows)
	}
	for i, w := range want {
		if !strings.HasPrefix(rows[i], w) {
			t.Errorf("row %d: %q, want it to start %q", i, rows[i], w)
		}
	}
	tb.assertClean()
}

// TestViewershipNoJump compares the prerendered page (scripts off) with
// the live one at 360 and 1280 px: the chart must not move or resize when
// the wasm takes over.
func TestViewershipNoJump(t *testing.T) {
	for _, width := range []int64{360, 1280} {
		after := assertNoJump(t, "/viewership", ".vw-chart svg", width)
		if width == 360 && after.Width > 360 {
			t.Errorf("the chart is %.0f px wide at 360 px", after.Width)
		}
	}
}
