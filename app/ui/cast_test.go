package ui

import (
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"partnertrack/app/cast"
	"partnertrack/app/corpus"
)

// The list shows every person with avatar, character, role and the chips
// of the articles that list them, each linking to a real sentence.
func TestCastListShowsEveryone(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, castListView{C: c}.render(nil))
	cards := all(doc, "li.cast-card")
	if len(cards) != len(c.Cast().People) || len(cards) != 21 {
		t.Fatalf("%d cards, want %d", len(cards), len(c.Cast().People))
	}
	for i, card := range cards {
		p := c.Cast().People[i]
		if got := text(one(t, card, "h3.cast-name a")); got != p.Name {
			t.Errorf("card %d: %q, want %q", i, got, p.Name)
		}
		if attr(one(t, card, "h3.cast-name a"), "href") != "/cast/"+p.Slug {
			t.Errorf("%s: link %q", p.Name, attr(one(t, card, "h3.cast-name a"), "href"))
		}
		if got := text(one(t, card, "span.avatar")); got != cast.Initials(p.Name) {
			t.Errorf("%s: avatar %q", p.Name, got)
		}
		if len(all(card, "p.cast-listed a.src")) != len(p.Articles()) {
			t.Errorf("%s: %d listing chips, want %d", p.Name, len(all(card, "p.cast-listed a.src")), len(p.Articles()))
		}
		assertChipsResolve(t, c, card)
	}
	desmond := one(t, doc, "li#p-desmond-chiam")
	if r := one(t, desmond, "span.role"); !hasClass(r, "role-disputed") || text(r) != "main or recurring" {
		t.Errorf("Desmond Chiam's role badge %q", text(r))
	}
	sunny := one(t, doc, "li#p-tehmina-sunny")
	if !strings.Contains(text(sunny), "no character named") {
		t.Errorf("Tehmina Sunny: %q", text(sunny))
	}
	// The characters no cast list knows, each named only in A4.
	unknown := all(doc, "section#unknown ul.unknown-list li")
	if len(unknown) != 4 {
		t.Fatalf("%d unknown characters", len(unknown))
	}
	for _, li := range unknown {
		if !strings.Contains(squash(li), "named only in A4") {
			t.Errorf("unknown character %q", squash(li))
		}
	}
	if got := text(one(t, doc, "p.cast-summary")); got != "21 people · 20 characters played · 4 characters no cast list knows · 3 disagreements" {
		t.Errorf("summary %q", got)
	}
}

// assertChipsResolve checks that every chip under n links to a sentence
// that exists and is labelled with its article.
func assertChipsResolve(t *testing.T, c *corpus.Corpus, n *html.Node) {
	t.Helper()
	for _, a := range all(n, "a.src") {
		u := mustURL(t, attr(a, "href"))
		art, ok := c.Article(strings.TrimPrefix(u.Path, "/articles/"))
		if !ok {
			t.Errorf("chip %q links to %s", text(a), u)
			continue
		}
		if _, ok := art.Sentence(u.Fragment); !ok || text(a) != c.Label(art.ID) {
			t.Errorf("chip %q links to missing sentence %s", text(a), u)
		}
	}
}

