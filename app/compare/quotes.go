package compare

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"partnertrack/app/content"
)

// A quotation is found inside “curly” or "straight" double quotes, in one
// paragraph or list item, possibly over several sentences. It counts when
// it is attributed: a speaker (see speakers) is named before it in its
// sentence, or after it when it ends with a comma (“…,” Lee said), or it
// continues the previous quotation of the same paragraph. Titles in
// quotes ("Partner Track") and single words are not quotations.

// quoteHit is one article's quotation, or quoted words used without
// quotation marks.
type quoteHit struct {
	Value
	sentences []string // ids of the sentences it spans
}

// unit is a paragraph, heading or list item: sentences that run on.
type unit struct {
	article   string
	sentences []content.Sentence
	text      string // the sentences joined with single spaces
	starts    []int  // byte offset of each sentence in text
}

func units(a *content.Article) []unit {
	var out []unit
	add := func(ss []content.Sentence) {
		if len(ss) == 0 {
			return
		}
		u := unit{article: a.ID, sentences: ss}
		var parts []string
		off := 0
		for _, s := range ss {
			u.starts = append(u.starts, off)
			parts = append(parts, s.Text)
			off += len(s.Text) + 1
		}
		u.text = strings.Join(parts, " ")
		out = append(out, u)
	}
	for _, b := range a.Blocks {
		add(b.Sentences)
		for _, it := range b.Items {
			add(it.Sentences)
		}
	}
	return out
}

// sentenceAt returns the index of the sentence holding byte offset off.
func (u unit) sentenceAt(off int) int {
	k := 0
	for i, s := range u.starts {
		if s <= off {
			k = i
		}
	}
	return k
}

// quotedSpans returns the byte spans of the text inside quotation marks
// (marks excluded).
func quotedSpans(text string) [][2]int {
	var out [][2]int
	open := -1
	var closer rune
	for i, r := range text {
		switch {
		case open < 0 && (r == '“' || r == '"'):
			open = i + len(string(r))
			closer = r
			if r == '“' {
				closer = '”'
			}
		case open >= 0 && r == closer:
			out = append(out, [2]int{open, i})
			open = -1
		}
	}
	return out
}

// speakerIn returns the most specific speaker named in s, or "".
func speakerIn(s string) string {
	for _, sp := range speakers() {
		if sp.re.MatchString(s) {
			return sp.name
		}
	}
	return ""
}

