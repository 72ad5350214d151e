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

// ttiTargets are our site (home → Articles through the main nav) and the
// hello-world floor (home → About).
func ttiTargets(s sites) []ttiPage {
	return []ttiPage{
		{"ours", s.ours, "/", `header.top nav[aria-label=Main] a[href="/articles"]`, "/articles", "Articles"},
		{"hello-world floor", s.hello, "/", `header nav a[href="/about"]`, "/about", "About"},
	}
}

// ttiScript is run at the start of every document of a measuring tab. It
// waits for go-app's loader to be removed (the wasm ran), clicks at once,
// and notes when the target page shows. Times are performance.now(), ms
// since the navigation started.
const ttiScript = `(() => {
  const C = %s;
  const B = window.__bench = {ready: -1, tti: -1, error: ''};
  if (sessionStorage.getItem('__benchClicked')) {
    sessionStorage.removeItem('__benchClicked');
    B.error = 'the click reloaded the page: go-app did not handle it';
    return;
  }
  const h1 = () => ((document.querySelector('main#main h1') || {}).textContent || '').trim();
  let seen = false;
  const check = () => {
    if (B.ready < 0) {
      if (document.getElementById('app-wasm-loader')) { seen = true; return; }
      if (!seen) return;
      B.ready = performance.now();
      const a = document.querySelector(C.click);
      if (!a) { B.error = 'no element ' + C.click; mo.disconnect(); return; }
      sessionStorage.setItem('__benchClicked', '1');
      a.click();
    }
    if (B.tti < 0 && location.pathname === C.path && h1() === C.h1) {
      B.tti = performance.now();
      sessionStorage.removeItem('__benchClicked');
      mo.disconnect();
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, {childList: true, subtree: true, characterData: true});
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
}

var conditions = []condition{
	{name: "cold, CPU 1×", cpu: 1},
	{name: "cold, CPU 4×", cpu: 4},
	{name: "warm HTTP cache, CPU 1×", cpu: 1, warm: true},
	{name: "warm HTTP cache, CPU 4×", cpu: 4, warm: true},
	{name: "phone link + CPU 4×, cold", cpu: 4, phone: true},
	{name: "phone link + CPU 4×, return visit (worker)", cpu: 4, phone: true, returnVisit: true},
}

// ttiResult holds the runs of one condition on one site.
type ttiResult struct {
	cond       condition
	site       string
	tti, ready []float64 // ms
}

// measureTTI loads each target runs times under each condition, the sites
// alternating so that drift in the machine hits both alike.
func measureTTI(b *browser, s sites, runs int, only string) ([]ttiResult, error) {
	var out []ttiResult
	for _, c := range conditions {
		if !strings.Contains(c.name, only) {
			continue
		}
		targets := ttiTargets(s)
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
				ready, tti, err := ttiRun(b, tabs[i], t, c)
				if err != nil {
					return nil, fmt.Errorf("%s, %s, run %d: %w", t.site, c.name, r+1, err)
				}
				res[i].ready = append(res[i].ready, ready)
				res[i].tti = append(res[i].tti, tti)
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
func ttiRun(b *browser, tb *tab, t ttiPage, c condition) (ready, tti float64, err error) {
	if tb != nil {
		return loadAndClick(tb, t)
	}
	for attempt := 1; ; attempt++ {
		tb, err := b.newTab(tabOptions{cpu: c.cpu, phone: c.phone, bypassSW: true, script: t.script()})
		if err != nil {
			return 0, 0, err
		}
		ready, tti, err = loadAndClick(tb, t)
		var linkErr error
		if err == nil && c.phone {
			linkErr = checkLinkEmulated(tb)
		}
		tb.close()
		if err != nil || linkErr == nil {
			return ready, tti, err
		}
		if attempt == linkAttempts {
			return 0, 0, linkErr
		}
		logf("tti %s, %s: run discarded and repeated: %v", t.site, c.name, linkErr)
	}
}

// primedTab opens a tab for a warm or return-visit condition and loads the
// page once in it, unthrottled; for a return visit it waits until the
// service worker is active (it has precached the site). It then sets the
// condition's throttling for the measured loads.
func primedTab(b *browser, t ttiPage, c condition) (*tab, error) {
	tb, err := b.newTab(tabOptions{cpu: 1, bypassSW: !c.returnVisit, script: t.script()})
	if err != nil {
		return nil, err
	}
	if _, _, err := loadAndClick(tb, t); err != nil {
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
// when the click was handled, in ms from the start of the navigation.
func loadAndClick(tb *tab, t ttiPage) (ready, tti float64, err error) {
	t0 := tb.timeOrigin()
	if err := tb.navigate(t.base + t.path); err != nil {
		return 0, 0, err
	}
	// Wait for the new document's figures.
	done := fmt.Sprintf(`performance.timeOrigin > %f && !!window.__bench && (window.__bench.tti >= 0 || window.__bench.error !== '')`, t0)
	if err := tb.poll(done, loadTimeout); err != nil {
		return 0, 0, fmt.Errorf("waiting for the click to be handled: %w", err)
	}
	var v struct {
		Ready, TTI float64
		Error      string
	}
	if v, err = eval[struct {
		Ready, TTI float64
		Error      string
	}](tb, `({Ready: window.__bench.ready, TTI: window.__bench.tti, Error: window.__bench.error})`); err != nil {
		return 0, 0, err
	}
	if v.Error != "" {
		return 0, 0, fmt.Errorf("%s", v.Error)
	}
	return v.Ready, v.TTI, nil
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
