package facts

import (
	"fmt"
	"strings"

	"partnertrack/app/content"
	"partnertrack/app/internal/lazyre"
)

// Find runs every lookup over every sentence of the articles, in order.
func Find(articles []*content.Article, lookups []Lookup) []Fact {
	facts := make([]Fact, 0, len(lookups))
	// The year hints depend on the article only: work them out once.
	hints := make([]string, len(articles))
	for i, a := range articles {
		hints[i] = usualYear(a)
	}
	for _, l := range lookups {
		facts = append(facts, find(articles, hints, l))
	}
	return facts
}

func find(articles []*content.Article, hints []string, l Lookup) Fact {
	f := Fact{Lookup: l}
	index := map[string]int{}
	pres := make([]prefilter, len(l.Patterns))
	for i, p := range l.Patterns {
		pres[i] = newPrefilter(p)
	}
	for ai, a := range articles {
		hint := hints[ai]
		for _, s := range a.Sentences() {
			if l.Skip != nil && l.Skip.MatchString(s.Text) {
				continue
			}
			for _, c := range claims(pres, l.Kind, a.ID, s) {
				c.YearHint = hint
				i, ok := index[c.Norm]
				if !ok {
					i = len(f.Groups)
					index[c.Norm] = i
					f.Groups = append(f.Groups, Group{Norm: c.Norm})
				}
				f.Groups[i].Claims = append(f.Groups[i].Claims, c)
			}
		}
	}
	f.Status, f.Why = judge(l.Kind, f.Groups)
	return f
}

// claims returns the values the patterns find in one sentence; a span of
// text is claimed once even when several patterns match it.
func claims(pres []prefilter, kind Kind, articleID string, s content.Sentence) []Claim {
	var out []Claim
	var taken map[[2]int]bool
	lower := strings.ToLower(s.Text)
	for _, p := range pres {
		if !p.mayMatch(s.Text, lower) {
			continue
		}
		if taken == nil {
			taken = map[[2]int]bool{}
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(s.Text, -1) {
			if len(m) < 4 || m[2] < 0 {
				continue
			}
			span := [2]int{m[2], m[3]}
			if taken[span] {
				continue
			}
			taken[span] = true
			v := s.Text[m[2]:m[3]]
			out = append(out, Claim{
				ArticleID:  articleID,
				SentenceID: s.ID,
				Sentence:   s.Text,
				Value:      v,
				Start:      m[2],
				End:        m[3],
				Norm:       normalize(kind, v),
			})
		}
	}
	return out
}

// judge decides the status of a fact from its groups and says why.
func judge(k Kind, groups []Group) (Status, string) {
	switch len(groups) {
	case 0:
		return Missing, "No article states it."
	case 1:
		if n := len(groups[0].Articles()); n > 1 {
			return Agree, fmt.Sprintf("%d articles agree.", n)
		}
		return Agree, "Stated by one article only."
	}
	status := Compatible
	for i := range groups {
		for j := i + 1; j < len(groups); j++ {
			if !compatible(k, groups[i].Norm, groups[j].Norm) {
				status = Conflict
			}
		}
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		n := len(g.Articles())
		parts[i] = fmt.Sprintf("%s %s “%s”", count(n, "article"), verb(n), g.Value())
	}
	why := strings.Join(parts, "; ") + "."
	if status == Compatible {
		why += " These differ only in precision."
	}
	return status, why
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func verb(n int) string {
	if n == 1 {
		return "says"
	}
	return "say"
}

// fullDate matches a written date, with or without its year.
var fullDate = lazyre.New(date)

// usualYear returns the year an article's full dates use most often (the
// earliest on a tie), or "".
func usualYear(a *content.Article) string {
	counts := map[string]int{}
	for _, s := range a.Sentences() {
		for _, d := range fullDate().FindAllString(s.Text, -1) {
			if n, ok := normDate(d); ok && !strings.HasPrefix(n, "????") {
				counts[n[:4]]++
			}
		}
	}
	best := ""
	for y, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && y < best {
			best = y
		}
	}
	return best
}