// The URL state filters the list and marks the current toggles; links keep
// the rest of the state.
func TestCastListURLState(t *testing.T) {
	c := testCorpus(t)
	tests := []struct {
		url      string
		names    []string
		role     string
		sort     string
		complain int
	}{
		{"/cast?role=recurring&q=yun", []string{"Lena Ahn", "Esther Moon", "Jo Sung"}, "Recurring", "Billing order", 0},
		{"/cast?q=Z&role=main", []string{"Desmond Chiam"}, "Main", "Billing order", 0},
		{"/cast?role=boss&sort=age&q=cho", []string{"Arden Cho"}, "All", "Billing order", 2},
		{"/cast?q=zzz", nil, "All", "Billing order", 0},
	}
	for _, tt := range tests {
		doc := render(t, castListView{C: c}.render(mustURL(t, tt.url)))
		// Every card is there; those the query leaves out are hidden.
		cards := all(doc, "li.cast-card")
		if len(cards) != len(c.Cast().People) {
			t.Errorf("%s: %d cards, want all %d", tt.url, len(cards), len(c.Cast().People))
		}
		var names []string
		for _, card := range cards {
			if _, hidden := attrOK(card, "hidden"); !hidden {
				names = append(names, text(one(t, card, "h3 a")))
			}
		}
		if strings.Join(names, "|") != strings.Join(tt.names, "|") {
			t.Errorf("%s: %q, want %q", tt.url, names, tt.names)
		}
		if got := text(one(t, doc, "a.seg-role[aria-current=page]")); got != tt.role {
			t.Errorf("%s: current role %q, want %q", tt.url, got, tt.role)
		}
		if got := text(one(t, doc, "a.seg-sort[aria-current=page]")); got != tt.sort {
			t.Errorf("%s: current order %q, want %q", tt.url, got, tt.sort)
		}
		if got := len(all(doc, "p.status-conflict")); got != tt.complain {
			t.Errorf("%s: %d complaints, want %d", tt.url, got, tt.complain)
		}
		if len(tt.names) == 0 && len(all(doc, "p.empty a")) != 1 {
			t.Errorf("%s: no way back to the whole cast", tt.url)
		}
	}
	doc := render(t, castListView{C: c}.render(mustURL(t, "/cast?role=recurring&q=yun")))
	var hrefs []string
	for _, a := range all(doc, "div.seg a") {
		hrefs = append(hrefs, attr(a, "href"))
	}
	want := []string{"/cast?q=yun", "/cast?role=main&q=yun", "/cast?role=recurring&q=yun",
		"/cast?role=recurring&q=yun", "/cast?role=recurring&q=yun&sort=name"}
	if strings.Join(hrefs, " ") != strings.Join(want, " ") {
		t.Errorf("toggle links %q, want %q", hrefs, want)
	}
	if got := attr(one(t, doc, "input#cast-q"), "value"); got != "yun" {
		t.Errorf("search box value %q", got)
	}
	// nil (before the first navigation) renders like no query.
	a := canon(render(t, castListView{C: c}.render(nil)))
	b := canon(render(t, castListView{C: c}.render(mustURL(t, "/cast"))))
	if a != b {
		t.Error("the list renders differently for a nil URL and /cast")
	}
}

func TestPersonPage(t *testing.T) {
	c := testCorpus(t)
	p, _ := c.Cast().Person("arden-cho")
	doc := render(t, personView{C: c, P: p}.render(nil))
	if got := text(one(t, doc, "h1")); got != "Arden Cho" {
		t.Errorf("h1 %q", got)
	}
	if got := text(one(t, doc, "p.person-as strong.char")); got != "Ingrid Yun" {
		t.Errorf("character %q", got)
	}
	// Descriptions side by side: one column per describing article.
	var cols []string
	for _, h := range all(doc, "div.desc-col h3 span.label") {
		cols = append(cols, text(h))
	}
	if strings.Join(cols, " ") != "A2 A4 A5" {
		t.Errorf("description columns %q", cols)
	}
	// Disagreements: heritage (conflict) and the firm (wording).
	boxes := all(doc, "section#disagreements div.disagreement")
	if len(boxes) != 2 || !hasClass(boxes[0], "status-conflict") || !hasClass(boxes[1], "status-compatible") {
		t.Fatalf("%d disagreement boxes", len(boxes))
	}
	var heritage []string
	for _, s := range all(boxes[0], "ul.values strong") {
		heritage = append(heritage, text(s))
	}
	if strings.Join(heritage, "|") != "Chinese American|Korean American" {
		t.Errorf("heritage values %q", heritage)
	}
	// Relationships link to the other people's pages.
	rels := all(doc, "section#relationships ul.relations li")
	if len(rels) != 10 {
		t.Errorf("%d relationships, want 10", len(rels))
	}
	found := false
	for _, li := range rels {
		a := all(li, "a")[0]
		if attr(a, "href") == "/cast/alexandra-turshen" && strings.Contains(squash(li), "is Ingrid’s best friend") {
			found = true
		}
	}
	if !found {
		t.Error("no link to Rachel Friedman as Ingrid’s best friend")
	}
	if n := len(all(doc, "section#mentions ul.mentions li")); n != len(p.Mentions) || n < 20 {
		t.Errorf("%d mentions shown, %d found", n, len(p.Mentions))
	}
	assertChipsResolve(t, c, doc)
	// The other side of a relationship.
	r, _ := c.Cast().Person("alexandra-turshen")
	doc = render(t, personView{C: c, P: r}.render(nil))
	li := one(t, doc, "section#relationships ul.relations li")
	if attr(one(t, li, "a[href=/cast/arden-cho]"), "href") == "" || !strings.HasPrefix(squash(li), "Ingrid’s best friend: Ingrid Yun (Arden Cho)") {
		t.Errorf("Rachel's relationship %q", squash(li))
	}
	// A person with no character and a disputed role.
	d, _ := c.Cast().Person("desmond-chiam")
	doc = render(t, personView{C: c, P: d}.render(nil))
	box := one(t, doc, "section#disagreements div.disagreement")
	if !strings.Contains(text(box), "Role") || !strings.Contains(text(box), "One article says both") {
		t.Errorf("Desmond Chiam's disagreement %q", text(box))
	}
}

