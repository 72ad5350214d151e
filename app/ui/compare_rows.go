package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/compare"
)

// alignRows is the list of an alignment's rows, written as HTML in one
// string that the browser parses in one call. A change of pair replaces
// the whole list in one render: drawn this way every row of a new pair
// shows in about the time the first eight took when the rows were drawn
// one element (then one HTML row) at a time, first eight and the rest a
// frame later (make bench, 4× CPU: 90–126 ms against 116–138 ms to every
// row).
//
// Rows drawn after the start (lazy: a change of pair, a move from another
// page) are laid out and painted only near the screen (the class "lazy",
// see the stylesheet): after a change of pair nearly all of them are below
// it. The rows of the page as loaded are not lazy: the client's first
// render lays them out as the prerendered page did, so a reader who
// scrolled before the start sees nothing move.
func (v compareView) alignRows(al compare.Alignment, lazy bool) app.UI {
	var b strings.Builder
	b.Grow(500 * (len(al.Rows) + 1)) // a row takes 420–500 bytes
	if lazy {
		b.WriteString(`<ol class="align lazy">`)
	} else {
		b.WriteString(`<ol class="align">`)
	}
	for _, r := range al.Rows {
		v.writeRow(&b, al, r)
	}
	b.WriteString(`</ol>`)
	return app.Raw(b.String())
}
