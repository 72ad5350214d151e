package viewership

import (
	"regexp"

	"partnertrack/app/internal/lazyre"
)

// The articles the patterns were written against, by seed file name
// without ".txt". A pattern looks only in its article, so that when the
// text changes the error can say which article stopped saying what.
const (
	artBoast   = "001_af8ed55f5fefa408" // the "first weekend" minutes, the peak, the season 2 boast
	artTable   = "002_36a669ef9be3c6c1" // Netflix's weekly table, the +87%, the day-3 peak
	artTotal   = "003_04899bce5507796f" // the total over the first weeks
	artSummary = "004_afde3b6bae209fa5" // three weeks in the Top 10, "over 66 million hours"
)

// expect is one thing an article is expected to say: the words to look
// for, never the answer. The pattern's groups capture the values.
type expect struct {
	article string
	what    string                // for the error: "Netflix's weekly Top 10 table"
	re      func() *regexp.Regexp // compiled on first use (lazyre.New)
}

// month and the date forms of the articles: "August 21st, 2022", "August 21".
const (
	month       = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`
	fullDate    = month + ` \d{1,2}(?:st|nd|rd|th)?, \d{4}`
	dayAndMonth = month + ` \d{1,2}(?:st|nd|rd|th)?`
)

var (
	// The header of the table flattened into one sentence, then its rows:
	// period, hours (with an optional change on the week before), rank,
	// week in the Top 10.
	expTable = expect{artTable, "Netflix’s weekly Top 10 table (“Week Period Hours Viewed(M) Rank Week in Top 10 …”)",
		lazyre.New(`Week Period Hours Viewed\(M\) Rank Week in Top 10 `)}
	tableRow = lazyre.New(`(` + fullDate + `) to (` + fullDate + `) (\d{1,3}(?:,\d{3})+)(?: \(([+-]\d+(?:\.\d+)?%)\))? (\d+) (\d+)\b`)

	expTotal = expect{artTotal, "the hours watched worldwide over the first weeks (“watched for … million hours worldwide between … and …”)",
		lazyre.New(`watched for (\d+(?:\.\d+)?) million hours worldwide between (` + dayAndMonth + `) and (` + dayAndMonth + `)`)}
	expPremiere = expect{artTable, "the premiere date (“landed on Netflix on …”)",
		lazyre.New(`landed on Netflix on (` + fullDate + `)`)}

	expFirstWeekend = expect{artBoast, "a figure for the first weekend (“… million viewing minutes in its first weekend”)",
		lazyre.New(`(\d+(?:\.\d+)?) million viewing (minutes|hours) in its first (weekend|week)\b`)}
	expPeakRank = expect{artBoast, "the peak rank (“peaked at #…”)",
		lazyre.New(`peaked at #(\d+)[^.]*`)}
	expMostWatched = expect{artBoast, "the boast about a second season (“second season … most watched …”)",
		lazyre.New(`(?i)\b(?:second season|season 2)\b[^.]*?\bmost watched\b[^.]*`)}
	expNotRenewed = expect{artBoast, "that the show was not renewed (“wasn’t coming back … for a second season”)",
		lazyre.New(`wasn['’]t coming back[^.]*second season`)}
	expShortRun = expect{artBoast, "the comparison of Top 10 runs (“same brief Top 10 run as …”)",
		lazyre.New(`same brief Top 10 run as ([A-Z][^.]*)`)}
	expPeakDay = expect{artTable, "the day of the peak (“peaked on day …”)",
		lazyre.New(`peaked on day (\d+)`)}
	expWeeks = expect{artSummary, "the weeks in the Top 10 (“Top 10 … for … weeks”)",
		lazyre.New(`Top 10[^.]*?\bfor (\w+) weeks`)}
	expOver = expect{artSummary, "the rounded total (“over … million hours watched”)",
		lazyre.New(`((?:over|more than) (\d+(?:\.\d+)?) million) hours watched`)}
)