func TestCrewPage(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, crewView{C: c}.render(nil))
	if got := text(one(t, doc, "h1")); got != "Crew and people" {
		t.Errorf("h1 %q", got)
	}
	for _, tt := range []struct {
		id     string
		values []string
	}{
		{"fact-creator", []string{"Georgia Lee"}},
		{"fact-novel", []string{"The Partner", "The Partner Track"}},
		{"fact-executive-title", []string{"head of drama", "president of drama", "CEO", "Head of Drama Development", "drama exec"}},
		{"fact-filmed", []string{"New York"}},
		{"fact-company", []string{"Jax Media"}},
	} {
		var got []string
		for _, s := range all(one(t, doc, "div#"+tt.id), "ul.values strong") {
			got = append(got, text(s))
		}
		if strings.Join(got, "|") != strings.Join(tt.values, "|") {
			t.Errorf("%s: %q, want %q", tt.id, got, tt.values)
		}
	}
	if n := len(all(doc, "section#credits div.credit")); n != 3 {
		t.Errorf("%d credit groups", n)
	}
	assertChipsResolve(t, c, doc)
	critics := all(doc, "section#critics div.critic")
	if len(critics) != 2 || len(all(critics[1], "p.status-conflict")) != 1 {
		t.Errorf("critics: %d, misquote shown: %v", len(critics), len(critics) == 2 && len(all(critics[1], "p.status-conflict")) == 1)
	}
}

// canon serialises a parsed document with sorted attributes, so two renders
// compare equal whatever order go-app wrote the attributes in.
func canon(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			attrs := make([]string, len(n.Attr))
			for i, a := range n.Attr {
				attrs[i] = a.Key + "=" + a.Val
			}
			sort.Strings(attrs)
			b.WriteString("<" + n.Data + " " + strings.Join(attrs, " ") + ">")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// squash is the text of n with runs of white space as one space.
func squash(n *html.Node) string { return strings.Join(strings.Fields(text(n)), " ") }

// Between two inputs the browser hides and shows the cards itself
// (castBrowser.onInput), so go-app must redraw the list for every new
// input, even one that shows the same people as the last: its HTML must
// change.
func TestCastListRedrawnForEachInput(t *testing.T) {
	c := testCorpus(t)
	b := &castBrowser{C: c, Query: cast.Query{Q: "yun"}}
	list := func() (string, []string) {
		doc := render(t, b.Render())
		var hidden []string
		for _, card := range all(doc, "li.cast-card") {
			if _, ok := attrOK(card, "hidden"); ok {
				hidden = append(hidden, attr(card, "id"))
			}
		}
		var sb strings.Builder
		if err := html.Render(&sb, one(t, doc, "ul.cast-list")); err != nil {
			t.Fatal(err)
		}
		return sb.String(), hidden
	}
	first, hidden1 := list()
	again, _ := list()
	if again != first {
		t.Error("the same input drew the list again differently")
	}
	b.Query = cast.Query{Q: "YUN"} // another input, the same four people
	second, hidden2 := list()
	if strings.Join(hidden1, ",") != strings.Join(hidden2, ",") || len(hidden1) != 17 {
		t.Fatalf("hidden cards %q, then %q: want the same 17", hidden1, hidden2)
	}
	if second == first {
		t.Error("a new input left the list's HTML as it was: go-app would keep the cards the browser hid and showed")
	}
}
