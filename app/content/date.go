package content

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// asOfRE matches "As of <Month> <day>[st|nd|rd|th], <year>", e.g. "As of
// September 7th, 2022" or "as of Nov. 8, 2022". "As of now" does not match.
var asOfRE = regexp.MustCompile(`(?i)\bas of\s+(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)

// findAsOf returns the first valid "As of <date>" found in the sentences,
// or nil.
func findAsOf(sentences []Sentence) *AsOf {
	for _, s := range sentences {
		for _, m := range asOfRE.FindAllStringSubmatchIndex(s.Text, -1) {
			month, ok := monthByName(s.Text[m[2]:m[3]])
			if !ok {
				continue
			}
			day, _ := strconv.Atoi(s.Text[m[4]:m[5]])
			year, _ := strconv.Atoi(s.Text[m[6]:m[7]])
			if !validDate(year, month, day) {
				continue
			}
			return &AsOf{Year: year, Month: month, Day: day, Text: s.Text[m[0]:m[1]], SentenceID: s.ID}
		}
	}
	return nil
}

// monthByName accepts a full English month name or its three- or
// four-letter abbreviation ("Sept"), in any case.
func monthByName(name string) (time.Month, bool) {
	name = strings.ToLower(name)
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		if name == full || name == full[:3] || (m == time.September && name == "sept") {
			return m, true
		}
	}
	return 0, false
}

func validDate(year int, month time.Month, day int) bool {
	if day < 1 {
		return false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return t.Year() == year && t.Month() == month && t.Day() == day
}
