package cast

import (
	"fmt"
	"regexp"
	"strings"

	"partnertrack/app/content"
	"partnertrack/app/internal/lazyre"
)

// Extract finds the cast and crew in the articles. Its error names the
// article whose text no longer says what the extraction expects.
func Extract(arts []*content.Article) (*Cast, error) {
	x := &extractor{c: &Cast{}, bySlug: map[string]*Person{}, castBlocks: map[string][]bool{}}
	for _, a := range arts {
		if err := x.lists(a); err != nil {
			return nil, err
		}
	}
	for _, a := range arts {
		x.prose(a)
	}
	if len(x.c.People) == 0 {
		return nil, fmt.Errorf("cast: no article has an “Actor as Character” cast list or names cast in prose")
	}
	crew, err := extractCrew(arts)
	if err != nil {
		return nil, err
	}
	x.c.Crew = crew
	x.characters()
	x.descriptions(arts)
	x.index(arts)
	x.mentions(arts)
	x.relations(arts)
	x.unknown(arts)
	for _, p := range x.c.People {
		p.Disagreements = x.disagreements(p)
	}
	return x.c, nil
}

// extractor holds the state of one extraction.
type extractor struct {
	c      *Cast
	bySlug map[string]*Person
	// terms are the names the mentions are found by, longest first.
	terms []term
	// firms are the law-firm names the articles use.
	firms []string
	// castBlocks marks each article's cast lists, by block index.
	castBlocks map[string][]bool
	// others are names of people who are not cast (crew, critics) and
	// names of places and firms: a cast name inside them is not a mention.
	others   []string
	othersRe []*regexp.Regexp
}

// person returns the person named name, adding them if new.
func (x *extractor) person(name string) *Person {
	slug := Slug(name)
	if p, ok := x.bySlug[slug]; ok {
		return p
	}
	p := &Person{Slug: slug, Name: name, Billing: len(x.c.People) + 1}
	x.c.People = append(x.c.People, p)
	x.bySlug[slug] = p
	return p
}

// Slug returns the address part of a name: "Nolan Gerard Funk" →
// "nolan-gerard-funk".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// lists reads the article's cast lists.
func (x *extractor) lists(a *content.Article) error {
	isCast := make([]bool, len(a.Blocks))
	for i, b := range a.Blocks {
		if b.Kind != content.List {
			continue
		}
		n := 0
		for _, it := range b.Items {
			if castLine().MatchString(it.Text) {
				n++
			}
		}
		switch {
		case n == len(b.Items) && n >= 2:
			isCast[i] = true
		case n >= 2:
			for _, it := range b.Items {
				if !castLine().MatchString(it.Text) {
					return fmt.Errorf("%s: line %d of a cast list is not “Actor as Character”: %q", a.File, it.Line, it.Text)
				}
			}
		}
	}
	for i, b := range a.Blocks {
		if b.Kind == content.Heading && castHeading().MatchString(b.Text) && !strings.HasSuffix(b.Text, "?") {
			found := false
			for j := i + 1; j < len(a.Blocks) && j <= i+2; j++ {
				found = found || isCast[j]
			}
			if !found {
				return fmt.Errorf("%s: the cast heading %q (line %d) is not followed by an “Actor as Character” list", a.File, b.Text, b.Line)
			}
		}
	}
	x.castBlocks[a.ID] = isCast
	for i, b := range a.Blocks {
		if !isCast[i] {
			continue
		}
		role, basis, list := listRole(a, isCast, i)
		for k, it := range b.Items {
			if len(it.Sentences) == 0 {
				continue
			}
			s := it.Sentences[0]
			if len(it.Sentences) > 1 {
				return fmt.Errorf("%s: cast list line %d has several sentences", a.File, it.Line)
			}
			m := castLine().FindStringSubmatchIndex(s.Text)
			if m == nil {
				return fmt.Errorf("%s: line %d of a cast list is not “Actor as Character”: %q", a.File, it.Line, s.Text)
			}
			p := x.person(s.Text[m[2]:m[3]])
			cr := ref(a, s, m[4], m[5])
			p.Listings = append(p.Listings, Listing{
				Ref: ref(a, s, m[2], m[3]), Role: role, Basis: basis,
				InList: true, Position: k + 1, List: list,
				Character: cr.Text(), CharRef: &cr,
			})
			if m[6] >= 0 {
				p.Descriptions = append(p.Descriptions, Description{Ref: ref(a, s, m[6], m[7])})
			}
		}
	}
	return nil
}

