package timeline

import (
	"fmt"
	"regexp"
	"sort"

	"partnertrack/app/content"
)

// Span is a byte range of a sentence.
type Span struct{ Start, End int }

// Claim is one article's dating of an event, in its own words.
type Claim struct {
	ArticleID  string
	SentenceID string
	Sentence   string
	// Words are the date as written ("August 27th"); for a period, both
	// ends ("August 21st, 2022 to August 28th, 2022").
	Words string
	Spans []Span // the date words in Sentence, one per date
	Date  Date
	// Until is the end of a period, nil for a day.
	Until *Date

	fill map[string]string // named groups of the match, for the label
}

// Norm is the comparison key of the claim's date or period.
func (c Claim) Norm() string {
	if c.Until != nil {
		return c.Date.Norm() + "/" + c.Until.Norm()
	}
	return c.Date.Norm()
}

// Inferred reports whether a year of the claim was worked out rather than
// written.
func (c Claim) Inferred() bool {
	return c.Date.YearInferred || c.Until != nil && c.Until.YearInferred
}

// Group is the claims that give an event the same date.
type Group struct {
	Norm   string
	Claims []Claim
}

// Articles returns the ids of the group's articles, in order, each once.
func (g Group) Articles() []string { return articles(g.Claims) }

func articles(cs []Claim) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.ArticleID] {
			seen[c.ArticleID] = true
			out = append(out, c.ArticleID)
		}
	}
	return out
}

// Status says how the articles' dates for an event relate.
type Status int

const (
	// Agree: every claim gives the same date.
	Agree Status = iota
	// Precision: the dates differ only in precision ("August 2022" and
	// "August 26, 2022"; "November 8th" with no year).
	Precision
	// Conflict: at least two dates cannot both be true.
	Conflict
)

func (s Status) String() string {
	return [...]string{"articles agree", "same date, different precision", "articles disagree"}[s]
}

// Event is one thing that happened, with every article's dating of it.
type Event struct {
	Kind  string // Kind.Key
	Label string
	// ArticleID is the article an "as of" event belongs to; "" otherwise.
	ArticleID string
	Claims    []Claim
	Groups    []Group // claims by date, in order of first appearance
	Status    Status
	// When is where the event stands on the timeline: for a conflict, the
	// date most articles give; otherwise the most precise date (written
	// years before inferred ones).
	When  Date
	Until *Date
	order int // index of the kind in Kinds, for ties
}

// Articles returns the ids of the articles dating the event.
func (e Event) Articles() []string { return articles(e.Claims) }

// Timeline is the events in chronological order.
type Timeline struct {
	Events []Event
	// Asides are dates that are not events (Kind.NotEvent), with their kind.
	Asides []Aside
	// Mentions is the number of dates found in the articles.
	Mentions int
}

// Aside is a date that is not an event.
type Aside struct {
	Kind  Kind
	Claim Claim
}

// Build finds the dated events of the articles with Kinds.
func Build(arts []*content.Article) (Timeline, error) { return BuildWith(arts, Kinds()) }

