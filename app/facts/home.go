package facts

import (
	"partnertrack/app/internal/lazyre"
	"regexp"
)

// date matches a written date: "August 26th, 2022", "November 8", "August 2022".
const date = `(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2}(?:st|nd|rd|th)?\b)?(?:,? \d{4})?`

// name matches a two-word proper name such as a person's.
const name = `[A-Z][a-z]+ [A-Z][a-z]+`

// title matches a title-cased work title: "The Partner Track".
const title = `(?:The |A )?[A-Z][\w’']*(?: [A-Z][\w’']*)*`

func re(s string) *regexp.Regexp { return regexp.MustCompile(s) }

// Home returns what the home page looks for: what the show is and what
// happened to it. Each pattern's first group is the value. The patterns
// are compiled on first use: the browser imports this package for its
// types and never looks again, so it neither compiles them at start nor
// links them (lazyre.Table).
func Home() []Lookup { return homeTable.Get(buildHome) }

var homeTable lazyre.Table[[]Lookup]

func buildHome() []Lookup {
	// seasonTwo marks sentences about a season that never was.
	seasonTwo := re(`(?i)second season|season 2\b|season two`)
	return []Lookup{
		{Key: "ordered", Label: "Series ordered", Kind: Date, Patterns: []*regexp.Regexp{
			re(`(` + date + `),? Netflix announced[^.]*\bordered`),
		}},
		{Key: "premiere", Label: "Premiere on Netflix", Kind: Date, Skip: seasonTwo, Patterns: []*regexp.Regexp{
			re(`(?i:debuted|premiered|premiere broadcast|landed on Netflix|added to Netflix)[^.]{0,30}?\b(?:on|in) (` + date + `)`),
			re(`(` + date + `),[^.]{0,60}?\b(?:added to|landed on) Netflix`),
		}},
		{Key: "interview", Label: "Netflix’s head of drama talks season 2 with Deadline", Kind: Date, Patterns: []*regexp.Regexp{
			re(`Deadline (?:on|in) (` + date + `)`),
		}},
		{Key: "cancelled", Label: "Cancellation", Kind: Date, Skip: re(`\bas of\b`), Patterns: []*regexp.Regexp{
			re(`(?i:cancel+ed)[^.]{0,50}?\bon (` + date + `)`),
			re(`reported on (` + date + `) that[^.]*(?:\bnot\b|wasn['’]t|won['’]t)`),
			re(`ended the show in (` + date + `)`),
		}},
		{Key: "episodes", Label: "Episodes in season 1", Kind: Number, Skip: seasonTwo, Patterns: []*regexp.Regexp{
			re(`\b(\d+|ten) episodes\b`),
			re(`\b(ten|\d+)-episode\b`),
			re(`^Episodes (\d+)$`),
		}},
		{Key: "creator", Label: "Created by", Kind: Text, Patterns: []*regexp.Regexp{
			re(`created by (` + name + `)`),
			re(`(` + name + `) created the show`),
			re(`series by (` + name + `)`),
			re(`\bcreator (` + name + `)`),
		}},
		{Key: "novel", Label: "Based on the novel", Kind: Text, Patterns: []*regexp.Regexp{
			re(`\bnovel,? [“"]?(` + title + `)`),
			re(`(?i:based on) (` + title + `) by ` + name),
		}},
		{Key: "author", Label: "Novel by", Kind: Text, Patterns: []*regexp.Regexp{
			re(`(` + name + `)['’]s (?:\d{4} |original |best-selling )*novel`),
			re(`\bthe (` + name + `) \d{4} novel`),
			re(`(?i:based on) ` + title + ` by (` + name + `)`),
		}},
		{Key: "novel-year", Label: "Novel published", Kind: Number, Patterns: []*regexp.Regexp{
			re(`\b(\d{4}) novel`),
			re(`novel[^.]*published in (\d{4})`),
		}},
		{Key: "hours", Label: "Hours viewed worldwide (total stated)", Kind: Number, Patterns: []*regexp.Regexp{
			re(`watched for ([\d.]+ million) hours`),
			re(`((?:over |more than )?[\d.]+ million) hours watched`),
		}},
		{Key: "weeks", Label: "Weeks in Netflix’s global Top 10", Kind: Number, Patterns: []*regexp.Regexp{
			re(`Top 10[^.]*?\bfor (\w+) weeks`),
		}},
		{Key: "peak", Label: "Peak weekly rank", Kind: Number, Patterns: []*regexp.Regexp{
			re(`peaked at (#\d+)`),
		}},
		{Key: "critics", Label: "Rotten Tomatoes critics score", Kind: Number, Patterns: []*regexp.Regexp{
			re(`(\d{1,3}%)[^.%]{0,30}?\bcritic`),
		}},
		{Key: "audience", Label: "Rotten Tomatoes audience score", Kind: Number, Patterns: []*regexp.Regexp{
			re(`(\d{1,3}%) by audiences`),
		}},
		{Key: "imdb", Label: "IMDb rating", Kind: Text, Patterns: []*regexp.Regexp{
			re(`(\d+(?:\.\d+)?/10) rating on IMDb`),
			re(`IMDb[^.]{0,40}?(\d+(?:\.\d+)?/10)`),
		}},
		{Key: "metacritic", Label: "Metacritic score", Kind: Text, Patterns: []*regexp.Regexp{
			re(`Metacritic[^.]*?average of (\d+ out of 100)`),
		}},
	}
}
