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

// frame is the shared page frame: header with navigation, main, footer,
// and an optional notice (nil for none). current is the route path, used
// to mark the current section.
func frame(current string, content, notice app.UI) app.UI {
	return app.Div().Class("frame").Body(
		app.Elem("a").Class("skip").Attr("href", "#main").Text("Skip to content").OnClick(focusMain),
		app.Elem("header").Class("top").Body(
			app.Elem("a").Class("brand").Attr("href", site.Href("/")).Body(
				app.ElemSelfClosing("img").Attr("src", "/web/icon.svg").Attr("alt", "").Attr("width", 28).Attr("height", 28),
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
