package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SiteName is the product's name, shown in the frame and every title.
const SiteName = "Partner Track Explorer"

// view is one page's content: its metadata and its elements, both a pure
// function of the page's data and the current URL (nil before the first
// navigation, which must render the same as a URL without a query), and
// of drawnAfterStart, which for one URL never changes while a page shows
// it (see there).
type view interface {
	meta(u *url.URL) meta
	render(u *url.URL) app.UI
}

// meta is a page's title and description.
type meta struct {
	title       string
	description string
}

// fullTitle is what the browser tab shows.
func (m meta) fullTitle() string {
	if m.title == "" {
		return SiteName
	}
	return m.title + " · " + SiteName
}

// page is the component every route mounts: the shared frame around a
// view. Path and View are inputs; url is state.
type page struct {
	app.Compo
	Path string
	View view

	url *url.URL
	// update is set when a new version of the app has been installed.
	update bool
	// drawn is the last render, and drawnFor what it drew (see Render).
	drawn    app.UI
	drawnFor string
	// focusPending is set while the heading of a page moved to is still
	// to get the focus.
	focusPending bool
}

// OnPreRender sets the page metadata for the prerendered HTML.
func (p *page) OnPreRender(ctx app.Context) { p.nav(ctx) }

// OnNav sets the page metadata and picks up the query on the client. On a
// navigation inside the app to another page (not the first load, not a
// jump to an anchor) it moves the focus to the new page's heading, as a
// page load would, so keyboard and screen-reader users start from the top
// of the new page. A change of query on the same page (the comparison's
// pair, the chart's metric, the reader's view) leaves the focus on the
// control that made it: a keyboard user stepping through the pair list
// with the arrow keys would otherwise be thrown to the heading each step.
func (p *page) OnNav(ctx app.Context) {
	p.nav(ctx)
	p.loadStatic(ctx)
	path, from := ctx.Page().URL().Path, lastPath
	lastPath = path
	if from == "" {
		loadAddress = p.url.String()
		started()
	}
	if from == "" || ctx.Page().URL().Fragment != "" || path == from {
		return
	}
	p.focusHeading(ctx)
}

// focusHeading moves the focus to the page's heading once the page is
// drawn; a static page still loading (see loadStatic) has none yet, and
// gets the focus when it has loaded.
func (p *page) focusHeading(ctx app.Context) {
	p.focusPending = true
	ctx.Defer(func(app.Context) { p.focusPending = !focusHeading() })
}

// focusHeading gives the focus to the heading of the page drawn, and
// reports whether there is one.
func focusHeading() bool {
	h := app.Window().Get("document").Call("querySelector", "main h1")
	if !h.Truthy() {
		return false
	}
	h.Call("setAttribute", "tabindex", "-1")
	h.Call("focus")
	return true
}

// lastPath is the path of the client's last navigation; "" before the
// first load's.
var lastPath string

// loadAddress is the address the client loaded: "" on the host and, in the
// browser, before its first navigation.
var loadAddress string

// drawnAfterStart reports whether the client draws u for another address
// than the one it loaded (a change of pair, a move from another page): its
// render then replaces a page the app drew, not the prerendered one, whose
// layout the client's first render keeps (a reader may have scrolled
// before the start).
//
// Its answer for an address changes once at most, when the client starts,
// and not for the address being drawn then (the loaded one: false before
// and after), so page.Render's reuse of its last tree for the same address
// stays right.
func drawnAfterStart(u *url.URL) bool {
	return loadAddress != "" && u != nil && u.String() != loadAddress
}

// OnAppUpdate offers to reload when the service worker has installed a new
// version.
func (p *page) OnAppUpdate(ctx app.Context) { p.update = ctx.AppUpdateAvailable() }

func (p *page) nav(ctx app.Context) {
	p.update = ctx.AppUpdateAvailable()
	u := *ctx.Page().URL()
	p.url = &u
	m := p.View.meta(p.url)
	ctx.Page().SetTitle(m.fullTitle())
	ctx.Page().SetDescription(m.description)
}

// Render draws the frame around the view, and the update prompt when a new
// version is ready.
//
// go-app renders the page again after every OnNav, also when nothing it
// draws has changed: on the first load OnNav reports the address the mount
// has just drawn, and on a move to another page go-app has drawn the new
// page when it mounted it, before OnNav. That second render of the whole
// page stood between the start and the first tap. The page draws only its
// path, the address and the update flag (a view is a pure function of its
// data and the address), so for the same three it returns the tree it
// drew last: the page on screen already shows it (go-app mounted that tree,
// or made the mounted one like it), and go-app finds nothing to change
// without the page being built again.
func (p *page) Render() app.UI {
	u := p.current()
	key := p.Path + "\x00" + boolStr(p.update) + "\x00" + itoa(staticLoads)
	if u != nil {
		key += "\x00" + u.String()
	}
	if p.drawn != nil && p.drawnFor == key {
		return p.drawn
	}
	p.drawn = frame(p.Path, p.View.render(u), p.updatePrompt())
	p.drawnFor = key
	return p.drawn
}

// current is the address to draw: the one OnNav saw last, except on the
// client before the first OnNav of this path. go-app renders a page before
// its OnNav (on the first load, and on a navigation from another route,
// when the state still holds that route's address), and that render must
// already be the page the address asks for: a load of /compare?a=…&b=…
// drew the default pair first, then the asked one. (go-app changes the
// address before it renders.) Within a page the live address is not used:
// the search and the cast list replace it as the visitor types, and every
// keystroke re-renders the page.
//
// The live path is read as a string: parsing the whole address on every
// render was a sixth of the page's render on a change of pair.
func (p *page) current() *url.URL {
	if app.IsClient {
		path, err := url.PathUnescape(app.Window().Get("location").Get("pathname").String())
		if p.url == nil || err != nil || path != p.url.Path {
			return app.Window().URL()
		}
	}
	return p.url
}

// updatePrompt is a small, non-blocking notice with a reload button.
func (p *page) updatePrompt() app.UI {
	if !p.update {
		return nil
	}
	return app.Div().Class("update").Attr("role", "status").Body(
		app.Elem("span").Text("New version available. "),
		app.Elem("button").Class("reload").Attr("type", "button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) {
			ctx.Reload()
		}),
	)
}
