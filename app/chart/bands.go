package chart

// Bands lays out N categories side by side along [From, To], like d3's
// band scale: Inner is the gap between bands and Outer the margin at each
// end, both as fractions of a step (0 ≤ Inner < 1).
type Bands struct {
	N            int
	From, To     float64
	Inner, Outer float64
}

// Step is the distance from the start of one band to the next.
func (b Bands) Step() float64 {
	if b.N <= 0 {
		return 0
	}
	d := float64(b.N) - b.Inner + 2*b.Outer
	if d <= 0 {
		d = 1
	}
	return (b.To - b.From) / d
}

// Width is the width of each band.
func (b Bands) Width() float64 { return b.Step() * (1 - b.Inner) }

// Start is where band i begins.
func (b Bands) Start(i int) float64 { return b.From + b.Step()*(b.Outer+float64(i)) }

// Center is the middle of band i.
func (b Bands) Center(i int) float64 { return b.Start(i) + b.Width()/2 }
