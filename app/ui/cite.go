package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// chip is a short citation ("A3") linking to a sentence of an article; its
// tooltip is the sentence. Every section cites through it.
func chip(c *corpus.Corpus, articleID, sentenceID, sentence string) app.UI {
	return chipText(c, articleID, sentenceID, sentence, c.Label(articleID))
}

// chipText is a chip with its own text, such as "A3 l35s1".
func chipText(c *corpus.Corpus, articleID, sentenceID, sentence, text string) app.UI {
	return app.Elem("a").
		Class("src").
		Attr("href", site.SentenceURL(articleID, sentenceID)).
		Title(attrSafe(c.Label(articleID) + ": " + sentence)).
		Text(text)
}

// writeChip writes chipText's link as HTML to b.
func writeChip(b *strings.Builder, c *corpus.Corpus, articleID, sentenceID, sentence, text string) {
	b.WriteString(`<a class="src" href="` + esc(site.SentenceURL(articleID, sentenceID)) + `" title="` +
		esc(attrSafe(c.Label(articleID)+": "+sentence)) + `">` + esc(text) + `</a>`)
}

// writeQuote writes a sentence as a quote in a list item, with spans
// marked and its chip; tag, when set, labels it first.
func writeQuote(b *strings.Builder, c *corpus.Corpus, tag, articleID, sentenceID, sentence string, spans [][2]int) {
	b.WriteString(`<li class="quote">`)
	if tag != "" {
		b.WriteString(`<span class="tag">` + esc(tag) + `</span>`)
	}
	b.WriteString(`<q>`)
	at := 0
	for _, sp := range spans {
		if sp[0] < at {
			continue
		}
		b.WriteString(esc(sentence[at:sp[0]]) + `<mark>` + esc(sentence[sp[0]:sp[1]]) + `</mark>`)
		at = sp[1]
	}
	b.WriteString(esc(sentence[at:]) + `</q> `)
	writeChip(b, c, articleID, sentenceID, sentence, c.Label(articleID))
	b.WriteString(`</li>`)
}

// firstBy keeps the first of xs for each key, in order: one chip per
// article (key: the article id), or per sentence.
func firstBy[T any](xs []T, key func(T) string) []T {
	seen := map[string]bool{}
	var out []T
	for _, x := range xs {
		if id := key(x); !seen[id] {
			seen[id] = true
			out = append(out, x)
		}
	}
	return out
}

// attrSafe makes text safe for a prerendered attribute value: go-app
// quotes attribute values Go-style, so a straight double quote would come
// out as \" and cut the attribute short in the browser. Tooltips show it as
// a single quote instead.
func attrSafe(s string) string {
	if !strings.ContainsAny(s, `"\`) {
		return s // nearly always
	}
	b := []byte(s)
	for i, c := range b {
		switch c {
		case '"':
			b[i] = '\''
		case '\\':
			b[i] = '/'
		}
	}
	return string(b)
}
