package chart

import (
	"math"
	"strconv"
)

// Tick is a tick mark: its value and its label.
type Tick struct {
	Value float64
	Label string
}

// Ticker chooses the ticks of an axis spanning [min, max].
type Ticker interface {
	Ticks(min, max float64) []Tick
}

// NiceTicker places ticks at multiples of a round step (1, 2 or 5 times a
// power of ten), about N of them (5 when N is 0). Integer keeps the step at
// 1 or more, for counts and ranks. Format labels a value; when nil the
// value is written in the fewest digits ("0.3", not "0.30000000000000004").
type NiceTicker struct {
	N       int
	Integer bool
	Format  func(v float64) string
}

// Ticks implements Ticker: every multiple of the step in [min, max].
func (t NiceTicker) Ticks(min, max float64) []Tick {
	if bad(min) || bad(max) {
		return nil
	}
	if min > max {
		min, max = max, min
	}
	step := t.step(min, max)
	if step == 0 {
		return []Tick{t.tick(min, 0)}
	}
	var out []Tick
	first := math.Ceil(min/step - 1e-9)
	for i := first; i*step <= max+step*1e-9; i++ {
		out = append(out, t.tick(i*step, step))
		if len(out) > 1000 {
			break
		}
	}
	return out
}

func (t NiceTicker) n() int {
	if t.N < 2 {
		return 5
	}
	return t.N
}

// step returns the tick step for [min, max], 0 for an empty range.
func (t NiceTicker) step(min, max float64) float64 {
	if max == min {
		return 0
	}
	s := niceNum((max-min)/float64(t.n()-1), true)
	if t.Integer && s < 1 {
		s = 1
	}
	return s
}

func (t NiceTicker) tick(v, step float64) Tick {
	v = roundTo(v, decimals(step))
	if v == 0 {
		v = 0 // no "-0"
	}
	if t.Format != nil {
		return Tick{Value: v, Label: t.Format(v)}
	}
	return Tick{Value: v, Label: strconv.FormatFloat(v, 'f', -1, 64)}
}

// ConstantTicks is a Ticker with fixed ticks; those outside the range are
// dropped.
type ConstantTicks []Tick

// Ticks implements Ticker.
func (c ConstantTicks) Ticks(min, max float64) []Tick {
	if min > max {
		min, max = max, min
	}
	var out []Tick
	for _, t := range c {
		if t.Value >= min && t.Value <= max {
			out = append(out, t)
		}
	}
	return out
}

// Nice widens [min, max] to multiples of the step NiceTicker{N: n} would
// use, so the first and last ticks sit on the ends. With includeZero the
// range first reaches 0. An empty range is widened: [0, 0] to [0, 1] and
// [v, v] by a tenth of |v| each way, so a flat series draws in the middle.
// NaN and infinite values give [0, 1].
func Nice(min, max float64, n int, includeZero bool) (lo, hi float64) {
	if bad(min) || bad(max) {
		return 0, 1
	}
	if min > max {
		min, max = max, min
	}
	if includeZero {
		min, max = math.Min(min, 0), math.Max(max, 0)
	}
	if min == max {
		if min == 0 {
			return 0, 1
		}
		pad := math.Abs(min) / 10
		min, max = min-pad, max+pad
	}
	step := NiceTicker{N: n}.step(min, max)
	lo = roundTo(math.Floor(min/step+1e-9)*step, decimals(step))
	hi = roundTo(math.Ceil(max/step-1e-9)*step, decimals(step))
	return lo, hi
}

// Extent returns the smallest and largest of the values, skipping NaN and
// infinities; ok is false when none is left.
func Extent(values []float64) (min, max float64, ok bool) {
	for _, v := range values {
		if bad(v) {
			continue
		}
		if !ok {
			min, max, ok = v, v, true
			continue
		}
		min, max = math.Min(min, v), math.Max(max, v)
	}
	return min, max, ok
}

func bad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }

// niceNum returns a round number near x: 1, 2, 5 or 10 times a power of
// ten (Heckbert, "Nice numbers for graph labels").
func niceNum(x float64, round bool) float64 {
	if x <= 0 || bad(x) {
		return 1
	}
	exp := math.Floor(math.Log10(x))
	f := x / math.Pow(10, exp)
	var nf float64
	switch {
	case round && f < 1.5, !round && f <= 1:
		nf = 1
	case round && f < 3, !round && f <= 2:
		nf = 2
	case round && f < 7, !round && f <= 5:
		nf = 5
	default:
		nf = 10
	}
	return nf * math.Pow(10, exp)
}

// decimals is how many decimals a multiple of step needs.
func decimals(step float64) int {
	if step <= 0 || step >= 1 {
		return 0
	}
	return int(math.Ceil(-math.Log10(step) - 1e-9))
}

func roundTo(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}
