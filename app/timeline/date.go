package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"partnertrack/app/internal/lazyre"
)

// Date is a date as precise as the text gives it: Year 0 means the year is
// not stated, Month 0 a year alone, Day 0 a month alone.
type Date struct {
	Year, Month, Day int
	// YearInferred is set when the text leaves the year out and it was
	// worked out; Why says how.
	YearInferred bool
	Why          string
}

// Norm is the comparison key: "2022-08-26", "2022-11", "2013",
// "????-08-27".
func (d Date) Norm() string {
	y := "????"
	if d.Year != 0 {
		y = fmt.Sprintf("%04d", d.Year)
	}
	switch {
	case d.Month == 0:
		return y
	case d.Day == 0:
		return fmt.Sprintf("%s-%02d", y, d.Month)
	}
	return fmt.Sprintf("%s-%02d-%02d", y, d.Month, d.Day)
}

// String writes the date for people: "August 26, 2022", "November 2022",
// "2013", "August 27" (year not stated).
func (d Date) String() string {
	var parts []string
	if d.Month != 0 {
		m := time.Month(d.Month).String()
		if d.Day != 0 {
			m += " " + strconv.Itoa(d.Day)
			if d.Year != 0 {
				m += ","
			}
		}
		parts = append(parts, m)
	}
	if d.Year != 0 {
		parts = append(parts, strconv.Itoa(d.Year))
	}
	return strings.Join(parts, " ")
}

// ISO is the date for a <time datetime>: "2022-08-26", "2022-11", "2013",
// or "" when the year is unknown.
func (d Date) ISO() string {
	if d.Year == 0 {
		return ""
	}
	return d.Norm()
}

// precision counts the parts known: 0 to 3.
func (d Date) precision() int {
	n := 0
	for _, v := range []int{d.Year, d.Month, d.Day} {
		if v != 0 {
			n++
		}
	}
	return n
}

// compatible reports whether both dates can be true: every part both state
// is equal.
func compatible(a, b Date) bool {
	return part(a.Year, b.Year) && part(a.Month, b.Month) && part(a.Day, b.Day)
}

func part(a, b int) bool { return a == 0 || b == 0 || a == b }

// first and last return the first and last day the date can mean, for a
// known year.
func (d Date) first() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

func (d Date) last() time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.first()
}

// The date styles of the articles.
const (
	monthRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
		`Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`
	// dateRE is "August 26th, 2022", "November 8", "August 2022",
	// "August", "November of the same year".
	dateRE = monthRE + `(?: \d{1,2}(?:st|nd|rd|th)?\b)?(?:,? (?:\d{4}\b|of the same year))?`
	// yearRE is a year alone: "2013".
	yearRE = `\b(?:1[89]|20)\d\d\b`
)

var (
	mentionRE = lazyre.New(dateRE + `|` + yearRE)
	partsRE   = lazyre.New(`^(?:(` + monthRE + `)(?: (\d{1,2})(?:st|nd|rd|th)?)?(?:,? (?:(\d{4})|(of the same year)))?|(\d{4}))$`)
	inRE      = lazyre.New(`(?i)\bin $`)
)

// mention is a date written in a sentence.
type mention struct {
	start, end int
	date       Date
	sameYear   bool // "of the same year": the year comes from the sentence
}

// mentions returns the dates written in text, in order. A month alone
// counts only after "in" ("in August"), so "May" the verb is no date.
func mentions(text string) []mention {
	var out []mention
	for _, m := range mentionRE().FindAllStringIndex(text, -1) {
		d, same, ok := parseDate(text[m[0]:m[1]])
		if !ok {
			continue
		}
		if d.Month != 0 && d.Day == 0 && d.Year == 0 && !same && !inRE().MatchString(text[:m[0]]) {
			continue
		}
		out = append(out, mention{start: m[0], end: m[1], date: d, sameYear: same})
	}
	// "of the same year" takes the year of the closest date before it.
	for i := range out {
		if !out[i].sameYear {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if y := out[j].date; y.Year != 0 && !y.YearInferred {
				out[i].date.Year = y.Year
				out[i].date.YearInferred = true
				out[i].date.Why = "year inferred from “of the same year”: the year of " + y.String() + ", earlier in the sentence"
				break
			}
		}
	}
	return out
}

// parseDate reads one date in the articles' styles.
func parseDate(s string) (d Date, sameYear, ok bool) {
	m := partsRE().FindStringSubmatch(s)
	if m == nil {
		return Date{}, false, false
	}
	if m[5] != "" {
		d.Year, _ = strconv.Atoi(m[5])
		return d, false, true
	}
	d.Month = monthNumber(m[1])
	if m[2] != "" {
		d.Day, _ = strconv.Atoi(m[2])
	}
	if m[3] != "" {
		d.Year, _ = strconv.Atoi(m[3])
	}
	if d.Month == 0 || d.Day > 0 && !valid(d) {
		return Date{}, false, false
	}
	return d, m[4] != "", true
}

// monthNumber accepts a month's name or its abbreviation with a dot.
func monthNumber(name string) int {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		if name == full || name == full[:3] || name == "sept" && m == time.September {
			return int(m)
		}
	}
	return 0
}

// valid reports whether the day exists in the month (in a leap year when
// the year is unknown).
func valid(d Date) bool {
	y := d.Year
	if y == 0 {
		y = 2000
	}
	t := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day
}
