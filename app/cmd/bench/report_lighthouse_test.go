package main

import (
	"math"
	"strings"
	"testing"
)

// scoreRuns returns Lighthouse runs with the scores given.
func scoreRuns(scores ...float64) []lhRun {
	var out []lhRun
	for _, s := range scores {
		out = append(out, lhRun{Score: s})
	}
	return out
}

func TestHelloBest(t *testing.T) {
	r := &report{lighthouse: []lhResult{
		{site: "ours", route: "/", formFactor: "mobile", runs: scoreRuns(99, 99, 99)},
		{site: helloSite, route: "/", formFactor: "mobile", runs: scoreRuns(90, 93, 94)},
		{site: helloSite, route: "/about", formFactor: "mobile", runs: scoreRuns(92, 91, 95)},
		{site: helloSite, route: "/", formFactor: "desktop", runs: scoreRuns(100, 100, 99)},
	}}
	for _, tc := range []struct {
		ff   string
		want float64
	}{{"mobile", 93}, {"desktop", 100}, {"tablet", -1}} {
		if got := r.helloBest(tc.ff); got != tc.want {
			t.Errorf("helloBest(%s) = %v, want %v (the best of the pages' medians)", tc.ff, got, tc.want)
		}
	}
}

// The Lighthouse rows give the lowest route, how many routes reach the
// target, the hello-world floor's score, without judging go-app by
// the floor (our pages can score above it), and how far one route's runs
// fall apart: the noise the target's margin has to stand.
func TestLighthouseTargetRows(t *testing.T) {
	r := &report{lighthouse: []lhResult{
		{site: "ours", route: "/", formFactor: "mobile", runs: scoreRuns(99, 95, 87)},
		{site: "ours", route: "/cast", formFactor: "mobile", runs: scoreRuns(88, 91, 86)},
		{site: "ours", route: "/compare", formFactor: "mobile", runs: scoreRuns(97, 97, 97)},
		{site: "ours", route: "/", formFactor: "desktop", runs: scoreRuns(100, 100, 100)},
		{site: "ours", route: "/cast", formFactor: "desktop", runs: scoreRuns(100, 100, 100)},
		{site: "ours", route: "/compare", formFactor: "desktop", runs: scoreRuns(100, 100, 100)},
		{site: helloSite, route: "/", formFactor: "mobile", runs: scoreRuns(87, 87, 87)},
		{site: helloSite, route: "/", formFactor: "desktop", runs: scoreRuns(99, 99, 99)},
	}}
	rows := map[string][3]string{}
	for _, row := range r.targets() {
		rows[row[0]] = row
	}
	for _, tc := range []struct {
		target, measured, holds string
	}{
		{"Lighthouse mobile ≥ 95 on every route", "lowest 88 (`/cast`); 2 of 3 routes reach 95; go-app's hello-world floor scores 87 in the same runs (its best page, median); one route's runs differ by 5 points (median over the routes; at most 12)", "**no**"},
		{"Lighthouse desktop ≥ 100 on every route", "lowest 100 (`/`); 3 of 3 routes reach 100; go-app's hello-world floor scores 99 in the same runs (its best page, median); one route's runs differ by 0 points (median over the routes; at most 0)", "**yes**"},
	} {
		row, ok := rows[tc.target]
		if !ok {
			t.Fatalf("no row %q in %v", tc.target, rows)
		}
		if row[1] != tc.measured || row[2] != tc.holds {
			t.Errorf("%s:\n got %q, %s\nwant %q, %s", tc.target, row[1], row[2], tc.measured, tc.holds)
		}
	}
}

func TestSpreadOf(t *testing.T) {
	for _, tc := range []struct {
		scores []float64
		want   float64
	}{
		{[]float64{90, 97, 88}, 9},
		{[]float64{95, 95}, 0},
		{[]float64{95}, math.NaN()},
		{nil, math.NaN()},
	} {
		r := lhResult{runs: scoreRuns(tc.scores...)}
		got := r.spreadOf(score)
		if got != tc.want && !(math.IsNaN(got) && math.IsNaN(tc.want)) {
			t.Errorf("spreadOf(%v) = %v, want %v", tc.scores, got, tc.want)
		}
	}
}

// With one run per route (LH_RUNS=1) the row says nothing of a spread.
func TestLighthouseTargetRowOneRun(t *testing.T) {
	r := &report{lighthouse: []lhResult{{site: "ours", route: "/", formFactor: "mobile", runs: []lhRun{{Score: 96}}}}}
	for _, row := range r.targets() {
		if strings.Contains(row[1], "differ") {
			t.Errorf("%s: %q speaks of a spread with one run", row[0], row[1])
		}
	}
}
