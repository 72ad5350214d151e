package compare

import (
	"math"
	"sort"

	"partnertrack/app/content"
)

// vector is a sentence's TF-IDF weights, scaled to unit length.
type vector map[string]float64

// model weighs words by how rare they are across every sentence of the
// articles (inverse document frequency), so that "Partner Track", which
// every article repeats, counts for less than "writer’s room".
type model struct {
	idf map[string]float64
}

// newModel learns the word weights from every sentence of the articles.
func newModel(arts []*content.Article) model {
	df := map[string]int{}
	n := 0
	for _, a := range arts {
		for _, s := range a.Sentences() {
			n++
			seen := map[string]bool{}
			for _, t := range terms(s.Text) {
				if !seen[t] {
					seen[t] = true
					df[t]++
				}
			}
		}
	}
	idf := make(map[string]float64, len(df))
	for t, d := range df {
		idf[t] = math.Log(float64(n+1)/float64(d+1)) + 1
	}
	return model{idf: idf}
}

// vector returns the unit TF-IDF vector of a text. Words the model never
// saw get the highest weight.
func (m model) vector(text string) vector {
	v := vector{}
	for _, t := range terms(text) {
		w, ok := m.idf[t]
		if !ok {
			w = math.Log(float64(len(m.idf)+1)) + 1
		}
		v[t] += w
	}
	var norm float64
	for _, w := range v {
		norm += w * w
	}
	norm = math.Sqrt(norm)
	for t := range v {
		v[t] /= norm
	}
	return v
}

// cosine returns the cosine of two unit vectors, 0…1.
func cosine(a, b vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot float64
	for t, w := range a {
		dot += w * b[t]
	}
	if dot > 1 {
		dot = 1
	}
	return dot
}

// Similarity returns how alike two sentences are, 0…1: the cosine of
// their TF-IDF vectors, with weights learnt from the articles.
func Similarity(arts []*content.Article, a, b string) float64 {
	m := newModel(arts)
	return cosine(m.vector(a), m.vector(b))
}

// round3 rounds to three decimals, for stable output.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
