package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// interactionCPU is the CPU slowdown interactions are measured at.
const interactionCPU = 4

// iaResult is the runs of one action.
type iaResult struct {
	a       action
	route   string
	ms      []float64
	missing string // why it was not measured
}

// armScript records the time of the action's input event and the time of
// the first paint after done became true: it checks done at the start of
// every frame, and the message posted from that frame's animation callback
// is handled after the frame is painted.
const armScript = `(() => {
  const A = window.__ia = {t0: -1, ms: -1};
  const done = () => { try { return !!(%s); } catch (e) { return false; } };
  window.addEventListener(%q, e => { if (A.t0 < 0) A.t0 = e.timeStamp; }, {capture: true, once: true});
  const mc = new MessageChannel();
  mc.port1.onmessage = () => { A.ms = performance.now() - A.t0; };
  const frame = () => {
    if (A.t0 >= 0 && done()) { mc.port2.postMessage(0); return; }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return true;
})()`

// eventType is the input event an action's latency is measured from.
func (a action) eventType() string {
	switch a.kind {
	case "key":
		return "keydown"
	case "select":
		return "change"
	}
	return "click"
}

// measureInteractions loads each action's route (CPU 1×, HTTP cache
// warm), waits for the wasm, slows the CPU down 4×, acts, and takes the
// time from the input event to the next paint that shows the result.
func measureInteractions(b *browser, base, article string, runs int, only string) ([]iaResult, error) {
	var out []iaResult
	for _, a := range actions {
		if !strings.Contains(a.name, only) {
			continue
		}
		res := iaResult{a: a, route: strings.ReplaceAll(a.route, "{article}", article)}
		err := func() error {
			tb, err := b.newTab(tabOptions{cpu: 1, bypassSW: true})
			if err != nil {
				return err
			}
			defer tb.close()
			for r := 0; r < runs; r++ {
				ms, missing, err := interactOnce(tb, base+res.route, a)
				if err != nil {
					return fmt.Errorf("%s on %s, run %d: %w", a.name, res.route, r+1, err)
				}
				if missing != "" {
					res.missing = missing
					return nil
				}
				res.ms = append(res.ms, ms)
			}
			return nil
		}()
		if err != nil {
			return nil, err
		}
		if res.missing != "" {
			logf("interaction %s on %s: %s", a.name, res.route, res.missing)
		} else {
			logf("interaction %s on %s: median %.0f ms", a.name, res.route, median(res.ms))
		}
		out = append(out, res)
	}
	return out, nil
}

// interactOnce measures one action once. It returns why it could not,
// when the control is not on the page.
func interactOnce(tb *tab, url string, a action) (ms float64, missing string, err error) {
	t0 := tb.timeOrigin()
	if err := tb.navigate(url); err != nil {
		return 0, "", err
	}
	if err := tb.poll(fmt.Sprintf(`performance.timeOrigin > %f`, t0)+` && document.readyState !== 'loading' && !document.getElementById('app-wasm-loader')`, loadTimeout); err != nil {
		return 0, "", fmt.Errorf("waiting for the wasm: %w", err)
	}
	sel, _ := json.Marshal(a.selector)
	found, err := eval[bool](tb, `!!document.querySelector(`+string(sel)+`)`)
	if err != nil {
		return 0, "", err
	}
	if !found {
		return 0, "no " + a.selector + " on the page (has its markup changed? see actions.go)", nil
	}
	if err := tb.throttle(interactionCPU, false); err != nil {
		return 0, "", err
	}
	defer tb.throttle(1, false)
	if _, err := eval[bool](tb, fmt.Sprintf(armScript, a.done, a.eventType())); err != nil {
		return 0, "", err
	}
	err = tb.call(func(ctx context.Context) error {
		switch a.kind {
		case "click":
			return chromedp.Do(ctx, chromedp.Click(chromedp.CSS(a.selector)))
		case "key":
			return chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(a.selector)), chromedp.KeyEvent(a.text))
		case "select":
			text, _ := json.Marshal(a.text)
			_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
				const s = document.querySelector(`+string(sel)+`);
				const v = `+string(text)+` || [...s.options].map(o => o.value).find(v => v !== s.value);
				s.value = v;
				s.dispatchEvent(new Event('input', {bubbles: true}));
				s.dispatchEvent(new Event('change', {bubbles: true}));
				return true;
			})()`))
			return err
		}
		return fmt.Errorf("unknown action kind %q", a.kind)
	})
	if err != nil {
		return 0, "", err
	}
	if err := tb.poll(`window.__ia && window.__ia.ms >= 0`, 30*time.Second); err != nil {
		return 0, "", fmt.Errorf("the result never showed (%s): %w", a.done, err)
	}
	ms, err = eval[float64](tb, `window.__ia.ms`)
	return ms, "", err
}
