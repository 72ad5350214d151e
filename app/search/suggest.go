package search

import (
	"sort"

	"partnertrack/app/internal/lazyre"
)

// Suggestion is a query worth trying, with how far it reaches.
type Suggestion struct {
	Query    string // a quoted phrase, e.g. `"Jinny Howe"`
	Articles int    // articles whose text has it
	Hits     int    // texts that have it
}

// nameRE matches two capitalised words in a row: a name such as "Jinny
// Howe" or "Chicago Tribune".
var nameRE = lazyre.New(`\b[A-Z][a-z]+ [A-Z][a-z]+\b`)

// notName are capitalised words that start a sentence or a title rather
// than a name.
var notName = lazyre.New(`^(?:The|A|An|In|On|As|It|If|So|By|To|Is|Has|What|Why|Where|How|Season|Netflix|Netflixs) `)

// Suggest returns up to n names that several articles mention, for an
// empty search: two capitalised words in a row that at least minArticles
// articles write, and that are not so common that searching them is
// useless (in more than a tenth of all texts, like the show's own name).
// Most articles first, then most texts, then alphabetical.
//
// It scans every text with two regular expressions (6 ms in V8): the
// build calls it, and the browser shows the build's answer (package
// corpus).
func (ix *Index) Suggest(n, minArticles int) []Suggestion {
	type count struct {
		articles map[string]bool
		hits     int
	}
	counts := map[string]*count{}
	for _, d := range ix.docs {
		seen := map[string]bool{}
		for _, name := range nameRE().FindAllString(d.Text, -1) {
			if notName().MatchString(name) || seen[name] {
				continue
			}
			seen[name] = true
			c := counts[name]
			if c == nil {
				c = &count{articles: map[string]bool{}}
				counts[name] = c
			}
			c.articles[d.ArticleID] = true
			c.hits++
		}
	}
	var out []Suggestion
	for name, c := range counts {
		if len(c.articles) < minArticles || c.hits*10 > len(ix.docs) {
			continue
		}
		out = append(out, Suggestion{Query: `"` + name + `"`, Articles: len(c.articles), Hits: c.hits})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		if a.Hits != b.Hits {
			return a.Hits > b.Hits
		}
		return a.Query < b.Query
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
