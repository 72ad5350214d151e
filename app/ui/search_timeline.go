package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/timeline"
)

// timelineView is /timeline: every dated event of the articles, in order.
type timelineView struct{ C *corpus.Corpus }

func (v timelineView) meta(*url.URL) meta {
	return meta{
		title: "Timeline",
		description: "Every dated event the five Partner Track articles state — the order, casting, premiere, " +
			"interviews, reports, the cancellation — in order, each linked to its sentence.",
	}
}

func (v timelineView) renderPage() app.UI {
	tl := v.C.Timeline()
	return app.Div().Class("timeline-page").Body(
		app.H1().Text("Timeline"),
		app.P().Class("lede").Text("Every dated event the five articles state, in order: "+
			plural(len(tl.Events), "event", "events")+" from "+plural(tl.Mentions, "date", "dates")+" in the text. "+
			"Each chip (A1–A5) links to the sentence. Where an article leaves the year out, it is filled in only "+
			"when the article’s own dates make it certain, and marked “year inferred”."),
		app.Elem("ol").Class("timeline").Body(
			app.Range(tl.Events).Slice(func(i int) app.UI { return eventItem(v.C, tl.Events[i]) }),
		),
		app.If(len(tl.Asides) > 0, app.Elem("section").ID("not-events").Aria("labelledby", "not-events-h").Body(
			app.Elem("h2").ID("not-events-h").Text("Dates that are not events"),
			app.Elem("ul").Class("quotes").Body(
				app.Range(tl.Asides).Slice(func(i int) app.UI {
					a := tl.Asides[i]
					return dateQuote(v.C, a.Claim, a.Kind.Label+": "+a.Kind.Why)
				}),
			),
		)),
		app.P().Class("muted").Body(
			app.Text("Looking for something else? "),
			app.Elem("a").Attr("href", site.Href("/search")).Text("Search the articles"),
			app.Text("."),
		),
	)
}

// eventItem is one event: its date, what happened, which articles date it
// and how, and their sentences on demand.
func eventItem(c *corpus.Corpus, e timeline.Event) app.UI {
	label := e.Label
	if e.ArticleID != "" {
		a, _ := c.Article(e.ArticleID)
		label = c.Label(e.ArticleID) + " (" + a.Title + ") says it is current as of this date"
	}
	class := "event"
	if e.Status == timeline.Conflict {
		class += " event-conflict"
	}
	return app.Elem("li").Class(class).ID("ev-"+e.Kind+"-"+strings.ReplaceAll(e.When.Norm(), "?", "x")+articleSuffix(e)).
		Attr("data-kind", e.Kind).Body(
		app.Div().Class("when").Body(
			app.Elem("time").Attr("datetime", e.When.ISO()).Text(span(e.When, e.Until)),
			app.If(e.When.YearInferred, app.Elem("span").Class("inferred").Text("year inferred")),
		),
		app.Div().Class("what").Body(
			app.P().Class("event-label").Body(
				app.Elem("strong").Text(label),
				dateChips(c, e.Claims),
			),
			app.If(e.Status != timeline.Agree, app.P().Class("status status-"+eventStatusClass(e.Status)).
				Text(e.Status.String()+": "+groupsText(c, e))),
			app.Elem("details").Body(
				app.Elem("summary").Text(sentenceCount(len(e.Claims))),
				app.Elem("ul").Class("quotes").Body(
					app.Range(e.Claims).Slice(func(i int) app.UI { return dateQuote(c, e.Claims[i], whyOf(e.Claims[i])) }),
				),
			),
		),
	)
}

func articleSuffix(e timeline.Event) string {
	if e.ArticleID == "" {
		return ""
	}
	return "-" + e.ArticleID
}

func eventStatusClass(s timeline.Status) string {
	if s == timeline.Conflict {
		return "conflict"
	}
	return "compatible"
}

// span writes a date or a period, the year once when both ends share it:
// "August 21–28, 2022", "August 21 – September 11, 2022".
func span(d timeline.Date, until *timeline.Date) string {
	s := d.String()
	if until != nil {
		switch u := *until; {
		case u.Year == d.Year && u.Year != 0 && u.Month == d.Month && u.Day != 0 && d.Day != 0:
			s = timeline.Date{Month: d.Month, Day: d.Day}.String() + "–" + strconv.Itoa(u.Day) + ", " + strconv.Itoa(u.Year)
		case u.Year == d.Year && u.Year != 0:
			s = timeline.Date{Month: d.Month, Day: d.Day}.String() + " – " + u.String()
		default:
			s += " – " + u.String()
		}
	}
	if d.Year == 0 {
		s += " (year not stated)"
	}
	return s
}

// groupsText says which articles give which date: "A1, A3 say August 27
// (year inferred: 2022); A2 says August 27th".
func groupsText(c *corpus.Corpus, e timeline.Event) string {
	parts := make([]string, len(e.Groups))
	for i, g := range e.Groups {
		ids := g.Articles()
		labels := make([]string, len(ids))
		for j, id := range ids {
			labels[j] = c.Label(id)
		}
		cl := g.Claims[0]
		what := "“" + cl.Words + "”"
		switch {
		case cl.Inferred():
			what += " (" + span(cl.Date, cl.Until) + ", year inferred)"
		case cl.Date.Year == 0:
			what += " (no year)"
		}
		parts[i] = strings.Join(labels, ", ") + " " + verbFor(len(ids), "says", "say") + " " + what
	}
	return strings.Join(parts, "; ") + "."
}

// whyOf explains an inferred year, or "".
func whyOf(cl timeline.Claim) string {
	var why []string
	if cl.Date.Why != "" {
		why = append(why, cl.Date.Why)
	}
	if cl.Until != nil && cl.Until.Why != "" {
		why = append(why, cl.Until.Why)
	}
	return strings.Join(why, "; ")
}

// dateSource is the citation chip of a dated claim.
func dateSource(c *corpus.Corpus, cl timeline.Claim) app.UI {
	return chip(c, cl.ArticleID, cl.SentenceID, cl.Sentence)
}

// dateChips are the chips of an event's claims, one per article.
func dateChips(c *corpus.Corpus, cls []timeline.Claim) app.UI {
	firsts := firstBy(cls, func(cl timeline.Claim) string { return cl.ArticleID })
	return app.Elem("span").Class("chips").Body(
		app.Range(firsts).Slice(func(i int) app.UI { return dateSource(c, firsts[i]) }),
	)
}

// dateQuote is a claim's sentence with its date words marked, its chip,
// and a note (such as why a year was inferred).
func dateQuote(c *corpus.Corpus, cl timeline.Claim, note string) app.UI {
	var parts []app.UI
	pos := 0
	for _, sp := range cl.Spans {
		parts = append(parts, app.Text(cl.Sentence[pos:sp.Start]), app.Elem("mark").Text(cl.Sentence[sp.Start:sp.End]))
		pos = sp.End
	}
	parts = append(parts, app.Text(cl.Sentence[pos:]))
	return app.Elem("li").Class("quote").Body(
		app.Elem("q").Body(parts...),
		app.Text(" "),
		dateSource(c, cl),
		app.If(note != "", app.Elem("span").Class("why").Text(note)),
	)
}
