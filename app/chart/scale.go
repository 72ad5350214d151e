package chart

import "math"

// Normalizer maps x in [min, max] to [0, 1] along an axis.
type Normalizer interface {
	Normalize(min, max, x float64) float64
}

// LinearScale is the linear Normalizer: min is 0, max is 1. An empty
// domain (min == max) puts every value in the middle.
type LinearScale struct{}

// Normalize implements Normalizer.
func (LinearScale) Normalize(min, max, x float64) float64 {
	if max == min || math.IsNaN(max-min) {
		return 0.5
	}
	return (x - min) / (max - min)
}

// InvertedScale turns a Normalizer around: min is 1 and max is 0, so on a
// vertical axis drawn upwards the smallest value is at the top (rank 1).
type InvertedScale struct{ Normalizer }

// Normalize implements Normalizer.
func (s InvertedScale) Normalize(min, max, x float64) float64 {
	n := s.Normalizer
	if n == nil {
		n = LinearScale{}
	}
	return 1 - n.Normalize(min, max, x)
}

// Axis is a data range with its scale and ticks.
type Axis struct {
	Min, Max float64
	Scale    Normalizer // LinearScale when nil
	Tick     Ticker     // NiceTicker when nil
}

// Norm returns where x falls on the axis, 0 at the start and 1 at the end.
func (a Axis) Norm(x float64) float64 {
	s := a.Scale
	if s == nil {
		s = LinearScale{}
	}
	return s.Normalize(a.Min, a.Max, x)
}

// Ticks returns the axis's tick marks.
func (a Axis) Ticks() []Tick {
	t := a.Tick
	if t == nil {
		t = NiceTicker{}
	}
	return t.Ticks(a.Min, a.Max)
}

// Span maps [0, 1] onto drawing coordinates: From is where 0 lands and To
// where 1 lands. For a vertical SVG axis drawn upwards From is the bottom
// (the larger y).
type Span struct{ From, To float64 }

// At returns the coordinate of the normalised position n.
func (s Span) At(n float64) float64 { return s.From + n*(s.To-s.From) }

// Pos returns the coordinate of data value x on axis a drawn along s.
func (s Span) Pos(a Axis, x float64) float64 { return s.At(a.Norm(x)) }
