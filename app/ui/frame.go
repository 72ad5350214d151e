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
		app.A().Class("skip").Href("#main").Text("Skip to content").OnClick(focusMain),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(site.Href("/")).Body(
				app.Img().Src("/web/icon.svg").Alt("").Width(28).Height(28),
				app.Span().Text(SiteName),
			),
			app.Nav().Aria("label", "Main").Body(
				app.Ul().Body(
					app.Range(sections).Slice(func(i int) app.UI {
						s := sections[i]
						a := app.A().Href(site.Href(s.path)).Text(s.label)
						if inSection(current, s.path) {
							a = a.Aria("current", "page")
						}
						return app.Li().Body(a)
					}),
				),
			),
			app.Div().Class("tools").Body(
				searchBox(current),
				themeToggle(),
			),
		),
		app.Main().ID("main").Attr("tabindex", "-1").Body(content),
		app.Footer().Class("foot").Body(
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
