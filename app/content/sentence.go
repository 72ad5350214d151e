package content

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences splits one line of text into trimmed sentences.
//
// A sentence ends after '.', '?' or '!' (a run such as "?!" or "..." counts
// as one), optionally followed by closing quotes or brackets, when what
// follows is whitespace and then an upper-case letter, a digit or an
// opening quote. A '.' does not end a sentence after a known abbreviation
// ("Mr.", "U.S.", "No. 4"), or after a single capital-letter initial
// ("George W. Bush") unless a pronoun, article or conjunction follows
// ("Team Z. She picks herself." splits). A '.' inside a number ("6.8/10")
// is never followed by whitespace, so it never splits.
//
// Joining the result with single spaces gives the input with its runs of
// whitespace collapsed.
func splitSentences(text string) []string {
	rs := []rune(text)
	var out []string
	start := 0
	for i := 0; i < len(rs); i++ {
		if !isTerminator(rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && isTerminator(rs[j]) {
			j++
		}
		singleDot := rs[i] == '.' && j == i+1
		for j < len(rs) && isCloser(rs[j]) {
			j++
		}
		if j >= len(rs) || !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k >= len(rs) || !isSentenceStart(rs[k]) {
			continue
		}
		if singleDot && isAbbreviation(wordBefore(rs, i), wordAt(rs, k)) {
			continue
		}
		if s := strings.TrimSpace(string(rs[start:j])); s != "" {
			out = append(out, s)
		}
		start = k
		i = k - 1
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

// sentencesFor splits text and gives each sentence its stable ID.
func sentencesFor(line int, text string) []Sentence {
	parts := splitSentences(text)
	if len(parts) == 0 {
		return nil
	}
	out := make([]Sentence, len(parts))
	for i, p := range parts {
		out[i] = Sentence{ID: sentenceID(line, i+1), Line: line, N: i + 1, Text: p}
	}
	return out
}

// sentenceID returns the anchor of sentence n of a line, e.g. "l12s2".
func sentenceID(line, n int) string {
	return "l" + strconv.Itoa(line) + "s" + strconv.Itoa(n)
}

func isTerminator(r rune) bool { return r == '.' || r == '?' || r == '!' }

func isCloser(r rune) bool {
	switch r {
	case '”', '"', '’', '\'', ')', ']':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '“', '"', '‘', '\'', '(', '[':
		return true
	}
	return false
}

func isSentenceStart(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || (isOpener(r) && r != '(' && r != '[')
}

// wordBefore returns the non-space run ending just before rs[i], without
// leading opening quotes or brackets.
func wordBefore(rs []rune, i int) string {
	w := i
	for w > 0 && !unicode.IsSpace(rs[w-1]) {
		w--
	}
	for w < i && isOpener(rs[w]) {
		w++
	}
	return string(rs[w:i])
}

// wordAt returns the non-space run starting at rs[k].
func wordAt(rs []rune, k int) string {
	e := k
	for e < len(rs) && !unicode.IsSpace(rs[e]) {
		e++
	}
	return string(rs[k:e])
}

// abbreviations never end a sentence when followed by a '.'.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true,
	"sr": true, "vs": true, "etc": true, "inc": true, "prof": true,
	"mt": true, "ft": true, "ltd": true, "co": true, "corp": true,
}

// numberAbbreviations end no sentence only when a digit follows: "No. 4",
// "Sept. 7".
var numberAbbreviations = map[string]bool{
	"no": true, "nos": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// notAfterInitial are words that start a new sentence rather than
// continue a name after an initial: "Team Z. She picks herself." splits,
// "George W. Bush" does not. Single letters are left out on purpose, since
// "J. A. Smith" is a run of initials.
var notAfterInitial = map[string]bool{
	"he": true, "she": true, "it": true, "we": true, "they": true, "you": true,
	"the": true, "this": true, "that": true, "that’s": true, "that's": true,
	"these": true, "those": true, "there": true, "here": true, "but": true,
	"and": true, "so": true, "his": true, "her": true, "its": true,
	"our": true, "their": true, "my": true, "an": true,
}

// isAbbreviation reports whether word, just before a '.', is an
// abbreviation or an initial, given the word that follows the '.'.
func isAbbreviation(word, next string) bool {
	lw := strings.ToLower(word)
	nextRune, _ := utf8.DecodeRuneInString(next)
	switch {
	case abbreviations[lw]:
		return true
	case numberAbbreviations[lw]:
		return unicode.IsDigit(nextRune)
	case isDotted(word):
		return true
	}
	rs := []rune(word)
	if len(rs) != 1 || !unicode.IsUpper(rs[0]) {
		return false
	}
	return !notAfterInitial[strings.ToLower(strings.TrimRight(next, ",;:.?!"))]
}
