package compare

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"partnertrack/app/content"
	"partnertrack/app/facts"
)

// Status says how the articles' values for a fact relate.
type Status string

// The statuses of a fact.
const (
	// Agree means two or more articles state it and their values can all
	// be true (they may differ in precision: "August 2022", "August 26").
	Agree Status = "agree"
	// Conflict means two values cannot both be true, or a quotation is
	// worded differently.
	Conflict Status = "conflict"
	// Single means one article alone states it.
	Single Status = "single"
)

// Span is a byte range of a sentence.
type Span struct{ Start, End int }

// Value is one article's statement of a fact, in its own words.
type Value struct {
	Article string // article id
	// SentenceID is the id of the (first) sentence the value comes from;
	// Sentence is its text, or the run of sentences a quotation spans,
	// verbatim from the seed.
	SentenceID string
	Sentence   string
	// Text is the value as the article states it; for a quotation split
	// in pieces, the pieces joined with " … ".
	Text string
	// Spans are where the value stands in Sentence.
	Spans []Span
	// Norm is the value normalised for comparison; values with the same
	// Norm agree.
	Norm string
	// Speaker is who a quotation is attributed to ("" for other facts).
	Speaker string
	// Unquoted marks a quotation's words used without quotation marks.
	Unquoted bool
	// Diff is a quotation cut into the words it shares with the most
	// common wording and the words it does not.
	Diff []Segment
}

// Fact is one row of the claims matrix.
type Fact struct {
	Key, Label, Section string
	Status              Status
	// Why explains the status in a sentence.
	Why string
	// DateNote, for a conflict, names the articles whose "as of" date may
	// explain it (it stays a conflict).
	DateNote string
	// Misquote marks a quotation worded differently by different articles.
	Misquote bool
	// Values are in article order, then text order.
	Values []Value
}

// Articles returns the ids of the articles stating the fact, in order.
func (f Fact) Articles() []string {
	var out []string
	for _, v := range f.Values {
		if len(out) == 0 || out[len(out)-1] != v.Article {
			out = append(out, v.Article)
		}
	}
	return out
}

// Of returns the values one article states.
func (f Fact) Of(articleID string) []Value {
	var out []Value
	for _, v := range f.Values {
		if v.Article == articleID {
			out = append(out, v)
		}
	}
	return out
}

// Norms returns the distinct normalised values, in order of appearance.
func (f Fact) Norms() []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range f.Values {
		if !seen[v.Norm] {
			seen[v.Norm] = true
			out = append(out, v.Norm)
		}
	}
	return out
}

// Label returns the short label of the i-th article (0-based): "A1", ….
func Label(i int) string { return fmt.Sprintf("A%d", i+1) }

// claimsMatrix finds every fact of the table and every quotation.
func claimsMatrix(arts []*content.Article) ([]Fact, error) {
	home := map[string]facts.Lookup{}
	for _, l := range facts.Home() {
		home[l.Key] = l
	}
	ix := newIndex(arts)
	// Gather every lookup and run them in one pass: the rows' own, the
	// home page's (with extra patterns), and one per class of statement.
	var lookups []facts.Lookup
	first := make([]int, len(specs()))
	for i, sp := range specs() {
		first[i] = len(lookups)
		switch {
		case sp.classes != nil:
			for _, cl := range sp.classes {
				lookups = append(lookups, facts.Lookup{Key: sp.key, Label: sp.label, Kind: facts.Text, Patterns: cl.patterns, Skip: cl.skip})
			}
		case sp.home != "":
			l, ok := home[sp.home]
			if !ok {
				return nil, fmt.Errorf("compare: fact %q: no home lookup %q", sp.key, sp.home)
			}
			l.Patterns = append(append([]*regexp.Regexp(nil), l.Patterns...), sp.extra...)
			if sp.label != "" {
				l.Label = sp.label
			}
			lookups = append(lookups, l)
		default:
			l := sp.lookup
			l.Key, l.Label = sp.key, sp.label
			lookups = append(lookups, l)
		}
	}
	found := facts.Find(arts, lookups)
	var out []Fact
	for i, sp := range specs() {
		var f Fact
		if sp.classes != nil {
			f = ix.classFact(sp, found[first[i]:first[i]+len(sp.classes)])
		} else {
			f = ix.lookupFact(sp, found[first[i]])
		}
		if len(f.Values) == 0 {
			return out, fmt.Errorf("compare: fact %q (%s): no article states it any more; the seeds or its patterns changed", sp.key, sp.label)
		}
		if f.Status == Conflict && sp.dated {
			f.DateNote = ix.dateNote(f)
		}
		out = append(out, f)
	}
	out = append(out, ix.quoteFacts()...)
	return out, nil
}

// index knows each article's position and each sentence's.
type index struct {
	arts []*content.Article
	pos  map[string]int            // article id → index
	sent map[string]map[string]int // article id → sentence id → order
}

