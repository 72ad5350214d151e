package main

import (
	"strings"
	"testing"
)

// The report's sections are those bench/startup ran, in its order, read
// from go test -bench output.
func TestSectionsOfBenchOutput(t *testing.T) {
	out := `goos: js
BenchmarkParse      	      10	   6270618 ns/op
BenchmarkDerive/Home         	      10	  33058765 ns/op
BenchmarkDerive/Cast-2         	      10	 106906112 ns/op
BenchmarkSnapshot/Home       	      10	   2807808 ns/op
PASS
`
	figs := parseBench([]byte(out))
	for i := range figs {
		figs[i].platform = "wasm"
	}
	if got := strings.Join(sectionsOf(figs, "wasm"), ","); got != "Home,Cast" {
		t.Errorf("sections %q, want Home,Cast", got)
	}
	if got := sectionsOf(figs, "host"); len(got) != 0 {
		t.Errorf("another platform's sections: %q", got)
	}
	if figs[2].name != "Derive/Cast" || figs[2].ms < 106.9 || figs[2].ms > 106.91 {
		t.Errorf("parsed %+v", figs[2])
	}
}
