package main

import "testing"

func TestHelloBest(t *testing.T) {
	runs := func(scores ...float64) []lhRun {
		var out []lhRun
		for _, s := range scores {
			out = append(out, lhRun{Score: s})
		}
		return out
	}
	r := &report{lighthouse: []lhResult{
		{site: "ours", route: "/", formFactor: "mobile", runs: runs(99, 99, 99)},
		{site: helloSite, route: "/", formFactor: "mobile", runs: runs(90, 93, 94)},
		{site: helloSite, route: "/about", formFactor: "mobile", runs: runs(92, 91, 95)},
		{site: helloSite, route: "/", formFactor: "desktop", runs: runs(100, 100, 99)},
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
