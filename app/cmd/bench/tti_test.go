package main

import "testing"

func TestLinkEmulated(t *testing.T) {
	tests := []struct {
		bytes, ms float64
		ok        bool
	}{
		{1431133, 8000, true},  // 1.43 MB at 1.6 Mbit/s: 7.2 s at least
		{1431133, 1108, false}, // the run that was not throttled
		{1431133, 6600, true},  // within the 10 % allowed
		{1431133, 6400, false}, // beyond it
		{0, 5000, false},       // no wasm seen
	}
	for _, tt := range tests {
		err := linkEmulated(tt.bytes, tt.ms)
		if (err == nil) != tt.ok {
			t.Errorf("linkEmulated(%v, %v) = %v, want ok %v", tt.bytes, tt.ms, err, tt.ok)
		}
	}
}

func TestBlockingOf(t *testing.T) {
	tests := []struct {
		name              string
		tasks             [][2]float64
		before            float64
		longest, blocking float64
	}{
		{"none", nil, 500, 0, 0},
		{"one", [][2]float64{{100, 214}}, 500, 214, 164},
		{"under the limit counts as longest, blocks nothing", [][2]float64{{100, 50}}, 500, 50, 0},
		{"summed", [][2]float64{{100, 80}, {300, 120}}, 500, 120, 100},
		{"a task that starts at or after the wasm ran is left out", [][2]float64{{100, 80}, {500, 400}, {900, 300}}, 500, 80, 30},
	}
	for _, tt := range tests {
		longest, blocking := blockingOf(tt.tasks, tt.before)
		if longest != tt.longest || blocking != tt.blocking {
			t.Errorf("%s: blockingOf = %v, %v; want %v, %v", tt.name, longest, blocking, tt.longest, tt.blocking)
		}
	}
}
