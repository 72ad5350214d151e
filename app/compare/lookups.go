package compare

import (
	"partnertrack/app/internal/lazyre"
	"regexp"

	"partnertrack/app/facts"
)

// Sections of the claims matrix, in order.
const (
	SectionDates   = "Dates"
	SectionStatus  = "Status"
	SectionShow    = "The show"
	SectionPeople  = "People"
	SectionNumbers = "Numbers"
	SectionQuotes  = "Quotations"
)

// spec is one row of the claims matrix: what to look for, never the
// answer.
type spec struct {
	key, label, section string
	// home reuses the home page's lookup with that key; extra patterns are
	// added to it.
	home  string
	extra []*regexp.Regexp
	// lookup is the row's own lookup, when home is "".
	lookup facts.Lookup
	// classes, when set, replace the lookup: each class is a kind of
	// statement (e.g. "cancelled"), and values are compared by class.
	classes []class
	// dated facts change over time (scores, status, weeks in the Top 10),
	// so an article's "as of" date may explain a difference.
	dated bool
}

// class is one kind of statement of a fact, with the patterns that find it.
type class struct {
	name     string
	patterns []*regexp.Regexp
	skip     *regexp.Regexp
}

func re(s string) *regexp.Regexp { return regexp.MustCompile(s) }

// Pattern pieces.
const (
	name   = `[A-Z][a-z]+ [A-Z][a-z]+`
	season = `(?:second season|[Ss]eason 2)`
)

// characterRow is a row for who plays a character.
func characterRow(key, character string, more ...*regexp.Regexp) spec {
	return spec{key: key, label: character + " is played by", section: SectionPeople,
		lookup: facts.Lookup{Kind: facts.Text, Patterns: append([]*regexp.Regexp{
			re(`(` + name + `)[^.,]{0,30}? as ` + character + `\b`),
		}, more...)}}
}

// specs returns the claims matrix's table, in display order. It and
// speakers compile their patterns on first use: the browser imports this
// package for its types and never builds the matrix, so it does not link
// them (lazyre.Table).
func specs() []spec { return specsTable.Get(buildSpecs) }

var specsTable lazyre.Table[[]spec]

