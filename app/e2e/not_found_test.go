//go:build e2e

package e2e

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestNotFound loads addresses that are no page: the server answers 404
// with the not-found page, and once the wasm ran the page names the path
// that was asked for and suggests near pages.
func TestNotFound(t *testing.T) {
	tests := []struct {
		name, path string
		wantPath   string // shown in code.path
		suggest    string // a suggestion link, or ""
	}{
		{"unknown", "/no/such/page", "/no/such/page", ""},
		// The server drops the trailing slash with a redirect first.
		{"case", "/Articles/", "/Articles", "/articles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTab(t)
			resp := run(tb, "load "+tt.path, chromedp.NavigateResponse(siteURL+tt.path))
			if resp.Status != http.StatusNotFound {
				t.Errorf("status %d, want 404", resp.Status)
			}
			tb.waitWasm()

			if got := eval[string](tb, h1JS); got != "Page not found" {
				t.Errorf("h1 %q, want %q", got, "Page not found")
			}
			if got := eval[string](tb, `((document.querySelector('main#main code.path') || {}).textContent || '').trim()`); got != tt.wantPath {
				t.Errorf("code.path %q, want %q", got, tt.wantPath)
			}
			if tt.suggest != "" {
				links := eval[[]string](tb, `[...document.querySelectorAll('main#main ul.suggestions a')].map(a => a.getAttribute('href'))`)
				found := false
				for _, l := range links {
					found = found || l == tt.suggest
				}
				if !found {
					t.Errorf("suggestions %q, want a link to %s", links, tt.suggest)
				}
			}
			// The 404 answer itself is logged as a failed resource: expected.
			tb.assertNoConsoleErrors(func(p problem) bool {
				return p.kind == "log/network" && strings.Contains(p.text, "404")
			})
			tb.assertSameOrigin()
		})
	}
}

// TestNotFoundAfterStart leads to addresses that are no page after a start
// on a page, by an in-page link and by a move in the history: the site's
// not-found page shows (in the site's frame, naming the path), not
// go-app's own. After such a start the client routes unknown paths only on
// demand, just before go-app handles the click or the history move
// (app/client.go); the test fails if that routing does not come first.
func TestNotFoundAfterStart(t *testing.T) {
	// follow leads to path once the page has started.
	follow := map[string]func(path string) string{
		"link": func(path string) string {
			return `(() => {
				const a = document.createElement('a');
				a.href = '` + path + `'; a.textContent = 'gone';
				document.querySelector('main#main').append(a);
				a.click();
			})()`
		},
		"history": func(path string) string {
			return `(() => {
				history.pushState(null, '', '` + path + `');
				history.pushState(null, '', '/');
				history.back();
			})()`
		},
	}
	for _, way := range []string{"link", "history"} {
		for _, path := range []string{"/no/such/page", "/cast/nobody"} {
			t.Run(way+path, func(t *testing.T) {
				tb := newTab(t)
				tb.navigate("/")
				tb.waitWasm()
				tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
				tb.do("go to "+path, chromedp.Evaluate[chromedp.Void](follow[way](path)))
				tb.waitFor("the path in the address", `location.pathname === '`+path+`'`, stepTimeout)
				tb.waitFor("the not-found page", `((document.querySelector('main#main h1') || {}).textContent || '').trim() === 'Page not found'`, stepTimeout)
				if got := eval[string](tb, `((document.querySelector('main#main code.path') || {}).textContent || '').trim()`); got != path {
					t.Errorf("code.path %q, want %q", got, path)
				}
				if !eval[bool](tb, `document.querySelector('header.top nav[aria-label=Main]') !== null`) {
					t.Error("the not-found page is not in the site's frame")
				}
				if !eval[bool](tb, `window.__marker === 1`) {
					t.Error("the page reloaded")
				}
				tb.assertClean()
			})
		}
	}
}
