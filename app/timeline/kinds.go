package timeline

import (
	"regexp"
	"strings"

	"partnertrack/app/internal/lazyre"
)

// Kind is a kind of event to look for. Its patterns say what words stand
// around the date, never what the date is: {D} is a date, {D2} the end of
// a period, {Y} a year alone; named groups such as (?P<who>…) fill the
// label's {who}.
type Kind struct {
	Key   string
	Label string
	// Each makes every date its own event (two castings are two events);
	// otherwise all the articles' dates of the kind are one event.
	Each bool
	// AsOf marks an article's own "as of" date: one event per article,
	// dated by content.Article.AsOf.
	AsOf bool
	// NotEvent marks dates that are no event, such as guesses about a
	// season that was never made; they are listed apart, with Why.
	NotEvent bool
	Why      string
	// Need, when set, must match the sentence too.
	Need *regexp.Regexp `json:"-"`
	// Required kinds must be found in some article, or Build fails.
	Required bool
	Patterns []*regexp.Regexp `json:"-"`
}

// pattern compiles a kind pattern, replacing {D}, {D2} and {Y}.
func pattern(s string) *regexp.Regexp {
	return regexp.MustCompile(strings.NewReplacer(
		"{D}", `(?P<d>`+dateRE+`)`,
		"{D2}", `(?P<d2>`+dateRE+`)`,
		"{Y}", `(?P<d>`+yearRE+`)`,
	).Replace(s))
}

func patterns(ss ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(ss))
	for i, s := range ss {
		out[i] = pattern(s)
	}
	return out
}

// Kinds returns what the timeline looks for, tried in this order on every
// sentence; a date belongs to the first kind that claims it. Events on
// the same day keep this order. The patterns are compiled on first use:
// the browser imports this package for its types and never runs Build,
// so it does not link them (lazyre.Table).
func Kinds() []Kind { return kindsTable.Get(buildKinds) }

var kindsTable lazyre.Table[[]Kind]

func buildKinds() []Kind {
	return []Kind{
		{Key: "guess", Label: "Guessed date of a second season", NotEvent: true,
			Why:      "a guess about a season that was never made, not an event",
			Patterns: patterns(`sometime in {Y} or later`)},
		{Key: "novel", Label: "The novel the show adapts is published",
			Patterns: patterns(`{Y} novel`, `novel[^.]*\bpublished in {Y}`)},
		{Key: "ordered", Label: "Netflix orders the series",
			Patterns: patterns(`{D},? Netflix announced[^.]*\bordered`)},
		{Key: "casting", Label: "Casting announced: {who}", Each: true,
			Patterns: patterns(`{D},? (?P<who>[A-Z][^,.]*?) (?:joined the show|joined the cast|was cast|were cast)`)},
		{Key: "comparison", Label: "{what} released (the show it is compared with)", Each: true,
			Patterns: patterns(`release in {Y} of (?P<what>The(?: [A-Z]\w*)+)`)},
		{Key: "top10-week", Label: "A week of Netflix’s Top 10 table", Each: true,
			Need:     regexp.MustCompile(`Top 10`),
			Patterns: patterns(`{D} to {D2}`)},
		{Key: "viewing", Label: "Period of the worldwide viewing hours stated", Each: true,
			Need:     regexp.MustCompile(`(?i)\bhours\b`),
			Patterns: patterns(`between {D} and {D2}`)},
		{Key: "premiere", Label: "Season 1 premieres on Netflix", Required: true,
			Patterns: patterns(
				`(?i:debuted|premiered|premiere broadcast|landed on Netflix|added to Netflix)[^.]{0,30}?\b(?:on|in) {D}`,
				`{D},[^.]{0,60}?\b(?:added to|landed on) Netflix`)},
		{Key: "interview", Label: "Netflix drama executive Jinny Howe talks to Deadline about season 2",
			Patterns: patterns(`Jinny Howe[^.]*?\bDeadline (?:on|in) {D}`)},
		{Key: "cancelled", Label: "Netflix cancels the show", Required: true,
			Patterns: patterns(`ended the show in {D}`, `(?i:cancel+ed)[^.]{0,60}?\b(?:on|in) {D}`)},
		{Key: "report", Label: "Deadline reports there will be no season 2",
			Patterns: patterns(`Deadline reported on {D} that[^.]*(?:\bnot\b|wasn['’]t|won['’]t)`)},
		{Key: "as-of", Label: "The article says it is current as of this date", AsOf: true, Each: true,
			Patterns: patterns(`(?i:as of) {D}`)},
	}
}
