//go:build e2e

package e2e

import (
	"net/url"
	"strings"
)

// assertNoConsoleErrors fails the test for every console error, uncaught
// exception and error entry of the browser log that the tab recorded and
// that allowed (which may be nil) does not accept.
func (tb *tab) assertNoConsoleErrors(allowed func(problem) bool) {
	tb.t.Helper()
	problems, _ := tb.snapshot()
	for _, p := range problems {
		if allowed != nil && allowed(p) {
			continue
		}
		tb.t.Errorf("console: %v", p)
	}
}

// assertSameOrigin fails the test for every request the tab made to a host
// other than the test server. data: and blob: URLs are fine.
func (tb *tab) assertSameOrigin() {
	tb.t.Helper()
	_, requests := tb.snapshot()
	if len(requests) == 0 {
		tb.t.Errorf("the tab recorded no request at all")
	}
	for _, r := range requests {
		if offOrigin(r) {
			tb.t.Errorf("request to another origin: %s", r)
		}
	}
}

// offOrigin reports whether a request URL goes to a host other than the
// test server. data: and blob: URLs stay in the browser.
func offOrigin(rawURL string) bool {
	if strings.HasPrefix(rawURL, "data:") || strings.HasPrefix(rawURL, "blob:") {
		return false
	}
	u, err := url.Parse(rawURL)
	return err != nil || u.Host != siteHost || (u.Scheme != "http" && u.Scheme != "https")
}

// assertClean asserts both: no console error and no off-origin request.
func (tb *tab) assertClean() {
	tb.t.Helper()
	tb.assertNoConsoleErrors(nil)
	tb.assertSameOrigin()
}
