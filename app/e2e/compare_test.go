//go:build e2e

package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// selectedJS is the value chosen in a picker list ("a" or "b").
func selectedJS(side string) string {
	return `document.querySelector('main#main select#pick-` + side + `').value`
}

// TestComparePicker changes the right-hand article in the picker: the page
// shows the new pair in place, without a reload, and the address says so.
func TestComparePicker(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/compare")
	tb.waitWasm()
	if a, b := eval[string](tb, selectedJS("a")), eval[string](tb, selectedJS("b")); a != article0 || b != article2 {
		t.Fatalf("default pair %s, %s; want the two most alike, %s and %s", a, b, article0, article2)
	}
	// The page as loaded is laid out like the prerendered page; a change
	// of pair lays out its rows, and its sections below a phone's screen,
	// near the screen only (content-visibility).
	lazyJS := `['ol.align > li.row', 'section.aligned', 'section.similarity'].map(s =>
		s + ' ' + getComputedStyle(document.querySelector('main#main ' + s)).contentVisibility).join(', ')`
	if got, want := eval[string](tb, lazyJS), "ol.align > li.row visible, section.aligned visible, section.similarity visible"; got != want {
		t.Errorf("the loaded page's content-visibility: %s, want %s", got, want)
	}
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
	tb.do("choose A4 on the right", chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.querySelector('main#main select#pick-b');
		s.focus();
		s.value = '`+article3+`';
		s.dispatchEvent(new Event('change', {bubbles: true}));
	})()`))
	tb.waitFor("the new pair", `location.search === '?a=`+article0+`&b=`+article3+`' && document.querySelector('main#main .align-head .cell-b .label').textContent === 'A4'`, stepTimeout)
	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("choosing an article reloaded the page")
	}
	if got := eval[string](tb, selectedJS("b")); got != article3 {
		t.Errorf("right list shows %s after the change", got)
	}
	// The focus stays on the list (a keyboard user steps through it with
	// the arrow keys, each step a change of pair).
	if got := eval[string](tb, `document.activeElement.id`); got != "pick-b" {
		t.Errorf("after the change the focus is on %q, want the list pick-b", got)
	}
	if got := eval[string](tb, `document.title`); !strings.HasPrefix(got, "Compare A1 and A4") {
		t.Errorf("title %q", got)
	}
	// The new pair draws every row at once: the rows a deep link shows.
	rowsJS := `[...document.querySelectorAll('main#main ol.align > li.row')].map(li => li.className + ' ' + li.textContent.length)`
	changed := eval[[]string](tb, rowsJS)
	if len(changed) <= 8 {
		t.Errorf("after the change the list has %d rows", len(changed))
	}
	if got, want := eval[string](tb, lazyJS), "ol.align > li.row auto, section.aligned auto, section.similarity auto"; got != want {
		t.Errorf("after a change of pair, content-visibility: %s, want %s", got, want)
	}
	// A deep link draws its pair: the client's first render is the
	// address's page (not the default pair, then this one).
	deep := newTab(t)
	deep.navigate("/compare?a=" + article0 + "&b=" + article3)
	deep.waitWasm()
	if got := eval[[]string](deep, rowsJS); strings.Join(got, "|") != strings.Join(changed, "|") {
		t.Errorf("the rows after a change of pair differ from the deep link's: %d rows, want %d", len(changed), len(got))
	}

	// The swap link exchanges the sides.
	tb.do("click swap", chromedp.Click(chromedp.CSS(`main#main form.picker a.swap`)))
	tb.waitFor("the swapped pair", `location.search === '?a=`+article3+`&b=`+article0+`' && document.querySelector('main#main .align-head .cell-a .label').textContent === 'A4'`, stepTimeout)
	if a := eval[string](tb, selectedJS("a")); a != article3 {
		t.Errorf("after swapping the left list shows %s", a)
	}
	// After the lists were used, a matrix cell still sets both lists. The
	// matrix is far below: scrolled to, it is laid out (the page drawn by
	// the swap is lazy).
	cell := `main#main table.sim-matrix a[href="/compare?a=` + article1 + `&b=` + article4 + `"]`
	tb.do("scroll to the matrix", chromedp.Evaluate[chromedp.Void](`new Promise(done => {
		const el = document.querySelector(`+strconv.Quote(cell)+`);
		el.scrollIntoView({block: 'center'});
		let top = NaN;
		const settled = () => { const t = el.getBoundingClientRect().top; t === top ? done() : (top = t, requestAnimationFrame(settled)); };
		requestAnimationFrame(settled);
	})`, chromedp.EvalAwaitPromise))
	tb.do("click the A2·A5 cell", chromedp.Click(cell))
	tb.waitFor("the A2·A5 pair", `location.search === '?a=`+article1+`&b=`+article4+`' && document.querySelector('main#main .align-head .cell-b .label').textContent === 'A5'`, stepTimeout)
	if a, b := eval[string](tb, selectedJS("a")), eval[string](tb, selectedJS("b")); a != article1 || b != article4 {
		t.Errorf("after a matrix cell the lists show %s, %s", a, b)
	}
	tb.assertClean()
}

