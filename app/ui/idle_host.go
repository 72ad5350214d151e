//go:build !wasm

package ui

// whenIdle runs fn at once on the host, which has no browser to wait for
// (see idle_client.go).
func whenIdle(_ string, fn func()) { fn() }
