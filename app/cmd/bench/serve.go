package main

import (
	"net/http/httptest"

	"partnertrack/app/internal/static"
)

// sites are the base URLs of the three sites, each served the way a CDN
// would (clean URLs, br/gzip, ETags) by package static.
type sites struct {
	ours, hello, floor string
}

func serveSites(dist, hello, floor string) (sites, func(), error) {
	a := httptest.NewServer(static.Handler(dist))
	b := httptest.NewServer(static.Handler(hello))
	c := httptest.NewServer(static.Handler(floor))
	return sites{a.URL, b.URL, c.URL}, func() { a.Close(); b.Close(); c.Close() }, nil
}
