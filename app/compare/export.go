package compare

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
)

// The export contract: dist/data/comparison.json.
type (
	exportDoc struct {
		Articles   []exportArticle `json:"articles"`
		Facts      []exportFact    `json:"facts"`
		Similarity []exportPair    `json:"similarity"`
	}
	exportArticle struct {
		ID    string  `json:"id"`
		Title string  `json:"title"`
		AsOf  *string `json:"asOf"`
	}
	exportFact struct {
		ID     string        `json:"id"`
		Label  string        `json:"label"`
		Status Status        `json:"status"`
		Values []exportValue `json:"values"`
	}
	exportValue struct {
		Article string `json:"article"`
		Value   string `json:"value"`
		Quote   string `json:"quote"`
	}
	exportPair struct {
		A     string        `json:"a"`
		B     string        `json:"b"`
		Score float64       `json:"score"`
		Pairs []exportMatch `json:"pairs"`
	}
	exportMatch struct {
		A     string  `json:"a"`
		B     string  `json:"b"`
		Score float64 `json:"score"`
	}
)

// EvidencePairs is how many sentence pairs the export and the page give
// as evidence for each pair of articles.
const EvidencePairs = 5

// JSON returns the comparison in the export format, indented.
func (r *Result) JSON() ([]byte, error) {
	doc := exportDoc{Articles: []exportArticle{}, Facts: []exportFact{}, Similarity: []exportPair{}}
	for _, a := range r.Articles {
		ea := exportArticle{ID: a.ID, Title: a.Title}
		if a.AsOf != nil {
			s := a.AsOf.ISO()
			ea.AsOf = &s
		}
		doc.Articles = append(doc.Articles, ea)
	}
	for _, f := range r.Facts {
		ef := exportFact{ID: f.Key, Label: f.Label, Status: f.Status, Values: []exportValue{}}
		for _, v := range f.Values {
			ef.Values = append(ef.Values, exportValue{Article: v.Article, Value: v.Text, Quote: v.Sentence})
		}
		doc.Facts = append(doc.Facts, ef)
	}
	for _, p := range r.Pairs {
		ep := exportPair{A: p.A, B: p.B, Score: p.Score, Pairs: []exportMatch{}}
		for _, m := range p.Evidence(EvidencePairs) {
			ep.Pairs = append(ep.Pairs, exportMatch{A: m.A.Text, B: m.B.Text, Score: m.Score})
		}
		doc.Similarity = append(doc.Similarity, ep)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// CSV returns the claims matrix as CSV: one line per value.
func (r *Result) CSV() ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	rows := [][]string{{"fact", "label", "status", "article", "article_label", "value", "sentence_id", "sentence"}}
	pos := map[string]int{}
	for i, a := range r.Articles {
		pos[a.ID] = i
	}
	for _, f := range r.Facts {
		for _, v := range f.Values {
			val := v.Text
			if v.Unquoted {
				val += " (without quotation marks)"
			}
			rows = append(rows, []string{f.Key, f.Label, string(f.Status), v.Article, Label(pos[v.Article]), val, v.SentenceID, v.Sentence})
		}
	}
	if err := w.WriteAll(rows); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Percent formats a score 0…1 as a whole percentage, "32%".
func Percent(x float64) string { return strconv.Itoa(int(x*100+0.5)) + "%" }
