package facts

import (
	"regexp"
	"strings"
)

// Kind says how a fact's values are normalised and compared.
type Kind int

const (
	// Text values are compared case-insensitively.
	Text Kind = iota
	// Date values are normalised to YYYY-MM-DD, with "????" or a missing
	// day where the text leaves them out.
	Date
	// Number values are normalised to a decimal number; number words
	// ("ten") count.
	Number
)

// Lookup is one fact to look for. It holds no answer: only the words to
// look for.
type Lookup struct {
	Key   string
	Label string
	Kind  Kind
	// Patterns are tried in order on each sentence; the first capture group
	// of every match is a value. Several matches in a sentence all count.
	Patterns []*regexp.Regexp `json:"-"`
	// Skip, when set, drops sentences it matches (e.g. talk of season 2).
	Skip *regexp.Regexp `json:"-"`
}

// Claim is one article's statement of a value, in its own words.
type Claim struct {
	ArticleID  string
	SentenceID string
	Sentence   string
	// Value is the exact text matched, Sentence[Start:End].
	Value      string
	Start, End int
	// Norm is Value normalised for comparison.
	Norm string
	// YearHint is the year the claim's article mostly writes in full dates,
	// used only to order dates that leave the year out.
	YearHint string
}

// Group is a set of claims with the same normalised value.
type Group struct {
	Norm   string
	Claims []Claim
}

// Value returns the value as the first claim in the group wrote it.
func (g Group) Value() string { return g.Claims[0].Value }

// Articles returns the ids of the articles making the claims, in order,
// each once.
func (g Group) Articles() []string {
	var ids []string
	seen := map[string]bool{}
	for _, c := range g.Claims {
		if !seen[c.ArticleID] {
			seen[c.ArticleID] = true
			ids = append(ids, c.ArticleID)
		}
	}
	return ids
}

// Status says how the articles' values for a fact relate.
type Status int

const (
	// Missing means no article states the fact.
	Missing Status = iota
	// Agree means every claim has the same value.
	Agree
	// Compatible means the values differ only in precision ("August 2022"
	// and "August 26, 2022"; "over 66 million" and "66.01 million").
	Compatible
	// Conflict means at least two values cannot both be true.
	Conflict
)

// String names the status for people.
func (s Status) String() string {
	return [...]string{"not stated", "articles agree", "consistent, different precision", "articles disagree"}[s]
}

// Fact is what the articles say about one lookup.
type Fact struct {
	Lookup
	Groups []Group
	Status Status
	// Why explains Status in a sentence.
	Why string
}

// Claims returns every claim of the fact, group by group.
func (f Fact) Claims() []Claim {
	var all []Claim
	for _, g := range f.Groups {
		all = append(all, g.Claims...)
	}
	return all
}

// When returns the date most articles give for the fact, for ordering
// facts on a timeline (ties go to the more precise date). A date without a
// year ("August 27") is placed in the year its article's full dates mostly
// use. "" when no article states it.
func (f Fact) When() string {
	best := -1
	for i, g := range f.Groups {
		if best < 0 {
			best = i
			continue
		}
		n, m := len(g.Articles()), len(f.Groups[best].Articles())
		if n > m || n == m && len(g.Norm) > len(f.Groups[best].Norm) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	g := f.Groups[best]
	if strings.HasPrefix(g.Norm, "????") && g.Claims[0].YearHint != "" {
		return g.Claims[0].YearHint + g.Norm[4:]
	}
	return g.Norm
}
