package content

import (
	"strings"
	"unicode"
)

// The parser's three patterns are matched by hand rather than with
// package regexp: the browser parses the seeds at every start, and there
// compiling the patterns and running the "as of" one over every sentence
// took 30–70 ms of the start at full CPU speed (a Chrome profile). Each
// matcher states its pattern; match_test.go checks it against that
// pattern, compiled, on the seeds and on tricky lines.

// asOfMonths are the month words of the "as of" pattern, in its order:
// the first that lets the rest match wins.
var asOfMonths = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sept", "sep", "oct", "nov", "dec"}

// asOfMatch is one match of the "as of" pattern: byte ranges in the text.
type asOfMatch struct {
	start, end       int
	month, day, year [2]int
}

// findAsOfMatches returns the matches, left to right and not overlapping,
// of (?i)\bas of\s+(MONTH)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b in
// s, MONTH being one of asOfMonths. Letters match in either case (ASCII);
// \b and \s are ASCII, as in package regexp.
func findAsOfMatches(s string) []asOfMatch {
	var out []asOfMatch
	for i := 0; i+len("as of") <= len(s); i++ {
		if !hasPrefixFold(s[i:], "as of") || i > 0 && isASCIIWord(s[i-1]) {
			continue
		}
		if m, ok := asOfAt(s, i); ok {
			out = append(out, m)
			i = m.end - 1
		}
	}
	return out
}

// asOfAt matches the pattern at s[i:], which starts with "as of".
func asOfAt(s string, i int) (asOfMatch, bool) {
	j := skipSpace(s, i+len("as of"))
	if j == i+len("as of") {
		return asOfMatch{}, false
	}
	for _, name := range asOfMonths {
		if !hasPrefixFold(s[j:], name) {
			continue
		}
		m := asOfMatch{start: i, month: [2]int{j, j + len(name)}}
		k, ok := optThenSpace(s, j+len(name), '.')
		if !ok {
			continue
		}
		d := k
		for k < len(s) && k-d < 2 && isDigit(s[k]) {
			k++
		}
		if k == d {
			continue
		}
		m.day = [2]int{d, k}
		for _, suffix := range [...]string{"st", "nd", "rd", "th"} {
			if hasPrefixFold(s[k:], suffix) {
				k += len(suffix)
				break
			}
		}
		if k, ok = optThenSpace(s, k, ','); !ok {
			continue
		}
		y := k
		for k < len(s) && k-y < 4 && isDigit(s[k]) {
			k++
		}
		if k-y != 4 || k < len(s) && isASCIIWord(s[k]) {
			continue
		}
		m.year, m.end = [2]int{y, k}, k
		return m, true
	}
	return asOfMatch{}, false
}

// optThenSpace matches opt? then \s+ at s[k:] ("\.?\s+"), returning the
// index after them.
func optThenSpace(s string, k int, opt byte) (int, bool) {
	if k < len(s) && s[k] == opt {
		k++
	}
	next := skipSpace(s, k)
	return next, next > k
}

// hasPrefixFold reports whether s starts with prefix, a lower-case ASCII
// word, in any case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// skipSpace returns the index after the ASCII white space (\s) at s[i:].
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isASCIIWord reports whether c is a word character of \b: [0-9A-Za-z_].
func isASCIIWord(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// isDotted reports whether word is a dotted abbreviation such as "U.S",
// "U.K" or "e.g": ^(?:\pL\.)+\pL$.
func isDotted(word string) bool {
	rs := []rune(word)
	if len(rs) < 3 || len(rs)%2 == 0 {
		return false
	}
	for i, r := range rs {
		if i%2 == 1 && r != '.' || i%2 == 0 && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isImageCredit reports whether a lower-cased line is a short credit line
// such as "credit: twitter", at most four words after the colon:
// ^(?:image |photo )?credits?: ?W(?: W){0,3}$, W being [\p{L}\p{N}@&._/-]+.
func isImageCredit(s string) bool {
	if rest, ok := strings.CutPrefix(s, "image "); ok {
		s = rest
	} else if rest, ok := strings.CutPrefix(s, "photo "); ok {
		s = rest
	}
	s, ok := strings.CutPrefix(s, "credit")
	if !ok {
		return false
	}
	s = strings.TrimPrefix(s, "s")
	if s, ok = strings.CutPrefix(s, ":"); !ok {
		return false
	}
	s = strings.TrimPrefix(s, " ")
	words := strings.Split(s, " ")
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if w == "" || strings.IndexFunc(w, notCreditChar) >= 0 {
			return false
		}
	}
	return true
}

func notCreditChar(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !strings.ContainsRune("@&._/-", r)
}
