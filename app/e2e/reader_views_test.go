//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestReaderRawTab clicks the "Raw file" tab of a reader page: the raw file
// shows in place, without a reload, and the address says ?view=raw.
func TestReaderRawTab(t *testing.T) {
	const path = "/articles/" + article0
	tb := newTab(t)
	tb.navigate(path)
	tb.waitWasm()
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))

	const tabSel = `main#main nav.tabs a[href$="?view=raw"]`
	if got := eval[string](tb, `document.querySelector('`+tabSel+`').textContent.trim()`); got != "Raw file" {
		t.Errorf("raw tab label %q, want %q", got, "Raw file")
	}
	tb.do("click the tab Raw file", chromedp.Click(chromedp.CSS(tabSel)))
	tb.waitFor("the raw view", `location.search === '?view=raw' && document.querySelector('main#main pre.raw') !== null`, stepTimeout)

	if !eval[bool](tb, `window.__marker === 1`) {
		t.Error("clicking the tab reloaded the page")
	}
	if got := eval[string](tb, `location.pathname`); got != path {
		t.Errorf("location.pathname %q, want %q", got, path)
	}
	if raw := eval[string](tb, `document.querySelector('main#main pre.raw').textContent`); !strings.Contains(raw, "Leave A Reply") {
		t.Errorf("pre.raw does not contain %q", "Leave A Reply")
	}
	if got := eval[string](tb, `document.querySelector('`+tabSel+`').getAttribute('aria-current') || ''`); got != "page" {
		t.Errorf(`raw tab: aria-current=%q, want "page"`, got)
	}
	if n := eval[int](tb, `document.querySelectorAll('main#main nav.tabs a[aria-current]').length`); n != 1 {
		t.Errorf("%d tabs have aria-current, want 1", n)
	}
	tb.assertClean()
}

// TestReaderViews loads the views of a reader page by their address.
func TestReaderViews(t *testing.T) {
	tests := []struct {
		name, query string
		check       string // JavaScript: "" when the view is right, else what is wrong
	}{
		{"raw", "?view=raw", `(() => {
			const pre = document.querySelector('main#main pre.raw');
			if (!pre) return 'no pre.raw';
			return pre.textContent.includes('Leave A Reply') ? '' : 'pre.raw lacks "Leave A Reply"';
		})()`},
		{"boilerplate", "?view=boilerplate", `(() => {
			const n = document.querySelectorAll('main#main p.removed').length;
			if (n === 0) return 'no p.removed';
			return document.querySelector('main#main pre.raw') ? 'pre.raw shows in the boilerplate view' : '';
		})()`},
		{"clean", "?view=clean", `(() => {
			if (document.querySelector('main#main p.removed')) return 'p.removed shows in the clean view';
			if (document.querySelector('main#main .status')) return 'a .status notice shows';
			return document.querySelector('main#main span.s[id]') ? '' : 'no sentence spans';
		})()`},
		{"unknown", "?view=zzz", `(() => {
			const s = document.querySelector('main#main .status');
			if (!s) return 'no .status notice';
			if (!s.textContent.includes('zzz')) return 'the notice does not name the view: ' + s.textContent;
			return document.querySelector('main#main span.s[id]') ? '' : 'the cleaned text does not show';
		})()`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTab(t)
			tb.navigate("/articles/" + article0 + tt.query)
			tb.waitWasm()
			if problem := eval[string](tb, tt.check); problem != "" {
				t.Errorf("%s: %s", tt.query, problem)
			}
			tb.assertClean()
		})
	}
}
