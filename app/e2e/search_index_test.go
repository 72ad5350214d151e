//go:build e2e

package e2e

import "testing"

// loaderGoneJS records, on every document, when go-app's loader left the
// page (window.__loaderGone, ms on the page's clock): the first render is
// over then.
var loaderGoneJS = atLoaderGoneJS(`window.__loaderGone = performance.now();`)

// searchIndexJS lists the spans of the "search index" measure
// (app/ui/next_task_client.go), once the browser has been idle after the
// start.
const searchIndexJS = `new Promise(done => requestIdleCallback(() => setTimeout(() => done(
	performance.getEntriesByName('search index', 'measure').map(m => ({start: m.startTime, duration: m.duration}))
), 0), {timeout: 3000}))`

type span struct {
	Start    float64 `json:"start"`
	Duration float64 `json:"duration"`
}

// TestSearchIndexAfterFirstRender: the empty search page shows the build's
// suggestions and makes the index in a task after its first render, once;
// a page loaded with a query made it in that render and does not again.
func TestSearchIndexAfterFirstRender(t *testing.T) {
	tb := newTab(t)
	tb.onEveryDocument("record the loader's removal", loaderGoneJS)
	tb.navigate("/search")
	tb.waitWasm()
	spans := evalAsync[[]span](tb, searchIndexJS)
	gone := eval[float64](tb, `window.__loaderGone || 0`)
	if len(spans) != 1 {
		t.Fatalf("the empty search made the index %d times after its start, want once", len(spans))
	}
	if gone == 0 || spans[0].Start < gone {
		t.Errorf("the index was made at %.0f ms, in the first render (the loader went at %.0f ms)", spans[0].Start, gone)
	}
	t.Logf("the index: %.1f ms, %.0f ms after the first render", spans[0].Duration, spans[0].Start-gone)
	tb.typeQuery("cancel")
	tb.waitFor(`the hits of "cancel"`, `document.querySelectorAll('a.hit').length > 0`, stepTimeout)

	tb.navigate("/search?q=cancel")
	tb.waitWasm()
	if spans := evalAsync[[]span](tb, searchIndexJS); len(spans) != 0 {
		t.Errorf("a search loaded with a query made the index again after its render: %v", spans)
	}
	tb.assertClean()
}
