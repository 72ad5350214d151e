package chart

import (
	"math"
	"reflect"
	"strconv"
	"testing"
)

func values(ts []Tick) []float64 {
	var out []float64
	for _, t := range ts {
		out = append(out, t.Value)
	}
	return out
}

func labels(ts []Tick) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Label)
	}
	return out
}

func TestNice(t *testing.T) {
	tests := []struct {
		name        string
		data        []float64
		includeZero bool
		lo, hi      float64
	}{
		{"weekly hours", []float64{16_660_000, 31_140_000, 18_210_000}, true, 0, 40_000_000},
		{"cumulative hours", []float64{16_660_000, 47_800_000, 66_010_000}, true, 0, 80_000_000},
		{"large values", []float64{1.2e12, 9.7e12}, false, 0, 1e13},
		{"one point", []float64{66_010_000}, true, 0, 80_000_000},
		{"one point, no zero", []float64{50}, false, 44, 56},
		{"flat series", []float64{7, 7, 7}, false, 6, 8},
		{"flat series from zero", []float64{7, 7, 7}, true, 0, 8},
		{"zero", []float64{0}, false, 0, 1},
		{"all zeros from zero", []float64{0, 0}, true, 0, 1},
		{"negative", []float64{-3, 12}, false, -5, 15},
		{"fractions", []float64{0.12, 0.87}, false, 0, 1},
		{"large, far from zero", []float64{9.1e12, 9.7e12}, false, 9e12, 9.8e12},
		{"no data", nil, true, 0, 1},
		{"NaN skipped", []float64{math.NaN(), 4, 9}, true, 0, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			min, max, ok := Extent(tt.data)
			if !ok {
				min, max = math.NaN(), math.NaN()
			}
			lo, hi := Nice(min, max, 5, tt.includeZero)
			if math.Abs(lo-tt.lo) > 1e-9*math.Max(1, math.Abs(tt.lo)) || math.Abs(hi-tt.hi) > 1e-9*math.Max(1, math.Abs(tt.hi)) {
				t.Errorf("Nice(%v, %v) = [%v, %v], want [%v, %v]", min, max, lo, hi, tt.lo, tt.hi)
			}
			if lo >= hi {
				t.Errorf("empty range [%v, %v]", lo, hi)
			}
			for _, v := range tt.data {
				if !math.IsNaN(v) && (v < lo || v > hi) {
					t.Errorf("%v outside [%v, %v]", v, lo, hi)
				}
			}
		})
	}
}

func TestNiceTicker(t *testing.T) {
	millions := func(v float64) string { return strconv.FormatFloat(v/1e6, 'f', -1, 64) + "M" }
	tests := []struct {
		name     string
		ticker   NiceTicker
		min, max float64
		want     []float64
		labels   []string
	}{
		{"hours", NiceTicker{Format: millions}, 0, 40e6, []float64{0, 10e6, 20e6, 30e6, 40e6}, []string{"0M", "10M", "20M", "30M", "40M"}},
		{"large values", NiceTicker{}, 0, 8e12, []float64{0, 2e12, 4e12, 6e12, 8e12}, []string{"0", "2000000000000", "4000000000000", "6000000000000", "8000000000000"}},
		{"fractions print their decimals", NiceTicker{}, 0.1, 0.9, []float64{0.2, 0.4, 0.6, 0.8}, []string{"0.2", "0.4", "0.6", "0.8"}},
		{"no float noise", NiceTicker{N: 10}, 0, 1, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}, []string{"0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"}},
		{"ranks 1 to 10, integer steps", NiceTicker{N: 10, Integer: true}, 1, 10, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, nil},
		{"integer never steps below 1", NiceTicker{N: 10, Integer: true}, 1, 3, []float64{1, 2, 3}, []string{"1", "2", "3"}},
		{"flat: one tick", NiceTicker{}, 7, 7, []float64{7}, []string{"7"}},
		{"zero", NiceTicker{}, 0, 0, []float64{0}, []string{"0"}},
		{"reversed", NiceTicker{}, 10, 0, []float64{0, 2, 4, 6, 8, 10}, nil},
		{"negative, no -0", NiceTicker{}, -1, 1, []float64{-1, -0.5, 0, 0.5, 1}, []string{"-1", "-0.5", "0", "0.5", "1"}},
		{"NaN", NiceTicker{}, math.NaN(), 1, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.ticker.Ticks(tt.min, tt.max)
			if !reflect.DeepEqual(values(got), tt.want) {
				t.Errorf("values %v, want %v", values(got), tt.want)
			}
			if tt.labels != nil && !reflect.DeepEqual(labels(got), tt.labels) {
				t.Errorf("labels %q, want %q", labels(got), tt.labels)
			}
		})
	}
}