// isTitle reports whether every word of s starts with a capital letter
// or a digit ("Partner Track", "Teen Wolf").
func isTitle(s string) bool {
	for _, w := range words(s) {
		r := []rune(s[w.start:w.end])[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// trimQuote cuts the punctuation a quotation ends with inside its marks.
func trimQuote(text string, sp [2]int) [2]int {
	for sp[1] > sp[0] && strings.ContainsRune(",.;:", rune(text[sp[1]-1])) {
		sp[1]--
	}
	return sp
}

// quotations finds the attributed quotations of an article. Quotations
// of one speaker in a row within a unit are one quotation in pieces.
func quotations(a *content.Article) []quoteHit {
	var out []quoteHit
	for _, u := range units(a) {
		prev := ""
		var cur *quoteHit
		var curFirst, curLast int
		flush := func() {
			if cur == nil {
				return
			}
			first, last := curFirst, curLast
			base := u.starts[first]
			end := u.starts[last] + len(u.sentences[last].Text)
			cur.Sentence = u.text[base:end]
			cur.SentenceID = u.sentences[first].ID
			for k := first; k <= last; k++ {
				cur.sentences = append(cur.sentences, u.sentences[k].ID)
			}
			for i := range cur.Spans {
				cur.Spans[i].Start -= base
				cur.Spans[i].End -= base
			}
			out = append(out, *cur)
			cur = nil
		}
		for _, sp := range quotedSpans(u.text) {
			q := u.text[sp[0]:sp[1]]
			if len(words(q)) < 2 || isTitle(q) {
				continue
			}
			k := u.sentenceAt(sp[0])
			sStart := u.starts[k]
			sEnd := u.starts[u.sentenceAt(sp[1])] + len(u.sentences[u.sentenceAt(sp[1])].Text)
			_, openLen := utf8.DecodeLastRuneInString(u.text[:sp[0]])
			_, closeLen := utf8.DecodeRuneInString(u.text[sp[1]:])
			before := u.text[sStart : sp[0]-openLen]
			speaker := speakerIn(before)
			if speaker == "" && strings.HasSuffix(q, ",") {
				speaker = speakerIn(u.text[min(sp[1]+closeLen, sEnd):sEnd])
			}
			if speaker == "" && strings.TrimSpace(before) == "" {
				// The quotation opens its sentence: it continues the
				// previous quotation of the unit, if any.
				speaker = prev
			}
			if speaker == "" {
				continue
			}
			t := trimQuote(u.text, sp)
			if cur != nil && cur.Speaker == speaker {
				cur.Text += " … " + u.text[t[0]:t[1]]
				cur.Spans = append(cur.Spans, Span{t[0], t[1]})
				curLast = u.sentenceAt(sp[1])
			} else {
				flush()
				cur = &quoteHit{Value: Value{Article: a.ID, Text: u.text[t[0]:t[1]], Speaker: speaker,
					Spans: []Span{{t[0], t[1]}}}}
				curFirst, curLast = k, u.sentenceAt(sp[1])
			}
			prev = speaker
		}
		flush()
	}
	return out
}

// wording returns a quotation's words, normalised, joined by spaces.
func wording(s string) string {
	var ws []string
	for _, w := range words(s) {
		ws = append(ws, w.norm)
	}
	return strings.Join(ws, " ")
}

// sameQuotation reports whether two quotations are one: at least half of
// the meaningful words of the shorter are in the longer.
func sameQuotation(a, b string) bool {
	ta, tb := terms(a), terms(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 0 {
		return false
	}
	in := map[string]bool{}
	for _, t := range tb {
		in[t] = true
	}
	n := 0
	for _, t := range ta {
		if in[t] {
			n++
		}
	}
	return 2*n >= len(ta)
}

// quoteFacts groups the quotations of every article into facts: one per
// quotation, with every article's wording compared word for word against
// the most common one, and the quoted words found unquoted elsewhere.
func (ix *index) quoteFacts() []Fact {
	var groups [][]quoteHit
	for _, a := range ix.arts {
	hits:
		for _, h := range quotations(a) {
			for g := range groups {
				if sameQuotation(groups[g][0].Text, h.Text) {
					groups[g] = append(groups[g], h)
					continue hits
				}
			}
			groups = append(groups, []quoteHit{h})
		}
	}
	var out []Fact
	for _, g := range groups {
		out = append(out, ix.quoteFact(g))
	}
	return out
}

// quoteFact judges one quotation.
func (ix *index) quoteFact(g []quoteHit) Fact {
	have := map[string]bool{}
	for _, h := range g {
		have[h.Article] = true
	}
	g = append(g, ix.unquoted(g[0].Text, have)...)
	// The reference wording is the one most articles use (the earliest on
	// a tie) among quoted values.
	count := map[string]int{}
	for _, h := range g {
		if !h.Unquoted {
			count[wording(h.Text)]++
		}
	}
	ref := wording(g[0].Text)
	for _, h := range g {
		if w := wording(h.Text); !h.Unquoted && count[w] > count[ref] {
			ref = w
		}
	}
	refText, otherText := "", ""
	for _, h := range g {
		w := wording(h.Text)
		if w == ref && refText == "" {
			refText = h.Text
		}
		if w != ref && otherText == "" {
			otherText = h.Text
		}
	}
	f := Fact{Section: SectionQuotes}
	speakersSeen := map[string]bool{}
	var speakerList []string
	for _, h := range g {
		v := h.Value
		v.Norm = wording(v.Text)
		against := refText
		if v.Norm == ref {
			against = otherText
		}
		if against == "" {
			v.Diff = []Segment{{Text: v.Text}}
		} else {
			v.Diff, _ = diff(v.Text, against)
		}
		if !h.Unquoted && !speakersSeen[v.Speaker] {
			speakersSeen[v.Speaker] = true
			speakerList = append(speakerList, v.Speaker)
		}
		f.Values = append(f.Values, v)
	}
	ix.sortValues(f.Values)
	f.Label = "Quotation: " + strings.Join(speakerList, " / ") + " — “" + firstWords(refText, 7) + "”"
	f.Key = "quote-" + slug(speakerList[0]) + "-" + slug(firstWords(refText, 4))
	wordings := map[string][]string{}
	var order []string
	var unquoted []string
	for _, v := range f.Values {
		if v.Unquoted {
			unquoted = append(unquoted, ix.label(v.Article))
			continue
		}
		if _, ok := wordings[v.Norm]; !ok {
			order = append(order, v.Norm)
		}
		if l := ix.label(v.Article); !contains(wordings[v.Norm], l) {
			wordings[v.Norm] = append(wordings[v.Norm], l)
		}
	}
	switch {
	case len(f.Articles()) == 1:
		f.Status, f.Why = Single, "Only "+ix.label(f.Values[0].Article)+" quotes it."
	case len(order) == 1 && len(unquoted) == 0:
		f.Status, f.Why = Agree, fmt.Sprintf("%d articles quote it word for word alike.", len(f.Articles()))
	default:
		f.Status = Conflict
		var parts []string
		if len(order) > 1 {
			f.Misquote = true
			for _, w := range order {
				parts = append(parts, strings.Join(wordings[w], ", "))
			}
			parts = []string{fmt.Sprintf("Worded %d ways (%s); the differing words are marked.", len(order), strings.Join(parts, " vs "))}
		} else {
			parts = []string{"Quoted alike by " + strings.Join(wordings[order[0]], ", ") + "."}
		}
		if len(speakerList) > 1 {
			parts = append(parts, "Attributed to "+strings.Join(speakerList, " and to ")+".")
		}
		if len(unquoted) > 0 {
			parts = append(parts, strings.Join(unquoted, ", ")+" "+verbFor(len(unquoted), "uses", "use")+" the words without quotation marks.")
		}
		f.Why = strings.Join(parts, " ")
	}
	return f
}

// unquoted finds, in the articles that do not quote it, the words of a
// quotation used without quotation marks.
func (ix *index) unquoted(text string, have map[string]bool) []quoteHit {
	want := words(text)
	if len(want) < 2 {
		return nil
	}
	var out []quoteHit
	for _, a := range ix.arts {
		if have[a.ID] {
			continue
		}
		for _, s := range a.Sentences() {
			ws := words(s.Text)
			quoted := quotedSpans(s.Text)
		scan:
			for i := 0; i+len(want) <= len(ws); i++ {
				for k := range want {
					if ws[i+k].norm != want[k].norm {
						continue scan
					}
				}
				start, end := ws[i].start, ws[i+len(want)-1].end
				for _, q := range quoted {
					if start >= q[0] && end <= q[1] {
						continue scan
					}
				}
				out = append(out, quoteHit{Value: Value{Article: a.ID, SentenceID: s.ID, Sentence: s.Text,
					Text: s.Text[start:end], Spans: []Span{{start, end}}, Speaker: speakerIn(s.Text[:start]), Unquoted: true}})
			}
		}
	}
	return out
}

// firstWords returns the first n words of s, with "…" when cut.
func firstWords(s string, n int) string {
	ws := words(s)
	if len(ws) <= n {
		return s
	}
	return s[:ws[n-1].end] + "…"
}

// slug makes an id part from text: lower-case words joined by dashes.
func slug(s string) string {
	var ws []string
	for _, w := range words(s) {
		ws = append(ws, strings.NewReplacer("'", "", ".", "", ",", "").Replace(w.norm))
	}
	return strings.Join(ws, "-")
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
