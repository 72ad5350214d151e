package ui

import "partnertrack/app/corpus"

// compareRoutes are the comparison pages: two articles side by side, and
// the claims matrix of all five.
func compareRoutes(c *corpus.Corpus) []route {
	return []route{
		{"/compare", compareView{C: c}},
		{"/facts", factsView{C: c}},
	}
}
