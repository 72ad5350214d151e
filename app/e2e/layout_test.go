//go:build e2e

package e2e

import (
	"math"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// layout is where the page puts its h1, and how tall the page is.
type layout struct {
	Left         float64 `json:"left"`
	Top          float64 `json:"top"`
	Width        float64 `json:"width"`
	Height       float64 `json:"height"`
	ScrollHeight float64 `json:"scrollHeight"`
}

// boxJS measures the first element matching selector (page coordinates)
// and the height of the page.
func boxJS(selector string) string {
	return `(() => {
	const r = document.querySelector(` + strconv.Quote(selector) + `).getBoundingClientRect();
	return {left: r.left + scrollX, top: r.top + scrollY, width: r.width, height: r.height,
		scrollHeight: document.body.scrollHeight};
})()`
}

// assertNoJump loads path at the given width twice: prerendered, with
// scripts disabled, and after the wasm ran. The element matching selector
// and the height of the page must not move by more than 1 px. It returns
// the live layout.
func assertNoJump(t *testing.T, path, selector string, width int64) layout {
	t.Helper()
	measure := func(tb *tab, wasm bool) layout {
		tb.do("set the viewport", chromedp.EmulateViewport(width, viewportHeight))
		tb.navigate(path)
		if wasm {
			tb.waitWasm()
		}
		return eval[layout](tb, boxJS(selector))
	}
	before := measure(newTab(t, withoutJS()), false)
	live := newTab(t)
	after := measure(live, true)
	for _, f := range []struct {
		name   string
		pr, wa float64
	}{
		{"left", before.Left, after.Left},
		{"top", before.Top, after.Top},
		{"width", before.Width, after.Width},
		{"height", before.Height, after.Height},
		{"body.scrollHeight", before.ScrollHeight, after.ScrollHeight},
	} {
		if math.Abs(f.pr-f.wa) > 1 {
			t.Errorf("%s at %d px: %s of %s %.1fpx prerendered, %.1fpx after the wasm ran", path, width, f.name, selector, f.pr, f.wa)
		}
	}
	live.assertClean()
	return after
}

// TestNoLayoutJump compares the prerendered page, read with scripts
// disabled, with the page that the wasm rendered, at the same viewport: the
// h1 and the height of the page must not move when go-app takes over.
func TestNoLayoutJump(t *testing.T) {
	for _, path := range []string{"/", "/articles/" + article0, "/cast", "/cast/arden-cho", "/cast/crew"} {
		t.Run(routeName(path), func(t *testing.T) {
			assertNoJump(t, path, "main#main h1", viewportWidth)
		})
	}
}
