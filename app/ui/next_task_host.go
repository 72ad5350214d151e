//go:build !wasm

package ui

// inNextTask runs fn at once on the host, which has no browser tasks (see
// next_task_client.go).
func inNextTask(_ string, fn func()) { fn() }

// afterNextPaint runs fn at once on the host, which paints nothing (see
// next_task_client.go).
func afterNextPaint(fn func()) { fn() }
