package facts_test

import (
	"reflect"
	"testing"

	"partnertrack/app/content"
	"partnertrack/app/facts"
	"partnertrack/seeds"
)

func load(t testing.TB) []*content.Article {
	t.Helper()
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// Expected values were written by reading the seeds: for each fact, the
// normalised values and the article number prefixes (000…004) stating each.
func TestHomeFactsFromSeeds(t *testing.T) {
	type group struct {
		norm     string
		articles []string
	}
	tests := []struct {
		key    string
		status facts.Status
		groups []group
	}{
		{"ordered", facts.Agree, []group{{"2021-09-14", []string{"003"}}}},
		{"premiere", facts.Compatible, []group{
			{"2022-08-26", []string{"000", "001", "002", "003"}},
			{"2022-08", []string{"004"}},
		}},
		{"interview", facts.Compatible, []group{
			{"????-08-27", []string{"000", "001", "002"}},
			{"????-08", []string{"004"}},
		}},
		{"cancelled", facts.Compatible, []group{
			{"2022-11", []string{"000"}},
			{"????-11-08", []string{"000", "001"}},
			{"2022-11-08", []string{"003"}},
		}},
		{"episodes", facts.Agree, []group{{"10", []string{"000", "001", "002", "003"}}}},
		{"creator", facts.Agree, []group{{"georgia lee", []string{"001", "003", "004"}}}},
		{"novel", facts.Conflict, []group{
			{"the partner", []string{"000", "002"}},
			{"the partner track", []string{"001", "003", "004"}},
		}},
		{"author", facts.Agree, []group{{"helen wan", []string{"000", "001", "002", "003", "004"}}}},
		{"novel-year", facts.Agree, []group{{"2013", []string{"000", "001", "002", "003"}}}},
		{"hours", facts.Compatible, []group{
			{"66010000", []string{"003"}},
			{">66000000", []string{"004"}},
		}},
		{"weeks", facts.Agree, []group{{"3", []string{"004"}}}},
		{"peak", facts.Agree, []group{{"4", []string{"001"}}}},
		{"critics", facts.Conflict, []group{
			{"62", []string{"000", "003"}},
			{"56", []string{"001", "002"}},
		}},
		{"audience", facts.Agree, []group{{"51", []string{"001", "002"}}}},
		{"imdb", facts.Agree, []group{{"6.8/10", []string{"001", "002"}}}},
		{"metacritic", facts.Agree, []group{{"45 out of 100", []string{"003"}}}},
	}
	got := map[string]facts.Fact{}
	for _, f := range facts.Find(load(t), facts.Home()) {
		got[f.Key] = f
	}
	if len(got) != len(tests) {
		t.Errorf("found %d facts, test lists %d", len(got), len(tests))
	}
	for _, tt := range tests {
		f, ok := got[tt.key]
		if !ok {
			t.Errorf("%s: missing", tt.key)
			continue
		}
		if f.Status != tt.status {
			t.Errorf("%s: status %v (%s), want %v", tt.key, f.Status, f.Why, tt.status)
		}
		var gs []group
		for _, g := range f.Groups {
			var ids []string
			for _, id := range g.Articles() {
				ids = append(ids, id[:3])
			}
			gs = append(gs, group{g.Norm, ids})
		}
		if !reflect.DeepEqual(gs, tt.groups) {
			t.Errorf("%s: groups\n got %v\nwant %v", tt.key, gs, tt.groups)
		}
	}
}

// Every claim quotes its sentence exactly and names a sentence that exists.
func TestClaimsPointAtTheirSentence(t *testing.T) {
	arts := load(t)
	byID := map[string]*content.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	for _, f := range facts.Find(arts, facts.Home()) {
		for _, c := range f.Claims() {
			s, ok := byID[c.ArticleID].Sentence(c.SentenceID)
			if !ok {
				t.Errorf("%s: %s#%s does not exist", f.Key, c.ArticleID, c.SentenceID)
				continue
			}
			if s.Text != c.Sentence || c.Sentence[c.Start:c.End] != c.Value {
				t.Errorf("%s: claim %q is not at [%d:%d] of %q", f.Key, c.Value, c.Start, c.End, s.Text)
			}
		}
	}
}

// Season 2 talk is not a claim about season 1: "around 10 episodes for its
// second season" (003) must not count.
func TestSkipDropsSeasonTwo(t *testing.T) {
	for _, f := range facts.Find(load(t), facts.Home()) {
		if f.Key != "episodes" {
			continue
		}
		for _, c := range f.Claims() {
			if c.ArticleID[:3] == "003" && c.Value == "10" && c.SentenceID != "l39s1" {
				t.Errorf("counted %q", c.Sentence)
			}
		}
	}
}

func TestWhenOrdersTimeline(t *testing.T) {
	want := map[string]string{
		"ordered":   "2021-09-14",
		"premiere":  "2022-08-26",
		"interview": "2022-08-27", // "August 27" in articles whose dates are 2022
		"cancelled": "2022-11-08", // "November 8" (000, 001) beats "November 2022"
		"weeks":     "3",
	}
	for _, f := range facts.Find(load(t), facts.Home()) {
		if w, ok := want[f.Key]; ok && f.When() != w {
			t.Errorf("%s: When() = %q, want %q", f.Key, f.When(), w)
		}
	}
}
