package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Every sentence of every article is on its reader page as a link target
// holding exactly its text.
func TestReaderAnchorsEverySentence(t *testing.T) {
	c := testCorpus(t)
	for _, a := range c.Articles {
		doc := render(t, readerView{C: c, A: a}.render(nil))
		spans := all(doc, "span.s")
		if len(spans) != len(a.Sentences()) {
			t.Errorf("%s: %d sentence spans, want %d", a.ID, len(spans), len(a.Sentences()))
		}
		for _, s := range a.Sentences() {
			got := all(doc, "span#"+s.ID)
			if len(got) != 1 || text(got[0]) != s.Text {
				t.Errorf("%s: sentence %s missing or wrong", a.ID, s.ID)
			}
		}
		if h := text(one(t, doc, "h1")); h != a.Title {
			t.Errorf("%s: h1 %q, want %q", a.ID, h, a.Title)
		}
	}
}

func TestReaderViews(t *testing.T) {
	c := testCorpus(t)
	a, _ := c.Article("003_04899bce5507796f")
	tests := []struct {
		query     string
		current   string
		removed   int
		raw       bool
		complaint bool
	}{
		{"", viewClean, 0, false, false},
		{"?view=clean", viewClean, 0, false, false},
		{"?view=boilerplate", viewBoilerplate, len(a.Removed), false, false},
		{"?view=raw", viewRaw, 0, true, false},
		{"?view=zzz", viewClean, 0, false, true},
	}
	for _, tt := range tests {
		doc := render(t, readerView{C: c, A: a}.render(mustURL(t, "/articles/"+a.ID+tt.query)))
		cur := one(t, doc, "nav.tabs a[aria-current=page]")
		if !strings.HasSuffix(attr(cur, "href"), "?view="+tt.current) {
			t.Errorf("%q: current tab %q, want %s", tt.query, attr(cur, "href"), tt.current)
		}
		if got := len(all(doc, "p.removed")); got != tt.removed {
			t.Errorf("%q: %d removed lines shown, want %d", tt.query, got, tt.removed)
		}
		pres := all(doc, "pre.raw")
		if tt.raw != (len(pres) == 1) || tt.raw && text(pres[0]) != a.Raw {
			t.Errorf("%q: raw view wrong (%d pre)", tt.query, len(pres))
		}
		if got := len(all(doc, "p.status")) == 1; got != tt.complaint {
			t.Errorf("%q: complaint shown %v, want %v", tt.query, got, tt.complaint)
		}
	}
}

// Removed lines appear where they stood: 003's WhatsApp prompt (line 3)
// comes before its first paragraph (line 5).
func TestReaderBoilerplateInPlace(t *testing.T) {
	c := testCorpus(t)
	a, _ := c.Article("003_04899bce5507796f")
	doc := render(t, readerView{C: c, A: a}.render(mustURL(t, "/x?view=boilerplate")))
	prose := one(t, doc, "div.prose")
	first := firstElement(prose)
	if !hasClass(first, "removed") || !strings.Contains(text(first), "Join us on Whatsapp") {
		t.Errorf("first element %q, want the WhatsApp prompt", text(first))
	}
}

func TestDerivedTitleIsMarked(t *testing.T) {
	c := testCorpus(t)
	for _, a := range c.Articles {
		doc := render(t, readerView{C: c, A: a}.render(nil))
		notes := all(doc, "p.note")
		if a.TitleDerived != (len(notes) == 1) {
			t.Errorf("%s: derived %v but %d notes", a.ID, a.TitleDerived, len(notes))
		}
	}
}

func TestNotFoundSuggests(t *testing.T) {
	v := notFoundView{Known: []string{"/", "/articles", "/cast"}}
	doc := render(t, v.render(mustURL(t, "/Articles/")))
	if got := text(one(t, doc, "code.path")); got != "/Articles/" {
		t.Errorf("path shown %q", got)
	}
	if got := attr(one(t, doc, "ul.suggestions a"), "href"); got != "/articles" {
		t.Errorf("suggestion %q, want /articles", got)
	}
	doc = render(t, v.render(nil))
	if len(all(doc, "ul.suggestions")) != 0 {
		t.Error("suggestions without a path")
	}
}

// Every route has its own title and a description.
func TestEveryRouteHasItsOwnMeta(t *testing.T) {
	titles := map[string]string{}
	for _, r := range routes(testCorpus(t)) {
		m := r.view.meta(nil)
		if m.description == "" {
			t.Errorf("%s: no description", r.path)
		}
		if prev, dup := titles[m.fullTitle()]; dup {
			t.Errorf("%s and %s share the title %q", prev, r.path, m.fullTitle())
		}
		titles[m.fullTitle()] = r.path
	}
}

// A straight double quote in a tooltip must survive prerendering: go-app
// writes attributes Go-quoted, which a browser would cut at \".
func TestAttrSafeSurvivesPrerender(t *testing.T) {
	in := `It looks like "Partner Track" won't \ move`
	doc := render(t, app.A().Title(attrSafe(in)).Text("x"))
	if got, want := attr(one(t, doc, "a"), "title"), `It looks like 'Partner Track' won't / move`; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}
