package cast

import (
	"regexp"
	"strings"

	"partnertrack/app/content"
	"partnertrack/app/facts"
	"partnertrack/app/internal/lazyre"
)

// Crew is the people behind the show and around it, as the articles name
// them.
type Crew struct {
	// Facts are single-valued facts: creator, showrunner, novel, author,
	// production company, filming location, the Netflix executive and
	// their title. Each groups the articles' wordings.
	Facts []facts.Fact
	// Credits are the named groups: producers, directors, consultants.
	Credits []Credit
	// Critics are the critics and outlets the articles quote.
	Critics []Critic
}

// Fact returns the crew fact with the key.
func (c Crew) Fact(key string) (facts.Fact, bool) {
	for _, f := range c.Facts {
		if f.Key == key {
			return f, true
		}
	}
	return facts.Fact{}, false
}

// names returns every crew and critic name the articles give.
func (c Crew) names() []string {
	var out []string
	add := func(s string) {
		if s != "" && !contains(out, s) {
			out = append(out, s)
		}
	}
	for _, f := range c.Facts {
		if f.Kind != facts.Text {
			continue
		}
		for _, g := range f.Groups {
			if nameRe().MatchString(g.Value()) && nameRe().FindString(g.Value()) == g.Value() {
				add(g.Value())
			}
		}
	}
	for _, cr := range c.Credits {
		for _, n := range cr.People {
			add(n.Name)
		}
	}
	for _, cr := range c.Critics {
		add(cr.Name)
		add(cr.Outlet)
	}
	return out
}

// Credit is a named group of crew: "Producers".
type Credit struct {
	Role string
	// Count is where an article states how many there are ("five
	// directors"), nil if none does.
	Count  *Ref
	People []Named
}

// Named is a person with the places that name them and notes ("directed
// the first two episodes").
type Named struct {
	Name  string
	Refs  []Ref
	Notes []Ref
}

// Critic is a critic or an outlet the articles quote.
type Critic struct {
	Name   string // the critic, "" when only the outlet is named
	Outlet string
	Refs   []Ref // where the critic is named
	// Quotes are the words attributed to them, grouped by wording.
	Quotes []Value
	// Unattributed are the same words quoted without naming them.
	Unattributed []Ref
}

// Misquoted reports whether the articles quote the critic differently.
func (c Critic) Misquoted() bool { return len(c.Quotes) > 1 }

// The crew lookups. The home page's lookups for the creator and the novel
// are reused as they are.
const (
	personName = `[A-Z][a-z]+ [A-Z][a-z]+`
	jobTitle   = `(?:[Hh]ead|[Pp]resident|[Cc]hief|[Vv]ice [Pp]resident) of [A-Za-z][a-z]+(?: [A-Z][a-z]+)*`
	company    = `[A-Z]\w+(?: [A-Z]\w+)* (?:Media|Studios|Productions|Entertainment|Pictures|Films|Television)`
	outlet     = `(?:[Tt]he )?((?:[A-Z][a-z]+ )+(?:Chronicle|Tribune|Times|Post|Herald|Journal|Gazette|Globe|Guardian))\b`
)

