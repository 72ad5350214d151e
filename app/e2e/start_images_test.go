//go:build e2e

package e2e

import "testing"

// startImagesJS records, when go-app's start removes its loader (the
// client has just replaced the prerendered page), how the brand mark is
// drawn and which images of the page are not drawn.
var startImagesJS = atLoaderGoneJS(`
		const mark = document.querySelector('a.brand svg');
		const r = mark ? mark.getBoundingClientRect() : {width: 0, height: 0};
		window.__atStart = {
			markWidth: r.width, markHeight: r.height,
			blank: [...document.images].filter((i) => !i.complete || !i.naturalWidth).map((i) => i.src),
		};`)

// TestBrandIconStaysAtTheStart: when the client replaces the prerendered
// page, the frame's brand mark is there at once. It was an image, fetched
// again for the client's new element (the server gives the icon no
// lifetime, so the browser revalidates it) and blank until the answer:
// one blink of the header at every start, a round trip long on a phone.
func TestBrandIconStaysAtTheStart(t *testing.T) {
	for _, path := range []string{"/", "/cast/arden-cho", "/compare"} {
		t.Run(routeName(path), func(t *testing.T) {
			tb := newTab(t)
			tb.onEveryDocument("watch the start", startImagesJS)
			tb.navigate(path)
			tb.waitWasm()
			got := eval[struct {
				MarkWidth  float64  `json:"markWidth"`
				MarkHeight float64  `json:"markHeight"`
				Blank      []string `json:"blank"`
			}](tb, `window.__atStart`)
			if got.MarkWidth != 28 || got.MarkHeight != 28 {
				t.Errorf("brand mark %gx%g px at the start, want 28x28", got.MarkWidth, got.MarkHeight)
			}
			if len(got.Blank) != 0 {
				t.Errorf("images not drawn at the start: %q", got.Blank)
			}
			tb.assertClean()
		})
	}
}
