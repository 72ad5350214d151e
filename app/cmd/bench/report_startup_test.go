package main

import (
	"fmt"
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

// The search index has a row of its own, after the sections, when
// bench/startup measured it; none when it did not.
func TestStartupSearchIndexRow(t *testing.T) {
	figs := []startupFigure{
		{platform: "host", name: "Derive/Home", ms: 12},
		{platform: "host", name: "SearchIndex", ms: 0.31},
		{platform: "wasm", name: "Derive/Home", ms: 56},
		{platform: "wasm", name: "SearchIndex", ms: 1.24},
	}
	write := func(figs []startupFigure) string {
		var b strings.Builder
		(&report{startup: figs}).writeStartup(func(format string, args ...any) { fmt.Fprintf(&b, format, args...) })
		return b.String()
	}
	md := write(figs)
	row := "| the search index, made by the client | 1.2 ms | – | – | 0.3 ms |"
	if !strings.Contains(md, row) {
		t.Errorf("missing %q in:\n%s", row, md)
	}
	if i, j := strings.Index(md, "| all sections"), strings.Index(md, row); j < i {
		t.Errorf("the index's row comes before the sections' total:\n%s", md)
	}
	if md := write([]startupFigure{figs[0], figs[2]}); strings.Contains(md, "search index, made") {
		t.Errorf("a row for an index not measured:\n%s", md)
	}
}
