//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeTags are the rule sets axe runs: WCAG 2.0–2.2 A and AA, and best
// practices.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"}

var (
	axeOnce   sync.Once
	axeSource string
	axeErr    error
)

// axeJS returns axe-core's script, installed by `npm ci` (make test).
func axeJS(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() {
		var b []byte
		b, axeErr = os.ReadFile(filepath.Join("..", "..", "node_modules", "axe-core", "axe.min.js"))
		axeSource = string(b)
	})
	if axeErr != nil {
		t.Fatalf("axe-core is not installed (run npm ci, as make test does): %v", axeErr)
	}
	return axeSource
}

// axeViolation is one failed rule, with the elements that fail it.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

func (v axeViolation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for i, n := range v.Nodes {
		if i == 3 {
			fmt.Fprintf(&b, "\n      … and %d more", len(v.Nodes)-3)
			break
		}
		fmt.Fprintf(&b, "\n      %v: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
	}
	return b.String()
}

// runAxe runs axe on the current page and returns its violations.
func (tb *tab) runAxe() []axeViolation {
	tb.t.Helper()
	tb.do("inject axe", chromedp.Evaluate[chromedp.Void](axeJS(tb.t.(*testing.T))))
	tags, _ := json.Marshal(axeTags)
	raw := run(tb, "run axe", chromedp.Evaluate[string](
		`axe.run(document, {runOnly: {type: 'tag', values: `+string(tags)+`}}).then(r => JSON.stringify(r.violations))`,
		chromedp.EvalAwaitPromise))
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		tb.t.Fatalf("axe result: %v", err)
	}
	return vs
}

// TestAxe runs axe-core on every page, after the wasm ran, in the light and
// the dark color scheme: it must find nothing.
func TestAxe(t *testing.T) {
	for _, scheme := range []string{"light", "dark"} {
		tb := newTab(t)
		tb.setColorScheme(scheme)
		for _, r := range allRoutes(t) {
			tb.navigate(r.path)
			tb.waitWasm()
			for _, v := range tb.runAxe() {
				t.Errorf("%s (%s): %s", r.path, scheme, v)
			}
		}
	}
}

// TestAxeFinds proves the check is live: a page given an image without alt
// text and a low-contrast paragraph fails.
func TestAxeFinds(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/")
	tb.waitWasm()
	tb.do("break the page", chromedp.Evaluate[chromedp.Void](`(() => {
		const img = document.createElement('img'); img.src = '/web/icon.svg'; document.querySelector('main').append(img);
		const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#eee'; p.style.background = '#fff';
		document.querySelector('main').append(p);
	})()`))
	found := map[string]bool{}
	for _, v := range tb.runAxe() {
		found[v.ID] = true
	}
	for _, id := range []string{"image-alt", "color-contrast"} {
		if !found[id] {
			t.Errorf("axe did not report %s; reported %v", id, found)
		}
	}
}
