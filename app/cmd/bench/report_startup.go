package main

import (
	"math"
	"strconv"
	"strings"
)

// writeStartup writes the start-up work section: each section derived
// from the articles against decoded from the build's snapshot.
func (r *report) writeStartup(p func(format string, args ...any)) {
	if len(r.startup) == 0 {
		return
	}
	plats := platforms(r.startup)
	wasm := plats[len(plats)-1]
	p("\n## Start-up work: derive each section in the browser, or decode the build's snapshot\n\n")
	p("| work | derive in js/wasm (V8) | decode the snapshot in js/wasm (V8) | derive on the host |\n| --- | ---: | ---: | ---: |\n")
	p("| parse the five seeds (corpus.Load) | %s | – | %s |\n", msCell(r.startupMS(wasm, "Parse")), msCell(r.startupMS(plats[0], "Parse")))
	var derived, decoded float64
	for _, s := range sectionsOf(r.startup, wasm) {
		d, x := r.startupMS(wasm, "Derive/"+s), r.startupMS(wasm, "Snapshot/"+s)
		derived += d
		decoded += x
		p("| section %s | %s | %s | %s |\n", s, msCell(d), msCell(x), msCell(r.startupMS(plats[0], "Derive/"+s)))
	}
	p("| all sections | %s | %s | |\n", msCell(derived), msCell(decoded))
	p("\nGo benchmarks in `bench/startup`, run with `go test -bench` on the %s and with `GOOS=js GOARCH=wasm` through `go_js_wasm_exec` (Node's V8, the engine of Chromium). *Derive* runs the extraction on the parsed articles, as the build does; *decode* gets the section from a freshly loaded corpus in the wasm, which reads the JSON the build wrote (`app/corpus/snapshot`). A page pays for the sections it shows, on first use, once per start; at 4× CPU about 4× these figures.\n", plats[0])
	if derived > 0 && decoded > 0 {
		p("\nThe client decodes: over all sections %.0f ms against %.0f ms, %.1f× faster, and the extraction code stays out of the wasm. Only the search index (a few ms) is made in the browser.\n", decoded, derived, derived/decoded)
	}
	if gap, ok := r.ttiGap("warm HTTP cache, CPU 1×"); ok {
		p("\nIn this run, warm at CPU 1×, our page is interactive %.0f ms after the floor's. Parsing and decoding are a few ms of that; the rest is our larger wasm (compiled by V8 on first call) and go-app's first render of a page much larger than the floor's.\n", gap)
	}
}

// sectionsOf returns the sections bench/startup derived on platform, in its
// order: the names of its Derive/<section> benchmarks.
func sectionsOf(figs []startupFigure, platform string) []string {
	var out []string
	for _, f := range figs {
		if s, ok := strings.CutPrefix(f.name, "Derive/"); ok && f.platform == platform {
			out = append(out, s)
		}
	}
	return out
}

func msCell(ms float64) string {
	if math.IsNaN(ms) {
		return "–"
	}
	return fmtMS(ms)
}

func fmtMS(ms float64) string {
	if ms < 10 {
		return strconv.FormatFloat(ms, 'f', 1, 64) + " ms"
	}
	return strconv.FormatFloat(ms, 'f', 0, 64) + " ms"
}
