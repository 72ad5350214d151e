package search

import (
	"sort"
	"strings"
	"unicode/utf8"

	"partnertrack/app/content"
)

// Doc is one searchable text: a sentence of an article, or its headline.
type Doc struct {
	ArticleID  string
	SentenceID string // "" for the headline
	Text       string
	text       folded
}

// Index holds every sentence of the articles, folded for matching.
type Index struct {
	docs     []Doc
	articles []string // article ids, in corpus order
}

// New indexes the headline (unless it is derived from a sentence) and
// every cleaned sentence of the articles, in order.
func New(articles []*content.Article) *Index {
	ix := &Index{}
	for _, a := range articles {
		ix.articles = append(ix.articles, a.ID)
		if !a.TitleDerived && a.Title != "" {
			ix.docs = append(ix.docs, Doc{ArticleID: a.ID, Text: a.Title, text: fold(a.Title)})
		}
		for _, s := range a.Sentences() {
			ix.docs = append(ix.docs, Doc{ArticleID: a.ID, SentenceID: s.ID, Text: s.Text, text: fold(s.Text)})
		}
	}
	return ix
}

// Len returns the number of texts indexed.
func (ix *Index) Len() int { return len(ix.docs) }

// Span is a byte range of a Hit's Text.
type Span struct{ Start, End int }

// Hit is a text that matches every term of a query.
type Hit struct {
	ArticleID  string
	SentenceID string // "" for the headline
	Text       string
	// Spans are the matches in Text, in order, overlaps merged; each
	// covers whole characters of the original text.
	Spans []Span
	Score int
}

// Group is the hits of one article, in reading order.
type Group struct {
	ArticleID string
	Hits      []Hit
	Score     int // the sum of its hits' scores
}

// Result is the answer to a query.
type Result struct {
	Terms  []Term
	Groups []Group // best first
	Hits   int     // total number of hits
}

// Search returns the texts that contain every term of the query, grouped by
// article.
//
// Ranking: each occurrence of a term scores 2 when it is a whole word (or
// phrase) and 1 when it only starts a word ("cancel" in "cancelled"); a
// phrase scores one more per extra word it holds; a headline hit counts
// double. A hit's score is the sum over its occurrences, an article's the
// sum over its hits. Articles come best first (ties in corpus order), and
// the hits of an article in reading order, so each group reads like the
// article.
func (ix *Index) Search(q string) Result { return ix.SearchTerms(ParseQuery(q)) }

// SearchTerms is Search for a query already parsed with ParseQuery.
func (ix *Index) SearchTerms(terms []Term) Result {
	res := Result{Terms: terms}
	if len(res.Terms) == 0 {
		return res
	}
	groups := map[string]*Group{}
	for _, d := range ix.docs {
		h, ok := match(d, res.Terms)
		if !ok {
			continue
		}
		g := groups[d.ArticleID]
		if g == nil {
			g = &Group{ArticleID: d.ArticleID}
			groups[d.ArticleID] = g
		}
		g.Hits = append(g.Hits, h)
		g.Score += h.Score
		res.Hits++
	}
	for _, id := range ix.articles {
		if g := groups[id]; g != nil {
			res.Groups = append(res.Groups, *g)
		}
	}
	sort.SliceStable(res.Groups, func(i, j int) bool { return res.Groups[i].Score > res.Groups[j].Score })
	return res
}

// match returns the hit of d for terms, if d contains every term.
func match(d Doc, terms []Term) (Hit, bool) {
	h := Hit{ArticleID: d.ArticleID, SentenceID: d.SentenceID, Text: d.Text}
	var spans []Span
	for _, t := range terms {
		found := false
		for _, o := range occurrences(d.text.s, t.folded) {
			found = true
			score := 1
			if o.whole {
				score = 2
			}
			if t.Phrase {
				score += strings.Count(t.folded, " ")
			}
			if d.SentenceID == "" {
				score *= 2
			}
			h.Score += score
			spans = append(spans, Span{int(d.text.start[o.at]), int(d.text.end[o.at+len(t.folded)-1])})
		}
		if !found {
			return Hit{}, false
		}
	}
	h.Spans = merge(spans)
	return h, true
}

// occurrence is where a folded term occurs in a folded text.
type occurrence struct {
	at    int
	whole bool // it ends where a word ends
}

// occurrences finds term in s. A term that starts with a letter or digit
// must start a word there; other terms ("#4", "[(*") match anywhere.
func occurrences(s, term string) []occurrence {
	var out []occurrence
	first, _ := utf8.DecodeRuneInString(term)
	last, _ := utf8.DecodeLastRuneInString(term)
	for from := 0; from <= len(s)-len(term); {
		i := strings.Index(s[from:], term)
		if i < 0 {
			break
		}
		at := from + i
		from = at + 1
		if isWord(first) && at > 0 {
			if prev, _ := utf8.DecodeLastRuneInString(s[:at]); isWord(prev) {
				continue
			}
		}
		whole := true
		if end := at + len(term); isWord(last) && end < len(s) {
			next, _ := utf8.DecodeRuneInString(s[end:])
			whole = !isWord(next)
		}
		out = append(out, occurrence{at, whole})
		from = at + len(term)
	}
	return out
}

// merge sorts spans and joins those that overlap or touch.
func merge(spans []Span) []Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []Span
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			if s.End > out[n-1].End {
				out[n-1].End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}
