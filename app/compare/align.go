package compare

import (
	"sort"
	"strings"

	"partnertrack/app/content"
)

// Thresholds on sentence similarity (see Similarity).
const (
	// MinAligned is the least similarity at which two sentences are taken
	// to say the same thing and share a row.
	MinAligned = 0.3
	// MinMerged is the least similarity of two sentences of one side,
	// joined, to one of the other: higher, as joining dilutes the evidence.
	MinMerged = 0.4
	// MinReworded is the least similarity of a lightly reworded sentence.
	MinReworded = 0.6
	// MinShared is the least similarity of a sentence taken over (nearly)
	// word for word.
	MinShared = 0.9
)

// RowKind says how the two sides of an aligned row relate.
type RowKind int

const (
	// Shared rows hold the same sentence, word for word or nearly.
	Shared RowKind = iota + 1
	// Reworded rows hold a sentence and a light rewording of it.
	Reworded
	// Paraphrased rows hold two sentences that say the same thing in
	// different words.
	Paraphrased
	// OnlyA rows hold a sentence only the first article has.
	OnlyA
	// OnlyB rows hold a sentence only the second article has.
	OnlyB
)

// String names the kind for people and CSS classes.
func (k RowKind) String() string {
	switch k {
	case Shared:
		return "shared"
	case Reworded:
		return "reworded"
	case Paraphrased:
		return "paraphrased"
	case OnlyA:
		return "only-a"
	case OnlyB:
		return "only-b"
	}
	return "?"
}

// kindOf returns the kind of a row of aligned sentences.
func kindOf(score float64) RowKind {
	switch {
	case score >= MinShared:
		return Shared
	case score >= MinReworded:
		return Reworded
	}
	return Paraphrased
}

// Row is one row of an alignment: sentences of each article saying the
// same thing (one, or two in a row when one article splits what the other
// says in one), or a sentence only one of them has.
type Row struct {
	Kind RowKind
	// A and B are the sentences of each side; one side is empty on an
	// OnlyA or OnlyB row.
	A, B []content.Sentence `json:",omitzero"`
	// Score is the similarity of A and B, 0 on one-sided rows.
	Score float64 `json:",omitzero"`
	// DiffA and DiffB are the sides' text cut into runs of words the other
	// side shares and runs it does not (aligned rows only).
	DiffA, DiffB []Segment `json:",omitzero"`
	// Elsewhere, on a one-sided row, is the sentence of the other article
	// that says the same thing in another place (the articles order their
	// passages differently), with its similarity; empty when there is none.
	Elsewhere      content.Sentence `json:",omitzero"`
	ElsewhereScore float64          `json:",omitzero"`
}

// TextA and TextB return each side's sentences joined by spaces.
func (r Row) TextA() string { return joinText(r.A) }

// TextB returns the B side's sentences joined by spaces.
func (r Row) TextB() string { return joinText(r.B) }

func joinText(ss []content.Sentence) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}

// Alignment is two articles set side by side.
type Alignment struct {
	A, B string // article ids
	Rows []Row
	// Score is how much of the two texts the articles share, 0…1: every
	// sentence is matched with its most similar counterpart in the other
	// article (each used once, at least MinAligned alike, in any order),
	// and the matched sentences' similarity, weighted by their length in
	// meaningful words, is summed over the length of both texts.
	Score float64
	// CoverA and CoverB are the same measure for each side: how much of
	// A's text has a counterpart in B, and of B's in A.
	CoverA, CoverB float64
	// Matches are the matched sentence pairs, most similar first.
	Matches []Match
}

// Match is a sentence of each article and how alike they are.
type Match struct {
	A, B  content.Sentence
	Score float64
}

