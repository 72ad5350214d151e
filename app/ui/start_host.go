//go:build !wasm

package ui

// started does nothing on the host: only the browser has go-app's loader
// (see start_client.go).
func started() {}
