package content

import (
	"strconv"
	"strings"
	"time"
)

// findAsOf returns the first valid "As of <date>" found in the sentences,
// or nil: "As of September 7th, 2022" or "as of Nov. 8, 2022"; "As of now"
// is not a date (the pattern: findAsOfMatches).
func findAsOf(sentences []Sentence) *AsOf {
	for _, s := range sentences {
		for _, m := range findAsOfMatches(s.Text) {
			month, ok := monthByName(s.Text[m.month[0]:m.month[1]])
			if !ok {
				continue
			}
			day, _ := strconv.Atoi(s.Text[m.day[0]:m.day[1]])
			year, _ := strconv.Atoi(s.Text[m.year[0]:m.year[1]])
			if !validDate(year, month, day) {
				continue
			}
			return &AsOf{Year: year, Month: month, Day: day, Text: s.Text[m.start:m.end], SentenceID: s.ID}
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
