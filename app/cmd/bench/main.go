// Command bench measures the built site against its floors for make bench:
// the size of app.wasm against the go-app hello-world floor (bench/hello),
// Lighthouse scores against the page floor (our prerendered pages with the
// wasm and go-app's scripts removed), time to interactive and interaction
// latency in headless Chromium, and the cost of loading the corpus at
// start-up. It prints the report and writes it to bench/results.md.
//
// Usage (make bench runs it after building everything it needs):
//
//	bench -dist dist -hello bench/out/hello -out bench/results.md
//
// Time to interactive is measured from the start of the navigation
// (performance.timeOrigin) to the moment the page has answered a click:
// go-app's loader element (#app-wasm-loader) is removed, which the floor's
// app.js does right after the Go program rendered and blocked, and ours
// once go-app has drawn the first page (our program lets the browser run
// between its start and that render, app/client.go); at that instant an
// in-page script clicks a nav link, and the time is taken when the page
// shows the target page (its path and h1) without a reload. A click that
// reloads the page is an error, not a time.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// config is the command line.
type config struct {
	dist, hello, floor, out, chromium, node, lighthouse string
	// redraw is the redraw floor's built site (bench/redraw; empty: not
	// measured).
	redraw string
	// wasm and helloWasm are the two wasms as the linker wrote them.
	wasm, helloWasm string
	// only and iaOnly keep the time-to-interactive conditions and the
	// interactions whose name contains them.
	only, iaOnly                         string
	ttiRuns, lhRuns, lhFloorRuns, iaRuns int
	since                                int64
	skipLighthouse, skipTTI, skipStartup bool
}

func main() {
	var c config
	flag.StringVar(&c.dist, "dist", "dist", "our built site (make build)")
	flag.StringVar(&c.hello, "hello", "bench/out/hello", "the hello-world floor's built site")
	flag.StringVar(&c.wasm, "wasm", "build/app.wasm", "our wasm as the linker wrote it, before the site build packed it (empty: skip)")
	flag.StringVar(&c.helloWasm, "hello-wasm", "bench/out/hello.wasm", "the floor's wasm as the linker wrote it (empty: skip)")
	flag.StringVar(&c.redraw, "redraw", "bench/out/redraw", "the redraw floor's built site (make redraw; empty: skip)")
	flag.StringVar(&c.floor, "floor", "bench/out/pagefloor", "where to write the page floor (replaced)")
	flag.StringVar(&c.out, "out", "bench/results.md", "the report to write")
	flag.StringVar(&c.chromium, "chromium", envOr("CHROME_PATH", "/usr/bin/chromium"), "Chromium to drive (default $CHROME_PATH)")
	flag.StringVar(&c.node, "node", "node", "Node.js, to run Lighthouse")
	flag.StringVar(&c.lighthouse, "lighthouse", "bench/lighthouse.mjs", "the Lighthouse runner script")
	flag.IntVar(&c.ttiRuns, "tti-runs", 10, "time-to-interactive runs per condition and site")
	flag.IntVar(&c.lhRuns, "lh-runs", 3, "Lighthouse runs per route and form factor for our site")
	flag.IntVar(&c.lhFloorRuns, "lh-floor-runs", 1, "Lighthouse runs per route and form factor for the page floor")
	flag.IntVar(&c.iaRuns, "ia-runs", 21, "runs per interaction")
	flag.Int64Var(&c.since, "since", 0, "Unix time make bench started, to report its whole run time (builds included)")
	flag.StringVar(&c.only, "tti-only", "", "measure only the time-to-interactive conditions whose name contains this (e.g. \"phone\")")
	flag.StringVar(&c.iaOnly, "ia-only", "", "measure only the interactions whose name contains this (e.g. \"search\")")
	flag.BoolVar(&c.skipLighthouse, "skip-lighthouse", false, "skip Lighthouse")
	flag.BoolVar(&c.skipTTI, "skip-tti", false, "skip time to interactive and interactions")
	flag.BoolVar(&c.skipStartup, "skip-startup", false, "skip the start-up benchmarks (bench/startup)")
	flag.Parse()
	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// run measures everything and writes the report.
func run(c config) error {
	start := time.Now()
	r := &report{started: start, loadStart: loadAvg()}
	if c.since > 0 {
		r.started = time.Unix(c.since, 0)
	}
	var err error
	if r.machine, err = describeMachine(c.chromium); err != nil {
		return err
	}
	if r.sizes, err = measureSizes(c.dist, c.hello); err != nil {
		return err
	}
	logf("sizes: ours %d, floor %d bytes with brotli", r.sizes[0].br, r.sizes[1].br)
	if r.linked, err = measureLinked(c.wasm, c.helloWasm); err != nil {
		return err
	}
	if err := writePageFloor(c.dist, c.floor); err != nil {
		return fmt.Errorf("page floor: %w", err)
	}
	routes, err := lighthouseRoutes(c.dist)
	if err != nil {
		return err
	}
	if !c.skipStartup {
		if r.startup, err = measureStartup(); err != nil {
			return fmt.Errorf("start-up benchmark: %w", err)
		}
	}
	sites, stop, err := serveSites(c.dist, c.hello, c.floor, c.redraw)
	if err != nil {
		return err
	}
	defer stop()
	if !c.skipTTI {
		b, err := newBrowser(c.chromium)
		if err != nil {
			return err
		}
		var tti []ttiResult
		tti, err = measureTTI(b, sites, c.ttiRuns, c.only)
		r.tti, r.redraw = splitRedraw(tti)
		if err == nil && c.iaRuns > 0 {
			r.interactions, err = measureInteractions(b, sites.ours, article0(c.dist), c.iaRuns, c.iaOnly)
		}
		b.close()
		if err != nil {
			return err
		}
	}
	if !c.skipLighthouse {
		r.lighthouse, err = runLighthouse(c, sites, routes)
		if err != nil {
			return fmt.Errorf("lighthouse: %w", err)
		}
	}
	r.elapsed = time.Since(r.started)
	r.loadEnd = loadAvg()
	md := r.markdown(c)
	fmt.Print(md)
	if err := os.MkdirAll(filepath.Dir(c.out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(c.out, []byte(md), 0o644)
}

// loadAvg returns the first three fields of /proc/loadavg.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// logf reports progress on stderr.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// withTimeout runs f with a context that has a timeout.
func withTimeout(parent context.Context, d time.Duration, f func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(parent, d)
	defer cancel()
	return f(ctx)
}
