//go:build !wasm

package main

import (
	"partnertrack/app/corpus"
	"partnertrack/app/viewership"
)

// data/viewership.csv: the weeks of the viewership page, the file its
// Download CSV link points to.
func init() {
	exports = append(exports, export{
		path: "data/viewership.csv",
		make: func(c *corpus.Corpus) ([]byte, error) { return viewership.CSV(c.Viewership()), nil },
	})
}