// listRole says which part of the cast the list at i is, from the words
// before it, or else from its place among the article's cast lists.
func listRole(a *content.Article, isCast []bool, i int) (role Role, basis, list string) {
	heading := ""
	for j := i - 1; j >= 0; j-- {
		if a.Blocks[j].Kind == content.Heading {
			heading = a.Blocks[j].Text
			break
		}
	}
	list = "cast list"
	if heading != "" {
		list = "cast list under “" + heading + "”"
	}
	if i > 0 {
		if lead := a.Blocks[i-1]; lead.Kind == content.Paragraph || lead.Kind == content.Heading {
			switch {
			case leadInMain().MatchString(lead.Text):
				return Main, "listed after “" + lead.Text + "”", list
			case leadInRecurring().MatchString(lead.Text):
				return Recurring, "listed after “" + lead.Text + "”", list
			}
		}
	}
	switch {
	case i+1 < len(isCast) && isCast[i+1]:
		return Main, "the first of two cast lists; the second is set apart below it", "first " + list
	case i > 0 && isCast[i-1]:
		return Recurring, "the second cast list, set apart below the first", "second " + list
	}
	return Unstated, "listed without saying main or recurring", list
}

// prose reads the sentences that name cast outside cast lists.
func (x *extractor) prose(a *content.Article) {
	for i, b := range a.Blocks {
		if x.castBlocks[a.ID][i] {
			continue
		}
		ss := b.Sentences
		for _, it := range b.Items {
			ss = append(ss, it.Sentences...)
		}
		for _, s := range ss {
			for _, pr := range proseRoles() {
				for _, m := range pr.re.FindAllStringSubmatchIndex(s.Text, -1) {
					basis := strings.Trim(s.Text[m[0]:m[2]]+" "+s.Text[m[3]:m[1]], " ,.")
					for _, sp := range splitNames(s.Text, m[2], m[3]) {
						p := x.person(s.Text[sp[0]:sp[1]])
						p.Listings = append(p.Listings, Listing{Ref: ref(a, s, sp[0], sp[1]), Role: pr.role, Basis: basis})
					}
				}
			}
			for _, pc := range proseCharacters() {
				m := pc.re.FindStringSubmatchIndex(s.Text)
				if m == nil {
					continue
				}
				g := func(n string) (int, int) {
					i := pc.re.SubexpIndex(n)
					if i < 0 {
						return -1, -1
					}
					return m[2*i], m[2*i+1]
				}
				as, ae := g("actor")
				cs, ce := g("char")
				p := x.person(s.Text[as:ae])
				cr := ref(a, s, cs, ce)
				// The words that pair actor and character: "stars … as",
				// "who portrays", "played by".
				var basis string
				switch {
				case pc.role == Main:
					basis = strings.TrimSpace(s.Text[m[0]:as]) + " … as"
				case as < cs:
					basis = strings.Trim(s.Text[ae:cs], " ,")
				default:
					between := s.Text[ce:as]
					basis = strings.TrimSpace(between[strings.LastIndex(between, "(")+1:])
				}
				p.Listings = append(p.Listings, Listing{Ref: ref(a, s, as, ae), Role: pc.role, Basis: basis, Character: cr.Text(), CharRef: &cr})
				if ds, de := g("desc"); ds >= 0 {
					p.Descriptions = append(p.Descriptions, Description{Ref: ref(a, s, ds, de)})
				}
				if fs, fe := g("fame"); fs >= 0 {
					p.Descriptions = append(p.Descriptions, Description{Ref: ref(a, s, fs, fe), OfActor: true})
				}
			}
		}
	}
}

// splitNames returns the spans of the names in text[start:end], a list like
// "A B, C D, and E F".
func splitNames(text string, start, end int) [][2]int {
	var out [][2]int
	for _, m := range nameRe().FindAllStringIndex(text[start:end], -1) {
		out = append(out, [2]int{start + m[0], start + m[1]})
	}
	return out
}

var nameRe = lazyre.New(name)

func ref(a *content.Article, s content.Sentence, start, end int) Ref {
	return Ref{ArticleID: a.ID, SentenceID: s.ID, Sentence: s.Text, Start: start, End: end}
}
