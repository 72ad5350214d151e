package ui

import (
	"partnertrack/app/compare"
	"partnertrack/app/corpus"
)

// compareRoutes are the comparison pages: two articles side by side, and
// the claims matrix of all five.
func compareRoutes(c *corpus.Corpus) []route {
	return []route{
		{path: "/compare", view: compareView{C: c}},
		{path: "/facts", view: factsView{C: c}},
	}
}

// compared returns the corpus's comparison, made on first use. The build
// made it from the same seeds without error, so an error cannot happen
// here; were it to, the pages show what could be compared.
func compared(c *corpus.Corpus) *compare.Result {
	r, _ := c.Compare()
	return r
}
