//go:build e2e

// Package e2e holds the browser end-to-end tests of Partner Track Explorer.
//
// The tests load the static site that `make build` writes to dist/ in a
// headless Chromium, driven through the DevTools protocol with chromedp. The
// site is served by static.Handler, as a CDN would serve it, on a loopback
// port. One browser runs for the whole package; every test opens its own tab
// in a fresh browser context, so tests share no cache, storage or service
// worker.
//
// The files carry the build tag e2e, so `go test ./...` skips them. Run them
// with
//
//	make build
//	go test -tags e2e -count=1 ./app/e2e -dist $PWD/dist
//
// or `make e2e`. Each tab records console errors, uncaught exceptions and the
// URL of every network request, so a test can assert that a page logged no
// error and fetched nothing from another host.
//
// TestScreenshots is a tool, not a check: with SCREENSHOTS=dir in the
// environment it writes full-page PNGs of a few pages at two widths in the
// light and the dark color scheme; without it the test is skipped.
package e2e
