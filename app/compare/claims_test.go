package compare

import (
	"strings"
	"testing"

	"partnertrack/app/content"
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

func build(t testing.TB) *Result {
	t.Helper()
	r, err := Build(load(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// group is one value of a fact: its normalised form and the article
// number prefixes stating it ("002u": without quotation marks).
type group struct{ norm, articles string }

// Every agreement and disagreement found by reading the seeds closely,
// pinned. Values are extracted by code; these are what the seeds say.
func TestClaimsMatrixFromSeeds(t *testing.T) {
	tests := []struct {
		key      string
		status   Status
		misquote bool
		groups   []group
	}{
		{"ordered", Single, false, []group{{"2021-09-14", "003"}}},
		// Dates that differ only in precision agree.
		{"premiere", Agree, false, []group{{"2022-08-26", "000 001 002 003"}, {"2022-08", "004"}}},
		{"interview", Agree, false, []group{{"????-08-27", "000 001 002"}, {"????-08", "004"}}},
		{"cancelled", Agree, false, []group{{"2022-11", "000"}, {"????-11-08", "000 001"}, {"2022-11-08", "003"}}},
		// 002 is as of September 7 ("Not yet renewed"); 001 and 003 also say
		// season 2 is coming, contradicting themselves.
		{"status", Conflict, false, []group{{"cancelled", "000 001 003 004"}, {"season 2 is coming", "001 003"}, {"not yet decided", "002 003"}, {"no announcement", "003"}}},
		{"seasons", Agree, false, []group{{"1", "003 004"}}},
		{"creator", Agree, false, []group{{"georgia lee", "001 003 004"}}},
		{"novel", Conflict, false, []group{{"the partner", "000 002"}, {"the partner track", "001 003 004"}}},
		{"author", Agree, false, []group{{"helen wan", "000 001 002 003 004"}}},
		{"novel-year", Agree, false, []group{{"2013", "000 001 002 003"}}},
		{"episodes", Agree, false, []group{{"10", "000 001 002 003"}}},
		{"directors", Single, false, []group{{"5", "003"}}},
		{"producer", Single, false, []group{{"jax media", "003"}}},
		{"filmed", Single, false, []group{{"new york", "003"}}},
		{"metrics", Conflict, false, []group{{"3", "000 001 002"}, {"2", "003"}}},
		{"metric-name", Conflict, false, []group{{"impact value", "000 002 003"}, {"affect value", "001"}}},
		{"howe-title", Conflict, false, []group{{"head of drama", "000 002"}, {"president of drama", "001"}, {"ceo", "001 003"}, {"head of drama development", "001 003"}, {"drama exec", "004"}}},
		{"ingrid-background", Conflict, false, []group{{"chinese american", "001"}, {"korean american", "003"}}},
		{"ingrid-actor", Agree, false, []group{{"arden cho", "001 004"}}},
		{"jeff-actor", Agree, false, []group{{"dominic sherwood", "001 003"}}},
		{"nick-actor", Agree, false, []group{{"rob heaps", "000 001 002"}}},
		{"z-actor", Agree, false, []group{{"desmond chiam", "001 003 004"}}},
		{"rachel-actor", Agree, false, []group{{"alexandra turshen", "001 003"}}},
		{"tyler-actor", Agree, false, []group{{"bradley gibson", "001 003"}}},
		{"hours", Agree, false, []group{{"66010000", "003"}, {">66000000", "004"}}},
		// 001: "16.7 million viewing minutes"; 002's table: 16,660,000 hours.
		{"first-week", Conflict, false, []group{{"16700000", "001"}, {"16660000", "002"}}},
		{"weeks", Conflict, false, []group{{"2", "002"}, {"3", "004"}}},
		{"peak", Single, false, []group{{"4", "001"}}},
		{"critics", Conflict, false, []group{{"62", "000 003"}, {"56", "001 002"}}},
		{"rt-reviews", Single, false, []group{{"13", "003"}}},
		{"rt-average", Single, false, []group{{"5.7/10", "003"}}},
		{"audience", Agree, false, []group{{"51", "001 002"}}},
		{"imdb", Agree, false, []group{{"6.8/10", "001 002"}}},
		{"metacritic", Single, false, []group{{"45 out of 100", "003"}}},
		// Quoted by 000 and 001, used unquoted by 002.
		{"quote-san-francisco-chronicle-perfect-background-noise", Conflict, false, []group{{"perfect background noise", "000 001 002u"}}},
		{"quote-nina-metz-engrossing-enough-to-keep", Conflict, true, []group{{"interesting enough to keep you watching", "000"}, {"engrossing enough to keep you watching", "001 002"}}},
		{"quote-deadline-the-streaming-service-had", Conflict, true, []group{
			{"the streaming service had hired a writer's room that was up and running and coming up with ideas for a possible second season", "000"},
			{"the streamer had commissioned a writer's room which was up and running working on ideas for a potential second season", "001"}}},
		// 000 splits it in two and says "the show" for "the series".
		{"quote-jinny-howe-executives-are-high-on", Conflict, true, []group{
			{"executives are high on partner track the show is looking good for a season 2 renewal", "000"},
			{"executives are high on partner track and the series is looking good for a season 2 renewal", "001 002"}}},
		{"quote-georgia-lee-id-like-to-say", Conflict, true, []group{
			{"i'd like to say that ingrid doesn't pick team murphy team nick or team z she picks herself that's the end of her trip", "000"},
			{"i would like to say that ingrid chooses not team murphy or team nick or team z she chooses herself that's her ultimate journey", "002"}}},
		{"quote-metacritic-mixed-or-average-reviews", Single, false, []group{{"mixed or average reviews", "003"}}},
		{"quote-deadline-modest-budget", Conflict, false, []group{{"modest budget", "001u 004"}}},
		{"quote-jinny-howe-we-are-really-excited", Single, false, []group{{"we are really excited we have early thoughts about what season 2 might be i know that our creator georgia lee has a very strong perspective on what season 2 would be so yes we are at early conversations considering how excited we are about how season 1 turned out", "004"}}},
		{"quote-arden-cho-sad-we-will-never", Single, false, []group{{"sad we will never get to see what z ingrid had in store for y'all", "004"}}},
	}
	r := build(t)
	got := map[string]Fact{}
	for _, f := range r.Facts {
		if _, dup := got[f.Key]; dup {
			t.Errorf("fact key %q twice", f.Key)
		}
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
		if f.Status != tt.status || f.Misquote != tt.misquote {
			t.Errorf("%s: status %s misquote %v (%s), want %s %v", tt.key, f.Status, f.Misquote, f.Why, tt.status, tt.misquote)
		}
		var gs []group
		for _, n := range f.Norms() {
			var ids []string
			for _, id := range f.Articles() {
				for _, v := range f.Of(id) {
					if v.Norm == n {
						p := id[:3]
						if v.Unquoted {
							p += "u"
						}
						ids = append(ids, p)
						break
					}
				}
			}
			gs = append(gs, group{n, strings.Join(ids, " ")})
		}
		if len(gs) != len(tt.groups) {
			t.Errorf("%s: groups\n got %q\nwant %q", tt.key, gs, tt.groups)
			continue
		}
		for i := range gs {
			if gs[i] != tt.groups[i] {
				t.Errorf("%s: group %d = %q, want %q", tt.key, i, gs[i], tt.groups[i])
			}
		}
	}
}

// The "as of" dates are named on dated conflicts, and the conflict stays.
func TestDateNotes(t *testing.T) {
	r := build(t)
	for _, f := range r.Facts {
		switch f.Key {
		case "critics", "status":
			if !strings.Contains(f.DateNote, "2022-09-07") || !strings.Contains(f.DateNote, "2022-11-08") || f.Status != Conflict {
				t.Errorf("%s: date note %q, status %s", f.Key, f.DateNote, f.Status)
			}
		case "novel", "metrics":
			if f.DateNote != "" {
				t.Errorf("%s: undated fact has a date note %q", f.Key, f.DateNote)
			}
		}
	}
}

// Every value's sentence stands verbatim in its seed, and every span of
// a value is inside its sentence; a plain value is exactly its span.
func TestQuotesVerbatim(t *testing.T) {
	r := build(t)
	raw := map[string]string{}
	for _, a := range r.Articles {
		raw[a.ID] = a.Raw
	}
	n := 0
	for _, f := range r.Facts {
		for _, v := range f.Values {
			n++
			if !strings.Contains(raw[v.Article], v.Sentence) {
				t.Errorf("%s: %q is not in %s", f.Key, v.Sentence, v.Article)
			}
			var pieces []string
			for _, sp := range v.Spans {
				if sp.Start < 0 || sp.End > len(v.Sentence) || sp.Start >= sp.End {
					t.Errorf("%s: span %v outside %q", f.Key, sp, v.Sentence)
					continue
				}
				pieces = append(pieces, v.Sentence[sp.Start:sp.End])
			}
			if got := strings.Join(pieces, " … "); got != v.Text {
				t.Errorf("%s: spans give %q, value is %q", f.Key, got, v.Text)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d values", n)
	}
}

// The differing words of a misquote are the ones marked.
func TestMisquoteMarks(t *testing.T) {
	marked := func(segs []Segment) string {
		var out []string
		for _, s := range segs {
			if s.Diff {
				out = append(out, strings.TrimSpace(s.Text))
			}
		}
		return strings.Join(out, "|")
	}
	want := map[string]map[string]string{
		"quote-nina-metz-engrossing-enough-to-keep": {"000": "interesting", "001": "engrossing", "002": "engrossing"},
		"quote-jinny-howe-executives-are-high-on":   {"000": "show", "001": "and|series", "002": "and|series"},
	}
	for _, f := range build(t).Facts {
		w, ok := want[f.Key]
		if !ok {
			continue
		}
		for _, v := range f.Values {
			if got := marked(v.Diff); got != w[v.Article[:3]] {
				t.Errorf("%s %s: marked %q, want %q", f.Key, v.Article[:3], got, w[v.Article[:3]])
			}
		}
	}
}
