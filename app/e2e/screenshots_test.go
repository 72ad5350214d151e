//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshots is a tool, not a check: with SCREENSHOTS=dir it saves
// full-page PNGs of a few pages at two widths, in the light and the dark
// color scheme, named like home-360-dark.png. Without SCREENSHOTS it skips.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("SCREENSHOTS")
	if dir == "" {
		t.Skip("set SCREENSHOTS=dir to save screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := []struct{ name, path string }{
		{"home", "/"},
		{"articles", "/articles"},
		{"reader", "/articles/" + article0},
		{"notfound", "/nope"},
		{"search", "/search"},
		{"search-q", `/search?q=%22jinny+howe%22+deadline`},
		{"search-many", "/search?q=netflix"},
		{"timeline", "/timeline"},
		{"viewership", "/viewership"},
		{"viewership-cumulative", "/viewership?metric=cumulative"},
		{"viewership-rank", "/viewership?metric=rank"},
		{"compare", "/compare"},
		{"compare-bad", "/compare?a=zzz&b=" + article1},
		{"facts", "/facts"},
		{"cast", "/cast"},
		{"cast-filtered", "/cast?role=recurring&q=yun"},
		{"person", "/cast/arden-cho"},
		{"person-chiam", "/cast/desmond-chiam"},
		{"crew", "/cast/crew"},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			tb := newTab(t)
			tb.navigate(p.path)
			tb.waitWasm()
			for _, width := range []int64{360, 1280} {
				tb.do("set the viewport", chromedp.EmulateViewport(width, viewportHeight))
				for _, scheme := range []string{"light", "dark", "toggled"} {
					// toggled: a light system, dark chosen with the toggle.
					if scheme == "toggled" && width != 360 {
						continue
					}
					system, js := scheme, `document.documentElement.removeAttribute('data-theme')`
					if scheme == "toggled" {
						system, js = "light", `document.documentElement.setAttribute('data-theme', 'dark')`
					}
					tb.setColorScheme(system)
					tb.do("set the theme", chromedp.Evaluate[chromedp.Void](js))
					// Let the page lay out and paint in the new setting.
					tb.do("wait two frames", chromedp.Evaluate[chromedp.Void](
						`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`,
						chromedp.EvalAwaitPromise))
					png := run(tb, "screenshot", chromedp.FullScreenshot(100))
					file := filepath.Join(dir, fmt.Sprintf("%s-%d-%s.png", p.name, width, scheme))
					if err := os.WriteFile(file, png, 0o644); err != nil {
						t.Fatal(err)
					}
					t.Logf("wrote %s", file)
				}
			}
		})
	}
}
