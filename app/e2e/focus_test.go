//go:build e2e

package e2e

import (
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

// TestNoHorizontalScrollOnPhones: at 360 px no page scrolls sideways.
func TestNoHorizontalScrollOnPhones(t *testing.T) {
	tb := newTab(t)
	tb.do("phone viewport", chromedp.EmulateViewport(360, 740))
	for _, r := range allRoutes(t) {
		tb.navigate(r.path)
		tb.waitWasm()
		if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 360 {
			wide := eval[string](tb, `[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361).slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')`)
			t.Errorf("%s: page is %d px wide at 360 (too wide: %s)", r.path, w, wide)
		}
	}
}
