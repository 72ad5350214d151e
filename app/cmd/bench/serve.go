package main

import (
	"net/http/httptest"

	"partnertrack/app/internal/static"
)

// sites are the base URLs of the sites, each served the way a CDN would
// (clean URLs, br/gzip, ETags) by package static. redraw is empty when the
// redraw floor is not measured.
type sites struct {
	ours, hello, floor, redraw string
}

func serveSites(dist, hello, floor, redraw string) (sites, func(), error) {
	var servers []*httptest.Server
	serve := func(dir string) string {
		if dir == "" {
			return ""
		}
		s := httptest.NewServer(static.Handler(dir))
		servers = append(servers, s)
		return s.URL
	}
	s := sites{serve(dist), serve(hello), serve(floor), serve(redraw)}
	return s, func() {
		for _, s := range servers {
			s.Close()
		}
	}, nil
}
