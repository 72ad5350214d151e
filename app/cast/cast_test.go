package cast

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"partnertrack/app/content"
	"partnertrack/seeds"
)

// Article ids of the seeds, by label.
const (
	a1 = "000_747ef56c3995183a"
	a2 = "001_af8ed55f5fefa408"
	a3 = "002_36a669ef9be3c6c1"
	a4 = "003_04899bce5507796f"
	a5 = "004_afde3b6bae209fa5"
)

func seedCast(t *testing.T) *Cast {
	t.Helper()
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Extract(arts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The cast as the seeds name it, written by reading them: A2's two cast
// lists (the first main, the second recurring), A4's "regular members"
// list and its prose, the "star(s)" sentences of A1, A3 and A5, and A5's
// "who portrays Z".
func TestExtractCast(t *testing.T) {
	main, rec := []Role{Main}, []Role{Recurring}
	tests := []struct {
		actor, character string
		roles            []Role
		articles         []string
	}{
		{"Arden Cho", "Ingrid Yun", main, []string{a1, a2, a3, a4, a5}},
		{"Alexandra Turshen", "Rachel Friedman", main, []string{a1, a2, a3, a4}},
		{"Bradley Gibson", "Tyler Robinson", main, []string{a1, a2, a3, a4}},
		{"Dominic Sherwood", "Jeff Murphy", main, []string{a1, a2, a3, a4}},
		{"Rob Heaps", "Nick Laren", main, []string{a1, a2, a3, a4}},
		{"Nolan Gerard Funk", "Dan Fallon", main, []string{a2, a4}},
		{"Matthew Rauch", "Marty Adler", main, []string{a2, a4}},
		{"Roby Attal", "Justin Coleman", main, []string{a2}},
		{"Lena Ahn", "Lina Yun", rec, []string{a2, a4}},
		{"Desmond Chiam", "Zi-Xin ‘Z’ Min", []Role{Main, Recurring}, []string{a2, a4, a5}},
		{"Catherine Curtin", "Margo", rec, []string{a2}},
		{"Fredric Lehne", "Ted Lassiter", rec, []string{a2}},
		{"Ronald Peet", "Anthony", rec, []string{a2}},
		{"Zane Phillips", "Hunter Reed", rec, []string{a2}},
		{"Will Stout", "Todd Ames", rec, []string{a2}},
		{"Rich Ting", "Carter Min", rec, []string{a2}},
		{"Daniel Gerroll", "Raymond Vanderlin", rec, []string{a2}},
		{"Alejandro Hernandez", "Valdo", rec, []string{a2}},
		{"Esther Moon", "Soo-Jung Yun", rec, []string{a2}},
		{"Jo Sung", "Sang-Hoon Yun", rec, []string{a2}},
		{"Tehmina Sunny", "", rec, []string{a4}},
	}
	c := seedCast(t)
	if len(c.People) != len(tests) {
		var got []string
		for _, p := range c.People {
			got = append(got, p.Name)
		}
		t.Errorf("%d people %q, want %d", len(c.People), got, len(tests))
	}
	for i, tt := range tests {
		p, ok := c.Person(Slug(tt.actor))
		if !ok {
			t.Errorf("%s: missing", tt.actor)
			continue
		}
		if p.Name != tt.actor || p.Character != tt.character {
			t.Errorf("%s: %q as %q, want %q", tt.actor, p.Name, p.Character, tt.character)
		}
		if got := p.Roles(); !equal(got, tt.roles) {
			t.Errorf("%s: roles %v, want %v", tt.actor, got, tt.roles)
		}
		got := p.Articles()
		sort.Strings(got)
		if !equal(got, tt.articles) {
			t.Errorf("%s: listed by %v, want %v", tt.actor, got, tt.articles)
		}
		if p.Billing != i+1 {
			t.Errorf("%s: billing %d, want %d", tt.actor, p.Billing, i+1)
		}
		for _, l := range p.Listings {
			if l.Text() != p.Name {
				t.Errorf("%s: listing ref %q", tt.actor, l.Text())
			}
		}
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Where each role comes from, in the article's words.
func TestListingBasis(t *testing.T) {
	c := seedCast(t)
	tests := []struct {
		actor, article string
		role           Role
		basis          string
	}{
		{"Desmond Chiam", a2, Recurring, "the second cast list, set apart below the first"},
		{"Desmond Chiam", a4, Main, "listed after “The regular members of Partner Track Season 2 Cast are:”"},
		{"Desmond Chiam", a4, Recurring, "joined the show in recurring roles"},
		{"Lena Ahn", a4, Recurring, "was cast in a recurring capacity"},
		{"Nolan Gerard Funk", a4, Main, "were cast as lead actors"},
		{"Arden Cho", a1, Main, "star in the show"},
		{"Arden Cho", a3, Main, "the series stars"},
		{"Arden Cho", a5, Main, "stars … as"},
		{"Desmond Chiam", a5, Unstated, "who portrays"},
		{"Rob Heaps", a3, Unstated, "played by"},
		{"Rob Heaps", a1, Unstated, "played by"},
	}
	for _, tt := range tests {
		p, _ := c.Person(Slug(tt.actor))
		found := false
		for _, l := range p.Listings {
			found = found || l.ArticleID == tt.article && l.Role == tt.role && l.Basis == tt.basis
		}
		if !found {
			t.Errorf("%s in %s: no %v listing with basis %q", tt.actor, tt.article, tt.role, tt.basis)
		}
	}
	// A5 names Desmond Chiam's character by its nickname; A1 and A3 name
	// Rob Heaps's by its first name.
	for actor, want := range map[string]string{"Desmond Chiam": "Z", "Rob Heaps": "Nick"} {
		p, _ := c.Person(Slug(actor))
		if !contains(p.Aliases, want) {
			t.Errorf("%s: aliases %q lack %q", actor, p.Aliases, want)
		}
	}
}

func TestDescriptions(t *testing.T) {
	c := seedCast(t)
	p, _ := c.Person("arden-cho")
	byArticle := map[string][]string{}
	var actor []string
	for _, d := range p.Descriptions {
		if d.OfActor {
			actor = append(actor, d.Text())
			continue
		}
		byArticle[d.ArticleID] = append(byArticle[d.ArticleID], d.Text())
	}
	want := map[string][]string{
		a2: {
			"a mergers and acquisitions lawyer who is trying to make a partner at her law firm, Parsons Valentine & Hunt",
			"a strong female lead and an idealistic legal professional",
			"a Chinese American woman and idealistic lawyer with aspirations of becoming a partner in a prestigious New York City law firm",
			"a strong leader who sticks to her principles no matter what",
			"the show’s main character and a constant high point",
		},
		a4: {"an ambitious and goal-oriented Korean American lawyer who strives to become the Junior partner of the US law firm Parsons"},
		a5: {"an up-and-coming lawyer who aims to rise through the ranks of a New York-based law firm and make partner"},
	}
	for art, w := range want {
		if !equal(byArticle[art], w) {
			t.Errorf("Ingrid in %s: %q, want %q", art, byArticle[art], w)
		}
	}
	if len(byArticle) != len(want) {
		t.Errorf("Ingrid described by %d articles, want %d", len(byArticle), len(want))
	}
	if len(actor) != 1 || !strings.HasPrefix(actor[0], `from "Teen Wolf"`) {
		t.Errorf("Arden Cho described as %q", actor)
	}
}

func TestRelations(t *testing.T) {
	c := seedCast(t)
	type rel struct{ from, kind, to, article string }
	want := []rel{
		{"alexandra-turshen", "best friend", "arden-cho", a2},
		{"bradley-gibson", "best friend", "arden-cho", a2},
		{"dominic-sherwood", "one-night stand", "arden-cho", a2},
		{"rob-heaps", "love interest", "arden-cho", a2},
		{"roby-attal", "paralegal", "arden-cho", a2},
		{"lena-ahn", "sister", "arden-cho", a2},
		{"ronald-peet", "boyfriend", "bradley-gibson", a2},
		{"esther-moon", "mother", "arden-cho", a2},
		{"jo-sung", "father", "arden-cho", a2},
		// Romances prose states between two characters.
		{"arden-cho", "romance", "dominic-sherwood", a1},
		{"arden-cho", "romance", "dominic-sherwood", a2},
		{"arden-cho", "romance", "dominic-sherwood", a3},
		{"desmond-chiam", "romance", "arden-cho", a5},
	}
	var got []rel
	for _, p := range c.People {
		for _, r := range p.Relations {
			got = append(got, rel{r.From, r.Kind, r.To, r.ArticleID})
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d relations %v, want %d", len(got), got, len(want))
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing relation %v", w)
		}
	}
	if n := len(c.Relations("arden-cho")); n != 12 {
		t.Errorf("Ingrid has %d relations, want 12", n)
	}
}

func TestDisagreements(t *testing.T) {
	c := seedCast(t)
	type dis struct {
		actor, topic string
		values       []string
		conflict     bool
	}
	want := []dis{
		{"arden-cho", "Heritage", []string{"Chinese American", "Korean American"}, true},
		{"arden-cho", "Law firm", []string{"Parsons Valentine & Hunt", "Parsons"}, false},
		{"desmond-chiam", "Role", []string{"main", "recurring"}, true},
	}
	var got []dis
	for _, p := range c.People {
		for _, d := range p.Disagreements {
			var vs []string
			for _, v := range d.Values {
				vs = append(vs, v.Text)
				for _, r := range v.Refs {
					if r.Text() != v.Text && d.Topic != "Role" {
						t.Errorf("%s %s: ref text %q, value %q", p.Slug, d.Topic, r.Text(), v.Text)
					}
				}
			}
			got = append(got, dis{p.Slug, d.Topic, vs, d.Conflict})
		}
	}
	if len(got) != len(want) || c.Disagreements() != len(want) {
		t.Fatalf("disagreements %v, want %v", got, want)
	}
	for i := range want {
		if got[i].actor != want[i].actor || got[i].topic != want[i].topic || !equal(got[i].values, want[i].values) || got[i].conflict != want[i].conflict {
			t.Errorf("disagreement %d: %v, want %v", i, got[i], want[i])
		}
	}
	p, _ := c.Person("desmond-chiam")
	if w := p.Disagreements[0].Why; !strings.Contains(w, "One article says both") {
		t.Errorf("Desmond Chiam's role: why %q should say A4 says both", w)
	}
}

// A4's plot paragraphs name characters no cast list knows.
func TestUnknownCharacters(t *testing.T) {
	c := seedCast(t)
	var got []string
	for _, u := range c.Unknown {
		got = append(got, u.Name)
		for _, r := range u.Refs {
			if r.ArticleID != a4 || r.Text() != u.Name {
				t.Errorf("%s: ref %s %q", u.Name, r.ArticleID, r.Text())
			}
		}
	}
	want := []string{"Thomas Cole", "Hillary Green", "Dylan Stone", "Jackson Rosen"}
	if !equal(got, want) {
		t.Errorf("unknown characters %q, want %q", got, want)
	}
}

func TestMentions(t *testing.T) {
	c := seedCast(t)
	tests := []struct {
		actor, article, sentence string
		names                    []string
		kind                     string
	}{
		// "Jeff (Sherwood)": the character by first name, the actor by surname.
		{"dominic-sherwood", a2, "l47s2", []string{"Jeff", "Sherwood"}, "prose"},
		{"dominic-sherwood", a1, "l37s1", []string{"Murphy"}, "quote"},
		{"rob-heaps", a1, "l37s1", []string{"Nick"}, "quote"},
		{"desmond-chiam", a5, "l15s3", []string{"Z"}, "quote"},
		{"arden-cho", a5, "l15s3", []string{"Ingrid", "Arden Cho"}, "quote"},
		{"arden-cho", a2, "l23s1", []string{"Ingrid"}, "cast list"},
		{"bradley-gibson", a3, "l61s1", []string{"Tyler"}, "prose"},
	}
	for _, tt := range tests {
		p, _ := c.Person(tt.actor)
		var m *Mention
		for i := range p.Mentions {
			if p.Mentions[i].ArticleID == tt.article && p.Mentions[i].SentenceID == tt.sentence {
				m = &p.Mentions[i]
			}
		}
		if m == nil {
			t.Errorf("%s: no mention in %s %s", tt.actor, tt.article, tt.sentence)
			continue
		}
		var names []string
		for _, sp := range m.Spans {
			names = append(names, m.Sentence[sp[0]:sp[1]])
		}
		if !equal(names, tt.names) || m.Kind != tt.kind {
			t.Errorf("%s %s %s: %q %s, want %q %s", tt.actor, tt.article, tt.sentence, names, m.Kind, tt.names, tt.kind)
		}
	}
	// A name inside a crew member's name is not a mention: "Tyler
	// Robinson" is not "Julie Anne Robinson", "Alejandro Hernandez" not
	// "Tony Hernandez".
	for _, slug := range []string{"bradley-gibson", "alejandro-hernandez"} {
		p, _ := c.Person(slug)
		for _, m := range p.Mentions {
			if m.ArticleID == a4 && strings.HasPrefix(m.SentenceID, "l19") || strings.HasPrefix(m.SentenceID, "l21") && m.ArticleID == a4 {
				t.Errorf("%s mentioned in the crew sentence %s", slug, m.Sentence)
			}
		}
	}
	// The sentences that list or describe a person are not mentions.
	for _, p := range c.People {
		for _, m := range p.Mentions {
			if p.sources(m.ArticleID, m.SentenceID) {
				t.Errorf("%s: mention %s %s also lists them", p.Slug, m.ArticleID, m.SentenceID)
			}
		}
	}
}

func TestSlugAndInitials(t *testing.T) {
	for in, want := range map[string][2]string{
		"Arden Cho":               {"arden-cho", "AC"},
		"Nolan Gerard Funk":       {"nolan-gerard-funk", "NF"},
		"Charles Randolph-Wright": {"charles-randolph-wright", "CR"},
		"Valdo":                   {"valdo", "V"},
		"":                        {"", "?"},
	} {
		if got := Slug(in); got != want[0] {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want[0])
		}
		if got := Initials(in); got != want[1] {
			t.Errorf("Initials(%q) = %q, want %q", in, got, want[1])
		}
	}
}

// Seed text that stops saying what the extraction expects fails with the
// file named.
func TestExtractErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"mixed.txt", "Title here\n\nSome paragraph text that is long enough to count as a paragraph.\n\nThe Cast\n\n  • Arden Cho as Ingrid Yun\n  • Dominic Sherwood as Jeff Murphy\n  • Somebody plays a lawyer\n",
			"mixed.txt: line 9 of a cast list is not “Actor as Character”"},
		{"nolist.txt", "Title here\n\nSome paragraph text that is long enough to count as a paragraph.\n\nPartner Track Cast\n\nNo list follows this heading, only a paragraph of words.\n",
			"nolist.txt: the cast heading \"Partner Track Cast\" (line 5) is not followed"},
		{"nocast.txt", "Title here\n\nSome paragraph text that is long enough to count as a paragraph.\n",
			"no article has an “Actor as Character” cast list"},
	}
	for _, tt := range tests {
		a, err := content.Parse(tt.name, []byte(tt.text))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		_, err = Extract([]*content.Article{a})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}
