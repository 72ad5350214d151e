package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
)

// lhJob is one route and form factor for bench/lighthouse.mjs.
type lhJob struct {
	ID          string `json:"id"`
	URL         string `json:"url"`
	FormFactor  string `json:"formFactor"`
	Runs        int    `json:"runs"`
	site, route string
}

// lhRun is one Lighthouse run: the performance score and metrics in ms.
type lhRun struct {
	Score                  float64 `json:"score"`
	FCP, LCP, TBT, CLS, SI float64
	Error                  string `json:"error"`
}

// lhResult is the runs of one job.
type lhResult struct {
	site, route, formFactor string
	runs                    []lhRun
}

// helloSite names the hello-world floor in Lighthouse's results, and
// helloRoutes are its two pages. Any go-app app pays at least what it
// pays: its score bounds what a go-app page can reach.
const helloSite = "hello-world floor"

var helloRoutes = []string{"/", "/about"}

// runLighthouse runs Lighthouse on every route of our site and of the
// page floor, and on the hello-world floor's pages, mobile and desktop.
func runLighthouse(c config, s sites, routes []string) ([]lhResult, error) {
	var jobs []lhJob
	for _, site := range []struct {
		name, base string
		runs       int
	}{{"ours", s.ours, c.lhRuns}, {"page floor", s.floor, c.lhFloorRuns}, {helloSite, s.hello, c.lhRuns}} {
		rs := routes
		if site.name == helloSite {
			rs = helloRoutes
		}
		for _, r := range rs {
			for _, ff := range []string{"mobile", "desktop"} {
				jobs = append(jobs, lhJob{ID: site.name + " " + r, URL: site.base + r, FormFactor: ff, Runs: site.runs, site: site.name, route: r})
			}
		}
	}
	dir, err := os.MkdirTemp("", "bench-lighthouse-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	spec, _ := json.Marshal(map[string]any{"chromePath": c.chromium, "jobs": jobs})
	in, out := filepath.Join(dir, "jobs.json"), filepath.Join(dir, "results.json")
	if err := os.WriteFile(in, spec, 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command(c.node, c.lighthouse, in, out)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %w", c.node, c.lighthouse, err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	var raw []struct {
		Runs []struct {
			Score, FCP, LCP, TBT, CLS, SI float64
			Error                         string
		} `json:"runs"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	if len(raw) != len(jobs) {
		return nil, fmt.Errorf("%d results for %d jobs", len(raw), len(jobs))
	}
	var res []lhResult
	for i, j := range jobs {
		r := lhResult{site: j.site, route: j.route, formFactor: j.FormFactor}
		for _, run := range raw[i].Runs {
			if run.Error != "" {
				return nil, fmt.Errorf("%s %s: %s", j.URL, j.FormFactor, run.Error)
			}
			r.runs = append(r.runs, lhRun{Score: run.Score, FCP: run.FCP, LCP: run.LCP, TBT: run.TBT, CLS: run.CLS, SI: run.SI})
		}
		res = append(res, r)
	}
	return res, nil
}

// valuesOf returns one metric of every run.
func (r lhResult) valuesOf(f func(lhRun) float64) []float64 {
	var xs []float64
	for _, run := range r.runs {
		xs = append(xs, f(run))
	}
	return xs
}

// medianOf returns the median of one metric over the runs.
func (r lhResult) medianOf(f func(lhRun) float64) float64 { return median(r.valuesOf(f)) }

// spreadOf returns how far apart one metric's runs are (highest less
// lowest), NaN with fewer than two runs.
func (r lhResult) spreadOf(f func(lhRun) float64) float64 {
	if len(r.runs) < 2 {
		return math.NaN()
	}
	xs := r.valuesOf(f)
	return slices.Max(xs) - slices.Min(xs)
}
