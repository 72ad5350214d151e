package facts

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"partnertrack/app/internal/lazyre"
)

// months maps month names to numbers.
var months = func() map[string]int {
	m := map[string]int{}
	for i := time.January; i <= time.December; i++ {
		m[strings.ToLower(i.String())] = int(i)
	}
	return m
}()

// dateParts matches "August 26th, 2022", "November 8", "August 2022", "August".
var dateParts = lazyre.New(`(?i)^([a-z]+)(?: (\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\d{4}))?$`)

// normDate returns YYYY-MM-DD, YYYY-MM, ????-MM-DD or ????-MM.
func normDate(s string) (string, bool) {
	m := dateParts().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	mon, ok := months[strings.ToLower(m[1])]
	if !ok {
		return "", false
	}
	year := "????"
	if m[3] != "" {
		year = m[3]
	}
	out := fmt.Sprintf("%s-%02d", year, mon)
	if m[2] != "" {
		day, _ := strconv.Atoi(m[2])
		out += fmt.Sprintf("-%02d", day)
	}
	return out, true
}

// numberWords are the number words the articles spell out.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

var numberToken = lazyre.New(`\d[\d,]*(?:\.\d+)?`)

// normNumber returns the value as a plain decimal, prefixed with ">" when
// the text says "over" or "more than".
func normNumber(s string) (string, bool) {
	low := strings.ToLower(strings.TrimSpace(s))
	prefix := ""
	for _, p := range []string{"over ", "more than "} {
		if strings.HasPrefix(low, p) {
			prefix, low = ">", strings.TrimPrefix(low, p)
		}
	}
	var v float64
	if tok := numberToken().FindString(low); tok != "" {
		f, err := strconv.ParseFloat(strings.ReplaceAll(tok, ",", ""), 64)
		if err != nil {
			return "", false
		}
		v = f
	} else {
		word := strings.Fields(strings.Trim(low, "#"))
		if len(word) == 0 {
			return "", false
		}
		f, ok := numberWords[strings.TrimSuffix(word[0], "-episode")]
		if !ok {
			return "", false
		}
		v = f
	}
	if strings.Contains(low, "million") {
		// Round away float noise: 66.01 million is 66010000, not …00001.
		v = math.Round(v*1e6*1000) / 1000
	}
	return prefix + strconv.FormatFloat(v, 'f', -1, 64), true
}

// normalize returns the comparison key of a value of the given kind.
func normalize(k Kind, s string) string {
	switch k {
	case Date:
		if n, ok := normDate(s); ok {
			return n
		}
	case Number:
		if n, ok := normNumber(s); ok {
			return n
		}
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// compatible reports whether two normalised values can both be true, and
// whether they are equal.
func compatible(k Kind, a, b string) bool {
	if a == b {
		return true
	}
	switch k {
	case Date:
		pa, pb := strings.Split(a, "-"), strings.Split(b, "-")
		for i := 0; i < len(pa) && i < len(pb); i++ {
			if pa[i] != pb[i] && pa[i] != "????" && pb[i] != "????" {
				return false
			}
		}
		return true
	case Number:
		return atLeast(a, b) || atLeast(b, a)
	}
	return false
}

// atLeast reports whether lower is ">x" and v is a number above x.
func atLeast(lower, v string) bool {
	if !strings.HasPrefix(lower, ">") || strings.HasPrefix(v, ">") {
		return false
	}
	x, err1 := strconv.ParseFloat(lower[1:], 64)
	y, err2 := strconv.ParseFloat(v, 64)
	return err1 == nil && err2 == nil && y > x
}