func buildSpecs() []spec {
	return []spec{
		{key: "ordered", home: "ordered", section: SectionDates},
		{key: "premiere", home: "premiere", section: SectionDates},
		{key: "interview", label: "Jinny Howe’s interview with Deadline", home: "interview", section: SectionDates},
		{key: "cancelled", home: "cancelled", section: SectionDates},

		{key: "status", label: "Season 2 status", section: SectionStatus, dated: true, classes: []class{
			{name: "cancelled", skip: re(`(?i)renewed or cancel`), patterns: []*regexp.Regexp{
				re(`(?i)\b((?:has been |was |been )?cancel+ed)\b`),
				re(`\b((?:would not|wasn’t|won’t|will not|will be no|not to)[^.]{0,40}?` + season + `)`),
				re(`\b(ended the show|(?:series|show) ended)\b`),
				re(`\b(a dead end)\b`),
			}},
			{name: "not yet decided", patterns: []*regexp.Regexp{
				re(`(?i)\b(not yet renewed)\b`),
				re(`\b(has not renewed[^.]*? yet)\b`),
				re(`\b(yet to get [^.,]{0,40}from Netflix)`),
			}},
			{name: "season 2 is coming", patterns: []*regexp.Regexp{
				re(`\b(there will be (?:a )?(?:Partner Track )?` + season + `)`),
				re(`\b(` + season + ` will premiere)\b`),
			}},
			{name: "no announcement", patterns: []*regexp.Regexp{
				re(`\bRelease Status (Not Announced)\b`),
			}},
		}},
		{key: "seasons", label: "Seasons made", section: SectionStatus, lookup: facts.Lookup{Kind: facts.Number, Patterns: []*regexp.Regexp{
			re(`\bSeasons Aired (\d+)\b`),
			re(`\bafter (?:only |just )?(one) season\b`),
		}}},

		{key: "creator", home: "creator", section: SectionShow},
		{key: "novel", home: "novel", section: SectionShow},
		{key: "author", home: "author", section: SectionShow},
		{key: "novel-year", home: "novel-year", section: SectionShow},
		{key: "episodes", home: "episodes", section: SectionShow},
		{key: "directors", label: "Number of directors", section: SectionShow, lookup: facts.Lookup{Kind: facts.Number, Patterns: []*regexp.Regexp{
			re(`\bhad (\w+) directors\b`),
		}}},
		{key: "producer", label: "Production company", section: SectionShow, lookup: facts.Lookup{Kind: facts.Text, Patterns: []*regexp.Regexp{
			re(`\bproduced by ([A-Z]\w+(?: [A-Z]\w+)*) and filmed\b`),
		}}},
		{key: "filmed", label: "Filmed in", section: SectionShow, lookup: facts.Lookup{Kind: facts.Text, Patterns: []*regexp.Regexp{
			re(`\bfilmed in ([A-Z][a-z]+(?: [A-Z][a-z]+)*)`),
		}}},
		{key: "metrics", label: "Internal metrics that decide a renewal", section: SectionShow, lookup: facts.Lookup{Kind: facts.Number, Patterns: []*regexp.Regexp{
			re(`\b(\w+) (?:internal|main) (?:metrics|parameters)\b`),
		}}},
		{key: "metric-name", label: "Name of the renewal metric “… value”", section: SectionShow, lookup: facts.Lookup{Kind: facts.Text, Patterns: []*regexp.Regexp{
			re(`\b([Ii]mpact value|[Aa]ffect value)\b`),
		}}},

		{key: "howe-title", label: "Jinny Howe’s job", section: SectionPeople, lookup: facts.Lookup{Kind: facts.Text, Patterns: []*regexp.Regexp{
			re(`Netflix’s ((?:head|president) of drama), Jinny Howe`),
			re(`Jinny Howe, Netflix’s ([a-z ]+?),`),
			re(`Netflix ([A-Za-z ]{2,20}?) Jinny Howe`),
			re(`\b(Head of Drama Development)\b`),
		}}},
		{key: "ingrid-background", label: "Ingrid Yun is", section: SectionPeople, lookup: facts.Lookup{Kind: facts.Text, Patterns: []*regexp.Regexp{
			re(`\b([A-Z][a-z]+ American) (?:woman|lawyer)\b`),
		}}},
		characterRow("ingrid-actor", "Ingrid Yun"),
		characterRow("jeff-actor", "Jeff Murphy"),
		characterRow("nick-actor", "Nick", re(`\bNick[^.()]{0,20}\(played by (`+name+`)\)`)),
		characterRow("z-actor", "Z", re(`(`+name+`) as Zi-Xin`), re(`(`+name+`), who portrays Z\b`)),
		characterRow("rachel-actor", "Rachel Friedman"),
		characterRow("tyler-actor", "Tyler Robinson"),

		{key: "hours", home: "hours", section: SectionNumbers, dated: true},
		{key: "first-week", label: "Viewing in the first week", section: SectionNumbers, lookup: facts.Lookup{Kind: facts.Number, Patterns: []*regexp.Regexp{
			re(`\b([\d.,]+ million (?:viewing )?(?:minutes|hours)) in its first week`),
			re(`Hours Viewed\(M\) .*?\d{4} to \w+ \d+\w*, \d{4} ([\d,]{6,})`),
		}}},
		{key: "weeks", home: "weeks", section: SectionNumbers, dated: true, extra: []*regexp.Regexp{
			re(`Week in Top 10 .*\d{4} [\d,]+ (?:\(\+\d+%\) )?\d+ (\d+)$`),
		}},
		{key: "peak", home: "peak", section: SectionNumbers, dated: true},
		{key: "critics", home: "critics", section: SectionNumbers, dated: true},
		{key: "rt-reviews", label: "Rotten Tomatoes critic reviews counted", section: SectionNumbers, dated: true, lookup: facts.Lookup{Kind: facts.Number, Patterns: []*regexp.Regexp{
			re(`\b(\d+) critic reviews\b`),
		}}},
		{key: "rt-average", label: "Rotten Tomatoes average rating", section: SectionNumbers, dated: true, lookup: facts.Lookup{Kind: facts.Text, Patterns: []*regexp.Regexp{
			re(`\baverage rating of ([\d.]+/10)`),
		}}},
		{key: "audience", home: "audience", section: SectionNumbers, dated: true},
		{key: "imdb", home: "imdb", section: SectionNumbers, dated: true},
		{key: "metacritic", home: "metacritic", section: SectionNumbers, dated: true},
	}
}

// speakers are the people and outlets quotations are attributed to, most
// specific first: a person named near a quote is its speaker even when the
// outlet that printed it is named too.
func speakers() []speaker { return speakersTable.Get(buildSpeakers) }

var speakersTable lazyre.Table[[]speaker]

func buildSpeakers() []speaker {
	return []speaker{
		{"Jinny Howe", re(`\bJinny Howe\b`)},
		{"Georgia Lee", re(`\b(?:Georgia )?Lee\b`)},
		{"Nina Metz", re(`\bNina Metz\b`)},
		{"Arden Cho", re(`\bArden Cho\b`)},
		{"San Francisco Chronicle", re(`\bSan Francisco Chronicle\b`)},
		{"Deadline", re(`\bDeadline\b`)},
		{"Metacritic", re(`\bMetacritic\b`)},
		{"unnamed critics", re(`\b[Cc]ritics\b`)},
	}
}

// speaker is a name quotations are attributed to, and how to find it.
type speaker struct {
	name string
	re   *regexp.Regexp
}
