//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Timeouts. No test sleeps: each waits on a condition, polled.
const (
	tabStartTimeout = 20 * time.Second // open a tab
	stepTimeout     = 20 * time.Second // one action, a page load included
	wasmTimeout     = 30 * time.Second // the wasm is fetched, compiled and run
	pollInterval    = 50 * time.Millisecond
)

// Default viewport of a tab.
const (
	viewportWidth  = 1280
	viewportHeight = 800
)

// tab is one browser tab in its own browser context. It records the console
// errors, uncaught exceptions and network requests of its pages.
type tab struct {
	t   testing.TB
	ctx context.Context
	// origin is the server navigate loads paths from (siteURL by default).
	origin string

	mu       sync.Mutex
	problems []problem // console errors and exceptions, in order
	requests []string  // URLs of every request, in order
}

// problem is a console error, an uncaught exception or an error entry of the
// browser log.
type problem struct {
	kind string // "console.error", "exception" or "log/<source>"
	text string
	url  string // the resource the entry is about, when known
}

func (p problem) String() string {
	if p.url != "" {
		return fmt.Sprintf("%s: %s (%s)", p.kind, p.text, p.url)
	}
	return p.kind + ": " + p.text
}

// tabConfig holds the options of newTab.
type tabConfig struct {
	noScript       bool
	defaultContext bool
	origin         string
}

// tabOption changes how newTab sets up a tab.
type tabOption func(*tabConfig)

// withoutJS disables script execution in the tab before any page loads.
func withoutJS() tabOption { return func(c *tabConfig) { c.noScript = true } }

// inDefaultContext opens the tab in the browser's default context, on its
// persistent profile, instead of a fresh (incognito-like) one: Chromium
// never finds an app installable in an incognito context.
func inDefaultContext() tabOption { return func(c *tabConfig) { c.defaultContext = true } }

// withOrigin makes navigate load paths from another server.
func withOrigin(origin string) tabOption { return func(c *tabConfig) { c.origin = origin } }

// newTab opens a tab in a fresh browser context of the shared browser, with
// a viewport of viewportWidth × viewportHeight. The tab closes when the test
// ends.
func newTab(t testing.TB, opts ...tabOption) *tab {
	t.Helper()
	var cfg tabConfig
	for _, o := range opts {
		o(&cfg)
	}
	tb := &tab{t: t, origin: siteURL}
	if cfg.origin != "" {
		tb.origin = cfg.origin
	}
	ctxOpts := []chromedp.ContextOption{chromedp.WithListener(tb.record)}
	if !cfg.defaultContext {
		ctxOpts = append(ctxOpts, chromedp.WithNewBrowserContext())
	}
	ctx, cancel := chromedp.NewContext(browserCtx, ctxOpts...)
	t.Cleanup(cancel)
	// The first Do opens the tab and binds it to ctx, so the timeout is a
	// timer that cancels ctx rather than a context deadline.
	timer := time.AfterFunc(tabStartTimeout, cancel)
	err := chromedp.Do(ctx)
	if !timer.Stop() {
		err = fmt.Errorf("no answer within %v", tabStartTimeout)
	}
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	tb.ctx = ctx

	tb.do("set the viewport", chromedp.EmulateViewport(viewportWidth, viewportHeight))
	if cfg.noScript {
		tb.call("disable scripts", func(ctx context.Context) error {
			_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled,
				emulation.SetScriptExecutionDisabledParams{Value: true})
			return err
		})
	}
	return tb
}

// record is the listener of the tab. It runs in the event loop of the tab:
// it must return fast and send no command.
func (tb *tab) record(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			tb.problems = append(tb.problems, problem{kind: "console." + string(ev.Type), text: argsText(ev.Args)})
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		tb.problems = append(tb.problems, problem{kind: "exception", text: text, url: d.URL})
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			tb.problems = append(tb.problems, problem{kind: "log/" + string(ev.Entry.Source), text: ev.Entry.Text, url: ev.Entry.URL})
		}
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, ev.Request.URL)
	}
}

// argsText formats the arguments of a console call.
func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a.Description != "":
			parts = append(parts, a.Description)
		case len(a.Value) > 0:
			parts = append(parts, strings.Trim(string(a.Value), `"`))
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

// do runs actions in order, each with the step timeout, and fails the test
// on the first error.
func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	for _, a := range actions {
		run(tb, what, a)
	}
}

// call runs f with a context of the tab that has the step timeout.
func (tb *tab) call(what string, f func(ctx context.Context) error) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := f(ctx); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// onEveryDocument has the page run the script src at the start of every
// document it loads from now on, before the document's own scripts.
func (tb *tab) onEveryDocument(what, src string) {
	tb.t.Helper()
	tb.call(what, func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	})
}

// run runs one action with the step timeout and returns its value. It fails
// the test on error.
func run[T any](tb *tab, what string, a chromedp.Action[T]) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// eval evaluates a JavaScript expression in the page and decodes its value.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	return run(tb, "evaluate "+expr, chromedp.Evaluate[T](expr))
}

// navigate loads path from the tab's server and waits for the load event.
func (tb *tab) navigate(path string) {
	tb.t.Helper()
	tb.do("load "+path, chromedp.Navigate(tb.origin+path))
}

// setColorScheme emulates prefers-color-scheme: "light" or "dark".
func (tb *tab) setColorScheme(scheme string) {
	tb.t.Helper()
	tb.call("emulate prefers-color-scheme: "+scheme, func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

// snapshot returns copies of what the tab recorded so far.
func (tb *tab) snapshot() (problems []problem, requests []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]problem(nil), tb.problems...), append([]string(nil), tb.requests...)
}
