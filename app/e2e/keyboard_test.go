//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// focusedJS describes the focused element: its tag, id, class, href and
// text, e.g. "A#.skip[#main] Skip to content".
const focusedJS = `(() => { const e = document.activeElement; if (!e) return '';
	return e.tagName + '#' + e.id + '.' + (e.getAttribute('class') || '') + '[' + (e.getAttribute('href') || '') + '] ' +
		(e.textContent || '').trim().slice(0, 40); })()`

// press presses a key in the page.
func (tb *tab) press(key string) {
	tb.t.Helper()
	tb.do("press "+key, chromedp.KeyEvent(key))
}

// tabTo presses Tab until the focused element matches the CSS selector, at
// most limit times, and fails the test naming the way it went otherwise.
func (tb *tab) tabTo(selector string, limit int) {
	tb.t.Helper()
	var path []string
	for i := 0; i < limit; i++ {
		tb.press(kb.Tab)
		if eval[bool](tb, `!!document.activeElement && document.activeElement.matches(`+jsString(selector)+`)`) {
			return
		}
		path = append(path, eval[string](tb, focusedJS))
	}
	tb.t.Fatalf("%d Tabs did not reach %s; focus went %s", limit, selector, strings.Join(path, " → "))
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// visibleFocusJS says how the focused element shows its focus: "" when it
// shows no outline and no box shadow.
const visibleFocusJS = `(() => { const s = getComputedStyle(document.activeElement);
	const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'outline ' + s.outlineWidth + ' ' + s.outlineColor : '';
	return ring || (s.boxShadow !== 'none' ? 'box-shadow ' + s.boxShadow : ''); })()`

// TestKeyboardSkipLinkAndNav: the first Tab reaches the skip link, which
// shows and moves the focus to main; the nav links are next after the
// brand, show their focus, and Enter follows them.
func TestKeyboardSkipLinkAndNav(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/articles")
	tb.waitWasm()
	tb.press(kb.Tab)
	if got := eval[string](tb, focusedJS); !strings.HasPrefix(got, "A#.skip[#main] Skip to content") {
		t.Fatalf("the first Tab focused %q, want the skip link", got)
	}
	if cover := eval[string](tb, coverJS(".skip")); cover != "" {
		t.Errorf("the focused skip link is not visible: %s", cover)
	}
	if ring := eval[string](tb, visibleFocusJS); ring == "" {
		t.Error("the focused skip link shows no focus ring")
	}
	tb.press(kb.Enter)
	tb.waitFor("the focus in main", `document.activeElement === document.querySelector('main#main')`, stepTimeout)
	// The next Tab goes into the page's content, not back to the header.
	tb.press(kb.Tab)
	if !eval[bool](tb, `document.querySelector('main#main').contains(document.activeElement) && document.activeElement !== document.querySelector('main#main')`) {
		t.Errorf("Tab after the skip link focused %q, outside main", eval[string](tb, focusedJS))
	}

	// From the top again: skip link, brand, then the nav links in order.
	tb.navigate("/articles")
	tb.waitWasm()
	var order []string
	for i := 0; i < 2+len(navLinks); i++ {
		tb.press(kb.Tab)
		order = append(order, eval[string](tb, `document.activeElement.getAttribute('href') || ''`))
		if i == 3 {
			if ring := eval[string](tb, visibleFocusJS); ring == "" {
				t.Errorf("the focused nav link %s shows no focus ring", order[i])
			}
		}
	}
	want := append([]string{"#main", "/"}, navLinks...)
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("Tab order %v, want %v", order, want)
	}
	// Back to Cast, and Enter.
	tb.do("focus Cast", chromedp.Focus(chromedp.CSS(`nav[aria-label=Main] a[href="/cast"]`)))
	tb.press(kb.Enter)
	tb.waitFor("/cast with the focus on its heading", `location.pathname === '/cast' && document.activeElement === document.querySelector('main h1') && document.activeElement.textContent === 'Cast'`, stepTimeout)
	tb.assertClean()
}

// navLinks are the main navigation's links, in order.
var navLinks = []string{"/articles", "/cast", "/viewership", "/compare", "/search", "/timeline"}

// TestKeyboardCastFilter: Tab to the cast search box, type, then Tab to a
// role link and press Enter.
func TestKeyboardCastFilter(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/cast")
	tb.waitWasm()
	tb.tabTo("#cast-q", 40)
	tb.press("yun")
	tb.waitFor("the list narrowed to the Yuns", `location.search === "?q=yun" && `+
		`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 4`, stepTimeout)
	tb.tabTo(`a.seg-role[href*="role=recurring"]`, 10)
	if ring := eval[string](tb, visibleFocusJS); ring == "" {
		t.Error("the focused role link shows no focus ring")
	}
	tb.press(kb.Enter)
	tb.waitFor("recurring Yuns", `new URLSearchParams(location.search).get('role') === 'recurring' && `+
		`new URLSearchParams(location.search).get('q') === 'yun' && `+
		`document.querySelector('main#main a.seg-role[aria-current=page]').textContent === 'Recurring'`, stepTimeout)
	n := eval[int](tb, `document.querySelectorAll('main#main li.cast-card:not([hidden])').length`)
	if n == 0 || n >= 4 {
		t.Errorf("%d recurring Yuns shown, want fewer than the 4 Yuns and some", n)
	}
	tb.assertClean()
}

// TestKeyboardChart: Tab reaches the first point of the chart, which shows
// its tooltip and a focus ring; the arrow keys move along the points.
func TestKeyboardChart(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/viewership")
	tb.waitWasm()
	tb.tabTo(`#vw-pt-1`, 80)
	tb.waitFor("week 1's tooltip", tipJS+`.includes('Week 1')`, stepTimeout)
	if ring := eval[string](tb, `(() => { const s = getComputedStyle(document.querySelector('#vw-pt-1 [data-vw~=mark]'));
		return s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2 ? 'stroke' : ''; })() || `+visibleFocusJS); ring == "" {
		t.Error("the focused point shows no focus")
	}
	tb.press(kb.ArrowRight)
	tb.waitFor("week 2 focused, with its tooltip", `document.activeElement.id === 'vw-pt-2' && `+tipJS+`.includes('Week 2')`, stepTimeout)
	tb.press(kb.ArrowLeft)
	tb.waitFor("week 1 again", `document.activeElement.id === 'vw-pt-1' && `+tipJS+`.includes('Week 1')`, stepTimeout)
	tb.assertClean()
}

// TestKeyboardComparePicker: Tab to the right-hand list and press the down
// arrow: the page shows the new pair.
func TestKeyboardComparePicker(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/compare")
	tb.waitWasm()
	before := eval[string](tb, selectedJS("b"))
	tb.tabTo(`select#pick-b`, 40)
	if ring := eval[string](tb, visibleFocusJS); ring == "" {
		t.Error("the focused list shows no focus ring")
	}
	tb.press(kb.ArrowDown)
	tb.waitFor("a new pair", `new URLSearchParams(location.search).get('b') !== null && `+
		`new URLSearchParams(location.search).get('b') !== '`+before+`' && `+
		`document.querySelector('main#main select#pick-b').value === new URLSearchParams(location.search).get('b')`, stepTimeout)
	after := eval[string](tb, selectedJS("b"))
	if label := eval[string](tb, `document.querySelector('main#main .align-head .cell-b .label').textContent`); label == "" || after == before {
		t.Errorf("after the arrow key: right list %s (was %s), column %q", after, before, label)
	}
	tb.assertClean()
}
