package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ttiPage is what the time-to-interactive script does on one site: on
// path, click the link click, and wait for the page at wantPath with the
// h1 wantH1.
type ttiPage struct {
	site, base       string
	path, click      string
	wantPath, wantH1 string
}

// ttiTargets are our site (home → Articles through the main nav), the
// hello-world floor (home → About) and, when it is served, the redraw
// floor (our pages, the same click as ours), as served for the condition
// c: through the shared slow link for c.sharedLink.
func ttiTargets(s sites, c condition) []ttiPage {
	if c.sharedLink && s.linked != nil {
		s = *s.linked
	}
	const ourNav = `header.top nav[aria-label=Main] a[href="/articles"]`
	t := []ttiPage{
		{"ours", s.ours, "/", ourNav, "/articles", "Articles"},
		{helloSite, s.hello, "/", `header nav a[href="/about"]`, "/about", "About"},
	}
	if s.redraw != "" {
		t = append(t, ttiPage{redrawSite, s.redraw, "/", ourNav, "/articles", "Articles"})
	}
	return t
}

// redrawSite names the redraw floor (bench/redraw) in the results.
const redrawSite = "redraw floor"

// splitRedraw separates the redraw floor's results from ours and the
// hello-world floor's, keeping the order of each.
func splitRedraw(all []ttiResult) (pairs, redraw []ttiResult) {
	for _, r := range all {
		if r.site == redrawSite {
			redraw = append(redraw, r)
		} else {
			pairs = append(pairs, r)
		}
	}
	return pairs, redraw
}

// ttiScript is run at the start of every document of a measuring tab. It
// waits for go-app's loader to be removed (the wasm ran), clicks at the
// start of the next frame, where the browser dispatches a visitor's
// input, and notes when the target page shows. Times are
// performance.now(), ms since the navigation started. It observes DOM
// mutations only from the click on: a MutationObserver, even one
// disconnected, leaves Chromium checking for observers on every later
// change of the document, which made go-app's first render of our page
// about 100 ms longer at CPU 1× (and the floor's, which is small, hardly
// longer). The loader is removed with loader.remove(): ours once go-app
// drew the first page (app/ui/start_client.go); the floor's app.js once go.run
// returned; the script wraps that method of the element.
const ttiScript = `(() => {
  const C = %s;
  const L = window.__benchTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) L.push([e.startTime, e.duration]); })
      .observe({type: 'longtask', buffered: true});
  } catch (e) {}
  const B = window.__bench = {ready: -1, tti: -1, error: ''};
  if (sessionStorage.getItem('__benchClicked')) {
    sessionStorage.removeItem('__benchClicked');
    B.error = 'the click reloaded the page: go-app did not handle it';
    return;
  }
  const h1 = () => ((document.querySelector('main#main h1') || {}).textContent || '').trim();
  const shown = () => {
    if (B.tti < 0 && location.pathname === C.path && h1() === C.h1) {
      B.tti = performance.now();
      sessionStorage.removeItem('__benchClicked');
      mo.disconnect();
    }
  };
  const mo = new MutationObserver(shown);
  const ready = () => {
    B.ready = performance.now();
    const a = document.querySelector(C.click);
    if (!a) { B.error = 'no element ' + C.click; return; }
    requestAnimationFrame(() => {
      mo.observe(document, {childList: true, subtree: true, characterData: true});
      sessionStorage.setItem('__benchClicked', '1');
      a.click();
    });
  };
  document.addEventListener('DOMContentLoaded', () => {
    const loader = document.getElementById('app-wasm-loader');
    if (!loader) { B.error = 'no element #app-wasm-loader'; return; }
    const remove = loader.remove;
    loader.remove = function () { remove.call(this); ready(); };
  });
})();`

func (t ttiPage) script() string {
	cfg, _ := json.Marshal(map[string]string{"click": t.click, "path": t.wantPath, "h1": t.wantH1})
	return fmt.Sprintf(ttiScript, cfg)
}

// condition is one way of loading the page.
type condition struct {
	name  string
	cpu   float64
	phone bool
	// warm loads the page once in the tab before the measured loads, which
	// then use the HTTP cache (the worker bypassed).
	warm bool
	// returnVisit loads the page once and waits for the service worker,
	// then measures loads it serves.
	returnVisit bool
	// sharedLink loads the sites through a slow link that the service
	// worker's requests share with the page's (sharedLink), instead of
	// Chromium's emulation of the phone link, which throttles the page's
	// requests only.
	sharedLink bool
}

var conditions = []condition{
	{name: "cold, CPU 1×", cpu: 1},
	{name: "cold, CPU 4×", cpu: 4},
	{name: "warm HTTP cache, CPU 1×", cpu: 1, warm: true},
	{name: "warm HTTP cache, CPU 4×", cpu: 4, warm: true},
	{name: "phone link + CPU 4×, cold", cpu: 4, phone: true},
	{name: "phone link + CPU 4×, return visit (worker)", cpu: 4, phone: true, returnVisit: true},
	{name: "phone link shared with the worker + CPU 4×, cold", cpu: 4, sharedLink: true},
}

