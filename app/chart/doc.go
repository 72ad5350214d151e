// Package chart is the geometry of the site's small SVG charts, in the
// style of gonum/plot: a Normalizer maps a data value into [0, 1] of an
// axis (linear, or inverted for an axis such as a rank where 1 is at the
// top), a Ticker chooses the tick marks, Nice widens a data extent to round
// numbers, and Bands lays out categories side by side. It draws nothing
// and never imports go-app: the views turn its numbers into SVG.
package chart
