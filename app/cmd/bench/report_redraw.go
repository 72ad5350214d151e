package main

import (
	"fmt"
	"strings"
)

// redrawOf returns the redraw floor's result under the named condition,
// or nil.
func (r *report) redrawOf(cond string) *ttiResult {
	for i := range r.redraw {
		if r.redraw[i].cond.name == cond {
			return &r.redraw[i]
		}
	}
	return nil
}

// redrawColumns are the time-to-interactive table's extra header cells
// and their cells of the alignment row, when the redraw floor was
// measured.
func (r *report) redrawColumns() (head, rule string) {
	if len(r.redraw) == 0 {
		return "", ""
	}
	return " redraw floor: interactive | redraw / floor | ours / redraw |", " ---: | ---: | ---: |"
}

// redrawCells are the extra cells of the row of o (ours) and f (the
// hello-world floor): the redraw floor's time, its ratio to the floor and
// ours to it.
func (r *report) redrawCells(o, f ttiResult) string {
	if len(r.redraw) == 0 {
		return ""
	}
	d := r.redrawOf(o.cond.name)
	if d == nil {
		return " – | – | – |"
	}
	rd := median(d.tti)
	return fmt.Sprintf(" %.0f | %.2f | %.2f |", rd, rd/median(f.tti), median(o.tti)/rd)
}

// redrawTarget is what the target row adds about the redraw floor: under
// how many conditions go-app drawing our page alone already passes the
// target, and how far ours is from it at most.
func (r *report) redrawTarget() string {
	if len(r.redraw) == 0 {
		return ""
	}
	n := 0
	worstOurs, worstWhere := 0.0, ""
	var over []string // the conditions where the redraw floor passes the target
	for i := 0; i+1 < len(r.tti); i += 2 {
		o, f := r.tti[i], r.tti[i+1]
		d := r.redrawOf(o.cond.name)
		if d == nil {
			continue
		}
		n++
		if rt := median(d.tti) / median(f.tti); rt > ttiRatioTarget {
			over = append(over, fmt.Sprintf("%s %.2f", o.cond.name, rt))
		}
		if rt := median(o.tti) / median(d.tti); rt > worstOurs {
			worstOurs, worstWhere = rt, o.cond.name
		}
	}
	s := fmt.Sprintf("; the redraw floor (go-app drawing our pages with the hello world's code) passes %.1f × the floor under %d of %d conditions", ttiRatioTarget, len(over), n)
	if len(over) > 0 {
		s += " (" + strings.Join(over, "; ") + ")"
	}
	return s + fmt.Sprintf("; ours is at most %.2f × the redraw floor (%s)", worstOurs, worstWhere)
}

// writeRedraw explains the redraw floor's columns.
func (r *report) writeRedraw(p func(format string, args ...any)) {
	if len(r.redraw) == 0 {
		return
	}
	p("\nThe **redraw floor** (`bench/redraw`, `make redraw`) is our built site — the same prerendered pages, stylesheet, app.js, worker and wasm preload — with go-app's smallest program that shows them in place of our wasm: the hello world's code, which on start lets go-app replace the prerendered page with its own copy (one `Raw` element holding the page's HTML, the least any go-app v9 app draws: go-app does not adopt the prerendered DOM) and answers the same click as ours with a page headed Articles. It is measured in the same loads, alternating with the other two. *Redraw / floor* is what showing our pages costs under go-app v9, whatever the code; *ours / redraw* is what our code adds (its bytes, its start, its real views). It is not a strict bound: ours draws the frame with go-app elements and only the content as one `Raw`, and can start faster than it.\n")
}
