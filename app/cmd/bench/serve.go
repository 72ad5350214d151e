package main

import (
	"net/http/httptest"
	"time"

	"partnertrack/app/internal/static"
)

// sites are the base URLs of the sites, each served the way a CDN would
// (clean URLs, br/gzip, ETags) by package static. redraw is empty when the
// redraw floor is not measured. linked holds the same sites (but the page
// floor) served again through a slow link of their own (sharedLink, the
// phone link's rate and latency), for the shared-link condition.
type sites struct {
	ours, hello, floor, redraw string
	linked                     *sites
}

func serveSites(dist, hello, floor, redraw string) (sites, func(), error) {
	var servers []*httptest.Server
	serve := func(dir string, link bool) string {
		if dir == "" {
			return ""
		}
		h := static.Handler(dir)
		if link {
			h = &sharedLink{h: h, rate: phoneDown, latency: phoneLatency * time.Millisecond}
		}
		s := httptest.NewServer(h)
		servers = append(servers, s)
		return s.URL
	}
	s := sites{ours: serve(dist, false), hello: serve(hello, false), floor: serve(floor, false), redraw: serve(redraw, false)}
	s.linked = &sites{ours: serve(dist, true), hello: serve(hello, true), redraw: serve(redraw, true)}
	return s, func() {
		for _, s := range servers {
			s.Close()
		}
	}, nil
}
