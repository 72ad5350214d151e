package search

import (
	"strings"
	"unicode"
)

// Term is one part of a query: a word (matched as a word or the start of
// one, so "cancel" finds "cancelled") or a "quoted phrase" (matched as
// those words in that order).
type Term struct {
	Text   string // as typed, quotes removed
	Phrase bool
	folded string
}

// String returns the term as a query would write it.
func (t Term) String() string {
	if t.Phrase {
		return `"` + t.Text + `"`
	}
	return t.Text
}

// isQuote reports whether r opens or closes a phrase: the straight double
// quote and the typographic ones that phone keyboards type.
func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

// ParseQuery splits a query into terms: text between double quotes (" or
// “ ”) is a phrase, the rest splits at white space. An unclosed quote runs
// to the end, so a phrase matches while it is being typed. Punctuation
// that ends a word (,.;:!?) is dropped from words that have letters or
// digits; every other character is literal. Empty and repeated terms are
// dropped.
func ParseQuery(q string) []Term {
	var terms []Term
	seen := map[string]bool{}
	add := func(text string, phrase bool) {
		text = strings.TrimSpace(text)
		if !phrase && strings.IndexFunc(text, isWord) >= 0 {
			text = strings.TrimRight(text, ",.;:!?")
		}
		f := foldString(text)
		if f == "" || seen[f] {
			return
		}
		seen[f] = true
		terms = append(terms, Term{Text: strings.Join(strings.Fields(text), " "), Phrase: phrase, folded: f})
	}
	var cur strings.Builder
	inPhrase := false
	for _, r := range q {
		switch {
		case isQuote(r):
			add(cur.String(), inPhrase)
			cur.Reset()
			inPhrase = !inPhrase
		case unicode.IsSpace(r) && !inPhrase:
			add(cur.String(), false)
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	add(cur.String(), inPhrase)
	return terms
}
