package ui

import (
	"strings"
	"testing"

	"partnertrack/app/site"
	"partnertrack/app/timeline"
)

func TestTimelineView(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, timelineView{C: c}.render(nil))
	events := all(doc, "ol.timeline li.event")
	if len(events) != len(c.Timeline().Events) || len(events) < 10 {
		t.Fatalf("%d events shown, %d found", len(events), len(c.Timeline().Events))
	}
	prev := ""
	for i, li := range events {
		e := c.Timeline().Events[i]
		iso := attr(one(t, li, ".when time"), "datetime")
		if iso != e.When.ISO() {
			t.Errorf("event %d: datetime %q, want %q", i, iso, e.When.ISO())
		}
		if iso < prev {
			t.Errorf("event %d (%s) before %s: not in order", i, iso, prev)
		}
		prev = iso
		// Every claim is quoted with its date marked and a chip to its sentence.
		quotes := all(li, "ul.quotes li.quote")
		if len(quotes) != len(e.Claims) {
			t.Errorf("%s: %d quotes, %d claims", e.Kind, len(quotes), len(e.Claims))
		}
		for j, q := range quotes {
			cl := e.Claims[j]
			if got := attr(one(t, q, "a.src"), "href"); got != site.SentenceURL(cl.ArticleID, cl.SentenceID) {
				t.Errorf("%s: chip links to %q", e.Kind, got)
			}
			if got := text(all(q, "mark")[0]); !strings.HasPrefix(cl.Words, got) {
				t.Errorf("%s: marked %q, date words %q", e.Kind, got, cl.Words)
			}
			if cl.Inferred() && !strings.Contains(text(q), "inferred") {
				t.Errorf("%s %s: inferred year not explained", e.Kind, cl.SentenceID)
			}
		}
		if e.When.YearInferred != (len(all(li, ".when .inferred")) == 1) {
			t.Errorf("%s: year-inferred marker does not match", e.Kind)
		}
		if (e.Status == timeline.Agree) != (len(all(li, "p.status")) == 0) {
			t.Errorf("%s: status %v but status line %d", e.Kind, e.Status, len(all(li, "p.status")))
		}
	}
	// The premiere is one event, dated by all five articles.
	prem := one(t, doc, "li.event[data-kind=premiere]")
	if n := len(all(prem, "p.event-label a.src")); n != 5 {
		t.Errorf("premiere: %d article chips, want 5", n)
	}
	if got := text(one(t, prem, "time")); got != "August 26, 2022" {
		t.Errorf("premiere dated %q", got)
	}
	// Each article's as-of date is there.
	for _, a := range c.Articles {
		if a.AsOf == nil {
			continue
		}
		li := one(t, doc, "li#ev-as-of-"+a.AsOf.ISO()+"-"+a.ID)
		if !strings.Contains(text(li), c.Label(a.ID)) {
			t.Errorf("as-of event of %s does not name it", a.ID)
		}
	}
	if n := len(all(doc, "#not-events li.quote")); n != len(c.Timeline().Asides) {
		t.Errorf("%d asides shown, %d found", n, len(c.Timeline().Asides))
	}
}

func TestTimelineConflictShownOnce(t *testing.T) {
	c := testCorpus(t)
	e := timeline.Event{Kind: "premiere", Label: "Season 1 premieres on Netflix", Status: timeline.Conflict,
		When: timeline.Date{Year: 2022, Month: 8, Day: 26}}
	for _, cl := range []timeline.Claim{
		{ArticleID: c.Articles[0].ID, SentenceID: "l8s1", Sentence: "On August 26, 2022, x.", Words: "August 26, 2022", Spans: []timeline.Span{{Start: 3, End: 18}}, Date: timeline.Date{Year: 2022, Month: 8, Day: 26}},
		{ArticleID: c.Articles[1].ID, SentenceID: "l3s4", Sentence: "On August 29, 2022, y.", Words: "August 29, 2022", Spans: []timeline.Span{{Start: 3, End: 18}}, Date: timeline.Date{Year: 2022, Month: 8, Day: 29}},
	} {
		e.Claims = append(e.Claims, cl)
		e.Groups = append(e.Groups, timeline.Group{Norm: cl.Norm(), Claims: []timeline.Claim{cl}})
	}
	doc := render(t, eventItem(c, e))
	li := one(t, doc, "li.event.event-conflict")
	status := text(one(t, li, "p.status.status-conflict"))
	if !strings.Contains(status, "articles disagree") || !strings.Contains(status, "A1 says “August 26, 2022”") ||
		!strings.Contains(status, "A2 says “August 29, 2022”") {
		t.Errorf("conflict status %q", status)
	}
}

func TestSpan(t *testing.T) {
	d := func(y, m, day int) timeline.Date { return timeline.Date{Year: y, Month: m, Day: day} }
	p := func(x timeline.Date) *timeline.Date { return &x }
	tests := []struct {
		from  timeline.Date
		until *timeline.Date
		want  string
	}{
		{d(2022, 8, 26), nil, "August 26, 2022"},
		{d(2022, 8, 21), p(d(2022, 8, 28)), "August 21–28, 2022"},
		{d(2022, 8, 21), p(d(2022, 9, 11)), "August 21 – September 11, 2022"},
		{d(2022, 8, 21), p(d(0, 9, 11)), "August 21, 2022 – September 11"},
		{d(0, 11, 8), nil, "November 8 (year not stated)"},
	}
	for _, tt := range tests {
		if got := span(tt.from, tt.until); got != tt.want {
			t.Errorf("span = %q, want %q", got, tt.want)
		}
	}
}
