//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// TestFirstPaint checks the page as it is before the wasm ran, with
// scripts enabled: the prerendered h1 must be visible, not covered by the
// loader. The test holds the request of the wasm until it looked, so the
// page is certainly in that state, and then lets the wasm run.
func TestFirstPaint(t *testing.T) {
	for _, path := range []string{"/", "/articles/" + article0} {
		t.Run(routeName(path), func(t *testing.T) {
			tb := newTab(t)
			release := tb.holdWasm()
			tb.navigate(path)
			if eval[bool](tb, wasmRanJS) {
				t.Fatal("the wasm ran although its request is held")
			}
			if cover := eval[string](tb, coverJS("main#main h1")); cover != "" {
				t.Errorf("before the wasm ran, the h1 is not visible: %s", cover)
			}
			if how := eval[string](tb, loaderHiddenJS); how != "" {
				t.Errorf("before the wasm ran, the loader overlay shows: %s", how)
			}
			release()
			tb.waitWasm()
			if cover := eval[string](tb, coverJS("main#main h1")); cover != "" {
				t.Errorf("after the wasm ran, the h1 is not visible: %s", cover)
			}
			tb.assertClean()
		})
	}
}

// holdWasm pauses the request of app.wasm until the returned func is
// called. The func fails the test when the request never came.
func (tb *tab) holdWasm() (release func()) {
	tb.t.Helper()
	paused := tb.holdRequest("*/app.*.wasm*", "app.wasm")
	return func() {
		tb.t.Helper()
		id := paused()
		tb.call("release app.wasm", func(ctx context.Context) error {
			if _, err := chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
				return fmt.Errorf("continue: %w", err)
			}
			_, err := chromedp.Call(ctx, fetch.Disable, cdp.Empty{})
			return err
		})
	}
}

// holdRequest pauses the first request whose URL matches pattern (a CDP
// Fetch pattern); what names it in failures. The returned func waits for
// that request and returns its id, for the caller to continue or answer it
// (and then disable Fetch); it fails the test when the request never came.
func (tb *tab) holdRequest(pattern, what string) (paused func() fetch.RequestID) {
	tb.t.Helper()
	ids := make(chan fetch.RequestID, 1)
	var once sync.Once
	err := chromedp.Listen(tb.ctx, func(ev any) {
		if ev, ok := ev.(*fetch.EventRequestPaused); ok {
			once.Do(func() { ids <- ev.RequestID })
		}
	})
	if err != nil {
		tb.t.Fatalf("listen for paused requests: %v", err)
	}
	tb.call("intercept "+what, func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{
			Patterns: []*fetch.RequestPattern{{URLPattern: pattern}},
		})
		return err
	})
	return func() fetch.RequestID {
		tb.t.Helper()
		select {
		case id := <-ids:
			return id
		case <-time.After(stepTimeout):
			tb.t.Fatalf("the page never requested %s", what)
			return ""
		}
	}
}
