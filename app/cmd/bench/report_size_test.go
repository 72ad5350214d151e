package main

import (
	"strings"
	"testing"
)

// The size target compares our packed wasm with the floor packed the same
// way, and says what the ratio to the floor as the linker wrote it is
// without judging the target on it.
func TestSizeTarget(t *testing.T) {
	packed := []wasmSize{{site: "ours", br: 1150}, {site: "hello-world floor", br: 1000}}
	linked := []wasmSize{{site: "ours, as the linker wrote it", br: 1250}, {site: "hello-world floor, as the linker wrote it", br: 1100}}
	for _, tc := range []struct {
		name   string
		sizes  []wasmSize
		linked []wasmSize
		want   []string
		holds  string
	}{
		{"packed only", packed, nil, []string{"1.150 × (1150 B", "both packed"}, "**yes**"},
		{"with the linker's", packed, linked, []string{"1.150 × (1150 B", "; 1.045 × the floor as the linker wrote it (1100 B"}, "**yes**"},
		{"over, though under the linker's floor", []wasmSize{{br: 1160}, {br: 1000}}, linked, []string{"1.160 ×", "1.055 × the floor as the linker wrote it"}, "**no**"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &report{sizes: tc.sizes, linked: tc.linked}
			row := r.targets()[0]
			for _, w := range tc.want {
				if !strings.Contains(row[1], w) {
					t.Errorf("measured %q, want it to contain %q", row[1], w)
				}
			}
			if row[2] != tc.holds {
				t.Errorf("holds %s, want %s", row[2], tc.holds)
			}
		})
	}
}
