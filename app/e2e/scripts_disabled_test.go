//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// TestWithoutJavaScript loads pages with scripts disabled: the prerendered
// HTML alone must be a readable page, with go-app's loader overlay hidden.
func TestWithoutJavaScript(t *testing.T) {
	tests := []struct {
		name, path, h1, text string
	}{
		{"home", "/", "Partner Track, as the press reported it", "August 26, 2022"},
		{"articles", "/articles", "Articles", "Partner Track Netflix Renewal Status"},
		{"reader", "/articles/" + article2, "Partner Track Netflix Renewal Status", "As of September 7th, 2022"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTab(t, withoutJS())
			tb.navigate(tt.path)
			if eval[bool](tb, `typeof Go !== 'undefined'`) {
				t.Fatal("scripts ran although they are disabled")
			}
			if got := eval[string](tb, h1JS); got != tt.h1 {
				t.Errorf("h1 %q, want %q", got, tt.h1)
			}
			if main := eval[string](tb, `document.querySelector('main#main').innerText`); !strings.Contains(main, tt.text) {
				t.Errorf("main#main does not show %q", tt.text)
			}
			if how := eval[string](tb, loaderHiddenJS); how != "" {
				t.Errorf("the loader overlay #app-wasm-loader shows: %s", how)
			}
			if cover := eval[string](tb, coverJS("main#main h1")); cover != "" {
				t.Errorf("h1 not visible: %s", cover)
			}
			tb.assertSameOrigin()
		})
	}
}
