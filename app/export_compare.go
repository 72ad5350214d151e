//go:build !wasm

package main

import "partnertrack/app/corpus"

// The comparison's data files, written from the same code the pages use.
func init() {
	exports = append(exports,
		export{path: "data/comparison.json", make: func(c *corpus.Corpus) ([]byte, error) {
			r, err := c.Compare()
			if err != nil {
				return nil, err
			}
			return r.JSON()
		}},
		export{path: "data/facts.csv", make: func(c *corpus.Corpus) ([]byte, error) {
			r, err := c.Compare()
			if err != nil {
				return nil, err
			}
			return r.CSV()
		}},
	)
}
