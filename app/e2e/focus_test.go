//go:build e2e

package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestFocusFollowsNavigation: after an in-app navigation the new page's
// heading has the focus, as after a page load; the first load leaves the
// focus alone.
func TestFocusFollowsNavigation(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/")
	tb.waitWasm()
	if got := eval[string](tb, `document.activeElement.tagName`); got != "BODY" {
		t.Errorf("first load focused %s", got)
	}
	tb.do("click Articles", chromedp.Click(chromedp.CSS(`nav[aria-label=Main] a[href="/articles"]`)))
	tb.waitFor("the focus on the new heading", `document.activeElement === document.querySelector('main h1') && document.activeElement.textContent === 'Articles'`, stepTimeout)
}

// TestNoHorizontalScroll: no page scrolls sideways, loaded on a 360 px
// phone, then at 768, 1024 and 1440 px (wide tables scroll inside their own
// box).
func TestNoHorizontalScroll(t *testing.T) {
	tb := newTab(t)
	for _, r := range allRoutes(t) {
		tb.do("phone viewport", chromedp.EmulateViewport(360, 740))
		tb.navigate(r.path)
		tb.waitWasm()
		for _, width := range []int64{360, 768, 1024, 1440} {
			tb.do("set the viewport", chromedp.EmulateViewport(width, 800))
			tb.do("wait two frames", chromedp.Evaluate[chromedp.Void](
				`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`, chromedp.EvalAwaitPromise))
			if w := eval[int64](tb, `document.documentElement.scrollWidth`); w > width {
				wide := eval[string](tb, fmt.Sprintf(`[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > %d).slice(0, 3).map(e => e.tagName + '.' + e.getAttribute('class')).join(', ')`, width+1))
				t.Errorf("%s: page is %d px wide at %d (too wide: %s)", r.path, w, width, wide)
			}
		}
	}
}
