// Package seeds embeds the five article files the explorer is built from.
//
// The .txt files beside this one are copied byte for byte from the project's
// shared seeds; nothing here interprets them (see package content).
package seeds

import "embed"

// FS holds every seed article (*.txt) under its original file name.
//
//go:embed *.txt
var FS embed.FS
