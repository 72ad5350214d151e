//go:build e2e

package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestStaticPageLoad moves inside the app to an actor's page (a static
// page: the wasm shows the build's HTML, app/ui/static.go) while its HTML
// is held: the page says it is loading, then, the load failing, that it did
// not load (its heading focused) with a button to try again; the button
// shows the page loading again, not the failure, then the page. No reload
// on the way.
func TestStaticPageLoad(t *testing.T) {
	tb := newTab(t)
	// The page's requests, not the service worker's, are the ones held.
	tb.call("bypass the service worker", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
		return err
	})
	tb.navigate("/cast")
	tb.waitWasm()
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
	const link = `main#main a[href="/cast/lena-ahn"]`
	if eval[bool](tb, `goappPageHTML('/cast/lena-ahn') !== undefined`) {
		t.Fatal("Lena Ahn's page is loaded before anything points to it: the test would hold nothing")
	}
	paused := tb.holdRequest("*/cast/lena-ahn", "Lena Ahn's page")
	// The click moves the pointer over the link first, which loads the page.
	tb.do("click Lena Ahn", chromedp.Click(link))
	id := paused()
	tb.waitFor("the loading notice", `location.pathname === '/cast/lena-ahn' &&
		document.querySelector('main#main .static-loading[aria-busy=true]') !== null`, stepTimeout)
	if got := eval[string](tb, `document.title`); !strings.HasPrefix(got, "Lena Ahn · ") {
		t.Errorf("title while loading: %q", got)
	}
	tb.call("fail the load", func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: id, ErrorReason: network.ErrorReasonFailed}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, fetch.Disable, cdp.Empty{})
		return err
	})
	tb.waitFor("the failure notice", `(document.querySelector('main#main .static-failed h1') || {}).textContent === 'This page did not load'`, stepTimeout)
	if !eval[bool](tb, `document.activeElement === document.querySelector('main#main h1')`) {
		t.Error("the failure notice's heading does not have the focus")
	}
	// The second load is held too: while it runs the page says it is
	// loading, not that the last load failed.
	paused = tb.holdRequest("*/cast/lena-ahn", "Lena Ahn's page, again")
	tb.do("click Try again", chromedp.Click(`main#main .static-failed button`))
	id = paused()
	tb.waitFor("the loading notice again", `document.querySelector('main#main .static-loading') !== null &&
		document.querySelector('main#main .static-failed') === null`, stepTimeout)
	tb.call("let the load through", func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, fetch.Disable, cdp.Empty{})
		return err
	})
	tb.waitFor("Lena Ahn's page", atJS("/cast/lena-ahn", "Lena Ahn"), stepTimeout)
	if !eval[bool](tb, `document.querySelector('main#main section#listed') !== null`) {
		t.Error("Lena Ahn's page has no listings section")
	}
	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("the page reloaded")
	}
	tb.assertNoConsoleErrors(func(p problem) bool { return strings.Contains(p.url+p.text, "/cast/lena-ahn") })
	tb.assertSameOrigin()
}
