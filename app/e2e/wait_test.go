//go:build e2e

package e2e

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// waitFor polls the JavaScript expression cond in the page until it is
// truthy, for at most timeout. It fails the test with what otherwise.
func (tb *tab) waitFor(what, cond string, timeout time.Duration) {
	tb.t.Helper()
	if err := tb.poll(cond, timeout); err != nil {
		tb.t.Fatalf("waiting for %s (%s): %v", what, cond, err)
	}
}

// poll polls cond every pollInterval until it is truthy or timeout passes.
func (tb *tab) poll(cond string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(tb.ctx, timeout+5*time.Second)
	defer cancel()
	deadline := time.Now().Add(timeout)
	for {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond,
			chromedp.WithPollingInterval(pollInterval),
			chromedp.WithPollingTimeout(time.Until(deadline))))
		if errors.Is(err, chromedp.ErrPollingTimeout) {
			err = errors.New("timed out after " + timeout.String())
		}
		// A document replaced while polling (a load that was still
		// committing) loses the execution context: poll the new one.
		if err != nil && strings.Contains(err.Error(), "Cannot find context with specified id") && time.Now().Before(deadline) {
			continue
		}
		return err
	}
}

// waitProblems waits until ok accepts the problems the tab recorded (the
// console and the browser log are recorded as events arrive), for at most
// timeout. It fails the test with what and the problems otherwise.
func (tb *tab) waitProblems(what string, ok func([]problem) bool, timeout time.Duration) {
	tb.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		problems, _ := tb.snapshot()
		if ok(problems) {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("waiting for %s: not recorded within %v; recorded: %v", what, timeout, problems)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// wasmRanJS is true once go-app started: the client removes the loader once
// go-app drew the first page (app/ui/start_client.go), and go-app's own app.js right
// after the Go program took over the page.
const wasmRanJS = `document.getElementById('app-wasm-loader') === null`

// atLoaderGoneJS is a script for every document that runs js once, when
// go-app's loader has left the page (the client has just drawn its first
// page, replacing the prerendered one).
func atLoaderGoneJS(js string) string {
	return `new MutationObserver((_, obs) => {
	if (document.readyState !== 'loading' && !document.getElementById('app-wasm-loader')) {
		obs.disconnect();
		` + js + `
	}
}).observe(document, {childList: true, subtree: true});`
}

// waitWasm waits until the wasm ran. On a timeout it reports what the
// loader says and what the page logged.
func (tb *tab) waitWasm() {
	tb.t.Helper()
	err := tb.poll(wasmRanJS, wasmTimeout)
	if err == nil {
		return
	}
	label := eval[string](tb, `(document.getElementById('app-wasm-loader-label') || {}).textContent || ''`)
	problems, _ := tb.snapshot()
	tb.t.Fatalf("the wasm did not run (#app-wasm-loader still there): %v; loader label %q; console: %v", err, label, problems)
}
