package ui

import "partnertrack/app/corpus"

// searchRoutes are the search (and timeline) pages.
func searchRoutes(c *corpus.Corpus) []route {
	return []route{{"/search", soonView{C: c, Title: "Search", What: "Search every sentence of the five articles.",
		Description: "Search the five Partner Track articles."}}}
}
