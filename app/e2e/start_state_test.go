//go:build e2e

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// focusedNameJS names the focused element by its id, or its name.
const focusedNameJS = `(() => { const a = document.activeElement; return a ? (a.id || a.name || a.tagName) : ''; })()`

// TestStartKeepsWhatWasTyped: what a visitor types, chooses and focuses on
// the prerendered page while the wasm is still coming (seconds on a phone)
// survives go-app's replacement of the page, and the page acts on it once
// it can. The wasm is held until the visitor has acted.
func TestStartKeepsWhatWasTyped(t *testing.T) {
	t.Run("cast filter", func(t *testing.T) {
		tb := newTab(t)
		release := tb.holdWasm()
		tb.navigate("/cast")
		tb.do("type in the filter before the start", chromedp.SendKeys(`#cast-q`, "yun"))
		if eval[bool](tb, wasmRanJS) {
			t.Fatal("the wasm ran although its request is held")
		}
		release()
		tb.waitWasm()
		if got := eval[string](tb, `document.querySelector('#cast-q').value`); got != "yun" {
			t.Errorf("filter %q after the start, want what was typed, yun", got)
		}
		if got := eval[string](tb, focusedNameJS); got != "cast-q" {
			t.Errorf("focus on %q after the start, want the filter", got)
		}
		tb.waitFor("the list narrowed to the Yuns", `location.search === "?q=yun" && `+
			`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 4`, stepTimeout)
		// The caret stays where it was: the next key goes after the text.
		tb.do("type on", chromedp.SendKeys(`#cast-q`, "x"))
		if got := eval[string](tb, `document.querySelector('#cast-q').value`); got != "yunx" {
			t.Errorf("filter %q after one more key, want yunx", got)
		}
		tb.assertClean()
	})
	t.Run("header search", func(t *testing.T) {
		tb := newTab(t)
		release := tb.holdWasm()
		tb.navigate("/")
		tb.do("type in the header's search box", chromedp.SendKeys(`header input[name=q]`, "chase"))
		release()
		tb.waitWasm()
		if got := eval[string](tb, `document.querySelector('header input[name=q]').value`); got != "chase" {
			t.Errorf("header search %q after the start, want chase", got)
		}
		if got := eval[string](tb, focusedNameJS); got != "q" {
			t.Errorf("focus on %q after the start, want the header's search box", got)
		}
		tb.assertClean()
	})
	t.Run("compare pair", func(t *testing.T) {
		tb := newTab(t)
		release := tb.holdWasm()
		tb.navigate("/compare")
		tb.do("choose A4 on the right before the start", chromedp.Evaluate[chromedp.Void](`(() => {
			const s = document.querySelector('main#main select#pick-b');
			s.focus();
			s.value = '`+article3+`';
		})()`))
		release()
		tb.waitWasm()
		tb.waitFor("the chosen pair", `location.search === '?a=`+article0+`&b=`+article3+`' && `+
			`document.querySelector('main#main .align-head .cell-b .label').textContent === 'A4'`, stepTimeout)
		if got := eval[string](tb, focusedNameJS); got != "pick-b" {
			t.Errorf("focus on %q after the start, want the list pick-b", got)
		}
		tb.assertClean()
	})
}
