package ui

import "partnertrack/app/corpus"

// compareRoutes are the comparison pages.
func compareRoutes(c *corpus.Corpus) []route {
	return []route{{"/compare", soonView{C: c, Title: "Compare", What: "The articles side by side: what agrees, what conflicts, who copied whom.",
		Description: "The five Partner Track articles compared."}}}
}
