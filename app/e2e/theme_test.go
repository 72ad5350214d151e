//go:build e2e

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// Page backgrounds of the two themes (--bg in web/style.css).
const (
	lightBg = "rgb(255, 255, 255)"
	darkBg  = "rgb(18, 21, 28)"
)

// themeJS describes the theme in use: the choice on <html>, the page's
// background, the toggle's accessible text and what localStorage keeps.
const themeJS = `(() => {
	const b = document.querySelector('header button.theme-toggle');
	return {choice: document.documentElement.getAttribute('data-theme') || 'system',
		bg: getComputedStyle(document.body).backgroundColor,
		name: b ? b.innerText.replace(/\s+/g, ' ').trim() : '',
		stored: localStorage.getItem('theme') || ''};
})()`

type themeState struct {
	Choice string `json:"choice"`
	Bg     string `json:"bg"`
	Name   string `json:"name"`
	Stored string `json:"stored"`
}

// TestThemeToggle: the toggle cycles system → the other theme → the
// system's theme chosen → system, naming each, switching the page's colours
// and remembering the choice across a reload; it works before the wasm ran.
func TestThemeToggle(t *testing.T) {
	for _, system := range []string{"light", "dark"} {
		t.Run(system, func(t *testing.T) {
			tb := newTab(t)
			tb.setColorScheme(system)
			release := tb.holdWasm()
			tb.navigate("/")
			sysBg, otherBg, other := lightBg, darkBg, "dark"
			if system == "dark" {
				sysBg, otherBg, other = darkBg, lightBg, "light"
			}
			name := map[string]string{"system": "Theme: Auto", "light": "Theme: Light", "dark": "Theme: Dark"}
			want := []themeState{
				{"system", sysBg, name["system"], ""},
				{other, otherBg, name[other], other},
				{system, sysBg, name[system], system},
				{"system", sysBg, name["system"], ""},
			}
			for i, w := range want {
				if i == 2 {
					// Halfway, let the wasm take over: the toggle keeps working.
					release()
					tb.waitWasm()
				}
				if i > 0 {
					tb.do("click the toggle", chromedp.Click(chromedp.CSS(`header button.theme-toggle`)))
				}
				if got := eval[themeState](tb, themeJS); got != w {
					t.Errorf("after %d clicks: %+v, want %+v", i, got, w)
				}
			}
			// Remembered: choose the other theme and reload.
			tb.do("click the toggle", chromedp.Click(chromedp.CSS(`header button.theme-toggle`)))
			tb.navigate("/cast")
			tb.waitWasm()
			if got := eval[themeState](tb, themeJS); got.Choice != other || got.Bg != otherBg {
				t.Errorf("after a reload: %+v, want the %s theme", got, other)
			}
			tb.assertClean()
		})
	}
}

// TestThemeBeforeFirstPaint: a remembered theme is in place at the first
// frame, before anything is painted, and the toggle is where it will stay
// once the wasm ran.
func TestThemeBeforeFirstPaint(t *testing.T) {
	tb := newTab(t)
	tb.setColorScheme("light")
	// A file of the site, not a page: its origin's storage, but no app, so
	// no service worker that would serve the wasm past the hold below.
	tb.navigate("/web/icon.svg")
	tb.do("remember dark", chromedp.Evaluate[chromedp.Void](`localStorage.setItem('theme', 'dark')`))
	tb.onEveryDocument("record the first frame", `requestAnimationFrame(() => { window.firstFrame = {
		theme: document.documentElement.getAttribute('data-theme') || '',
		bg: getComputedStyle(document.documentElement).backgroundColor}; });`)
	release := tb.holdWasm()
	tb.navigate("/articles")
	tb.waitFor("the first frame", `window.firstFrame !== undefined`, stepTimeout)
	type frame struct {
		Theme string `json:"theme"`
		Bg    string `json:"bg"`
	}
	if got := eval[frame](tb, `window.firstFrame`); got != (frame{"dark", darkBg}) {
		t.Errorf("first frame: %+v, want dark", got)
	}
	const rectJS = `(() => { const r = document.querySelector('header button.theme-toggle').getBoundingClientRect();
		return [r.left, r.top, r.width, r.height]; })()`
	before := eval[[]float64](tb, rectJS)
	release()
	tb.waitWasm()
	after := eval[[]float64](tb, rectJS)
	for i := range before {
		if d := before[i] - after[i]; d > 1 || d < -1 || before[2] == 0 {
			t.Errorf("toggle at %v before the wasm ran, %v after", before, after)
			break
		}
	}
}

// TestThemeToggleHiddenWithoutJavaScript: without scripts the toggle would
// do nothing, so it does not show.
func TestThemeToggleHiddenWithoutJavaScript(t *testing.T) {
	tb := newTab(t, withoutJS())
	tb.navigate("/")
	if got := eval[string](tb, `getComputedStyle(document.querySelector('header button.theme-toggle')).display`); got != "none" {
		t.Errorf("toggle display %q with scripts off", got)
	}
}

// coloursJS lists the colours of every element of the page.
const coloursJS = `[...document.querySelectorAll('body *')].map(e => { const s = getComputedStyle(e);
	return e.tagName + ' ' + s.color + ' ' + s.backgroundColor + ' ' + s.borderTopColor + ' ' + s.fill + ' ' + s.stroke; })`

// TestChosenThemeMatchesSystemTheme: a theme chosen with the toggle looks
// exactly like the same theme chosen by the system, element by element
// (so axe's results in the system's themes hold for the chosen ones).
func TestChosenThemeMatchesSystemTheme(t *testing.T) {
	tb := newTab(t)
	for _, path := range []string{"/", "/cast", "/viewership", "/compare", "/facts", "/search?q=netflix", "/articles/" + article0} {
		tb.navigate(path)
		tb.waitWasm()
		for _, theme := range []string{"light", "dark"} {
			other := map[string]string{"light": "dark", "dark": "light"}[theme]
			tb.setColorScheme(theme)
			tb.do("follow the system", chromedp.Evaluate[chromedp.Void](`document.documentElement.removeAttribute('data-theme')`))
			bySystem := eval[[]string](tb, coloursJS)
			tb.setColorScheme(other)
			tb.do("choose "+theme, chromedp.Evaluate[chromedp.Void](`document.documentElement.setAttribute('data-theme', '`+theme+`')`))
			chosen := eval[[]string](tb, coloursJS)
			if len(chosen) != len(bySystem) {
				t.Fatalf("%s: %d elements, then %d", path, len(bySystem), len(chosen))
			}
			diffs := 0
			for i := range chosen {
				if chosen[i] != bySystem[i] {
					if diffs++; diffs <= 3 {
						t.Errorf("%s, %s: %s by the system, %s chosen", path, theme, bySystem[i], chosen[i])
					}
				}
			}
		}
	}
}