// TestCompareURLState opens a pair by its address: the picker, the rows
// and the matrix's current cell restore it; a matrix cell changes the pair.
func TestCompareURLState(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/compare?a=" + article3 + "&b=" + article1)
	tb.waitWasm()
	if a, b := eval[string](tb, selectedJS("a")), eval[string](tb, selectedJS("b")); a != article3 || b != article1 {
		t.Errorf("picker shows %s, %s", a, b)
	}
	if got := eval[string](tb, `document.querySelector('main#main table.sim-matrix a[aria-current=page]').getAttribute('href')`); got != "/compare?a="+article3+"&b="+article1 {
		t.Errorf("current matrix cell %q", got)
	}
	if !eval[bool](tb, `document.querySelector('main#main .cell-a span#a-l5s1') !== null && document.querySelector('main#main .cell-b span#b-l3s1') !== null`) {
		t.Error("the rows do not hold A4's and A2's first sentences")
	}
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
	tb.do("click the A1·A2 cell", chromedp.Click(chromedp.CSS(`main#main table.sim-matrix a[href="/compare?a=`+article0+`&b=`+article1+`"]`)))
	tb.waitFor("the A1·A2 pair", `location.search === '?a=`+article0+`&b=`+article1+`' && document.querySelector('main#main select#pick-a').value === '`+article0+`'`, stepTimeout)
	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("clicking a matrix cell reloaded the page")
	}
	tb.assertClean()
}

// TestCompareBadID shows a clear message with the picker for an unknown
// id, never a blank page.
func TestCompareBadID(t *testing.T) {
	for _, q := range []string{"?a=zzz&b=" + article1, "?a=" + article1 + "&b=" + article1} {
		t.Run(q, func(t *testing.T) {
			tb := newTab(t)
			tb.navigate("/compare" + q)
			tb.waitWasm()
			msg := eval[string](tb, `(document.querySelector('main#main p.status[role=status]') || {}).textContent || ''`)
			if msg == "" || !strings.Contains(msg, "zzz") && !strings.Contains(msg, "Both sides") {
				t.Errorf("message %q", msg)
			}
			if !eval[bool](tb, `document.querySelectorAll('main#main form.picker select').length === 2`) {
				t.Error("no picker")
			}
			if eval[bool](tb, `document.querySelector('main#main ol.align') !== null`) {
				t.Error("rows show for a bad choice")
			}
			tb.assertClean()
		})
	}
}

// TestCompareAlignmentRows checks the rows of A1 beside A3, and that on a
// phone the switch shows one column at a time.
func TestCompareAlignmentRows(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/compare?a=" + article0 + "&b=" + article2)
	tb.waitWasm()
	counts := eval[map[string]int](tb, `(() => {
		const n = s => document.querySelectorAll('main#main ol.align ' + s).length;
		return {rows: n('li.row'), shared: n('li.k-shared'), reworded: n('li.k-reworded'), onlyA: n('li.k-only-a'), marks: n('li.k-reworded mark.diff')};
	})()`)
	if counts["rows"] < 40 || counts["shared"] < 1 || counts["reworded"] < 3 || counts["onlyA"] < 1 || counts["marks"] < 5 {
		t.Errorf("rows: %v", counts)
	}
	// A shared row holds both sentences side by side.
	if !eval[bool](tb, `(() => {
		const r = [...document.querySelectorAll('main#main li.k-shared')].find(li => li.textContent.includes('Adjusted view share'));
		return !!r && r.querySelector('.cell-b').textContent.includes('adjusted view share');
	})()`) {
		t.Error("no shared row with the metrics sentence on both sides")
	}
	visible := func(sel string) bool {
		return eval[bool](tb, `(() => { const e = document.querySelector('main#main `+sel+`'); return !!e && e.getClientRects().length > 0; })()`)
	}
	if !visible("li.k-shared .cell-a") || !visible("li.k-shared .cell-b") || visible(".side-switch") {
		t.Error("at desktop width both columns should show, and no switch")
	}
	tb.do("set a phone viewport", chromedp.EmulateViewport(360, viewportHeight))
	tb.waitFor("the switch", `getComputedStyle(document.querySelector('main#main .side-switch')).display !== 'none'`, stepTimeout)
	if !visible("li.k-shared .cell-a") || visible("li.k-shared .cell-b") {
		t.Error("on a phone the left column alone should show first")
	}
	tb.do("switch to A3", chromedp.Click(chromedp.CSS(`main#main .side-switch label[for=side-b]`)))
	tb.waitFor("the right column", `document.querySelector('main#main #side-b').checked`, stepTimeout)
	if visible("li.k-shared .cell-a") || !visible("li.k-shared .cell-b") {
		t.Error("after the switch the right column alone should show")
	}
	if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("the page is %dpx wide on a 360px phone", w)
	}
	tb.assertClean()
}

