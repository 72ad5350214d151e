package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/viewership"
)

// verdictClass is the CSS class of a verdict.
func verdictClass(v viewership.Verdict) string {
	switch v {
	case viewership.Consistent:
		return "consistent"
	case viewership.Inconsistent:
		return "inconsistent"
	}
	return "unchecked"
}

// vwClaims lists what the articles say about the show's viewing, each
// marked consistent or not with the figures, and why.
func vwClaims(c *corpus.Corpus, d *viewership.Data) app.UI {
	counts := map[viewership.Verdict]int{}
	for _, cl := range d.Claims {
		counts[cl.Verdict]++
	}
	return app.Elem("aside").Class("vw-claims").ID("claims").Aria("labelledby", "claims-h").Body(
		app.Elem("h2").ID("claims-h").Text("What the articles claim"),
		app.P().Class("muted").Text(plural(len(d.Claims), "claim", "claims")+" about the show’s viewing, checked against the figures: "+
			itoa(counts[viewership.Consistent])+" consistent, "+itoa(counts[viewership.Inconsistent])+" not, "+
			itoa(counts[viewership.Unchecked])+" can’t be checked."),
		app.Elem("ol").Class("vw-claim-list").Body(
			app.Range(d.Claims).Slice(func(i int) app.UI {
				cl := d.Claims[i]
				r := cl.Ref
				evidence := uniqueRefs(cl.Evidence)
				return app.Elem("li").Class("vw-claim "+verdictClass(cl.Verdict)).ID("claim-"+cl.Key).Body(
					app.P().Class("vw-claim-head").Body(
						app.Elem("span").Class("vw-verdict").Text(cl.Verdict.String()),
						app.Elem("strong").Text(cl.Topic),
					),
					app.P().Class("quote").Body(
						// The quote marks are text, not q's generated
						// ones: prerendered HTML puts a newline inside
						// <q>, which would show as a space after “.
						app.Elem("q").Body(
							app.Text("“"+r.Sentence[:r.Start]),
							app.Elem("mark").Text(r.Words()),
							app.Text(r.Sentence[r.End:]+"”"),
						),
						app.Text(" "),
						chip(c, r.ArticleID, r.SentenceID, r.Sentence),
					),
					app.P().Class("vw-why").Text(cl.Why),
					app.P().Class("vw-evidence muted").Body(
						app.Elem("span").Text("Checked against"),
						app.Range(evidence).Slice(func(j int) app.UI {
							r := evidence[j]
							return chipText(c, r.ArticleID, r.SentenceID, r.Sentence, c.Label(r.ArticleID)+" "+r.SentenceID)
						}),
					),
				)
			}),
		),
	)
}
