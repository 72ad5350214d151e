package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// updateOnly re-renders the component whose event handler is running and
// none of its ancestors. go-app marks every ancestor of an event's
// component for update, so without it a keystroke in the search box, or a
// pointer over a chart point, rebuilt and compared the whole page around
// it, though nothing above the component depends on its state (the page
// draws the address of its last navigation, not the one a component
// replaced). PreventUpdate stops the ancestors being marked; the dispatch,
// handled after the handler, marks the component itself again.
func updateOnly(ctx app.Context) {
	ctx.PreventUpdate()
	ctx.Dispatch(func(app.Context) {})
}
