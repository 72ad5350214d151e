package cast

import (
	"testing"

	"partnertrack/app/facts"
)

func TestCrewFacts(t *testing.T) {
	c := seedCast(t)
	tests := []struct {
		key    string
		values []string
		status facts.Status
	}{
		{"creator", []string{"Georgia Lee"}, facts.Agree},
		{"showrunner", nil, facts.Missing},
		{"novel", []string{"The Partner", "The Partner Track"}, facts.Conflict},
		{"author", []string{"Helen Wan"}, facts.Agree},
		{"company", []string{"Jax Media"}, facts.Agree},
		{"filmed", []string{"New York"}, facts.Agree},
		{"executive", []string{"Jinny Howe"}, facts.Agree},
		{"executive-title", []string{"head of drama", "president of drama", "CEO", "Head of Drama Development", "drama exec"}, facts.Conflict},
	}
	for _, tt := range tests {
		f, ok := c.Crew.Fact(tt.key)
		if !ok {
			t.Errorf("%s: no fact", tt.key)
			continue
		}
		var got []string
		for _, g := range f.Groups {
			got = append(got, g.Value())
		}
		if !equal(got, tt.values) || f.Status != tt.status {
			t.Errorf("%s: %q %v, want %q %v", tt.key, got, f.Status, tt.values, tt.status)
		}
	}
	title, _ := c.Crew.Fact("executive-title")
	byValue := map[string][]string{}
	for _, g := range title.Groups {
		byValue[g.Value()] = g.Articles()
	}
	if got := byValue["CEO"]; !equal(got, []string{a2, a4}) {
		t.Errorf("“CEO” said by %v, want A2 and A4", got)
	}
	if got := byValue["drama exec"]; !equal(got, []string{a5}) {
		t.Errorf("“drama exec” said by %v, want A5", got)
	}
}

func TestCrewCredits(t *testing.T) {
	c := seedCast(t)
	want := map[string][]string{
		"Producers":  {"Georgia Lee", "Sarah Goldfinger", "Tony Hernandez", "Kristen Campo"},
		"Directors":  {"Julie Anne Robinson", "Tanya Wexler", "Kevin Berlandi", "Lily Mariye", "Charles Randolph-Wright"},
		"Consultant": {"Helen Wan"},
	}
	if len(c.Crew.Credits) != len(want) {
		t.Errorf("%d credits, want %d", len(c.Crew.Credits), len(want))
	}
	for _, cr := range c.Crew.Credits {
		var got []string
		for _, n := range cr.People {
			got = append(got, n.Name)
			for _, r := range n.Refs {
				if r.Text() != n.Name || r.ArticleID != a4 {
					t.Errorf("%s %s: ref %s %q", cr.Role, n.Name, r.ArticleID, r.Text())
				}
			}
		}
		if !equal(got, want[cr.Role]) {
			t.Errorf("%s: %q, want %q", cr.Role, got, want[cr.Role])
		}
		if cr.Role == "Directors" {
			if cr.Count == nil || cr.Count.Text() != "five directors" {
				t.Errorf("directors count %v, want “five directors”", cr.Count)
			}
			if len(cr.People[0].Notes) != 1 || cr.People[0].Notes[0].Text() != "Julie Anne Robinson directed the first two episodes" {
				t.Errorf("Julie Anne Robinson notes %v", cr.People[0].Notes)
			}
		}
	}
}

// The critics: A1 has Nina Metz call the show “interesting enough…”, A2 and
// A3 “engrossing enough…”; A2 quotes the Chronicle's words without naming it.
func TestCritics(t *testing.T) {
	c := seedCast(t)
	if len(c.Crew.Critics) != 2 {
		t.Fatalf("%d critics, want 2", len(c.Crew.Critics))
	}
	sf, metz := c.Crew.Critics[0], c.Crew.Critics[1]
	if sf.Name != "" || sf.Outlet != "San Francisco Chronicle" || metz.Name != "Nina Metz" || metz.Outlet != "Chicago Tribune" {
		t.Fatalf("critics %q/%q, %q/%q", sf.Name, sf.Outlet, metz.Name, metz.Outlet)
	}
	if len(sf.Quotes) != 1 || sf.Quotes[0].Text != "perfect background noise" || !equal(sf.Quotes[0].Articles(), []string{a1, a3}) {
		t.Errorf("Chronicle quotes %+v", sf.Quotes)
	}
	if len(sf.Unattributed) != 1 || sf.Unattributed[0].ArticleID != a2 {
		t.Errorf("Chronicle unattributed %+v, want one in A2", sf.Unattributed)
	}
	if !metz.Misquoted() || metz.Quotes[0].Text != "interesting enough to keep you watching" ||
		!equal(metz.Quotes[0].Articles(), []string{a1}) ||
		metz.Quotes[1].Text != "engrossing enough to keep you watching" || !equal(metz.Quotes[1].Articles(), []string{a2, a3}) {
		t.Errorf("Nina Metz quotes %+v", metz.Quotes)
	}
	if sf.Misquoted() {
		t.Errorf("the Chronicle is not misquoted")
	}
}