func TestConstantTicks(t *testing.T) {
	c := ConstantTicks{{1, "#1"}, {5, "#5"}, {10, "#10"}, {11, "#11"}}
	if got := labels(c.Ticks(10, 1)); !reflect.DeepEqual(got, []string{"#1", "#5", "#10"}) {
		t.Errorf("got %q", got)
	}
}

func TestScales(t *testing.T) {
	// A plot 200 units tall drawn upwards: y = 220 at the bottom, 20 at the top.
	up := Span{From: 220, To: 20}
	hours := Axis{Min: 0, Max: 40e6}
	rank := Axis{Min: 1, Max: 10, Scale: InvertedScale{LinearScale{}}}
	tests := []struct {
		name string
		axis Axis
		x    float64
		want float64
	}{
		{"zero at the bottom", hours, 0, 220},
		{"max at the top", hours, 40e6, 20},
		{"linear in between", hours, 10e6, 170},
		{"rank 1 at the top", rank, 1, 20},
		{"rank 10 at the bottom", rank, 10, 220},
		{"rank 4 a third of the way down", rank, 4, 20 + 200.0/3},
		{"empty domain: middle", Axis{Min: 5, Max: 5}, 5, 120},
		{"inverted empty domain: middle", Axis{Min: 5, Max: 5, Scale: InvertedScale{}}, 5, 120},
		{"outside the domain extrapolates", hours, 50e6, -30},
	}
	for _, tt := range tests {
		if got := up.Pos(tt.axis, tt.x); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: Pos(%v) = %v, want %v", tt.name, tt.x, got, tt.want)
		}
	}
	if got := values(rank.Ticks()); len(got) == 0 || got[0] != 2 {
		t.Errorf("default ticker on 1..10: %v", got)
	}
}

func TestBands(t *testing.T) {
	tests := []struct {
		name    string
		b       Bands
		step    float64
		width   float64
		centers []float64
	}{
		{"three weeks", Bands{N: 3, From: 0, To: 300}, 100, 100, []float64{50, 150, 250}},
		{"with padding", Bands{N: 3, From: 40, To: 400, Inner: 0.2, Outer: 0.1}, 120, 96, []float64{100, 220, 340}},
		{"one point", Bands{N: 1, From: 0, To: 100, Inner: 0.5, Outer: 0.25}, 100, 50, []float64{50}},
		{"none", Bands{N: 0, From: 0, To: 100}, 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.b.Step(); math.Abs(got-tt.step) > 1e-9 {
				t.Errorf("Step = %v, want %v", got, tt.step)
			}
			if got := tt.b.Width(); math.Abs(got-tt.width) > 1e-9 {
				t.Errorf("Width = %v, want %v", got, tt.width)
			}
			for i, c := range tt.centers {
				if got := tt.b.Center(i); math.Abs(got-c) > 1e-9 {
					t.Errorf("Center(%d) = %v, want %v", i, got, c)
				}
			}
			if tt.b.N > 0 {
				last := tt.b.Start(tt.b.N-1) + tt.b.Width()
				if math.Abs(tt.b.From+tt.b.Step()*tt.b.Outer-tt.b.Start(0)) > 1e-9 || last > tt.b.To+1e-9 {
					t.Errorf("bands leave [%v, %v]: first starts %v, last ends %v", tt.b.From, tt.b.To, tt.b.Start(0), last)
				}
			}
		})
	}
}