func crewLookups() []facts.Lookup {
	var out []facts.Lookup
	for _, l := range facts.Home() {
		switch l.Key {
		case "creator", "novel", "author", "novel-year":
			out = append(out, l)
		}
		if l.Key == "creator" {
			out = append(out, facts.Lookup{Key: "showrunner", Label: "Showrunner", Patterns: []*regexp.Regexp{
				re(`(?i:showrunner),? (` + personName + `)`),
				re(`(` + personName + `),? (?:the |as )?(?i:showrunner)`),
			}})
		}
	}
	return append(out,
		facts.Lookup{Key: "company", Label: "Production company", Patterns: []*regexp.Regexp{
			re(`produced by (` + company + `)`),
		}},
		facts.Lookup{Key: "filmed", Label: "Filmed in", Patterns: []*regexp.Regexp{
			re(`(?:filmed|shot) in ([A-Z][a-z]+(?: [A-Z][a-z]+)*)`),
		}},
		facts.Lookup{Key: "executive", Label: "Netflix executive", Patterns: []*regexp.Regexp{
			re(`(` + personName + `),? Netflix['’]s ` + jobTitle),
			re(`Netflix['’]s ` + jobTitle + `,? (` + personName + `)`),
			re(`Netflix (?:drama )?(?:CEO|exec|executive|chief) (` + personName + `)`),
		}},
		facts.Lookup{Key: "executive-title", Label: "The executive’s title", Patterns: []*regexp.Regexp{
			re(`Netflix['’]s (` + jobTitle + `)`),
			re(`\b(?:the|service['’]s) (` + jobTitle + `)`),
			re(`Netflix ((?:drama )?(?:CEO|exec|executive|chief)) ` + personName),
		}},
	)
}

// Credit patterns: the first group is a list of names, the second (when
// there is one) a count.
var (
	producersRe  = lazyre.New(`produced by (` + nameList + `)`)
	directorsRe  = lazyre.New(`(?:\b(\w+) )?directors?: (` + nameList + `)`)
	directedRe   = lazyre.New(`(` + name + `) directed (the [^.,]+)`)
	servesAsRe   = lazyre.New(`(` + name + `) (?:will serve|serves|served) as (?:an? )?([a-z]+(?: [a-z]+)?)(?: for|\.|$)`)
	companyRe    = lazyre.New(`^` + company + `$`)
	criticRe     = lazyre.New(`(` + name + `) (?:of|at|from) ` + outlet)
	outletRe     = lazyre.New(outlet)
	quoteRe      = lazyre.New(`“([^”]+?)[,.]?”`)
	calledRe     = lazyre.New(`(?:called it|called the show|referring to it as) ([a-z][a-z ]+?)(?: while|,|\.|$)`)
	countWordsRe = lazyre.New(`^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$`)
)

// extractCrew finds the crew and the critics.
func extractCrew(arts []*content.Article) (Crew, error) {
	c := Crew{Facts: facts.Find(arts, crewLookups())}
	producers := Credit{Role: "Producers"}
	directors := Credit{Role: "Directors"}
	consult := map[string]*Credit{}
	var consultOrder []string
	addNamed := func(cr *Credit, n string, r Ref) {
		for i := range cr.People {
			if cr.People[i].Name == n {
				cr.People[i].Refs = append(cr.People[i].Refs, r)
				return
			}
		}
		cr.People = append(cr.People, Named{Name: n, Refs: []Ref{r}})
	}
	for _, a := range arts {
		for _, s := range a.Sentences() {
			for _, m := range producersRe().FindAllStringSubmatchIndex(s.Text, -1) {
				for _, sp := range splitNames(s.Text, m[2], m[3]) {
					if n := s.Text[sp[0]:sp[1]]; !companyRe().MatchString(n) {
						addNamed(&producers, n, ref(a, s, sp[0], sp[1]))
					}
				}
			}
			for _, m := range directorsRe().FindAllStringSubmatchIndex(s.Text, -1) {
				if m[2] >= 0 && countWordsRe().MatchString(s.Text[m[2]:m[3]]) && directors.Count == nil {
					r := ref(a, s, m[2], strings.Index(s.Text[m[2]:], ":")+m[2])
					directors.Count = &r
				}
				for _, sp := range splitNames(s.Text, m[4], m[5]) {
					addNamed(&directors, s.Text[sp[0]:sp[1]], ref(a, s, sp[0], sp[1]))
				}
			}
			for _, m := range servesAsRe().FindAllStringSubmatchIndex(s.Text, -1) {
				role := s.Text[m[4]:m[5]]
				cr, ok := consult[role]
				if !ok {
					cr = &Credit{Role: strings.ToUpper(role[:1]) + role[1:]}
					consult[role] = cr
					consultOrder = append(consultOrder, role)
				}
				addNamed(cr, s.Text[m[2]:m[3]], ref(a, s, m[2], m[3]))
			}
		}
	}
	// Notes on directors: "X directed the first two episodes".
	for _, a := range arts {
		for _, s := range a.Sentences() {
			for _, m := range directedRe().FindAllStringSubmatchIndex(s.Text, -1) {
				for i := range directors.People {
					if directors.People[i].Name == s.Text[m[2]:m[3]] {
						directors.People[i].Notes = append(directors.People[i].Notes, ref(a, s, m[0], m[1]))
					}
				}
			}
		}
	}
	for _, cr := range []Credit{producers, directors} {
		if len(cr.People) > 0 {
			c.Credits = append(c.Credits, cr)
		}
	}
	for _, r := range consultOrder {
		c.Credits = append(c.Credits, *consult[r])
	}
	c.Critics = critics(arts)
	return c, nil
}

