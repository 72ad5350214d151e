package cast

import "strings"

// Ref is a span of one sentence of one article: where a value was found.
type Ref struct {
	ArticleID  string
	SentenceID string
	Sentence   string
	// Start and End bound the value in Sentence.
	Start, End int
}

// Text returns the referenced words, Sentence[Start:End].
func (r Ref) Text() string { return r.Sentence[r.Start:r.End] }

// Role is what an article says a part is.
type Role int

const (
	// Unstated means the article names the actor without saying main or
	// recurring.
	Unstated Role = iota
	// Main is a lead, star or regular.
	Main
	// Recurring is a recurring part.
	Recurring
)

// String names the role for people and URLs.
func (r Role) String() string {
	switch r {
	case Main:
		return "main"
	case Recurring:
		return "recurring"
	}
	return "unstated"
}

// Listing is one article naming an actor as cast: a cast-list line or a
// sentence of prose.
type Listing struct {
	Ref // the actor's name
	// Role is what the article says. Basis is, for prose, the article's
	// words that say it ("were cast as lead actors", "who portrays"); for a
	// list line, how the list says it.
	Role  Role
	Basis string
	// InList is true for a line of a cast list; Position is then its
	// 1-based place in the list and List names the list.
	InList   bool
	Position int
	List     string
	// Character is the character named, if any, and CharRef where.
	Character string
	CharRef   *Ref
}

// Description is an article's description of a character or an actor.
type Description struct {
	Ref
	// OfActor is true for words about the actor ("from “Teen Wolf” fame").
	OfActor bool
}

// Mention is a sentence that names the actor or the character, other than
// the ones that list or describe them.
type Mention struct {
	ArticleID, SentenceID, Sentence string
	// Spans are the names found, as [start, end) byte offsets, in order.
	Spans [][2]int
	// Kind is "cast list" (another line of a cast list), "quote" (the
	// sentence quotes someone), "interview" (it reports
	// what someone said) or "prose".
	Kind string
}

// Relation is a relationship an article states between two characters.
type Relation struct {
	Ref // the relationship's words, e.g. "best friend"
	// From is the person whose character the words describe; To the person
	// whose character the words relate them to, named as ToName.
	From, To string // slugs
	ToName   string
	// Kind is the relationship in the article's words, without "other" or
	// "younger" ("best friend", "sister").
	Kind string
}

// Value is one of the values articles give for a disagreement.
type Value struct {
	Text string
	Refs []Ref
}

// Articles returns the ids of the articles stating the value, each once,
// in order.
func (v Value) Articles() []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range v.Refs {
		if !seen[r.ArticleID] {
			seen[r.ArticleID] = true
			out = append(out, r.ArticleID)
		}
	}
	return out
}

// Disagreement is a point on which articles (or one article with itself)
// give different values.
type Disagreement struct {
	Topic  string // "Role", "Heritage", "Law firm", …
	Values []Value
	// Conflict is true when the values cannot both be true; false when one
	// is a shorter form of the other.
	Conflict bool
	Why      string
}

// Person is one actor and their part.
type Person struct {
	Slug, Name string
	// Character is the character's fullest name, "" when no article names
	// one; Aliases are the shorter names the articles use for it.
	Character string
	Aliases   []string
	Listings  []Listing
	// Descriptions of the character, then of the actor, in article order.
	Descriptions  []Description
	Mentions      []Mention
	Relations     []Relation // stated about this person's character
	Disagreements []Disagreement
	// Billing is the 1-based order of first appearance: cast lists first,
	// in article order, then prose.
	Billing int
}

// Roles returns the distinct roles the articles state, main first.
func (p *Person) Roles() []Role {
	var main, rec bool
	for _, l := range p.Listings {
		main = main || l.Role == Main
		rec = rec || l.Role == Recurring
	}
	var out []Role
	if main {
		out = append(out, Main)
	}
	if rec {
		out = append(out, Recurring)
	}
	return out
}

// Articles returns the ids of the articles that list the person, each once,
// in order of the listings.
func (p *Person) Articles() []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range p.Listings {
		if !seen[l.ArticleID] {
			seen[l.ArticleID] = true
			out = append(out, l.ArticleID)
		}
	}
	return out
}

// Initials returns the first letters of the first and last words of the
// name, "AC" for "Arden Cho".
func Initials(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return "?"
	}
	first := []rune(f[0])[:1]
	if len(f) == 1 {
		return string(first)
	}
	return string(first) + string([]rune(f[len(f)-1])[:1])
}

// Unknown is a character one article names in its prose that no cast list
// or other article knows.
type Unknown struct {
	Name string
	Refs []Ref
}

// Cast is everything extracted about the people of the show.
type Cast struct {
	People []*Person // in billing order
	// Unknown are the characters named only in prose, in order of
	// appearance.
	Unknown []Unknown
	Crew    Crew
}

// Person returns the person with the slug. (A scan: the show has a few
// dozen people, and a Cast decoded from JSON needs no index rebuilt.)
func (c *Cast) Person(slug string) (*Person, bool) {
	for _, p := range c.People {
		if p.Slug == slug {
			return p, true
		}
	}
	return nil, false
}

// Relations returns every relation that involves the person, as From or To.
func (c *Cast) Relations(slug string) []Relation {
	var out []Relation
	for _, p := range c.People {
		for _, r := range p.Relations {
			if r.From == slug || r.To == slug {
				out = append(out, r)
			}
		}
	}
	return out
}

// Disagreements returns the number of disagreements over all people.
func (c *Cast) Disagreements() int {
	n := 0
	for _, p := range c.People {
		n += len(p.Disagreements)
	}
	return n
}
