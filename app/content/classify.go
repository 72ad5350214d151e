package content

import (
	"strings"
	"unicode/utf8"
)

// Length limits (in runes and words) used to tell headlines, headings and
// info-box lines from running text. In the seeds the longest headline has
// 63 runes and 11 words, the longest heading 68 runes and 12 words.
const (
	titleMaxRunes   = 120
	titleMaxWords   = 20
	headingMaxRunes = 90
	headingMaxWords = 14
	derivedMaxRunes = 80
)

// bulletMarker starts a list item line.
const bulletMarker = "•"

func isBullet(text string) bool { return strings.HasPrefix(text, bulletMarker) }

// bulletText returns a list line's text without its marker.
func bulletText(text string) string {
	return strings.TrimSpace(strings.TrimPrefix(text, bulletMarker))
}

func isShort(text string, maxRunes, maxWords int) bool {
	return utf8.RuneCountInString(text) <= maxRunes && len(strings.Fields(text)) <= maxWords
}

// lastRune returns the last rune of text once closing quotes and brackets
// are stripped: `noise.”` gives '.'.
func lastRune(text string) rune {
	t := strings.TrimRight(text, "”\"’')]")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// isTitleLike reports whether a line reads as a headline: short, one
// sentence (a question counts), not a bullet, and not ending like a clause
// (",", ";" or ":"). A final `.”` is allowed: seed 000's headline is
// `Netflix Has Cancelled Season 2 of “Partner Track.”`.
func isTitleLike(text string) bool {
	if isBullet(text) || !isShort(text, titleMaxRunes, titleMaxWords) {
		return false
	}
	if len(splitSentences(text)) > 1 {
		return false
	}
	return !strings.ContainsRune(",;:", lastRune(text))
}

// isHeadingLike reports whether a single non-bullet line is a heading:
// short, at most one sentence, and not ending in . , ; : or … (closing
// quotes ignored). A one-sentence question is a heading.
func isHeadingLike(text string) bool {
	if isBullet(text) || !isShort(text, headingMaxRunes, headingMaxWords) {
		return false
	}
	if len(splitSentences(text)) > 1 {
		return false
	}
	return !strings.ContainsRune(".,;:…", lastRune(text))
}

// isBoxLine reports whether a line can belong to a Lines block: short and
// not ending in any sentence or clause punctuation ("Episodes 10").
func isBoxLine(text string) bool {
	if isBullet(text) || !isShort(text, headingMaxRunes, headingMaxWords) {
		return false
	}
	return !strings.ContainsRune(".?!,;:…", lastRune(text))
}

// minBoxLines is the fewest lines a Lines block has.
const minBoxLines = 3

// srcLine is one kept (non-blank, non-boilerplate) source line.
type srcLine struct {
	n    int    // 1-based line number
	text string // trimmed text
}

// buildBlocks turns one group of consecutive kept lines into blocks.
// Consecutive bullet lines form a List. A run of at least minBoxLines
// non-bullet box lines forms a Lines block. Any other line becomes its own
// Heading or Paragraph.
func buildBlocks(group []srcLine) []Block {
	var out []Block
	for i := 0; i < len(group); {
		j := i + 1
		bullet := isBullet(group[i].text)
		for j < len(group) && isBullet(group[j].text) == bullet {
			j++
		}
		run := group[i:j]
		switch {
		case bullet:
			out = append(out, itemsBlock(List, run))
		case len(run) >= minBoxLines && allBoxLines(run):
			out = append(out, itemsBlock(Lines, run))
		default:
			for _, l := range run {
				out = append(out, lineBlock(l))
			}
		}
		i = j
	}
	return out
}

func allBoxLines(run []srcLine) bool {
	for _, l := range run {
		if !isBoxLine(l.text) {
			return false
		}
	}
	return true
}

func itemsBlock(kind Kind, run []srcLine) Block {
	b := Block{Kind: kind, Line: run[0].n}
	for _, l := range run {
		text := l.text
		if kind == List {
			text = bulletText(text)
		}
		b.Items = append(b.Items, Item{Line: l.n, Text: text, Sentences: sentencesFor(l.n, text)})
	}
	return b
}

func lineBlock(l srcLine) Block {
	kind := Paragraph
	if isHeadingLike(l.text) {
		kind = Heading
	}
	return Block{Kind: kind, Line: l.n, Text: l.text, Sentences: sentencesFor(l.n, l.text)}
}
