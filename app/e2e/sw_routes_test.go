//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// sourcesJS lists, for the page and each resource it loaded, the path and
// where the worker's router sent it ("cache": answered from the cache
// without the worker; "none": no route matched).
const sourcesJS = `performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
	.map(e => e.name.replace(location.origin, '') + ' ' + (e.workerMatchedSourceType || 'none'))`

// TestReturnVisitFromCache: once the worker has precached the site, a
// return visit to a page is answered from the cache by the browser's
// router, the page and the wasm included, without the fetch handler; a
// page with a query still goes to the fetch handler, which answers it by
// path.
func TestReturnVisitFromCache(t *testing.T) {
	tb, _ := precachedTab(t)

	tb.navigate("/cast")
	tb.waitWasm()
	got := eval[[]string](tb, sourcesJS)
	want := map[string]bool{"/cast": false, "/app.js": false, "/wasm_exec.js": false, "/app.css": false, "/web/app.wasm": false}
	for _, s := range got {
		path, source, _ := strings.Cut(s, " ")
		if strings.HasPrefix(path, "/web/app.") && strings.HasSuffix(path, ".wasm") {
			path = "/web/app.wasm"
		}
		if _, ok := want[path]; ok {
			if source != "cache" {
				t.Errorf("%s came from %q, want the cache by the router", path, source)
			}
			want[path] = true
		}
	}
	for path, seen := range want {
		if !seen {
			t.Errorf("%s was not loaded on the return visit (loaded: %q)", path, got)
		}
	}

	// No route matches a query: the worker starts and its fetch handler
	// answers with the cached /cast.
	tb.navigate("/cast?q=yun")
	tb.waitWasm()
	nav := eval[string](tb, `(e => (e.workerMatchedSourceType || 'none') + ' ' + (e.workerStart > 0))(performance.getEntriesByType('navigation')[0])`)
	if nav != "none true" {
		t.Errorf("/cast?q=yun: router source and worker started %q, want %q", nav, "none true")
	}
	if h1 := eval[string](tb, `document.querySelector('main h1').textContent`); h1 != "Cast" {
		t.Errorf("/cast?q=yun: h1 %q", h1)
	}
	tb.assertNoConsoleErrors(nil)
}
