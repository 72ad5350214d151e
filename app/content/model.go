package content

import (
	"fmt"
	"slices"
	"time"
)

// Article is one parsed seed file.
type Article struct {
	ID           string    // file name without ".txt", e.g. "000_747ef56c3995183a"
	File         string    // file name, e.g. "000_747ef56c3995183a.txt"
	Title        string    // the headline, or a title derived from the article's own text
	TitleLine    int       // 1-based source line of the headline; 0 when derived
	TitleDerived bool      // true when the seed has no headline of its own
	TitleSource  string    // when derived, how: e.g. "first heading, line 7"; "" otherwise
	Blocks       []Block   // cleaned content in source order, title excluded
	Removed      []Removed // boilerplate lines removed, in source order
	Raw          string    // the seed text, byte for byte
	AsOf         *AsOf     // date the content says it is current to; nil if none
}

// Kind is the kind of a Block.
type Kind int

// The block kinds. The zero Kind is deliberately not a valid kind.
const (
	// Heading is a short single-sentence line that introduces a section.
	Heading Kind = iota + 1
	// Paragraph is a line of running text.
	Paragraph
	// List is a run of consecutive "•" bullet lines.
	List
	// Lines is a run of three or more short key/value-like lines, such as
	// the "Episodes 10" info box of seed 003.
	Lines
)

// String returns the lower-case name of the kind, e.g. "heading".
func (k Kind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Paragraph:
		return "paragraph"
	case List:
		return "list"
	case Lines:
		return "lines"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Block is one unit of cleaned content.
type Block struct {
	Kind      Kind
	Line      int        // 1-based source line of the block's first line
	Text      string     // Heading/Paragraph: the line's text, trimmed, otherwise exact
	Sentences []Sentence // Heading/Paragraph
	Items     []Item     // List/Lines
}

// Item is one line of a List or Lines block.
type Item struct {
	Line      int    // 1-based source line
	Text      string // trimmed text, without the "•" marker for list items
	Sentences []Sentence
}

// Sentence is one sentence of a heading, paragraph or item.
type Sentence struct {
	ID   string // stable anchor "l<line>s<n>", e.g. "l12s2"
	Line int    // 1-based source line
	N    int    // 1-based position within the line
	Text string // trimmed sentence text
}

// Removed is one boilerplate line that Parse dropped.
type Removed struct {
	Line int    // 1-based source line
	Text string // trimmed line text
	Kind string // human label, one of the Removed* constants
}

// Labels used in Removed.Kind.
const (
	RemovedCookieBanner  = "cookie banner"
	RemovedWhatsApp      = "WhatsApp prompt"
	RemovedPromoLink     = "promotional link"
	RemovedImageCredit   = "image credit"
	RemovedCommentPrompt = "comment prompt"
)

// AsOf is a date an article says its content is current to.
type AsOf struct {
	Year       int
	Month      time.Month
	Day        int
	Text       string // the matched words, e.g. "As of September 7th, 2022"
	SentenceID string // ID of the sentence the words were found in
}

// ISO returns the date as YYYY-MM-DD, e.g. "2022-09-07".
func (d AsOf) ISO() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Sentences returns every sentence of the article's blocks (title
// excluded), in source order.
func (a *Article) Sentences() []Sentence {
	var out []Sentence
	for _, b := range a.Blocks {
		out = append(out, b.Sentences...)
		for _, it := range b.Items {
			out = append(out, it.Sentences...)
		}
	}
	return out
}

// Sentence returns the sentence with the given ID, e.g. "l15s1".
func (a *Article) Sentence(id string) (Sentence, bool) {
	for _, b := range a.Blocks {
		if s, ok := findSentence(b.Sentences, id); ok {
			return s, true
		}
		for _, it := range b.Items {
			if s, ok := findSentence(it.Sentences, id); ok {
				return s, true
			}
		}
	}
	return Sentence{}, false
}

func findSentence(ss []Sentence, id string) (Sentence, bool) {
	for _, s := range ss {
		if s.ID == id {
			return s, true
		}
	}
	return Sentence{}, false
}

// ContentLines returns, in ascending order, the source line numbers of
// every kept line: the headline (unless the title is derived), every
// heading and paragraph, and every list or lines item. Together with the
// lines in Removed they cover every non-blank line of the seed.
func (a *Article) ContentLines() []int {
	var out []int
	if !a.TitleDerived && a.TitleLine > 0 {
		out = append(out, a.TitleLine)
	}
	for _, b := range a.Blocks {
		switch b.Kind {
		case Heading, Paragraph:
			out = append(out, b.Line)
		default:
			for _, it := range b.Items {
				out = append(out, it.Line)
			}
		}
	}
	slices.Sort(out)
	return out
}