// ttiResult holds the runs of one condition on one site.
type ttiResult struct {
	cond       condition
	site       string
	tti, ready []float64 // ms
	// longest and blocking describe the main thread's long tasks (over
	// 50 ms) that started before the wasm ran: the longest one, and the
	// sum of their time over 50 ms (Lighthouse's total blocking time,
	// measured rather than simulated).
	longest, blocking []float64 // ms
}

// load is what one measured load gave, in ms from the start of the
// navigation (ready, tti) or long (longest, blocking; see ttiResult).
type load struct {
	ready, tti, longest, blocking float64
}

// longTaskLimit is where a task starts to block input, in ms (the RAIL
// model's, Lighthouse's and the Long Tasks API's 50 ms).
const longTaskLimit = 50

// blockingOf returns the longest of tasks (start, duration in ms) that
// started before before, and the sum of their durations over
// longTaskLimit.
func blockingOf(tasks [][2]float64, before float64) (longest, blocking float64) {
	for _, t := range tasks {
		if t[0] >= before {
			continue
		}
		longest = max(longest, t[1])
		blocking += max(0, t[1]-longTaskLimit)
	}
	return longest, blocking
}

// measureTTI loads each target runs times under each condition, the sites
// alternating so that drift in the machine hits both alike.
func measureTTI(b *browser, s sites, runs int, only string) ([]ttiResult, error) {
	var out []ttiResult
	for _, c := range conditions {
		if !strings.Contains(c.name, only) {
			continue
		}
		targets := ttiTargets(s, c)
		res := make([]ttiResult, len(targets))
		tabs := make([]*tab, len(targets))
		for i, t := range targets {
			res[i] = ttiResult{cond: c, site: t.site}
			if !c.warm && !c.returnVisit {
				continue
			}
			tb, err := primedTab(b, t, c)
			if err != nil {
				return nil, fmt.Errorf("%s, %s: priming: %w", t.site, c.name, err)
			}
			tabs[i] = tb
		}
		for r := 0; r < runs; r++ {
			for i, t := range targets {
				l, err := ttiRun(b, tabs[i], t, c)
				if err != nil {
					return nil, fmt.Errorf("%s, %s, run %d: %w", t.site, c.name, r+1, err)
				}
				res[i].ready = append(res[i].ready, l.ready)
				res[i].tti = append(res[i].tti, l.tti)
				res[i].longest = append(res[i].longest, l.longest)
				res[i].blocking = append(res[i].blocking, l.blocking)
			}
		}
		for i, t := range tabs {
			if t != nil {
				t.close()
			}
			logf("tti %s, %s: median %.0f ms (wasm ran at %.0f ms)", res[i].site, c.name, median(res[i].tti), median(res[i].ready))
		}
		out = append(out, res...)
	}
	return out, nil
}

// linkAttempts is how many times a phone-link cold run is tried before
// make bench gives up: Chromium now and then loads a new tab's page
// without the emulation, several times in a row.
const linkAttempts = 8

// ttiRun measures one load: in tb, or in a new tab when tb is nil (a
// cold run). A phone-link cold run whose load the emulation missed is
// retried in a new tab (linkAttempts in all).
func ttiRun(b *browser, tb *tab, t ttiPage, c condition) (l load, err error) {
	if tb != nil {
		return loadAndClick(tb, t)
	}
	for attempt := 1; ; attempt++ {
		tb, err := b.newTab(coldTab(t, c))
		if err != nil {
			return load{}, err
		}
		l, err = loadAndClick(tb, t)
		var linkErr error
		if err == nil && c.phone {
			linkErr = checkLinkEmulated(tb)
		}
		tb.close()
		if err != nil || linkErr == nil {
			return l, err
		}
		if attempt == linkAttempts {
			return load{}, linkErr
		}
		logf("tti %s, %s: run discarded and repeated: %v", t.site, c.name, linkErr)
	}
}

// coldTab is the tab of one cold run of t under c: a new one, whose
// loads bypass the service worker. On the phone link it also keeps the
// sites from registering their service worker: Chromium's emulation does
// not slow a service worker's requests, and the floor's app.js (go-app's)
// registers its worker as it starts, whose install downloads the wasm at
// loopback speed. When that download had ended before the page's request
// of the wasm started, the page's request revalidated the copy in the HTTP
// cache (a 304 of 300 bytes) and read the body from there: the page's wasm
// arrived in 0.2 s instead of 6.9 s, and the run was discarded
// (checkLinkEmulated), six times in one run of make bench on 7 December; a
// probe of 25 cold loads of the floor: 6 such loads, none of 25 with the
// registration kept off. Ours registers its worker after the start, so
// only the floor's start changes: it no longer shares the CPU with the
// install. The shared-link condition keeps every worker, on a link that
// slows them too.
func coldTab(t ttiPage, c condition) tabOptions {
	o := tabOptions{cpu: c.cpu, phone: c.phone, bypassSW: true, script: t.script()}
	if c.phone {
		o.script = noWorkerScript + o.script
	}
	return o
}

