//go:build e2e

package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// h1JS is the text of the page's h1.
const h1JS = `((document.querySelector('main#main h1') || {}).textContent || '').trim()`

// atJS is true when the page is at path and shows h1.
func atJS(path, h1 string) string {
	return `location.pathname === ` + strconv.Quote(path) + ` && ` + h1JS + ` === ` + strconv.Quote(h1)
}

// TestNavWithoutReload follows links and goes back in history after the
// wasm ran: go-app must render the new page in place, without a reload.
func TestNavWithoutReload(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/")
	tb.waitWasm()
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
	assertNoReload := func(step string) {
		t.Helper()
		if !eval[bool](tb, `window.__marker === 1`) {
			t.Fatalf("%s reloaded the page (window.__marker is gone)", step)
		}
	}

	// Home → Articles, through the main navigation.
	const navArticles = `header.top nav[aria-label=Main] a[href="/articles"]`
	tb.do("click the nav link Articles", chromedp.Click(chromedp.CSS(navArticles)))
	tb.waitFor("the articles page", atJS("/articles", "Articles"), stepTimeout)
	assertNoReload("clicking the nav link Articles")
	if got := eval[string](tb, `document.querySelector('`+navArticles+`').getAttribute('aria-current') || ''`); got != "page" {
		t.Errorf(`nav link Articles: aria-current=%q, want "page"`, got)
	}
	for _, other := range []string{"/cast", "/viewership", "/compare", "/search"} {
		sel := `header.top nav[aria-label=Main] a[href="` + other + `"]`
		if eval[bool](tb, `document.querySelector('`+sel+`').hasAttribute('aria-current')`) {
			t.Errorf("nav link %s has aria-current on /articles", other)
		}
	}
	if got := eval[string](tb, `document.title`); got == siteTitle {
		t.Errorf("title after navigating to /articles is still %q", got)
	}

	// Articles → a reader page.
	const path = "/articles/" + article0
	link := `main#main a[href="` + path + `"]`
	title := eval[string](tb, `document.querySelector('`+link+`').textContent.trim()`)
	tb.do("click the first article", chromedp.Click(chromedp.CSS(link)))
	tb.waitFor("the reader page", atJS(path, title), stepTimeout)
	assertNoReload("clicking an article link")

	// Back to the list.
	tb.do("go back", chromedp.Evaluate[chromedp.Void](`history.back()`))
	tb.waitFor("the articles page after history.back()", atJS("/articles", "Articles"), stepTimeout)
	assertNoReload("history.back()")

	tb.assertClean()
}
