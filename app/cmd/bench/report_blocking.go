package main

// writeBlocking writes the table of the main thread's long tasks before
// the wasm ran, from the time-to-interactive loads (r.tti: ours, then the
// floor, per condition), and what it means.
func (r *report) writeBlocking(p func(format string, args ...any), runs int) {
	p("\n## Main thread while starting (the same loads, median of %d, ms)\n\n", runs)
	p("| condition | ours: longest task | floor: longest task | ours: blocking time | floor: blocking time |\n| --- | ---: | ---: | ---: | ---: |\n")
	for i := 0; i+1 < len(r.tti); i += 2 {
		o, f := r.tti[i], r.tti[i+1]
		p("| %s | %.0f | %.0f | %.0f | %.0f |\n", o.cond.name, median(o.longest), median(f.longest), median(o.blocking), median(f.blocking))
	}
	p("\nThe main thread's long tasks (over %d ms, the Long Tasks API) that started before the wasm ran, in the loads above: the longest, and the blocking time (each one's time over %d ms, summed: Lighthouse's total blocking time, measured in the browser rather than simulated). While a task runs, the prerendered page answers no click, key or scroll. Our app.js compiles the wasm from its whole body, which V8 decodes and compiles on background threads (`app/appjs.go`); the floor's is go-app's, which streams it (`instantiateStreaming`) and so decodes it on the main thread. The Long Tasks API misses the task in which the compiled module's promise resolves and the Go program starts (probes of 6 December: no long task covered the 110–240 ms from `go.run` to the loader's removal, ours or the floor's); our program runs go-app's first render in a task of its own (`app/client.go`), which does show here.\n", longTaskLimit, longTaskLimit)
}
