package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/compare"
)

// firstRows is how many rows a change of pair draws at once.
const firstRows = 8

// restDelay is how long the remaining rows wait, so that the browser
// paints the first ones before the Go side draws the rest.
const restDelay = 30 * time.Millisecond

// alignRows is the list of an alignment's rows. V, Al and All are inputs;
// pair and limit are state.
//
// Changing the pair in the app draws the first rows at once and the rest a
// moment later, with the list aria-busy meanwhile: the new pair shows
// without waiting for rows that are below the fold on any screen. The
// first render (and the prerender, so the two are identical) and an
// address that points at a row (All: /compare?…#a-l8s3) draw every row.
type alignRows struct {
	app.Compo
	V   compareView
	Al  compare.Alignment
	All bool

	pair  string // the pair drawn; "" before the first render
	limit int    // rows drawn while the rest is pending; 0: every row
}

// Render draws the rows, noting a change of pair: go-app renders with the
// new inputs before it calls OnUpdate, so the limit is set here.
func (r *alignRows) Render() app.UI {
	pair := r.Al.A + "|" + r.Al.B
	if r.pair != pair {
		if r.pair != "" && !r.All && len(r.Al.Rows) > firstRows {
			r.limit = firstRows
		}
		r.pair = pair
	}
	rows := r.Al.Rows
	ol := app.Ol().Class("align")
	if r.limit > 0 && r.limit < len(rows) {
		rows = rows[:r.limit]
		ol = ol.Aria("busy", "true")
	}
	return ol.Body(app.Range(rows).Slice(func(i int) app.UI { return r.V.row(r.Al, rows[i]) }))
}

// OnUpdate draws the remaining rows once the first are painted.
func (r *alignRows) OnUpdate(ctx app.Context) {
	if r.limit == 0 {
		return
	}
	pair := r.pair
	ctx.After(restDelay, func(app.Context) {
		if r.pair == pair {
			r.limit = 0
		}
	})
}