// BuildWith finds the dated events of the articles with the given kinds. It
// fails, naming the article and sentence, when a date belongs to no kind,
// and when a required kind or an article's "as of" date is not found.
func BuildWith(arts []*content.Article, kinds []Kind) (Timeline, error) {
	var tl Timeline
	events := map[string]*Event{}
	var keys []string
	found := map[string]bool{}
	for _, a := range arts {
		ms := map[string][]mention{}
		for _, s := range a.Sentences() {
			ms[s.ID] = mentions(s.Text)
		}
		infer := inferYears(a, ms)
		asOfFound := false
		for _, s := range a.Sentences() {
			taken := make([]bool, len(ms[s.ID]))
			for ki, k := range kinds {
				if k.Need != nil && !k.Need.MatchString(s.Text) {
					continue
				}
				for _, c := range claims(k, a, s, ms[s.ID], taken) {
					infer(&c.Date)
					if c.Until != nil {
						infer(c.Until)
					}
					found[k.Key] = true
					if k.NotEvent {
						tl.Asides = append(tl.Asides, Aside{Kind: k, Claim: c})
						continue
					}
					if k.AsOf {
						if a.AsOf == nil || a.AsOf.SentenceID != s.ID {
							return Timeline{}, fmt.Errorf("%s, sentence %s: “%s” reads as an “as of” date, but the article’s as-of date is %s",
								a.File, s.ID, c.Words, asOfText(a))
						}
						c.Date = Date{Year: a.AsOf.Year, Month: int(a.AsOf.Month), Day: a.AsOf.Day}
						asOfFound = true
					}
					key := eventKey(k, a, c)
					e := events[key]
					if e == nil {
						e = &Event{Kind: k.Key, Label: label(k, c), order: ki}
						if k.AsOf {
							e.ArticleID = a.ID
						}
						events[key] = e
						keys = append(keys, key)
					}
					e.Claims = append(e.Claims, c)
				}
			}
			for i, m := range ms[s.ID] {
				if !taken[i] {
					return Timeline{}, fmt.Errorf("%s, sentence %s: the date “%s” belongs to no kind of event; sentence: %q",
						a.File, s.ID, s.Text[m.start:m.end], s.Text)
				}
			}
			tl.Mentions += len(ms[s.ID])
		}
		if a.AsOf != nil && !asOfFound {
			return Timeline{}, fmt.Errorf("%s: its as-of date “%s” (sentence %s) is not on the timeline", a.File, a.AsOf.Text, a.AsOf.SentenceID)
		}
	}
	for _, k := range kinds {
		if k.Required && !found[k.Key] {
			return Timeline{}, fmt.Errorf("no article dates the event “%s” (kind %s)", k.Label, k.Key)
		}
	}
	for _, key := range keys {
		e := events[key]
		judge(e)
		tl.Events = append(tl.Events, *e)
	}
	sort.SliceStable(tl.Events, func(i, j int) bool { return before(tl.Events[i], tl.Events[j]) })
	return tl, nil
}

func asOfText(a *content.Article) string {
	if a.AsOf == nil {
		return "none"
	}
	return "“" + a.AsOf.Text + "” in sentence " + a.AsOf.SentenceID
}

// claims returns the claims kind k makes in sentence s: every pattern
// match whose date groups are untaken mentions.
func claims(k Kind, a *content.Article, s content.Sentence, ms []mention, taken []bool) []Claim {
	var out []Claim
	for _, p := range k.Patterns {
		for _, m := range p.FindAllStringSubmatchIndex(s.Text, -1) {
			d, d2 := group(p, m, "d"), group(p, m, "d2")
			i := mentionAt(ms, d)
			if i < 0 || taken[i] {
				continue
			}
			c := Claim{ArticleID: a.ID, SentenceID: s.ID, Sentence: s.Text, Date: ms[i].date, Spans: []Span{d},
				Words: s.Text[d.Start:d.End]}
			j := -1
			if d2.Start >= 0 {
				if j = mentionAt(ms, d2); j < 0 || taken[j] {
					continue
				}
				until := ms[j].date
				c.Until = &until
				c.Spans = append(c.Spans, d2)
				c.Words = s.Text[d.Start:d2.End]
			}
			taken[i] = true
			if j >= 0 {
				taken[j] = true
			}
			c.fill = captures(p, m, s.Text)
			out = append(out, c)
		}
	}
	return out
}

// group returns the span of a named group of a match, {-1, -1} if none.
func group(p *regexp.Regexp, m []int, name string) Span {
	i := p.SubexpIndex(name)
	if i < 0 || 2*i+1 >= len(m) || m[2*i] < 0 {
		return Span{-1, -1}
	}
	return Span{m[2*i], m[2*i+1]}
}

// mentionAt returns the index of the mention exactly at sp, or -1.
func mentionAt(ms []mention, sp Span) int {
	for i, m := range ms {
		if m.start == sp.Start && m.end == sp.End {
			return i
		}
	}
	return -1
}

// eventKey says which claims are one event: all of a kind, or for Each
// kinds those with the same date, and one per article for "as of" dates.
func eventKey(k Kind, a *content.Article, c Claim) string {
	switch {
	case k.AsOf:
		return k.Key + "/" + a.ID
	case k.Each:
		return k.Key + "/" + c.Norm()
	}
	return k.Key
}
