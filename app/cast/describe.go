package cast

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"partnertrack/app/content"
	"partnertrack/app/internal/lazyre"
)

// descriptions adds what prose says a character is, after the character's
// full name, to the descriptions the cast lists gave.
func (x *extractor) descriptions(arts []*content.Article) {
	for _, p := range x.c.People {
		if len(nameWords(p.Character)) < 2 {
			continue
		}
		var res []*regexp.Regexp
		for _, f := range []string{appositive, isA} {
			res = append(res, regexp.MustCompile(fmt.Sprintf(f, regexp.QuoteMeta(p.Character))))
		}
		for _, a := range arts {
			for _, s := range a.Sentences() {
				for _, r := range res {
					for _, m := range r.FindAllStringSubmatchIndex(s.Text, -1) {
						if !p.describedAt(a.ID, s.ID, m[2]) {
							p.Descriptions = append(p.Descriptions, Description{Ref: ref(a, s, m[2], m[3])})
						}
					}
				}
			}
		}
		// The character's descriptions first, in article order, then the
		// actor's.
		order := map[string]int{}
		for i, a := range arts {
			order[a.ID] = i
		}
		sort.SliceStable(p.Descriptions, func(i, j int) bool {
			di, dj := p.Descriptions[i], p.Descriptions[j]
			if di.OfActor != dj.OfActor {
				return !di.OfActor
			}
			return order[di.ArticleID] < order[dj.ArticleID]
		})
	}
}

// describedAt reports whether a description starts or overlaps at this
// place already.
func (p *Person) describedAt(articleID, sentenceID string, start int) bool {
	for _, d := range p.Descriptions {
		if d.ArticleID == articleID && d.SentenceID == sentenceID && d.Start <= start && start < d.End {
			return true
		}
	}
	return false
}

// sources reports whether the sentence lists or describes the person.
func (p *Person) sources(articleID, sentenceID string) bool {
	for _, l := range p.Listings {
		if l.ArticleID == articleID && l.SentenceID == sentenceID {
			return true
		}
	}
	for _, d := range p.Descriptions {
		if d.ArticleID == articleID && d.SentenceID == sentenceID {
			return true
		}
	}
	return false
}

// mentions finds every other sentence that names the actor or the
// character.
func (x *extractor) mentions(arts []*content.Article) {
	for _, a := range arts {
		inList := map[string]bool{}
		for i, b := range a.Blocks {
			if x.castBlocks[a.ID][i] {
				for _, it := range b.Items {
					for _, s := range it.Sentences {
						inList[s.ID] = true
					}
				}
			}
		}
		for _, s := range a.Sentences() {
			byPerson := map[*Person][][2]int{}
			var order []*Person
			for _, f := range x.find(s.Text) {
				if _, ok := byPerson[f.t.person]; !ok {
					order = append(order, f.t.person)
				}
				byPerson[f.t.person] = append(byPerson[f.t.person], [2]int{f.start, f.end})
			}
			for _, p := range order {
				if p.sources(a.ID, s.ID) {
					continue
				}
				p.Mentions = append(p.Mentions, Mention{
					ArticleID: a.ID, SentenceID: s.ID, Sentence: s.Text,
					Spans: byPerson[p], Kind: mentionKind(s.Text, inList[s.ID]),
				})
			}
		}
	}
}

func mentionKind(s string, inList bool) string {
	switch {
	case inList:
		return "cast list"
	case quoteMark().MatchString(s):
		return "quote"
	case reportVerb().MatchString(s):
		return "interview"
	}
	return "prose"
}

// relations finds the relationships the descriptions state ("Ingrid’s best
// friend") and the romances prose states between two characters.
func (x *extractor) relations(arts []*content.Article) {
	for _, p := range x.c.People {
		for _, d := range p.Descriptions {
			if d.OfActor {
				continue
			}
			text := d.Sentence[d.Start:d.End]
			for _, m := range relation().FindAllStringSubmatchIndex(text, -1) {
				other, ok := x.byAlias(text[m[2]:m[3]])
				if !ok || other == p {
					continue
				}
				start := d.Start + m[6]
				if m[4] >= 0 {
					start = d.Start + m[4]
				}
				p.Relations = append(p.Relations, Relation{
					Ref:  Ref{ArticleID: d.ArticleID, SentenceID: d.SentenceID, Sentence: d.Sentence, Start: start, End: d.Start + m[7]},
					From: p.Slug, To: other.Slug, ToName: text[m[2]:m[3]], Kind: text[m[6]:m[7]],
				})
			}
		}
	}
	for _, a := range arts {
		for _, s := range a.Sentences() {
			loc := romance().FindStringIndex(s.Text)
			if loc == nil {
				continue
			}
			var people []*Person
			var name string
			for _, f := range x.find(s.Text) {
				if !containsPerson(people, f.t.person) {
					people = append(people, f.t.person)
					if len(people) == 2 {
						name = s.Text[f.start:f.end]
					}
				}
			}
			if len(people) != 2 || people[0].Character == "" || people[1].Character == "" {
				continue
			}
			people[0].Relations = append(people[0].Relations, Relation{
				Ref:  ref(a, s, loc[0], loc[1]),
				From: people[0].Slug, To: people[1].Slug, ToName: name, Kind: "romance",
			})
		}
	}
}

func containsPerson(ps []*Person, p *Person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// unknown finds people named in sentences about the characters that no
// cast list, crew credit or firm accounts for: characters the cast lists
// do not know.
func (x *extractor) unknown(arts []*content.Article) {
	lower := map[string]bool{}
	for _, a := range arts {
		for _, s := range a.Sentences() {
			for _, w := range wordSplit().Split(s.Text, -1) {
				if w != "" && w == strings.ToLower(w) {
					lower[w] = true
				}
			}
		}
	}
	index := map[string]int{}
	for _, a := range arts {
		for _, b := range a.Blocks {
			if b.Kind != content.Paragraph {
				continue
			}
			for _, s := range b.Sentences {
				fs := x.find(s.Text)
				character := false
				taken := make([]bool, len(s.Text)+1)
				for _, f := range fs {
					character = character || !f.t.actor
					for i := f.start; i < f.end; i++ {
						taken[i] = true
					}
				}
				if !character {
					continue
				}
				for _, h := range heritage().FindAllStringIndex(s.Text, -1) {
					for i := h[0]; i < h[1]; i++ {
						taken[i] = true
					}
				}
				for _, o := range x.othersRe {
					for _, m := range o.FindAllStringSubmatchIndex(s.Text, -1) {
						for i := m[2]; i < m[3]; i++ {
							taken[i] = true
						}
					}
				}
			next:
				for _, m := range possibleName().FindAllStringIndex(s.Text, -1) {
					for i := m[0]; i < m[1]; i++ {
						if taken[i] {
							continue next
						}
					}
					if m[0] > 0 && strings.ContainsAny(s.Text[m[0]-1:m[0]], `"“‘'`) {
						continue // a quoted title, not a person
					}
					n := s.Text[m[0]:m[1]]
					for _, w := range strings.Fields(n) {
						if lower[strings.ToLower(w)] {
							continue next
						}
					}
					i, ok := index[n]
					if !ok {
						i = len(x.c.Unknown)
						index[n] = i
						x.c.Unknown = append(x.c.Unknown, Unknown{Name: n})
					}
					x.c.Unknown[i].Refs = append(x.c.Unknown[i].Refs, ref(a, s, m[0], m[1]))
				}
			}
		}
	}
}

var wordSplit = lazyre.New(`[^\w’'-]+`)
