package cast

import (
	"regexp"
	"sort"
	"strings"

	"partnertrack/app/content"
	"partnertrack/app/internal/lazyre"
)

// characters picks each person's character name, the fullest one a cast
// list gives, and the shorter names (first name, nickname, a surname no
// other character has) the articles may use for it.
func (x *extractor) characters() {
	lastCount := map[string]int{}
	firstCount := map[string]int{}
	for _, p := range x.c.People {
		for _, l := range p.Listings {
			if len(l.Character) > len(p.Character) || l.InList && len(l.Character) == len(p.Character) {
				p.Character = l.Character
			}
		}
		if f := nameWords(p.Character); len(f) > 1 {
			firstCount[f[0]]++
			lastCount[f[len(f)-1]]++
		}
		if f := strings.Fields(p.Name); len(f) > 1 {
			lastCount[f[len(f)-1]]++
		}
	}
	for _, p := range x.c.People {
		if p.Character == "" {
			continue
		}
		seen := map[string]bool{p.Character: true}
		add := func(s string) {
			if s != "" && !seen[s] {
				seen[s] = true
				p.Aliases = append(p.Aliases, s)
			}
		}
		words := nameWords(p.Character)
		if nick := nickname().FindStringSubmatch(p.Character); nick != nil {
			add(nick[1])
		}
		if len(words) > 1 {
			add(strings.Join(words, " "))
			if firstCount[words[0]] == 1 {
				add(words[0])
			}
			if last := words[len(words)-1]; lastCount[last] == 1 {
				add(last)
			}
		}
	}
}

// nickname is a quoted nickname inside a name: "Zi-Xin ‘Z’ Min".
var nickname = lazyre.New(`[‘'"“]([^’'"”]+)[’'"”]`)

// nameWords returns the words of a character's name without its quoted
// nickname: "Zi-Xin ‘Z’ Min" → [Zi-Xin Min].
func nameWords(s string) []string {
	return strings.Fields(nickname().ReplaceAllString(s, ""))
}

// term is a name that mentions a person: the actor's name or surname, or
// the character's name or one of its aliases.
type term struct {
	text   string
	re     *regexp.Regexp
	person *Person
	actor  bool // the actor's name, not the character's
}

// index builds the terms, longest first, and the other names that hide a
// cast name inside them.
func (x *extractor) index(arts []*content.Article) {
	lastCount := map[string]int{}
	for _, p := range x.c.People {
		for _, w := range nameWords(p.Character) {
			lastCount[w]++
		}
		if f := strings.Fields(p.Name); len(f) > 1 {
			lastCount[f[len(f)-1]]++
		}
	}
	add := func(text string, p *Person, actor bool) {
		x.terms = append(x.terms, term{text: text, re: wordRe(text), person: p, actor: actor})
	}
	for _, p := range x.c.People {
		add(p.Name, p, true)
		if f := strings.Fields(p.Name); len(f) > 1 && lastCount[f[len(f)-1]] == 1 {
			add(f[len(f)-1], p, true)
		}
		if p.Character != "" {
			add(p.Character, p, false)
			for _, al := range p.Aliases {
				add(al, p, false)
			}
		}
	}
	sort.SliceStable(x.terms, func(i, j int) bool { return len(x.terms[i].text) > len(x.terms[j].text) })
	x.others = append(x.others, x.c.Crew.names()...)
	for _, a := range arts {
		for _, s := range a.Sentences() {
			for _, p := range firmPatterns() {
				for _, m := range p.FindAllStringSubmatch(s.Text, -1) {
					if !contains(x.firms, m[1]) {
						x.firms = append(x.firms, m[1])
					}
				}
			}
		}
	}
	sort.SliceStable(x.firms, func(i, j int) bool { return len(x.firms[i]) > len(x.firms[j]) })
	x.others = append(x.others, x.firms...)
	for _, o := range x.others {
		x.othersRe = append(x.othersRe, wordRe(o))
	}
}

func wordRe(s string) *regexp.Regexp {
	return regexp.MustCompile(`(?:^|\W)(` + regexp.QuoteMeta(s) + `)(?:$|\W)`)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// found is a term found in a sentence.
type found struct {
	start, end int
	t          term
}

// find returns the terms in a sentence, left to right, a longer name
// winning over a shorter one inside it; names inside the names of others
// (crew, firms) do not count.
func (x *extractor) find(s string) []found {
	taken := make([]bool, len(s))
	for i, o := range x.othersRe {
		if !strings.Contains(s, x.others[i]) {
			continue
		}
		for _, m := range o.FindAllStringSubmatchIndex(s, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	var out []found
	for _, t := range x.terms {
		if !strings.Contains(s, t.text) {
			continue
		}
		for _, m := range t.re.FindAllStringSubmatchIndex(s, -1) {
			st, en := m[2], m[3]
			free := true
			for i := st; i < en; i++ {
				free = free && !taken[i]
			}
			if !free {
				continue
			}
			for i := st; i < en; i++ {
				taken[i] = true
			}
			out = append(out, found{st, en, t})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// byAlias returns the person whose character a name refers to.
func (x *extractor) byAlias(name string) (*Person, bool) {
	for _, t := range x.terms {
		if !t.actor && t.text == name {
			return t.person, true
		}
	}
	return nil, false
}