// critics finds the critics and outlets quoted, and their words.
func critics(arts []*content.Article) []Critic {
	var out []Critic
	index := map[string]int{} // outlet → critic
	// Who writes for which outlet.
	person := map[string]string{}
	for _, a := range arts {
		for _, s := range a.Sentences() {
			for _, m := range criticRe().FindAllStringSubmatch(s.Text, -1) {
				person[m[2]] = m[1]
			}
		}
	}
	for _, a := range arts {
		for _, s := range a.Sentences() {
			// Each mention of a critic runs to the next one.
			type mention struct {
				outlet     string
				start, end int // the name's span
			}
			var ms []mention
			for _, m := range outletRe().FindAllStringSubmatchIndex(s.Text, -1) {
				o := s.Text[m[2]:m[3]]
				st, en := m[2], m[3]
				if p := person[o]; p != "" {
					if i := strings.LastIndex(s.Text[:m[0]], p); i >= 0 {
						st = i
					}
				}
				ms = append(ms, mention{o, st, en})
			}
			for k, m := range ms {
				i, ok := index[m.outlet]
				if !ok {
					i = len(out)
					index[m.outlet] = i
					out = append(out, Critic{Name: person[m.outlet], Outlet: m.outlet})
				}
				out[i].Refs = append(out[i].Refs, ref(a, s, m.start, m.end))
				end := len(s.Text)
				if k+1 < len(ms) {
					end = ms[k+1].start
				}
				seg := s.Text[m.end:end]
				if q := quoteRe().FindStringSubmatchIndex(seg); q != nil {
					out[i].Quotes = addValue(out[i].Quotes, seg[q[2]:q[3]], ref(a, s, m.end+q[2], m.end+q[3]))
				} else if q := calledRe().FindStringSubmatchIndex(seg); q != nil {
					out[i].Quotes = addValue(out[i].Quotes, seg[q[2]:q[3]], ref(a, s, m.end+q[2], m.end+q[3]))
				}
			}
		}
	}
	// The same words quoted without naming the critic.
	for _, a := range arts {
		for _, s := range a.Sentences() {
			for _, q := range unnamedQuotes(s.Text) {
				for i := range out {
					for _, v := range out[i].Quotes {
						if strings.EqualFold(v.Text, s.Text[q[0]:q[1]]) {
							out[i].Unattributed = append(out[i].Unattributed, ref(a, s, q[0], q[1]))
						}
					}
				}
			}
		}
	}
	return out
}

// unnamedQuotes returns the quotes of a sentence that come before any
// critic is named in it.
func unnamedQuotes(s string) [][2]int {
	limit := len(s)
	if m := outletRe().FindStringIndex(s); m != nil {
		limit = m[0]
		if c := criticRe().FindStringIndex(s); c != nil && c[0] < limit {
			limit = c[0]
		}
	}
	var out [][2]int
	for _, q := range quoteRe().FindAllStringSubmatchIndex(s[:limit], -1) {
		out = append(out, [2]int{q[2], q[3]})
	}
	return out
}
