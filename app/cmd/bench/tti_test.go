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
