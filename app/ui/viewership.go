package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/viewership"
)

// viewershipRoutes are the viewership pages.
func viewershipRoutes(c *corpus.Corpus) []route {
	return []route{{path: "/viewership", view: viewershipView{C: c}}}
}

// viewershipView is the viewership page: the chart of the Top 10 weeks,
// the metric switch, the data table with its CSV, and the viewing claims
// checked against the figures.
type viewershipView struct{ C *corpus.Corpus }

func (v viewershipView) meta(*url.URL) meta {
	return meta{
		title: "Viewership",
		description: "Partner Track’s weeks in Netflix’s global Top 10 — hours viewed and rank — as the articles state " +
			"them, the week that follows from them, and which viewing claims hold.",
	}
}

// vwMetric returns the metric the URL asks for, and a complaint when it
// names one that does not exist.
func vwMetric(u *url.URL) (viewership.Metric, string) {
	if u == nil {
		return viewership.Weekly, ""
	}
	q := u.Query().Get("metric")
	for _, m := range viewership.Metrics {
		if q == string(m) {
			return m, ""
		}
	}
	if q == "" {
		return viewership.Weekly, ""
	}
	return viewership.Weekly, "There is no metric “" + q + "”; showing weekly hours. Choose weekly, cumulative or rank."
}

// metricTab is a metric's short label in the switch, so the three fit
// on one line at 360 px.
func metricTab(m viewership.Metric) string {
	switch m {
	case viewership.Cumulative:
		return "Cumulative"
	case viewership.Rank:
		return "Rank"
	}
	return "Weekly hours"
}

// metricURL is the address of the page showing a metric.
func metricURL(m viewership.Metric) string { return site.Href("/viewership?metric=" + string(m)) }

func (v viewershipView) render(u *url.URL) app.UI {
	m, complaint := vwMetric(u)
	d := v.C.Viewership()
	return app.Div().Class("viewership").Body(
		app.H1().Text("Viewership"),
		app.P().Class("lede").Text("Partner Track’s weeks in Netflix’s global Top 10, from the figures the articles state. "+
			"A week no article states but that follows from them is derived: drawn hollow and dashed, with its arithmetic. "+
			"Each point links back to its sentence."),
		app.Div().Class("vw-layout").Body(
			app.Div().Class("vw-main").Body(
				app.Elem("nav").Class("tabs vw-metrics").Aria("label", "Metric").Body(
					app.Range(viewership.Metrics).Slice(func(i int) app.UI {
						mm := viewership.Metrics[i]
						a := app.Elem("a").Attr("href", metricURL(mm)).Text(metricTab(mm))
						if mm == m {
							a = a.Aria("current", "page")
						}
						return a
					}),
				),
				app.If(complaint != "", app.P().Class("status status-conflict").Attr("role", "status").Text(complaint)),
				app.Elem("figure").Class("vw-figure").Body(
					&vwChart{C: v.C, Metric: m},
					app.Elem("figcaption").Body(
						app.Elem("span").Class("vw-key stated").Text("stated"),
						app.Elem("span").Class("vw-key derived").Text("derived"),
						app.Elem("span").Class("vw-help").Text("Hover or tap a point, or Tab to it and use the arrow keys; Enter opens its sentence."),
					),
				),
				vwTable(v.C, d),
			),
			vwClaims(v.C, d),
		),
	)
}
