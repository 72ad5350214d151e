//go:build e2e

package e2e

import (
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// castNamesJS lists the actor names the cast list shows.
const castNamesJS = `[...document.querySelectorAll('main#main li.cast-card:not([hidden]) h3 a')].map(a => a.textContent.trim())`

// locationJS is the path and query of the page.
const locationJS = `location.pathname + location.search`

// TestCastFilter types in the search box and follows the role and order
// links: each narrows or orders the list and updates the URL, without a
// reload.
func TestCastFilter(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/cast")
	tb.waitWasm()
	all := eval[[]string](tb, castNamesJS)
	if len(all) < 20 {
		t.Fatalf("the cast list shows %d people", len(all))
	}
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))

	// Typing narrows the list as you type and replaces the URL.
	tb.do("type in the search box", chromedp.SendKeys(`#cast-q`, "yun"))
	tb.waitFor("the list narrowed to the Yuns", `location.search === "?q=yun" && `+
		`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 4`, stepTimeout)
	names := eval[[]string](tb, castNamesJS)
	for _, n := range []string{"Arden Cho", "Lena Ahn", "Esther Moon", "Jo Sung"} {
		if !slices.Contains(names, n) {
			t.Errorf("search yun: %q lacks %s", names, n)
		}
	}
	if got := eval[string](tb, `document.querySelector('main#main p.cast-count').textContent.trim()`); got != "Showing 4 of 21 people." {
		t.Errorf("count %q", got)
	}
	// The list keeps every card and hides the others: they take no room.
	if n := eval[int](tb, `[...document.querySelectorAll('main#main li.cast-card')].filter(li => li.getClientRects().length > 0).length`); n != 4 {
		t.Errorf("%d cards take room on the page, want the 4 shown", n)
	}

	// The role link keeps the search.
	tb.do("click Recurring", chromedp.Click(`main#main a.seg-role[href="/cast?role=recurring&q=yun"]`))
	tb.waitFor("the recurring Yuns", `location.pathname + location.search === "/cast?role=recurring&q=yun" && `+
		`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 3`, stepTimeout)
	if got := eval[string](tb, `document.querySelector('#cast-q').value`); got != "yun" {
		t.Errorf("search box after the role link: %q", got)
	}
	if got := eval[string](tb, `document.querySelector('main#main a.seg-role[aria-current=page]').textContent.trim()`); got != "Recurring" {
		t.Errorf("current role %q", got)
	}

	// Order by name.
	tb.do("click Name", chromedp.Click(`main#main a.seg-sort[href="/cast?role=recurring&q=yun&sort=name"]`))
	// Wait for the render, not just the URL: history changes first.
	tb.waitFor("ordered by name", `location.search === "?role=recurring&q=yun&sort=name" && `+
		`(document.querySelector('main#main a.seg-sort[aria-current=page]') || {}).textContent === 'Name'`, stepTimeout)
	if got := eval[[]string](tb, castNamesJS); strings.Join(got, "|") != "Lena Ahn|Esther Moon|Jo Sung" {
		t.Errorf("by name: %q", got)
	}

	// Clearing the box widens the list again.
	tb.do("clear the search box", chromedp.Evaluate[chromedp.Void](
		`(() => { const i = document.querySelector('#cast-q'); i.value = ''; i.dispatchEvent(new Event('input', {bubbles: true})); })()`))
	tb.waitFor("every recurring actor", `location.search === "?role=recurring&sort=name" && `+
		`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 13`, stepTimeout)
	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("filtering reloaded the page")
	}
	tb.assertClean()
}

// TestCastHeaderLinkClearsFilter: the header's Cast link, followed while
// a filter is typed, shows the whole list with an empty box, as its
// address (/cast) does on a load; typing had replaced the address without
// a navigation, so the page's input had not changed.
func TestCastHeaderLinkClearsFilter(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/cast")
	tb.waitWasm()
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
	tb.do("type in the search box", chromedp.SendKeys(`#cast-q`, "yun"))
	tb.waitFor("the list narrowed to the Yuns", `location.search === "?q=yun" && `+
		`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 4`, stepTimeout)
	tb.do("click the header's Cast link", chromedp.Click(`header nav a[href="/cast"]`))
	tb.waitFor("the whole list", `location.pathname + location.search === "/cast" && `+
		`document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 21`, stepTimeout)
	if got := eval[string](tb, `document.querySelector('#cast-q').value`); got != "" {
		t.Errorf("search box after the header link: %q, want empty", got)
	}
	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("the header link reloaded the page")
	}
	tb.assertClean()
}

