package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a text: its normalised form and its byte span.
type word struct {
	norm       string
	start, end int
}

// words splits text into words: runs of letters and digits, with inner
// apostrophes, hyphens, periods and commas between digits kept ("writer’s",
// "6.8", "16,660,000"). The normal form is lower case with curly
// apostrophes straightened.
func words(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if isJoiner(r) && j+n < len(text) {
				next, _ := utf8.DecodeRuneInString(text[j+n:])
				prev, _ := utf8.DecodeLastRuneInString(text[:j])
				if isWordRune(next) && (r != '.' && r != ',' || unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, word{norm: normWord(text[start:j]), start: start, end: j})
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',':
		return true
	}
	return false
}

func normWord(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// stopwords are the function words left out when scoring how alike two
// sentences are.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but nor of to in on at by for from with as into about
		is are was were be been being has have had do does did will would can could should may might must
		it its it's this that these those there here they them their we our us you your i i'd i'm he she his her him
		so than then too very just also not no yet if while which who whom what when where why how all any
		some such only own same other more most up out over after before again s t`) {
		m[w] = true
	}
	return m
}()

// terms returns the words of text that carry meaning, lightly stemmed so
// that "season" and "seasons", "renewed" and "renewal" meet.
func terms(text string) []string {
	var out []string
	for _, w := range words(text) {
		for _, part := range strings.Split(w.norm, "-") {
			if part != "" && !stopwords[part] {
				out = append(out, stem(part))
			}
		}
	}
	return out
}

// stem strips a possessive and a few common suffixes.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	for _, suf := range []string{"ing", "ed", "al", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}
