//go:build wasm

package main

// build exists only on the host (build.go); the client never builds.
func build([]string) error { return nil }