// TestFactsMatrix checks the claims matrix, its filter, and a row's link
// to the aligned passages.
func TestFactsMatrix(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/compare")
	tb.waitWasm()
	tb.do("follow the link to the claims matrix", chromedp.Click(chromedp.CSS(`main#main .pair-summary a[href="/facts"]`)))
	tb.waitFor("the claims matrix", atJS("/facts", "Claims matrix"), stepTimeout)
	all := eval[int](tb, `document.querySelectorAll('main#main tr.fact-row').length`)
	conflicts := eval[int](tb, `document.querySelectorAll('main#main tr.fact-row.is-conflict').length`)
	if all < 40 || conflicts < 10 {
		t.Errorf("%d facts, %d conflicts", all, conflicts)
	}
	if got := eval[string](tb, `document.querySelector('main#main tr#critics td').textContent`); !strings.Contains(got, "62%") {
		t.Errorf("A1's critics score cell %q", got)
	}
	if got := eval[string](tb, `document.querySelector('main#main tr#quote-nina-metz-engrossing-enough-to-keep td mark.diff').textContent`); got != "interesting" {
		t.Errorf("marked %q in A1's Nina Metz quote", got)
	}
	tb.do("filter the conflicts", chromedp.Click(chromedp.CSS(`main#main nav.tabs a[href="/facts?status=conflict"]`)))
	tb.waitFor("the conflicts", `location.search === '?status=conflict' && document.querySelectorAll('main#main tr.fact-row').length === `+strconv.Itoa(conflicts), stepTimeout)
	if n := eval[int](tb, `document.querySelectorAll('main#main tr.fact-row:not(.is-conflict)').length`); n != 0 {
		t.Errorf("%d rows that are not conflicts", n)
	}
	tb.do("follow A1's critics score to the aligned passages", chromedp.Click(chromedp.CSS(`main#main tr#critics td a.aligned-link`)))
	tb.waitFor("the aligned passage", `location.pathname === '/compare' && location.hash === '#a-l8s3' && document.getElementById('a-l8s3') !== null`, stepTimeout)
	if got := eval[string](tb, `document.getElementById('a-l8s3').textContent`); !strings.Contains(got, "62%") {
		t.Errorf("the passage linked is %q", got)
	}
	// The passage shows below the sticky column heads, not under them.
	tb.waitFor("the passage below the column heads", belowJS(`document.getElementById('a-l8s3')`, `document.querySelector('main#main .align-head')`), stepTimeout)
	tb.assertClean()
}

// TestFactsMatrixOnAPhone: on a phone each fact is a card, each article a
// line of it: the article's label, then its values, every one of them in
// the values' column (a cell with two values put the second in the
// label's narrow column, one letter wide).
func TestFactsMatrixOnAPhone(t *testing.T) {
	tb := newTab(t)
	tb.do("set a phone viewport", chromedp.EmulateViewport(360, viewportHeight))
	tb.navigate("/facts")
	tb.waitWasm()
	got := eval[[]int](tb, `(() => {
		const cells = [...document.querySelectorAll('main#main .claims-matrix td')].filter(td => td.querySelectorAll('.val').length > 1);
		const off = cells.filter(td => new Set([...td.querySelectorAll('.val')].map(v => Math.round(v.getBoundingClientRect().left))).size !== 1);
		return [cells.length, off.length];
	})()`)
	if got[0] == 0 {
		t.Fatal("no cell holds two values: the test checks nothing")
	}
	if got[1] != 0 {
		t.Errorf("%d of %d cells with several values do not line them up", got[1], got[0])
	}
	tb.assertClean()
}

// belowJS is true when the element target is on screen and not under the
// element head (a sticky head over the place the page scrolled to).
func belowJS(target, head string) string {
	return `(() => { const t = ` + target + `.getBoundingClientRect(), h = ` + head + `.getBoundingClientRect();
		return t.top >= h.bottom - 1 && t.top >= 0 && t.top < innerHeight; })()`
}
