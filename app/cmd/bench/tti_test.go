package main

import (
	"strings"
	"testing"
)

func TestLinkEmulated(t *testing.T) {
	tests := []struct {
		bytes, ms float64
		ok        bool
	}{
		{1431133, 8000, true},  // 1.43 MB at 1.6 Mbit/s: 7.2 s at least
		{1431133, 1108, false}, // the run that was not throttled
		{1431133, 6600, true},  // within the 10 % allowed
		{1431133, 6400, false}, // beyond it
		{0, 5000, false},       // no wasm seen
	}
	for _, tt := range tests {
		err := linkEmulated(tt.bytes, tt.ms)
		if (err == nil) != tt.ok {
			t.Errorf("linkEmulated(%v, %v) = %v, want ok %v", tt.bytes, tt.ms, err, tt.ok)
		}
	}
}

func TestBlockingOf(t *testing.T) {
	tests := []struct {
		name              string
		tasks             [][2]float64
		before            float64
		longest, blocking float64
	}{
		{"none", nil, 500, 0, 0},
		{"one", [][2]float64{{100, 214}}, 500, 214, 164},
		{"under the limit counts as longest, blocks nothing", [][2]float64{{100, 50}}, 500, 50, 0},
		{"summed", [][2]float64{{100, 80}, {300, 120}}, 500, 120, 100},
		{"a task that starts at or after the wasm ran is left out", [][2]float64{{100, 80}, {500, 400}, {900, 300}}, 500, 80, 30},
	}
	for _, tt := range tests {
		longest, blocking := blockingOf(tt.tasks, tt.before)
		if longest != tt.longest || blocking != tt.blocking {
			t.Errorf("%s: blockingOf = %v, %v; want %v, %v", tt.name, longest, blocking, tt.longest, tt.blocking)
		}
	}
}

// The shared-link condition loads the sites served through the slow link;
// the others, the sites as served.
func TestTTITargetsOfTheSharedLink(t *testing.T) {
	s := sites{ours: "o", hello: "h", redraw: "r", linked: &sites{ours: "lo", hello: "lh", redraw: "lr"}}
	var shared condition
	for _, c := range conditions {
		if c.sharedLink {
			shared = c
		}
	}
	if !shared.sharedLink || shared.phone || shared.warm || shared.returnVisit {
		t.Fatalf("no cold shared-link condition without the link emulation: %+v", shared)
	}
	for _, tt := range []struct {
		c    condition
		want []string
	}{
		{conditions[0], []string{"o", "h", "r"}},
		{conditions[4], []string{"o", "h", "r"}},
		{shared, []string{"lo", "lh", "lr"}},
	} {
		got := ttiTargets(s, tt.c)
		var bases []string
		for _, p := range got {
			bases = append(bases, p.base)
		}
		if strings.Join(bases, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: bases %q, want %q", tt.c.name, bases, tt.want)
		}
	}
}

// A cold run on the phone link keeps the sites from registering their
// service worker; the other cold runs keep it.
func TestColdTab(t *testing.T) {
	page := ttiPage{site: "ours", path: "/", click: "a", wantPath: "/articles", wantH1: "Articles"}
	for _, c := range conditions {
		if c.warm || c.returnVisit {
			continue
		}
		o := coldTab(page, c)
		if !o.bypassSW || o.cpu != c.cpu || o.phone != c.phone || !strings.HasSuffix(o.script, page.script()) {
			t.Errorf("%s: tab %+v", c.name, o)
		}
		if noWorker := strings.HasPrefix(o.script, noWorkerScript); noWorker != c.phone {
			t.Errorf("%s: the service worker kept from registering: %v, want %v", c.name, noWorker, c.phone)
		}
	}
}