// TestCastDeepLink loads a shared view: the state comes from the URL.
func TestCastDeepLink(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/cast?role=recurring&q=yun")
	tb.waitWasm()
	tb.waitFor("the filtered list", `document.querySelectorAll('main#main li.cast-card:not([hidden])').length === 3`, stepTimeout)
	if got := eval[[]string](tb, castNamesJS); strings.Join(got, "|") != "Lena Ahn|Esther Moon|Jo Sung" {
		t.Errorf("deep link shows %q", got)
	}
	if got := eval[string](tb, `document.querySelector('#cast-q').value`); got != "yun" {
		t.Errorf("search box %q", got)
	}
	if got := eval[string](tb, `document.querySelector('main#main a.seg-role[aria-current=page]').textContent.trim()`); got != "Recurring" {
		t.Errorf("current role %q", got)
	}
	if got := eval[string](tb, locationJS); got != "/cast?role=recurring&q=yun" {
		t.Errorf("location %q", got)
	}
	tb.assertClean()
}

// TestCastBadQuery: a query the list does not understand says so and shows
// the whole cast rather than nothing.
func TestCastBadQuery(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/cast?role=star")
	tb.waitWasm()
	tb.waitFor("the complaint", `(document.querySelector('main#main p.status-conflict') || {textContent: ''}).textContent.includes('There is no role “star”')`, stepTimeout)
	if n := eval[int](tb, `document.querySelectorAll('main#main li.cast-card:not([hidden])').length`); n != 21 {
		t.Errorf("%d people shown, want all 21", n)
	}
	tb.assertClean()
}

// TestCastPersonPages: each actor page exists in dist, and a click from the
// list leads to it without a reload.
func TestCastPersonPages(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/cast")
	tb.waitWasm()
	hrefs := eval[[]string](tb, `[...document.querySelectorAll('main#main li.cast-card:not([hidden]) h3 a')].map(a => a.getAttribute('href'))`)
	if len(hrefs) != 21 {
		t.Fatalf("%d actor links", len(hrefs))
	}
	for _, h := range hrefs {
		if _, err := os.Stat(filepath.Join(distPath, strings.TrimPrefix(h, "/")+".html")); err != nil {
			t.Errorf("no page for %s in dist: %v", h, err)
		}
	}
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
	tb.do("click Desmond Chiam", chromedp.Click(`main#main a[href="/cast/desmond-chiam"]`))
	tb.waitFor("the actor page", atJS("/cast/desmond-chiam", "Desmond Chiam"), stepTimeout)
	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("the click reloaded the page")
	}
	if !eval[bool](tb, `document.querySelector('main#main section#disagreements').textContent.includes('Role')`) {
		t.Error("Desmond Chiam's page shows no role disagreement")
	}
	// The relationship links lead to the other actor's page.
	tb.do("click Ingrid", chromedp.Click(`main#main section#relationships a[href="/cast/arden-cho"]`))
	tb.waitFor("Arden Cho's page", atJS("/cast/arden-cho", "Arden Cho"), stepTimeout)
	tb.assertClean()
}

// TestCastUnknownSlug: an actor that does not exist is the 404 page.
func TestCastUnknownSlug(t *testing.T) {
	tb := newTab(t)
	resp := run(tb, "load /cast/nobody", chromedp.NavigateResponse(siteURL+"/cast/nobody"))
	if resp.Status != http.StatusNotFound {
		t.Errorf("status %d, want 404", resp.Status)
	}
	tb.waitWasm()
	if got := eval[string](tb, h1JS); got != "Page not found" {
		t.Errorf("h1 %q", got)
	}
	// The path is filled in once the wasm has navigated.
	tb.waitFor("the path asked for", `((document.querySelector('main#main code.path') || {}).textContent || '') === "/cast/nobody"`, stepTimeout)
	tb.assertNoConsoleErrors(func(p problem) bool {
		return p.kind == "log/network" && strings.Contains(p.text, "404")
	})
	tb.assertSameOrigin()
}
