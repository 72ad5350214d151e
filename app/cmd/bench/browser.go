package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"partnertrack/app/internal/headless"
)

// Timeouts of the browser steps.
const (
	openTimeout = 30 * time.Second
	loadTimeout = 120 * time.Second // a cold load on the phone-like link included
)

// The phone-like link of the issue (Lighthouse's "slow 4G"): 1.6 Mbit/s
// down, 750 kbit/s up, 150 ms round trip.
const (
	phoneDown    = 1.6e6 / 8
	phoneUp      = 750e3 / 8
	phoneLatency = 150
)

// browser is one headless Chromium; every measurement opens a tab in it.
type browser struct {
	ctx     context.Context
	cancel  func()
	profile string
}

func newBrowser(chromium string) (*browser, error) {
	profile, err := os.MkdirTemp("", "bench-chromium-")
	if err != nil {
		return nil, err
	}
	// A phone-sized window: Lighthouse's and the mobile view.
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), headless.Options(chromium, profile, 412, 823)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	b := &browser{ctx: ctx, profile: profile, cancel: func() { cancel(); cancelAlloc() }}
	if err := startCtx(ctx, cancel); err != nil {
		b.close()
		return nil, fmt.Errorf("starting %s: %w", chromium, err)
	}
	return b, nil
}

func (b *browser) close() {
	b.cancel()
	os.RemoveAll(b.profile)
}

// startCtx does the first action of a chromedp context, which binds it to
// the browser or tab; its time limit is a timer, since a deadline on the
// context would end the tab with it.
func startCtx(ctx context.Context, cancel func()) error {
	timer := time.AfterFunc(openTimeout, cancel)
	err := chromedp.Do(ctx)
	if !timer.Stop() {
		err = errors.New("no answer within " + openTimeout.String())
	}
	return err
}

// tab is a tab in a fresh browser context: its own HTTP cache, storage and
// service workers, so the first load in it is cold.
type tab struct {
	ctx    context.Context
	cancel func()
}

// tabOptions set up a tab.
type tabOptions struct {
	cpu      float64 // CPU slowdown, 1 for none
	phone    bool    // the phone-like link
	bypassSW bool    // load from the network (or HTTP cache), never the worker
	script   string  // run at the start of every document
}

func (b *browser) newTab(o tabOptions) (*tab, error) {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	if err := startCtx(ctx, cancel); err != nil {
		cancel()
		return nil, fmt.Errorf("opening a tab: %w", err)
	}
	t := &tab{ctx: ctx, cancel: cancel}
	err := t.call(func(ctx context.Context) error {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(412, 823)); err != nil {
			return err
		}
		// The link emulation and the worker bypass need the Network
		// agent, but a visitor's browser keeps no copy of every response
		// for DevTools: a buffer of one byte keeps none (0 would mean the
		// default). Measured on cold loads of / at 1× (16 each,
		// alternating): ours 658 → 628 ms, the floor 478 → 470 ms.
		one := int64(1)
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{MaxTotalBufferSize: &one, MaxResourceBufferSize: &one}); err != nil {
			return err
		}
		if o.bypassSW {
			if _, err := chromedp.Call(ctx, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
				return err
			}
		}
		if o.script != "" {
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: o.script}); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = t.throttle(o.cpu, o.phone)
	}
	if err != nil {
		cancel()
		return nil, err
	}
	return t, nil
}

func (t *tab) close() { t.cancel() }

// call runs f with a context of the tab that has the load timeout.
func (t *tab) call(f func(ctx context.Context) error) error {
	return withTimeout(t.ctx, loadTimeout, f)
}

// throttle sets the CPU slowdown and the link.
func (t *tab) throttle(cpu float64, phone bool) error {
	if cpu < 1 {
		cpu = 1
	}
	return t.call(func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu}); err != nil {
			return err
		}
		cond := &network.Conditions{Latency: 0, DownloadThroughput: -1, UploadThroughput: -1}
		if phone {
			cond = &network.Conditions{Latency: phoneLatency, DownloadThroughput: phoneDown, UploadThroughput: phoneUp}
		}
		_, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{cond},
		})
		return err
	})
}

// navigate starts loading url and returns without waiting for the load.
func (t *tab) navigate(url string) error {
	return t.call(func(ctx context.Context) error {
		res, err := chromedp.Call(ctx, page.Navigate, page.NavigateParams{URL: url})
		if err == nil && res.ErrorText != "" {
			err = errors.New(res.ErrorText)
		}
		return err
	})
}

// poll waits until the JavaScript expression cond is truthy. Errors are
// retried until the timeout: an evaluation fails while a navigation
// replaces the document.
func (t *tab) poll(cond string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last error
	for {
		var ok bool
		err := withTimeout(t.ctx, 10*time.Second, func(ctx context.Context) error {
			var err error
			ok, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`!!(`+cond+`)`))
			return err
		})
		switch {
		case err == nil && ok:
			return nil
		case err != nil:
			if t.ctx.Err() != nil {
				return err
			}
			last = err
		}
		if time.Now().After(deadline) {
			if last != nil {
				return fmt.Errorf("timed out after %v (last error: %v)", timeout, last)
			}
			return fmt.Errorf("timed out after %v", timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// timeOrigin returns the start of the current document's navigation (0
// for none), to tell the next document from it.
func (t *tab) timeOrigin() float64 {
	v, err := eval[float64](t, `performance.timeOrigin`)
	if err != nil {
		return 0
	}
	return v
}

// eval evaluates expr (awaiting a promise) and decodes its value.
func eval[T any](t *tab, expr string) (T, error) {
	var v T
	err := t.call(func(ctx context.Context) error {
		var err error
		v, err = chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
		return err
	})
	return v, err
}
