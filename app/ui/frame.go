package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/site"
)

// navItem is one entry of the main navigation.
type navItem struct {
	path, label string
}

// sections are the main navigation, in order.
var sections = []navItem{
	{"/articles", "Articles"},
	{"/cast", "Cast"},
	{"/viewership", "Viewership"},
	{"/compare", "Compare"},
	{"/search", "Search"},
	{"/timeline", "Timeline"},
}

// brandIcon is the app's icon (web/icon.svg, drawn by app/cmd/icons) as
// the frame shows it beside the site's name: inline, and decorative like
// an image with an empty alt. As an image it was fetched again each time
// the client redrew the page (the browser revalidates an icon served
// without a lifetime) and was blank until then, at every start. A test
// checks that it draws what the file draws.
const brandIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="28" height="28" aria-hidden="true">` +
	`<rect width="512" height="512" rx="96" fill="#1f2a44"/>` +
	`<rect x="104" y="300" width="72" height="108" rx="8" fill="#f5b942"/>` +
	`<rect x="220" y="212" width="72" height="196" rx="8" fill="#f5b942"/>` +
	`<rect x="336" y="112" width="72" height="296" rx="8" fill="#f5b942"/></svg>`

// frame is the shared page frame: header with navigation, main, footer,
// and an optional notice (nil for none). current is the route path, used
// to mark the current section.
func frame(current string, content, notice app.UI) app.UI {
	return app.Div().Class("frame").Body(
		app.Elem("a").Class("skip").Attr("href", "#main").Text("Skip to content").OnClick(focusMain),
		app.Elem("header").Class("top").Body(
			app.Elem("a").Class("brand").Attr("href", site.Href("/")).Body(
				app.Raw(brandIcon),
				app.Elem("span").Text(SiteName),
			),
			app.Elem("nav").Aria("label", "Main").Body(
				app.Elem("ul").Body(
					app.Range(sections).Slice(func(i int) app.UI {
						s := sections[i]
						a := app.Elem("a").Attr("href", site.Href(s.path)).Text(s.label)
						if inSection(current, s.path) {
							a = a.Aria("current", "page")
						}
						return app.Elem("li").Body(a)
					}),
				),
			),
			app.Div().Class("tools").Body(
				searchBox(current),
				themeToggle(),
			),
		),
		app.Elem("main").ID("main").Attr("tabindex", "-1").Body(content),
		app.Elem("footer").Class("foot").Body(
			app.P().Text("Built from five 2022 web articles about Netflix’s Partner Track. "+
				"Every figure, name, date and quote links to the sentence it comes from. "+
				"Runs entirely in your browser."),
		),
		notice,
	)
}

// focusMain moves the focus to main, as the skip link does natively (main
// has tabindex -1): go-app handles the link's click itself and only
// scrolls.
func focusMain(ctx app.Context, e app.Event) {
	if m := app.Window().GetElementByID("main"); m.Truthy() {
		m.Call("focus")
	}
}

// inSection reports whether the route path belongs to a section.
func inSection(current, section string) bool {
	return current == section || strings.HasPrefix(current, section+"/")
}
