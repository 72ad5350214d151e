package timeline

import (
	"fmt"
	"strings"
	"testing"

	"partnertrack/app/content"
	"partnertrack/seeds"
)

// article parses a tiny seed: a headline line, then one paragraph per line.
func article(t *testing.T, id string, lines ...string) *content.Article {
	t.Helper()
	a, err := content.Parse(id+".txt", []byte(strings.Join(lines, "\n\n")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// summary is "when kind status [article:words=norm(*inferred) …]" per event.
func summary(tl Timeline) []string {
	var out []string
	for _, e := range tl.Events {
		var cs []string
		for _, c := range e.Claims {
			s := c.ArticleID + ":" + c.Words + "=" + c.Norm()
			if c.Inferred() {
				s += "*"
			}
			cs = append(cs, s)
		}
		out = append(out, fmt.Sprintf("%s %s %s [%s]", e.When.Norm(), e.Kind, e.Status, strings.Join(cs, " ")))
	}
	return out
}

// optional returns a copy of kinds none of which is required, so a test
// article need not date every required event.
func optional(kinds []Kind) []Kind {
	out := append([]Kind(nil), kinds...)
	for i := range out {
		out[i].Required = false
	}
	return out
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name     string
		articles [][]string // id, then lines
		want     []string
	}{
		{
			name: "one article, in chronological order, not text order",
			articles: [][]string{{"a", "Headline One Here",
				"Deadline reported on November 8, 2022 that the show was not renewed.",
				"The series premiered on August 26, 2022, to good reviews.",
				"On September 14, 2021, Netflix announced that they had ordered a series."}},
			want: []string{
				"2021-09-14 ordered articles agree [a:September 14, 2021=2021-09-14]",
				"2022-08-26 premiere articles agree [a:August 26, 2022=2022-08-26]",
				"2022-11-08 report articles agree [a:November 8, 2022=2022-11-08]",
			},
		},
		{
			name: "the year is inferred inside the article's span, and marked",
			articles: [][]string{{"a", "Headline One Here",
				"The series premiered on August 26, 2022, at last.",
				"Jinny Howe told Deadline on August 27 that it went well.",
				"As of September 7th, 2022, there is no news."}},
			want: []string{
				"2022-08-26 premiere articles agree [a:August 26, 2022=2022-08-26]",
				"2022-08-27 interview articles agree [a:August 27=2022-08-27*]",
				"2022-09-07 as-of articles agree [a:September 7th, 2022=2022-09-07]",
			},
		},
		{
			name: "no year is inferred outside the span",
			articles: [][]string{{"a", "Headline One Here",
				"The series premiered on August 26, 2022, at last.",
				"Deadline reported on November 8th that it was not coming back."}},
			want: []string{
				"2022-08-26 premiere articles agree [a:August 26, 2022=2022-08-26]",
				"????-11-08 report articles agree [a:November 8th=????-11-08]",
			},
		},
		{
			name: "articles that date an event differently: shown once, as a conflict",
			articles: [][]string{
				{"a", "Headline One Here", "The series premiered on August 26, 2022, on Netflix."},
				{"b", "Headline Two Here", "The series premiered on August 29, 2022, worldwide."},
				{"c", "Headline Three Here", "The show debuted on Netflix on August 29, 2022, to fans."},
			},
			want: []string{"2022-08-29 premiere articles disagree [a:August 26, 2022=2022-08-26 b:August 29, 2022=2022-08-29 c:August 29, 2022=2022-08-29]"},
		},
		{
			name: "different precision is no conflict; the most precise date places the event",
			articles: [][]string{
				{"a", "Headline One Here", "The legal drama, which first debuted in August 2022, is over."},
				{"b", "Headline Two Here", "The series premiered on August 26, 2022, worldwide."},
			},
			want: []string{"2022-08-26 premiere same date, different precision [a:August 2022=2022-08 b:August 26, 2022=2022-08-26]"},
		},
		{
			name: "each casting is its own event; a period has two ends",
			articles: [][]string{{"a", "Headline One Here",
				"Later, on October 29, 2021, Ann Lee and Bo Kim joined the show in small roles.",
				"Recently, on December 20, 2021, Cy Park was cast in a recurring capacity.",
				"It was watched for 6 million hours worldwide between August 21 and September 11, said the series premiered on August 26, 2022."}},
			want: []string{
				"2021-10-29 casting articles agree [a:October 29, 2021=2021-10-29]",
				"2021-12-20 casting articles agree [a:December 20, 2021=2021-12-20]",
				"2022-08-21 viewing articles agree [a:August 21 and September 11=2022-08-21/????-09-11*]", // September 11 is past the span
				"2022-08-26 premiere articles agree [a:August 26, 2022=2022-08-26]",
			},
		},
		{
			name: "of the same year",
			articles: [][]string{{"a", "Headline One Here",
				"It debuted on Netflix on August 26, 2022, but was canceled after its first season in November of the same year."}},
			want: []string{
				"2022-08-26 premiere articles agree [a:August 26, 2022=2022-08-26]",
				"2022-11 cancelled articles agree [a:November of the same year=2022-11*]",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []*content.Article
			for _, a := range tt.articles {
				arts = append(arts, article(t, a[0], a[1:]...))
			}
			tl, err := BuildWith(arts, optional(Kinds()))
			if err != nil {
				t.Fatal(err)
			}
			got := summary(tl)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestBuildErrors(t *testing.T) {
	premiere := "The series premiered on August 26, 2022, at last."
	cancel := "Netflix canceled it after one season on November 8, 2022."
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"a date that belongs to no event", []string{"Headline One Here", premiere, cancel, "Something happened on March 3, 2022, somewhere."},
			"bad.txt, sentence l7s1: the date “March 3, 2022” belongs to no kind of event"},
		{"no premiere", []string{"Headline One Here", cancel}, "no article dates the event “Season 1 premieres on Netflix”"},
		{"no cancellation", []string{"Headline One Here", premiere}, "no article dates the event “Netflix cancels the show”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Build([]*content.Article{article(t, "bad", tt.lines...)})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// The five seed articles: what the report quotes, and the events a reader
// expects, in order.
func TestSeeds(t *testing.T) {
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := Build(arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 14 || tl.Mentions != 35 || len(tl.Asides) != 2 {
		t.Errorf("%d events from %d date mentions, %d asides; want 14, 35, 2", len(tl.Events), tl.Mentions, len(tl.Asides))
	}
	var order []string
	for _, e := range tl.Events {
		order = append(order, e.When.Norm()+" "+e.Kind)
	}
	want := []string{
		"2013 novel", "2021-09-14 ordered", "2021-10-29 casting", "2021-12-20 casting", "2022 comparison",
		"2022-08-21 top10-week", "2022-08-21 viewing", "2022-08-26 premiere", "2022-08-27 interview",
		"2022-08-28 top10-week", "2022-09-07 as-of", "2022-11-08 cancelled", "2022-11-08 report", "2022-11-08 as-of",
	}
	if strings.Join(order, "\n") != strings.Join(want, "\n") {
		t.Errorf("order:\n%s\nwant:\n%s", strings.Join(order, "\n"), strings.Join(want, "\n"))
	}
	// Every article's own as-of date is an event of its own.
	for _, a := range arts {
		if a.AsOf == nil {
			continue
		}
		n := 0
		for _, e := range tl.Events {
			if e.Kind == "as-of" && e.ArticleID == a.ID && e.When.Norm() == a.AsOf.ISO() && e.Claims[0].SentenceID == a.AsOf.SentenceID {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: as-of %s on the timeline %d times", a.ID, a.AsOf.ISO(), n)
		}
	}
	// Every claim's words are where it says in its sentence, and inferred
	// years say why.
	for _, e := range tl.Events {
		for _, c := range e.Claims {
			for _, sp := range c.Spans {
				if !strings.Contains(c.Words, c.Sentence[sp.Start:sp.End]) {
					t.Errorf("%s %s: span %q not in words %q", e.Kind, c.SentenceID, c.Sentence[sp.Start:sp.End], c.Words)
				}
			}
			if c.Inferred() != (c.Date.Why != "" || c.Until != nil && c.Until.Why != "") {
				t.Errorf("%s %s: inferred %v but why %q", e.Kind, c.SentenceID, c.Inferred(), c.Date.Why)
			}
		}
	}
}
