package main

import (
	"math"
	"strconv"
	"strings"
)

// writeStartup writes the start-up work section: each section derived
// from the articles, decoded from JSON, and taken from the corpus the
// build compiled into the wasm.
func (r *report) writeStartup(p func(format string, args ...any)) {
	if len(r.startup) == 0 {
		return
	}
	plats := platforms(r.startup)
	wasm := plats[len(plats)-1]
	p("\n## Start-up work: derive in the browser, decode JSON, or compile the build's data in\n\n")
	p("| work | derive in js/wasm (V8) | decode JSON in js/wasm (V8) | compiled in, js/wasm (V8) | derive on the host |\n| --- | ---: | ---: | ---: | ---: |\n")
	p("| parse the five seeds | %s | – | – | %s |\n", msCell(r.startupMS(wasm, "Parse")), msCell(r.startupMS(plats[0], "Parse")))
	var derived, decoded, builtin float64
	for _, s := range sectionsOf(r.startup, wasm) {
		d, x, c := r.startupMS(wasm, "Derive/"+s), r.startupMS(wasm, "Decode/"+s), r.startupMS(wasm, "Snapshot/"+s)
		derived += d
		decoded += x
		builtin += c
		p("| section %s | %s | %s | %s | %s |\n", s, msCell(d), msCell(x), msCell(c), msCell(r.startupMS(plats[0], "Derive/"+s)))
	}
	p("| all sections | %s | %s | %s | |\n", msCell(derived), msCell(decoded), msCell(builtin))
	if ix := r.startupMS(wasm, "SearchIndex"); !math.IsNaN(ix) {
		p("| the search index, made by the client | %s | – | – | %s |\n", msCell(ix), msCell(r.startupMS(plats[0], "SearchIndex")))
	}
	p("\nGo benchmarks in `bench/startup`, run with `go test -bench` on the %s and with `GOOS=js GOARCH=wasm` through `go_js_wasm_exec` (Node's V8, the engine of Chromium). *Derive* runs the extraction on the parsed articles, as the build does; *decode JSON* decodes the section from its JSON, as the client did until the build compiled the data in; *compiled in* is what the client does now: it takes the parsed articles and the section from `corpus.Builtin()`, Go variables the build generated (`app/corpus/snapshot/sections.go`) and the compiler laid out as static data. The search index is not compiled in: it holds a folded copy of every sentence and two offsets per byte of it, several times the text it indexes; the search page makes it from the compiled-in articles in a task of its own after its first render (an empty search shows the build's suggestions), or in that render when the address has a query. A page pays for the sections it shows, on first use, once per start; at 4× CPU about 4× these figures, and on a cold start more, for V8 compiling the code that runs on first call (the parser and the JSON decoder are no longer called at all).\n", plats[0])
	if derived > 0 && decoded > 0 {
		p("\nOver all sections: derive %.0f ms, decode JSON %.0f ms, compiled in %.2f ms (plus parsing the seeds, %.1f ms, which the client no longer does).\n", derived, decoded, builtin, r.startupMS(wasm, "Parse"))
	}
	if gap, ok := r.ttiGap("warm HTTP cache, CPU 1×"); ok {
		p("\nIn this run, warm at CPU 1×, our page is interactive %.0f ms after the floor's: our larger wasm (compiled by V8 on first call) and go-app's first render of a page much larger than the floor's.\n", gap)
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
