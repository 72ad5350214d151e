package ui

import "partnertrack/app/corpus"

// castRoutes are the cast pages.
func castRoutes(c *corpus.Corpus) []route {
	return []route{{"/cast", soonView{C: c, Title: "Cast", What: "Who plays whom, and what each article says about them.",
		Description: "The cast of Partner Track as the five articles list it."}}}
}
