//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// TestFragmentLink loads a reader page by a sentence link, as the source
// chips make them: the sentence with that id must be there after the wasm
// ran, and be scrolled into view.
func TestFragmentLink(t *testing.T) {
	const (
		id   = "l15s1"
		want = "As of September 7th, 2022"
	)
	tb := newTab(t)
	tb.navigate("/articles/" + article2 + "#" + id)
	tb.waitWasm()

	text := eval[string](tb, `(document.getElementById('`+id+`') || {}).textContent || ''`)
	if !strings.Contains(text, want) {
		t.Errorf("#%s: text %q, want it to contain %q", id, text, want)
	}
	if hash := eval[string](tb, `location.hash`); hash != "#"+id {
		t.Errorf("location.hash %q, want %q", hash, "#"+id)
	}
	top := eval[float64](tb, `document.getElementById('`+id+`').getBoundingClientRect().top`)
	if height := eval[float64](tb, `innerHeight`); top < -2 || top >= height {
		t.Errorf("#%s is not scrolled into view: its top is at %.0fpx, the viewport is %.0fpx high", id, top, height)
	}
	tb.assertClean()
}
