package compare

import (
	"math"
	"sort"

	"partnertrack/app/content"
)

// vector is a sentence's TF-IDF weights, scaled to unit length, by term
// id in increasing order.
type vector []entry

type entry struct {
	id int
	w  float64
}

// model weighs words by how rare they are across every sentence of the
// articles (inverse document frequency), so that "Partner Track", which
// every article repeats, counts for less than "writer’s room".
type model struct {
	ids map[string]int
	idf []float64
	// unseen is the weight of a word no sentence has.
	unseen float64
}

// newModel learns the word weights from every sentence of the articles.
func newModel(arts []*content.Article) model {
	m := model{ids: map[string]int{}}
	var df []int
	n := 0
	for _, a := range arts {
		for _, s := range a.Sentences() {
			n++
			seen := map[int]bool{}
			for _, t := range terms(s.Text) {
				id, ok := m.ids[t]
				if !ok {
					id = len(df)
					m.ids[t] = id
					df = append(df, 0)
				}
				if !seen[id] {
					seen[id] = true
					df[id]++
				}
			}
		}
	}
	m.idf = make([]float64, len(df))
	for id, d := range df {
		m.idf[id] = math.Log(float64(n+1)/float64(d+1)) + 1
	}
	m.unseen = math.Log(float64(n+1)) + 1
	return m
}

// vector returns the unit TF-IDF vector of a text. Words the model never
// saw get the highest weight; they count in the length of the vector but
// match nothing.
func (m model) vector(text string) vector {
	acc := map[int]float64{}
	unseen := map[string]float64{}
	for _, t := range terms(text) {
		id, ok := m.ids[t]
		if !ok {
			unseen[t] += m.unseen
			continue
		}
		acc[id] += m.idf[id]
	}
	v := make(vector, 0, len(acc))
	for id, w := range acc {
		v = append(v, entry{id, w})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].id < v[j].id })
	// The norm is summed in a fixed order: summed in map order, its last
	// bits would vary from run to run, and with them which of two equally
	// similar sentences is matched.
	var norm float64
	for _, t := range sortedKeys(unseen) {
		norm += unseen[t] * unseen[t]
	}
	for _, e := range v {
		norm += e.w * e.w
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	return v
}

// cosine returns the cosine of two unit vectors, 0…1.
func cosine(a, b vector) float64 {
	var dot float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			dot += a[i].w * b[j].w
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	if dot > 1 {
		dot = 1
	}
	return dot
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
