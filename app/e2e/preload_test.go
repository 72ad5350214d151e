//go:build e2e

package e2e

import (
	"regexp"
	"testing"
)

// wasmPath matches the path of the hashed wasm.
var wasmPath = regexp.MustCompile(`/web/app\.[0-9a-f]+\.wasm$`)

// wasmPathJS is the same pattern as a JavaScript regular expression, for
// scripts that look at the page's resource timings.
const wasmPathJS = `/\/web\/app\.[0-9a-f]+\.wasm$/`

// TestWasmPreload: the page's head asks for the wasm (a fetch preload), so
// its download starts beside the stylesheets rather than after app.js ran,
// and app.js's fetch takes that response: the wasm is downloaded once per
// load, by the link. (A preload that app.js did not match would show as a
// second download, by "fetch".)
func TestWasmPreload(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/")
	tb.waitWasm()
	initiators := eval[[]string](tb, `performance.getEntriesByType('resource').filter(e => `+wasmPathJS+`.test(new URL(e.name).pathname)).map(e => e.initiatorType)`)
	if len(initiators) != 1 || initiators[0] != "link" {
		t.Errorf("the wasm was fetched by %q, want once, by the preload link", initiators)
	}
	_, requests := tb.snapshot()
	n := 0
	for _, u := range requests {
		if wasmPath.MatchString(u) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d requests of the wasm, want 1: %q", n, requests)
	}
	tb.assertClean()
}
