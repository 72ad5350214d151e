//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// printWidth is an A4 page's width in CSS pixels (210 mm at 96 dpi).
const printWidth = 794

// emulatePrint makes the page lay out for paper, with the system's colour
// scheme set to scheme.
func (tb *tab) emulatePrint(scheme string) {
	tb.t.Helper()
	tb.call("emulate print", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Media:    "print",
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

// printedJS lists what should not be on paper but shows, and the page's
// colours.
const printedJS = `(() => {
	const shown = [...document.querySelectorAll('header.top, .skip, footer.foot, .theme-toggle, form.picker, form.cast-filters, .side-switch, nav.tabs, .update')]
		.filter(e => getComputedStyle(e).display !== 'none').map(e => e.tagName + '.' + e.getAttribute('class'));
	const sticky = [...document.querySelectorAll('main *')].filter(e => ['sticky', 'fixed'].includes(getComputedStyle(e).position))
		.slice(0, 3).map(e => e.tagName + '.' + e.getAttribute('class'));
	const dark = [...document.querySelectorAll('main *')].filter(e => e.checkVisibility()).filter(e => {
		const m = getComputedStyle(e).backgroundColor.match(/[\d.]+/g).map(Number);
		return (m.length < 4 || m[3] > 0) && 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2] < 160;
	}).slice(0, 3).map(e => e.tagName + '.' + e.getAttribute('class'));
	return {shown, sticky, dark, bg: getComputedStyle(document.body).backgroundColor,
		fg: getComputedStyle(document.querySelector('main h1')).color,
		width: document.documentElement.scrollWidth};
})()`

type printed struct {
	Shown  []string `json:"shown"`
	Sticky []string `json:"sticky"`
	Dark   []string `json:"dark"`
	Bg     string   `json:"bg"`
	Fg     string   `json:"fg"`
	Width  int      `json:"width"`
}

// TestPrint lays an article, the cast and the comparison out for paper, in
// a dark theme chosen by the system and by the toggle: black on white, no
// header, footer or controls, nothing stuck to the page, nothing wider
// than the paper. With SCREENSHOTS=dir it saves what would print.
func TestPrint(t *testing.T) {
	dir := os.Getenv("SCREENSHOTS")
	for _, p := range []struct{ name, path string }{
		{"reader", "/articles/" + article0},
		{"cast", "/cast"},
		{"person", "/cast/arden-cho"},
		{"compare", "/compare"},
		{"facts", "/facts"},
	} {
		t.Run(p.name, func(t *testing.T) {
			tb := newTab(t)
			tb.do("paper width", chromedp.EmulateViewport(printWidth, 1123))
			tb.navigate(p.path)
			tb.waitWasm()
			for _, theme := range []string{"system-dark", "chosen-dark"} {
				tb.emulatePrint("dark")
				if theme == "chosen-dark" {
					tb.emulatePrint("light")
					tb.do("choose dark", chromedp.Evaluate[chromedp.Void](`document.documentElement.setAttribute('data-theme', 'dark')`))
				}
				got := eval[printed](tb, printedJS)
				if len(got.Shown) > 0 {
					t.Errorf("%s: on paper: %v", theme, got.Shown)
				}
				if len(got.Sticky) > 0 {
					t.Errorf("%s: stuck to the page on paper: %v", theme, got.Sticky)
				}
				if len(got.Dark) > 0 {
					t.Errorf("%s: dark backgrounds on paper: %v", theme, got.Dark)
				}
				if got.Bg != lightBg || got.Fg != "rgb(0, 0, 0)" {
					t.Errorf("%s: body background %s, h1 %s; want black on white", theme, got.Bg, got.Fg)
				}
				if got.Width > printWidth {
					t.Errorf("%s: %d px wide on %d px paper", theme, got.Width, printWidth)
				}
				if dir != "" {
					png := run(tb, "screenshot", chromedp.FullScreenshot(100))
					file := filepath.Join(dir, fmt.Sprintf("print-%s-%s.png", p.name, theme))
					if err := os.WriteFile(file, png, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
		})
	}
}
