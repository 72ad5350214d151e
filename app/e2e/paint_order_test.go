//go:build e2e

package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// paintOrderProbe runs at the start of every document: it records when
// go-app's client render removes the prerendered frame (window.__replaced,
// ms since the navigation started), and makes the first paint wait for a
// stylesheet the test holds (/render-hold.css, added with
// blocking="render" while the head is being parsed: it blocks rendering
// but, not being the parser's, not the scripts).
const paintOrderProbe = `(() => {
  window.__replaced = -1;
  new MutationObserver((ms, obs) => {
    for (const m of ms) for (const n of m.removedNodes) {
      if (n.nodeType === 1 && n.classList.contains('frame')) { window.__replaced = performance.now(); obs.disconnect(); return; }
    }
  }).observe(document, {childList: true, subtree: true});
  const hold = new MutationObserver(() => {
    if (!document.head) return;
    hold.disconnect();
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = '/render-hold.css';
    l.setAttribute('blocking', 'render');
    document.head.appendChild(l);
  });
  hold.observe(document, {childList: true, subtree: true});
})()`

// TestPrerenderedPageIsTheFirstPaint: the first thing the browser paints
// is the prerendered page, even when the wasm is ready before the page
// could paint. go-app replaces the prerendered page when the Go program
// starts; started before the first paint, the replacement became the
// page's first and largest paint (the issue: the prerendered page is the
// first and the largest paint). The test holds
// the page's first paint (a render-blocking stylesheet it answers late)
// until the wasm has been downloaded for a second, then lets it paint:
// app.js must not have started the program meanwhile.
func TestPrerenderedPageIsTheFirstPaint(t *testing.T) {
	tb := newTab(t)
	tb.onEveryDocument("hold the first paint", paintOrderProbe)
	paused := tb.holdRequest("*/render-hold.css", "the held stylesheet")
	tb.call("start loading /", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, page.Navigate, page.NavigateParams{URL: tb.origin + "/"})
		return err
	})
	id := paused()
	// The program, when app.js does not wait for a paint, starts a few
	// milliseconds after the download: wait for that, or for a second.
	tb.waitFor("the wasm downloaded a second ago, or the page replaced", `window.__replaced >= 0 ||
		performance.getEntriesByType('resource').some(e => `+wasmPathJS+`.test(e.name) && e.responseEnd > 0 && performance.now() - e.responseEnd > 1000)`, wasmTimeout)
	if eval[bool](tb, `performance.getEntriesByName('first-contentful-paint').length > 0`) {
		t.Fatal("the page painted although its render-blocking stylesheet is held: the test holds nothing")
	}
	tb.call("release the stylesheet", func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, fetch.FulfillRequest, fetch.FulfillRequestParams{
			RequestID: id, ResponseCode: 200,
			ResponseHeaders: []*fetch.HeaderEntry{{Name: "Content-Type", Value: "text/css"}},
			Body:            []byte("/* held */"),
		}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, fetch.Disable, cdp.Empty{})
		return err
	})
	tb.waitWasm()
	tb.waitFor("the first contentful paint", `performance.getEntriesByName('first-contentful-paint').length > 0 && window.__replaced >= 0`, stepTimeout)
	got := eval[[]float64](tb, `[window.__replaced, performance.getEntriesByName('first-contentful-paint')[0].startTime]`)
	if replaced, fcp := got[0], got[1]; replaced < fcp {
		t.Errorf("go-app replaced the prerendered page at %.0f ms, before the first paint at %.0f ms: the first paint is the client's, not the prerendered page", replaced, fcp)
	}
	tb.assertClean()
}
