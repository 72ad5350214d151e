//go:build e2e

package e2e

import (
	"math"
	"testing"
)

// layout is where the page puts its h1, and how tall the page is.
type layout struct {
	Left         float64 `json:"left"`
	Top          float64 `json:"top"`
	Width        float64 `json:"width"`
	Height       float64 `json:"height"`
	ScrollHeight float64 `json:"scrollHeight"`
}

const layoutJS = `(() => {
	const r = document.querySelector('main#main h1').getBoundingClientRect();
	return {left: r.left + scrollX, top: r.top + scrollY, width: r.width, height: r.height,
		scrollHeight: document.body.scrollHeight};
})()`

// TestNoLayoutJump compares the prerendered page, read with scripts
// disabled, with the page that the wasm rendered, at the same viewport: the
// h1 and the height of the page must not move when go-app takes over.
func TestNoLayoutJump(t *testing.T) {
	for _, path := range []string{"/", "/articles/" + article0} {
		t.Run(routeName(path), func(t *testing.T) {
			static := newTab(t, withoutJS())
			static.navigate(path)
			before := eval[layout](static, layoutJS)

			live := newTab(t)
			live.navigate(path)
			live.waitWasm()
			after := eval[layout](live, layoutJS)

			for _, f := range []struct {
				name   string
				pr, wa float64
			}{
				{"h1 left", before.Left, after.Left},
				{"h1 top", before.Top, after.Top},
				{"h1 width", before.Width, after.Width},
				{"h1 height", before.Height, after.Height},
				{"body.scrollHeight", before.ScrollHeight, after.ScrollHeight},
			} {
				if math.Abs(f.pr-f.wa) > 1 {
					t.Errorf("%s: %.1fpx prerendered, %.1fpx after the wasm ran", f.name, f.pr, f.wa)
				}
			}
			live.assertClean()
		})
	}
}