// Aligned returns the rows where both articles have a sentence, most
// similar first (ties in text order).
func (al Alignment) Aligned() []Row {
	var out []Row
	for _, r := range al.Rows {
		if r.Kind <= Paraphrased {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// Count returns how many rows have the kind.
func (al Alignment) Count(k RowKind) int {
	n := 0
	for _, r := range al.Rows {
		if r.Kind == k {
			n++
		}
	}
	return n
}

// sentenceVec is a sentence with its vector and weight.
type sentenceVec struct {
	s      content.Sentence
	v      vector
	weight float64
}

func (m model) sentences(a *content.Article) []sentenceVec {
	ss := a.Sentences()
	out := make([]sentenceVec, len(ss))
	for i, s := range ss {
		w := float64(len(terms(s.Text)))
		if w < 1 {
			w = 1
		}
		out[i] = sentenceVec{s: s, v: m.vector(s.Text), weight: w}
	}
	return out
}

// step is one move of the alignment: di sentences of A against dj of B.
type step struct{ di, dj int }

// steps are the moves: a sentence of either side alone, a pair of
// sentences, and two sentences of one side against one of the other.
var steps = []step{{1, 0}, {0, 1}, {1, 1}, {2, 1}, {1, 2}}

// side is the sentences [i, i+n) of one article as one text.
func side(ss []sentenceVec, m model, i, n int, cache map[[2]int]sentenceVec) sentenceVec {
	if n == 1 {
		return ss[i]
	}
	k := [2]int{i, n}
	if v, ok := cache[k]; ok {
		return v
	}
	text := ss[i].s.Text + " " + ss[i+1].s.Text
	v := sentenceVec{v: m.vector(text), weight: ss[i].weight + ss[i+1].weight}
	cache[k] = v
	return v
}

// align sets two articles' sentences side by side in order (a monotone
// alignment): dynamic programming picks the rows that maximise the
// aligned sentences' similarity weighted by their length, among rows at
// least MinAligned alike. A row may join two sentences of one side that
// together say what one sentence of the other says.
func align(m model, aID, bID string, as, bs []sentenceVec) Alignment {
	n, k := len(as), len(bs)
	one := make([][]float64, n)
	for i := range as {
		one[i] = make([]float64, k)
		for j := range bs {
			one[i][j] = cosine(as[i].v, bs[j].v)
		}
	}
	cacheA, cacheB := map[[2]int]sentenceVec{}, map[[2]int]sentenceVec{}
	// sim returns the similarity of the step ending before (i, j), and its
	// gain: the similarity weighted by the length of its sentences.
	sim := func(i, j int, st step) (float64, float64) {
		if st.di == 1 && st.dj == 1 {
			return one[i-1][j-1], one[i-1][j-1] * (as[i-1].weight + bs[j-1].weight)
		}
		// Two sentences joined can only be alike to a third when at least
		// one of them is somewhat alike to it on its own.
		if st.di == 2 && one[i-1][j-1]+one[i-2][j-1] < MinAligned/2 ||
			st.dj == 2 && one[i-1][j-1]+one[i-1][j-2] < MinAligned/2 {
			return 0, 0
		}
		a := side(as, m, i-st.di, st.di, cacheA)
		b := side(bs, m, j-st.dj, st.dj, cacheB)
		s := cosine(a.v, b.v)
		return s, s * (a.weight + b.weight)
	}
	best := make([][]float64, n+1)
	from := make([][]step, n+1)
	for i := range best {
		best[i] = make([]float64, k+1)
		from[i] = make([]step, k+1)
	}
	for i := 0; i <= n; i++ {
		for j := 0; j <= k; j++ {
			if i == 0 && j == 0 {
				continue
			}
			bestV, bestS := -1.0, step{}
			for _, st := range steps {
				if st.di > i || st.dj > j {
					continue
				}
				v := best[i-st.di][j-st.dj]
				if st.di > 0 && st.dj > 0 {
					s, g := sim(i, j, st)
					if s < MinAligned || (st.di == 2 || st.dj == 2) && s < MinMerged {
						continue
					}
					v += g
				}
				if v > bestV {
					bestV, bestS = v, st
				}
			}
			best[i][j], from[i][j] = bestV, bestS
		}
	}
	var path []step
	for i, j := n, k; i > 0 || j > 0; {
		st := from[i][j]
		path = append(path, st)
		i, j = i-st.di, j-st.dj
	}
	al := matching(aID, bID, as, bs, one)
	matched := map[string]Match{}
	for _, mt := range al.Matches {
		matched["a"+mt.A.ID], matched["b"+mt.B.ID] = mt, mt
	}
	i, j := 0, 0
	for p := len(path) - 1; p >= 0; p-- {
		st := path[p]
		switch {
		case st.dj == 0:
			r := Row{Kind: OnlyA, A: []content.Sentence{as[i].s}}
			if mt, ok := matched["a"+as[i].s.ID]; ok {
				r.Elsewhere, r.ElsewhereScore = mt.B, mt.Score
			}
			al.Rows = append(al.Rows, r)
		case st.di == 0:
			r := Row{Kind: OnlyB, B: []content.Sentence{bs[j].s}}
			if mt, ok := matched["b"+bs[j].s.ID]; ok {
				r.Elsewhere, r.ElsewhereScore = mt.A, mt.Score
			}
			al.Rows = append(al.Rows, r)
		default:
			r := Row{}
			for x := i; x < i+st.di; x++ {
				r.A = append(r.A, as[x].s)
			}
			for y := j; y < j+st.dj; y++ {
				r.B = append(r.B, bs[y].s)
			}
			s, _ := sim(i+st.di, j+st.dj, st)
			r.Score, r.Kind = round3(s), kindOf(s)
			r.DiffA, r.DiffB = diff(r.TextA(), r.TextB())
			al.Rows = append(al.Rows, r)
		}
		i, j = i+st.di, j+st.dj
	}
	return al
}

// minEvidenceTerms is the least number of meaningful words a sentence
// needs to serve as evidence of copying: headings like "Partner Track
// Season 2" are alike in every article and prove nothing.
const minEvidenceTerms = 8

// Evidence returns up to n matched sentence pairs that best show the two
// articles share text: the most similar pairs of sentences long enough to
// matter.
func (al Alignment) Evidence(n int) []Match {
	var out []Match
	for _, m := range al.Matches {
		if len(out) == n {
			break
		}
		if len(terms(m.A.Text)) >= minEvidenceTerms && len(terms(m.B.Text)) >= minEvidenceTerms {
			out = append(out, m)
		}
	}
	return out
}

// matching pairs every sentence with its most similar counterpart in the
// other article, greedily, most similar pairs first, each sentence once,
// in any order, and measures how much of each text is matched.
func matching(aID, bID string, as, bs []sentenceVec, sim [][]float64) Alignment {
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	for i := range as {
		for j := range bs {
			if s := sim[i][j]; s >= MinAligned {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].s > cands[y].s })
	usedA, usedB := map[int]bool{}, map[int]bool{}
	al := Alignment{A: aID, B: bID}
	var totalA, totalB, gotA, gotB float64
	for _, s := range as {
		totalA += s.weight
	}
	for _, s := range bs {
		totalB += s.weight
	}
	for _, c := range cands {
		if usedA[c.i] || usedB[c.j] {
			continue
		}
		usedA[c.i], usedB[c.j] = true, true
		al.Matches = append(al.Matches, Match{A: as[c.i].s, B: bs[c.j].s, Score: round3(c.s)})
		gotA += c.s * as[c.i].weight
		gotB += c.s * bs[c.j].weight
	}
	if totalA+totalB > 0 {
		al.Score = round3((gotA + gotB) / (totalA + totalB))
	}
	if totalA > 0 {
		al.CoverA = round3(gotA / totalA)
	}
	if totalB > 0 {
		al.CoverB = round3(gotB / totalB)
	}
	return al
}