// noWorkerScript keeps a document from registering a service worker: the
// registration never settles.
const noWorkerScript = `if (navigator.serviceWorker) navigator.serviceWorker.register = () => new Promise(() => {});
`

// primedTab opens a tab for a warm or return-visit condition and loads the
// page once in it, unthrottled; for a return visit it waits until the
// service worker is active (it has precached the site). It then sets the
// condition's throttling for the measured loads.
func primedTab(b *browser, t ttiPage, c condition) (*tab, error) {
	tb, err := b.newTab(tabOptions{cpu: 1, bypassSW: !c.returnVisit, script: t.script()})
	if err != nil {
		return nil, err
	}
	if _, err := loadAndClick(tb, t); err != nil {
		tb.close()
		return nil, err
	}
	if c.returnVisit {
		// ready resolves once the worker is active, which may still be
		// "activating" (its activate handler running): wait for
		// "activated", up to 20 s.
		active, err := eval[bool](tb, `navigator.serviceWorker.ready.then(r => r.active.state === 'activated' ||
			new Promise(done => {
				r.active.addEventListener('statechange', () => { if (r.active.state === 'activated') done(true); });
				setTimeout(() => done(r.active.state === 'activated'), 20000);
			}))`)
		if err == nil && !active {
			err = errors.New("the worker is not active")
		}
		if err != nil {
			tb.close()
			return nil, fmt.Errorf("waiting for the service worker: %w", err)
		}
	}
	if err := tb.throttle(c.cpu, c.phone); err != nil {
		tb.close()
		return nil, err
	}
	return tb, nil
}

// loadAndClick loads the target's page and returns when the wasm ran and
// when the click was handled, and the long tasks before the wasm ran.
func loadAndClick(tb *tab, t ttiPage) (load, error) {
	t0 := tb.timeOrigin()
	if err := tb.navigate(t.base + t.path); err != nil {
		return load{}, err
	}
	// Wait for the new document's figures.
	done := fmt.Sprintf(`performance.timeOrigin > %f && !!window.__bench && (window.__bench.tti >= 0 || window.__bench.error !== '')`, t0)
	if err := tb.poll(done, loadTimeout); err != nil {
		return load{}, fmt.Errorf("waiting for the click to be handled: %w", err)
	}
	// The long tasks observer is told of a task after it ended: 100 ms
	// later, every task before the click has been reported.
	v, err := eval[struct {
		Ready, TTI float64
		Error      string
		Tasks      [][2]float64
	}](tb, `new Promise((done) => setTimeout(() => done({Ready: window.__bench.ready, TTI: window.__bench.tti,
  Error: window.__bench.error, Tasks: window.__benchTasks}), 100))`)
	if err != nil {
		return load{}, err
	}
	if v.Error != "" {
		return load{}, fmt.Errorf("%s", v.Error)
	}
	l := load{ready: v.Ready, tti: v.TTI}
	l.longest, l.blocking = blockingOf(v.Tasks, v.Ready)
	return l, nil
}

// checkLinkEmulated fails a phone-link cold run whose wasm arrived faster
// than the emulated link can carry it: Chromium then did not apply the
// network emulation to the load, and its time is not a phone-link time.
// (One make bench reported the floor's wasm at 1.1 s, which 1.43 MB at
// 1.6 Mbit/s cannot be; a run of the phone conditions alone gave 8.1 s.)
func checkLinkEmulated(tb *tab) error {
	w, err := eval[struct{ Bytes, MS float64 }](tb, `(() => {
  const e = performance.getEntriesByType('resource').find(e => /\.wasm(\?|$)/.test(e.name));
  return e ? {Bytes: e.encodedBodySize, MS: e.responseEnd - e.startTime} : {Bytes: 0, MS: 0};
})()`)
	if err != nil {
		return err
	}
	return linkEmulated(w.Bytes, w.MS)
}

// linkEmulated says whether bytes taking ms to arrive fit the phone link:
// it allows 10 % for the emulation's granularity.
func linkEmulated(bytes, ms float64) error {
	if bytes <= 0 {
		return errors.New("the page loaded no wasm (no resource timing entry)")
	}
	if least := bytes / phoneDown * 1000; ms < 0.9*least {
		return fmt.Errorf("the wasm (%.0f bytes) arrived in %.0f ms, faster than the phone link allows (%.0f ms): the network emulation was not applied", bytes, ms, least)
	}
	return nil
}
