//go:build !keep

package main

// keepFrame is off: on start go-app replaces the prerendered frame with its
// own copy, as any go-app v9 app does (keep_frame.go).
const keepFrame = false