func newIndex(arts []*content.Article) *index {
	ix := &index{arts: arts, pos: map[string]int{}, sent: map[string]map[string]int{}}
	for i, a := range arts {
		ix.pos[a.ID] = i
		m := map[string]int{}
		for k, s := range a.Sentences() {
			m[s.ID] = k
		}
		ix.sent[a.ID] = m
	}
	return ix
}

// label returns an article's short label.
func (ix *index) label(id string) string { return Label(ix.pos[id]) }

// sortValues orders values by article, then by position in the text.
func (ix *index) sortValues(vs []Value) {
	sort.SliceStable(vs, func(i, j int) bool {
		a, b := vs[i], vs[j]
		if a.Article != b.Article {
			return ix.pos[a.Article] < ix.pos[b.Article]
		}
		if sa, sb := ix.sent[a.Article][a.SentenceID], ix.sent[b.Article][b.SentenceID]; sa != sb {
			return sa < sb
		}
		return len(a.Spans) > 0 && len(b.Spans) > 0 && a.Spans[0].Start < b.Spans[0].Start
	})
}

// fromClaim turns a facts claim into a value.
func fromClaim(c facts.Claim, norm string) Value {
	return Value{Article: c.ArticleID, SentenceID: c.SentenceID, Sentence: c.Sentence, Text: c.Value,
		Spans: []Span{{c.Start, c.End}}, Norm: norm}
}

// lookupFact runs one lookup and judges it the way package facts does,
// values differing only in precision agreeing.
func (ix *index) lookupFact(sp spec, ff facts.Fact) Fact {
	f := Fact{Key: sp.key, Label: ff.Label, Section: sp.section}
	for _, c := range ff.Claims() {
		f.Values = append(f.Values, fromClaim(c, c.Norm))
	}
	ix.sortValues(f.Values)
	switch ff.Status {
	case facts.Conflict:
		f.Status, f.Why = Conflict, ff.Why
	case facts.Compatible:
		f.Status, f.Why = Agree, ff.Why
	default:
		f.Status, f.Why = ix.agreeOrSingle(f)
	}
	return f
}

// agreeOrSingle judges a fact whose values all agree.
func (ix *index) agreeOrSingle(f Fact) (Status, string) {
	n := len(f.Articles())
	if n == 1 {
		return Single, "Only " + ix.label(f.Articles()[0]) + " states it."
	}
	return Agree, fmt.Sprintf("%d articles agree.", n)
}

// classFact finds the statements of each class; values agree when they
// are of the same class.
func (ix *index) classFact(sp spec, found []facts.Fact) Fact {
	f := Fact{Key: sp.key, Label: sp.label, Section: sp.section}
	for k, cl := range sp.classes {
		for _, c := range found[k].Claims() {
			f.Values = append(f.Values, fromClaim(c, cl.name))
		}
	}
	ix.sortValues(f.Values)
	norms := f.Norms()
	if len(norms) < 2 {
		f.Status, f.Why = ix.agreeOrSingle(f)
		return f
	}
	f.Status = Conflict
	var parts []string
	for _, n := range norms {
		var labels []string
		for _, id := range f.Articles() {
			for _, v := range f.Of(id) {
				if v.Norm == n {
					labels = append(labels, ix.label(id))
					break
				}
			}
		}
		parts = append(parts, strings.Join(labels, ", ")+" "+verbFor(len(labels))+" “"+n+"”")
	}
	f.Why = strings.Join(parts, "; ") + "."
	if self := ix.selfContradicting(f); len(self) > 0 {
		f.Why += " " + strings.Join(self, ", ") + " " + verbFor(len(self), "contradicts itself", "contradict themselves") + "."
	}
	return f
}

func verbFor(n int, forms ...string) string {
	one, many := "says", "say"
	if len(forms) == 2 {
		one, many = forms[0], forms[1]
	}
	if n == 1 {
		return one
	}
	return many
}

// selfContradicting returns the labels of the articles that state more
// than one class of a fact.
func (ix *index) selfContradicting(f Fact) []string {
	var out []string
	for _, id := range f.Articles() {
		seen := map[string]bool{}
		for _, v := range f.Of(id) {
			seen[v.Norm] = true
		}
		if len(seen) > 1 {
			out = append(out, ix.label(id))
		}
	}
	return out
}

// dateNote names the articles of a fact that say what date they are
// current to.
func (ix *index) dateNote(f Fact) string {
	var parts []string
	for _, id := range f.Articles() {
		a := ix.arts[ix.pos[id]]
		if a.AsOf != nil {
			parts = append(parts, fmt.Sprintf("%s is current as of %s (“%s”)", ix.label(id), a.AsOf.ISO(), a.AsOf.Text))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "; ") + ": the difference may come from when each article was written. It is still a conflict."
}
