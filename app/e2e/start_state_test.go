//go:build e2e

package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// focusedNameJS names the focused element by its id, or its name.
const focusedNameJS = `(() => { const a = document.activeElement; return a ? (a.id || a.name || a.tagName) : ''; })()`

// TestStartKeepsWhatWasTyped: what a visitor types, chooses and focuses on
// the prerendered page while the wasm is still coming (seconds on a phone)
// survives go-app's replacement of the page, and the page acts on it once
// it can.
func TestStartKeepsWhatWasTyped(t *testing.T) {
	t.Run("cast filter", func(t *testing.T) {
		tb := actBeforeStart(t, "/cast", "type in the filter", chromedp.SendKeys(`#cast-q`, "yun"))
		assertKept(t, tb, `#cast-q`, "yun", "cast-q")
		tb.waitFor("the list narrowed to the Yuns", `location.search === "?q=yun" && `+
			`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 4`, stepTimeout)
		// The caret stays where it was: the next key goes after the text.
		tb.do("type on", chromedp.SendKeys(`#cast-q`, "x"))
		assertKept(t, tb, `#cast-q`, "yunx", "cast-q")
		tb.assertClean()
	})
	t.Run("header search", func(t *testing.T) {
		tb := actBeforeStart(t, "/", "type in the header's search box", chromedp.SendKeys(`header input[name=q]`, "chase"))
		assertKept(t, tb, `header input[name=q]`, "chase", "q")
		tb.assertClean()
	})
	t.Run("compare pair", func(t *testing.T) {
		tb := actBeforeStart(t, "/compare", "choose A4 on the right", chromedp.Evaluate[chromedp.Void](`(() => {
			const s = document.querySelector('main#main select#pick-b');
			s.focus();
			s.value = '`+article3+`';
		})()`))
		tb.waitFor("the chosen pair", `location.search === '?a=`+article0+`&b=`+article3+`' && `+
			`document.querySelector('main#main .align-head .cell-b .label').textContent === 'A4'`, stepTimeout)
		assertKept(t, tb, `main#main select#pick-b`, article3, "pick-b")
		tb.assertClean()
	})
}

// actBeforeStart loads path with the wasm's request held, does action on
// the prerendered page, then lets the wasm run and waits for the start.
func actBeforeStart(t *testing.T, path, what string, action chromedp.Action[chromedp.Void]) *tab {
	t.Helper()
	tb := newTab(t)
	release := tb.holdWasm()
	tb.navigate(path)
	tb.do(what+" before the start", action)
	if eval[bool](tb, wasmRanJS) {
		t.Fatal("the wasm ran although its request is held")
	}
	release()
	tb.waitWasm()
	return tb
}

// assertKept checks the value of the field matching selector and the name
// of the focused element.
func assertKept(t *testing.T, tb *tab, selector, value, focused string) {
	t.Helper()
	if got := eval[string](tb, `document.querySelector(`+strconv.Quote(selector)+`).value`); got != value {
		t.Errorf("%s holds %q after the start, want %q", selector, got, value)
	}
	if got := eval[string](tb, focusedNameJS); got != focused {
		t.Errorf("focus on %q after the start, want %q", got, focused)
	}
}

// TestStartKeepsOpenedDisclosures: a disclosure the visitor opened stays
// open when go-app replaces the prerendered page (closing it would also
// pull up everything below it). On /compare go-app draws the page itself;
// a static page's content is its prerendered HTML, taken as the start
// begins, open disclosures included.
func TestStartKeepsOpenedDisclosures(t *testing.T) {
	for _, path := range []string{"/compare", "/"} {
		t.Run(routeName(path), func(t *testing.T) {
			tb := actBeforeStart(t, path, "open the first disclosure", chromedp.Evaluate[chromedp.Void](
				`document.querySelector('main#main details').open = true`))
			if !eval[bool](tb, `document.querySelector('main#main details').open`) {
				t.Error("the disclosure opened before the start is closed after it")
			}
			if n := eval[int](tb, `document.querySelectorAll('main#main details[open]').length`); n != 1 {
				t.Errorf("%d disclosures open after the start, want the one", n)
			}
			tb.assertClean()
		})
	}
}

// TestStartKeepsTheSelection: text the visitor selected before the start
// (a quotation to copy) is still selected after it, on a static page and
// on one go-app draws itself (from the first long text into the sixth
// text after it, across elements).
func TestStartKeepsTheSelection(t *testing.T) {
	for _, path := range []string{"/cast/arden-cho", "/compare"} {
		t.Run(routeName(path), func(t *testing.T) {
			tb := actBeforeStart(t, path, "select some text", chromedp.Evaluate[chromedp.Void](`(() => {
				const w = document.createTreeWalker(document.querySelector('main#main'), NodeFilter.SHOW_TEXT,
					(n) => n.parentElement.closest('select') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
				let t = w.nextNode();
				while (t && t.length < 45) t = w.nextNode();
				let u = t;
				for (let i = 0; i < 6; i++) u = w.nextNode() || u;
				getSelection().setBaseAndExtent(t, 4, u, Math.min(2, u.length));
				window.__selected = getSelection().toString();
			})()`))
			want := eval[string](tb, `window.__selected || ''`)
			if len(want) < 45 {
				t.Fatalf("selected %q before the start: want a selection across elements", want)
			}
			if got := eval[string](tb, `getSelection().toString()`); got != want {
				t.Errorf("selection %q after the start, want %q", got, want)
			}
			tb.assertClean()
		})
	}
}
