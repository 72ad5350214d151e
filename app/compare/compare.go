package compare

import (
	"fmt"
	"sort"
	"strings"

	"partnertrack/app/content"
)

// Result is everything the comparison pages show, computed once.
type Result struct {
	Articles []*content.Article `json:"-"` // the corpus's articles, linked again after decoding
	// Pairs holds the alignment of every pair of articles, the earlier
	// article first, in article order (01, 02, …, 12, …).
	Pairs []Alignment
	// Facts is the claims matrix, in table order.
	Facts []Fact
}

// Build compares the articles. Its error names the article or the fact
// whose text no longer says what the extraction expects; the result then
// still holds the alignments and the facts found up to the error.
func Build(arts []*content.Article) (*Result, error) {
	m := newModel(arts)
	vecs := make([][]sentenceVec, len(arts))
	for i, a := range arts {
		vecs[i] = m.sentences(a)
	}
	r := &Result{Articles: arts}
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			r.Pairs = append(r.Pairs, align(m, arts[i].ID, arts[j].ID, vecs[i], vecs[j]))
		}
	}
	facts, err := claimsMatrix(arts)
	r.Facts = facts
	if err != nil {
		return r, err
	}
	return r, r.check()
}

// check verifies that every value quotes its article verbatim.
func (r *Result) check() error {
	raw := map[string]string{}
	for _, a := range r.Articles {
		raw[a.ID] = a.Raw
	}
	var problems []string
	for _, f := range r.Facts {
		for _, v := range f.Values {
			if !strings.Contains(raw[v.Article], v.Sentence) {
				problems = append(problems, fmt.Sprintf("%s: fact %q: the sentence %q is not in the seed", v.Article, f.Key, v.Sentence))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("compare:\n%s", strings.Join(problems, "\n"))
	}
	return nil
}

// Pair returns the alignment of two articles in the order asked for (the
// sides of a stored pair are swapped when b comes first).
func (r *Result) Pair(a, b string) (Alignment, bool) {
	for _, p := range r.Pairs {
		switch {
		case p.A == a && p.B == b:
			return p, true
		case p.A == b && p.B == a:
			return p.swap(), true
		}
	}
	return Alignment{}, false
}

// Score returns how alike two articles are (Alignment.Score), in either
// order, without copying their rows as Pair does; 0 for an unknown pair.
func (r *Result) Score(a, b string) float64 {
	for _, p := range r.Pairs {
		if p.A == a && p.B == b || p.A == b && p.B == a {
			return p.Score
		}
	}
	return 0
}

// swap returns the alignment with its sides exchanged.
func (al Alignment) swap() Alignment {
	out := Alignment{A: al.B, B: al.A, Score: al.Score, CoverA: al.CoverB, CoverB: al.CoverA}
	for _, m := range al.Matches {
		out.Matches = append(out.Matches, Match{A: m.B, B: m.A, Score: m.Score})
	}
	out.Rows = make([]Row, len(al.Rows))
	for i, r := range al.Rows {
		r.A, r.B = r.B, r.A
		r.DiffA, r.DiffB = r.DiffB, r.DiffA
		switch r.Kind {
		case OnlyA:
			r.Kind = OnlyB
		case OnlyB:
			r.Kind = OnlyA
		}
		out.Rows[i] = r
	}
	return out
}

// Ranked returns the pairs most alike first (ties in article order).
func (r *Result) Ranked() []Alignment {
	out := append([]Alignment(nil), r.Pairs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// MostAlike returns the pair of articles most alike.
func (r *Result) MostAlike() Alignment { return r.Ranked()[0] }

// Closest returns the article most alike to the given one, and false when
// there is no other article.
func (r *Result) Closest(id string) (string, bool) {
	for _, p := range r.Ranked() {
		switch id {
		case p.A:
			return p.B, true
		case p.B:
			return p.A, true
		}
	}
	return "", false
}
