package ui

import "partnertrack/app/corpus"

// viewershipRoutes are the viewership pages.
func viewershipRoutes(c *corpus.Corpus) []route {
	return []route{{"/viewership", soonView{C: c, Title: "Viewership", What: "Netflix’s weekly Top 10 figures for the show, with their sources.",
		Description: "Partner Track’s Netflix Top 10 viewing figures as the articles state them."}}}
}
