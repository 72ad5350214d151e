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
