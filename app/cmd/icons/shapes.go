package main

import (
	"fmt"
	"strings"
)

// The icon is drawn on a 512×512 canvas: a rounded navy square with three
// rising gold steps, the "track" towards partner.
const (
	canvas     = 512
	radius     = 96
	background = "#1f2a44"
	foreground = "#f5b942"
)

// rect is an axis-aligned rectangle on the canvas.
type rect struct{ x0, y0, x1, y1 float64 }

// steps are the three bars, left to right.
var steps = []rect{
	{104, 300, 176, 408},
	{220, 212, 292, 408},
	{336, 112, 408, 408},
}

// svg returns the icon as a standalone SVG document.
func svg() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">`, canvas, canvas)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" rx="%d" fill="%s"/>`, canvas, canvas, radius, background)
	for _, r := range steps {
		fmt.Fprintf(&b, `<rect x="%g" y="%g" width="%g" height="%g" rx="8" fill="%s"/>`, r.x0, r.y0, r.x1-r.x0, r.y1-r.y0, foreground)
	}
	b.WriteString("</svg>\n")
	return b.String()
}
