package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/viewership"
)

// vwCSVHref is the Download CSV link: the build's data/viewership.csv,
// which the service worker keeps with the pages (so it downloads offline
// too). The wasm does not carry the CSV code.
func vwCSVHref() string { return site.Href("/data/viewership.csv") }

// vwTable is the data table under the chart: the same numbers, with
// derived values marked and their arithmetic.
func vwTable(c *corpus.Corpus, d *viewership.Data) app.UI {
	return app.Elem("section").ID("figures").Aria("labelledby", "figures-h").Body(
		app.Elem("h2").ID("figures-h").Text("The figures"),
		app.Div().Class("vw-table-wrap").Body(
			app.Elem("table").Class("vw-table").Body(
				app.Elem("caption").Text("Partner Track in Netflix’s global Top 10, week by week. Derived values follow from the stated ones; their arithmetic is shown. The chips link to the sentences."),
				app.Elem("thead").Body(app.Elem("tr").Body(
					app.Elem("th").Attr("scope", "col").Text("Week"),
					app.Elem("th").Attr("scope", "col").Class("num").Text("Hours viewed"),
					app.Elem("th").Attr("scope", "col").Class("num").Text("Cumulative"),
					app.Elem("th").Attr("scope", "col").Class("num").Text("Rank"),
				)),
				app.Elem("tbody").Body(
					app.Range(d.Weeks).Slice(func(i int) app.UI {
						w := d.Weeks[i]
						var refs []viewership.Ref
						for _, v := range []viewership.Value{w.Hours, w.Cumulative, w.Rank} {
							refs = append(refs, v.Refs...)
						}
						refs = uniqueRefs(refs)
						return app.Elem("tr").DataSet("week", w.N).Body(
							app.Elem("th").Attr("scope", "row").Body(
								app.Text("Week "+itoa(w.N)),
								app.Elem("span").Class("vw-period").Text(w.Period),
								app.If(w.PeriodBasis == viewership.Derived, app.Elem("span").Class("vw-basis").Text("derived")),
								app.Elem("span").Class("chips").Body(
									app.Range(refs).Slice(func(j int) app.UI { return chip(c, refs[j].ArticleID, refs[j].SentenceID, refs[j].Sentence) }),
								),
							),
							vwCell(w.Hours, viewership.Group),
							vwCell(w.Cumulative, viewership.Group),
							vwCell(w.Rank, func(n int64) string { return "#" + itoa(int(n)) }),
						)
					}),
				),
			),
		),
		app.P().Class("vw-download").Body(
			app.Elem("a").Class("vw-csv").Attr("href", vwCSVHref()).Attr("download", "partner-track-viewership.csv").Text("Download CSV"),
			app.Text(" · the same file is at "),
			app.Elem("a").Attr("href", site.Href("/data/viewership.csv")).Attr("download", "viewership.csv").Text("data/viewership.csv"),
		),
	)
}

// vwCell is a table cell: the value, or "not stated"; a derived one is
// marked, with its arithmetic.
func vwCell(v viewership.Value, format func(int64) string) app.UI {
	switch v.Basis {
	case viewership.Unknown:
		return app.Elem("td").Class("num unknown").Title(attrSafe(v.Why)).Text("not stated")
	case viewership.Derived:
		return app.Elem("td").Class("num derived").Body(
			app.Text(format(v.N)),
			app.Elem("span").Class("vw-basis").Text("derived"),
			app.Elem("span").Class("vw-sum").Text(v.Sum.String()),
		)
	}
	return app.Elem("td").Class("num").Text(format(v.N))
}
