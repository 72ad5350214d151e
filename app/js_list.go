//go:build !wasm

package main

import (
	"encoding/json"
	"strings"
)

// withJSList returns src with its first marker replaced by list as a
// JavaScript array literal ([] for none): how the build writes its lists
// into the scripts it adds to or takes from go-app (pagesJS, workerTemplate).
func withJSList(src, marker string, list []string) string {
	b, err := json.Marshal(append([]string{}, list...))
	if err != nil {
		panic(err) // a []string always encodes
	}
	return strings.Replace(src, marker, string(b), 1)
}
