//go:build !wasm

package main

import "partnertrack/app/corpus"

// export is a data file the build writes beside the pages, such as
// data/viewership.csv: a path under the output directory and the code that
// makes its content from the corpus (the same code the pages use).
type export struct {
	path string
	make func(*corpus.Corpus) ([]byte, error)
}

// exports are the data files of the site. Each section registers its own in
// its own file, from an init function.
var exports []export
