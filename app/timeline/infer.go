package timeline

import (
	"fmt"

	"partnertrack/app/content"
)

// inferYears returns a function that gives a date without a year the year
// the article makes certain, if any.
//
// The rule: an article's dates that state both a month and a year span
// from the earliest to the latest of them. A date without a year gets year
// Y only when Y is the one year that puts it inside that span; it is then
// marked YearInferred with the reasoning in Why. "August 27" in an article
// whose dates run from August 26, 2022 to November 8, 2022 is August 27,
// 2022; "November 8th" in an article whose only full date is August 26,
// 2022 keeps no year. Years alone ("2013 novel") do not widen the span:
// they date things outside the story of the show.
func inferYears(a *content.Article, ms map[string][]mention) func(*Date) {
	var lo, hi *Date
	for _, s := range a.Sentences() {
		for _, m := range ms[s.ID] {
			d := m.date
			if d.Year == 0 || d.Month == 0 || d.YearInferred {
				continue
			}
			if lo == nil || d.first().Before(lo.first()) {
				lo = &d
			}
			if hi == nil || d.last().After(hi.last()) {
				hi = &d
			}
		}
	}
	return func(d *Date) {
		if d.Year != 0 || d.Month == 0 || lo == nil {
			return
		}
		var fits []int
		for y := lo.Year; y <= hi.Year; y++ {
			c := *d
			c.Year = y
			if !c.last().Before(lo.first()) && !c.first().After(hi.last()) {
				fits = append(fits, y)
			}
		}
		if len(fits) != 1 {
			return
		}
		d.Year, d.YearInferred = fits[0], true
		d.Why = fmt.Sprintf("year inferred: this article’s dates with a month and a year run from %s to %s, and %s falls in that span only in %d",
			lo.String(), hi.String(), Date{Month: d.Month, Day: d.Day}.String(), fits[0])
		if lo.Norm() == hi.Norm() {
			d.Why = fmt.Sprintf("year inferred: this article’s only date with a month and a year is %s, and %s falls in it only in %d",
				lo.String(), Date{Month: d.Month, Day: d.Day}.String(), fits[0])
		}
	}
}
