package viewership

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"partnertrack/app/internal/lazyre"
)

// Group writes n with thousands separators: 16660000 → "16,660,000".
func Group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Millions writes n in millions with at most two decimals, trailing zeros
// dropped: 16660000 → "16.66M", 40000000 → "40M".
func Millions(n int64) string {
	s := strconv.FormatFloat(float64(n)/1e6, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + "M"
}

// parseGrouped reads "16,660,000".
func parseGrouped(s string) (int64, error) {
	return strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64)
}

// parseMillions reads a decimal number of millions exactly: "66.01" →
// 66010000.
func parseMillions(s string) (int64, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 6 {
		return 0, fmt.Errorf("%q: too many decimals", s)
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	var f int64
	if frac != "" {
		if f, err = strconv.ParseInt(frac+strings.Repeat("0", 6-len(frac)), 10, 64); err != nil {
			return 0, err
		}
	}
	return w*1_000_000 + f, nil
}

// decimals is how many decimals a written number has: "16.7" → 1.
func decimals(s string) int {
	if _, frac, ok := strings.Cut(s, "."); ok {
		return len(frac)
	}
	return 0
}

// roundMillions rounds n to d decimals of a million and writes it the way
// an article would: 16660000, 1 → "16.7".
func roundMillions(n int64, d int) string {
	return strconv.FormatFloat(float64(n)/1e6, 'f', d, 64)
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

// parseCount reads "3" or "three".
func parseCount(s string) (int, error) {
	if n, ok := numberWords[strings.ToLower(s)]; ok {
		return n, nil
	}
	return strconv.Atoi(s)
}

// parseDate reads "August 21st, 2022", or "August 21" in the given year.
func parseDate(s string, year int) (time.Time, error) {
	s = ordinal().ReplaceAllString(s, "$1")
	if !strings.Contains(s, ",") {
		s += ", " + strconv.Itoa(year)
	}
	return time.Parse("January 2, 2006", s)
}

// day writes a date the way the page does: "September 4, 2022".
func day(t time.Time) string { return t.Format("January 2, 2006") }

// days is the number of whole days from a to b.
func days(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// ordinal is compiled on first use: the browser imports this package for
// its types and never parses a date.
var ordinal = lazyre.New(`(\d)(?:st|nd|rd|th)\b`)
