package compare

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"partnertrack/app/content"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The writer’s room, up and running.", []string{"the", "writer's", "room", "up", "and", "running"}},
		{"A 6.8/10 rating; 16,660,000 hours", []string{"a", "6.8", "10", "rating", "16,660,000", "hours"}},
		{"“Adjusted view share,” said Lee.", []string{"adjusted", "view", "share", "said", "lee"}},
		{"Rachel-Tyler-Ingrid trio", []string{"rachel-tyler-ingrid", "trio"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range words(tt.in) {
			got = append(got, w.norm)
			if tt.in[w.start:w.end] == "" {
				t.Errorf("%q: empty word span", tt.in)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The show has been renewed", "show renew"},
		{"renewal seasons", "renew season"},
		{"surprise surprising", "surpris surpris"},
		{"Expect more from the Rachel-Tyler-Ingrid trio.", "expect rachel tyler ingrid trio"},
	}
	for _, tt := range tests {
		if got := strings.Join(terms(tt.in), " "); got != tt.want {
			t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDiff(t *testing.T) {
	tests := []struct {
		a, b         string
		markA, markB []string
	}{
		{"interesting enough to keep you watching.", "engrossing enough to keep you watching", []string{"interesting"}, []string{"engrossing"}},
		{"the same words", "The same, words!", nil, nil},
		{"a b c d", "a x y d", []string{"b c"}, []string{"x y"}},
	}
	for _, tt := range tests {
		da, db := diff(tt.a, tt.b)
		for _, c := range []struct {
			text string
			segs []Segment
			want []string
		}{{tt.a, da, tt.markA}, {tt.b, db, tt.markB}} {
			var joined strings.Builder
			var marked []string
			for _, s := range c.segs {
				joined.WriteString(s.Text)
				if s.Diff {
					marked = append(marked, s.Text)
				}
			}
			if joined.String() != c.text {
				t.Errorf("segments of %q join to %q", c.text, joined.String())
			}
			if !reflect.DeepEqual(marked, c.want) {
				t.Errorf("diff(%q, %q): marked %q in %q, want %q", tt.a, tt.b, marked, c.text, c.want)
			}
		}
	}
}

func TestQuotedSpans(t *testing.T) {
	text := `Lee said “one two,” and "three four" then “five`
	var got []string
	for _, sp := range quotedSpans(text) {
		got = append(got, text[sp[0]:sp[1]])
	}
	if want := []string{"one two,", "three four"}; !reflect.DeepEqual(got, want) {
		t.Errorf("quotedSpans = %q, want %q", got, want)
	}
}

// quotations: who said it, found before the quote, after a quote ending in
// a comma, or carried on from the previous quote; titles do not count.
func TestQuotations(t *testing.T) {
	a := &content.Article{ID: "x", Blocks: []content.Block{
		{Kind: content.Paragraph, Sentences: []content.Sentence{
			{ID: "l1s1", Text: `Jinny Howe told Deadline that “the show is great” and “season 2 is likely.”`},
		}},
		{Kind: content.Paragraph, Sentences: []content.Sentence{
			{ID: "l2s1", Text: `"We are excited," Arden Cho said.`},
			{ID: "l2s2", Text: `"We will be back.`},
			{ID: "l2s3", Text: `Soon."`},
		}},
		{Kind: content.Paragraph, Sentences: []content.Sentence{
			{ID: "l3s1", Text: `Netflix's "Partner Track" is a show with “no speaker at all.”`},
		}},
	}}
	type hit struct{ speaker, text, sentence string }
	var got []hit
	for _, q := range quotations(a) {
		got = append(got, hit{q.Speaker, q.Text, q.SentenceID})
	}
	want := []hit{
		{"Jinny Howe", "the show is great … season 2 is likely", "l1s1"},
		{"Arden Cho", "We are excited … We will be back. Soon", "l2s1"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotations =\n %q\nwant\n %q", got, want)
	}
}

// Who rewrote whom: 000 is a rewrite of 002 by far; 001 and 003 share
// passages next; 004 shares least with anyone.
func TestSimilarityOrdering(t *testing.T) {
	r := build(t)
	ranked := r.Ranked()
	var order []string
	for _, p := range ranked {
		order = append(order, p.A[:3]+"-"+p.B[:3])
	}
	if order[0] != "000-002" || order[1] != "001-003" {
		t.Errorf("pairs most alike first: %v; want 000-002, then 001-003", order)
	}
	if ranked[0].Score < 2*ranked[1].Score {
		t.Errorf("000-002 (%v) should share at least twice what the next pair does (%v)", ranked[0].Score, ranked[1].Score)
	}
	for _, p := range ranked[len(ranked)-4:] {
		if !strings.Contains(p.A+p.B, "004") {
			t.Errorf("the least alike pairs should all involve 004: %v", order)
		}
	}
	for _, p := range r.Pairs {
		if p.Score < 0 || p.Score > 1 || p.CoverA < 0 || p.CoverA > 1 || p.CoverB < 0 || p.CoverB > 1 {
			t.Errorf("%s-%s: score %v cover %v %v outside 0…1", p.A, p.B, p.Score, p.CoverA, p.CoverB)
		}
	}
	if a, b := r.MostAlike().A, r.MostAlike().B; a[:3] != "000" || b[:3] != "002" {
		t.Errorf("most alike %s %s", a, b)
	}
	if c, _ := r.Closest(r.Articles[3].ID); c[:3] != "001" {
		t.Errorf("closest to 003 is %s, want 001", c)
	}
}

// The evidence of 000-002 is sentences 000 took over from 002.
func TestEvidence(t *testing.T) {
	al, ok := build(t).Pair("002_36a669ef9be3c6c1", "000_747ef56c3995183a")
	if !ok || al.A[:3] != "002" {
		t.Fatal("no pair 002-000")
	}
	ev := al.Evidence(EvidencePairs)
	if len(ev) != EvidencePairs {
		t.Fatalf("%d evidence pairs", len(ev))
	}
	if !strings.Contains(ev[0].A.Text, "the series stars Arden Cho") || !strings.Contains(ev[0].B.Text, "Rob Heaps star in the show") {
		t.Errorf("best evidence %q | %q", ev[0].A.Text, ev[0].B.Text)
	}
	for i := 1; i < len(ev); i++ {
		if ev[i].Score > ev[i-1].Score {
			t.Errorf("evidence not most similar first: %v", ev)
		}
	}
}

// The same articles give the same comparison, bit for bit: the build's
// snapshot and the exports must not change from one run to the next. (The
// vectors' norms were once summed in map order, and which of two equally
// similar sentences was matched changed between runs.)
func TestBuildIsDeterministic(t *testing.T) {
	first, err := json.Marshal(build(t))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 8; i++ {
		again, err := json.Marshal(build(t))
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(first) {
			t.Fatalf("run %d differs from the first", i+2)
		}
	}
}

// An alignment keeps both articles' order and shows every sentence once.
func TestAlignmentIsMonotoneAndComplete(t *testing.T) {
	r := build(t)
	for _, a := range r.Articles {
		for _, b := range r.Articles {
			if a == b {
				continue
			}
			al, _ := r.Pair(a.ID, b.ID)
			var gotA, gotB []string
			for _, row := range al.Rows {
				for _, s := range row.A {
					gotA = append(gotA, s.ID)
				}
				for _, s := range row.B {
					gotB = append(gotB, s.ID)
				}
				aligned := len(row.A) > 0 && len(row.B) > 0
				if aligned != (row.Kind <= Paraphrased) || aligned && row.Score < MinAligned {
					t.Errorf("%s-%s: row %v %v with %d|%d sentences", a.ID[:3], b.ID[:3], row.Kind, row.Score, len(row.A), len(row.B))
				}
			}
			for _, c := range []struct {
				art *content.Article
				got []string
			}{{a, gotA}, {b, gotB}} {
				var want []string
				for _, s := range c.art.Sentences() {
					want = append(want, s.ID)
				}
				if !reflect.DeepEqual(c.got, want) {
					t.Errorf("%s-%s: %s's sentences out of order or missing", a.ID[:3], b.ID[:3], c.art.ID[:3])
				}
			}
		}
	}
}

// Specific rows of 000 beside 002: a shared, a reworded and a
// paraphrased passage, and one 000 alone has.
func TestAlignmentRows(t *testing.T) {
	al, _ := build(t).Pair("000_747ef56c3995183a", "002_36a669ef9be3c6c1")
	find := func(prefix string) Row { // the row holding a sentence of 000
		for _, r := range al.Rows {
			if strings.Contains(r.TextA(), prefix) {
				return r
			}
		}
		t.Fatalf("no row starting %q", prefix)
		return Row{}
	}
	tests := []struct {
		a     string
		kind  RowKind
		bHead string
	}{
		{"“Adjusted view share,”", Shared, "These are “adjusted view share,”"},
		{"Lee didn’t rule out", Reworded, "Lee didn’t rule out the possibility"},
		{"The same Jeff Murphy", Paraphrased, "The same Jeff Murphy she’d had"},
		{"Netflix ended the show in November 2022.", OnlyA, ""},
	}
	for _, tt := range tests {
		r := find(tt.a)
		if r.Kind != tt.kind || !strings.Contains(r.TextB(), tt.bHead) {
			t.Errorf("%q: %v beside %q, want %v beside %q…", tt.a, r.Kind, r.TextB(), tt.kind, tt.bHead)
		}
	}
}

// The export follows the contract.
func TestJSONExport(t *testing.T) {
	r := build(t)
	b, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []struct {
			ID, Title string
			AsOf      *string
		}
		Facts []struct {
			ID, Label, Status string
			Values            []struct{ Article, Value, Quote string }
		}
		Similarity []struct {
			A, B  string
			Score float64
			Pairs []struct {
				A, B  string
				Score float64
			}
		}
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 5 || len(doc.Facts) != len(r.Facts) || len(doc.Similarity) != 10 {
		t.Fatalf("%d articles, %d facts, %d pairs", len(doc.Articles), len(doc.Facts), len(doc.Similarity))
	}
	if doc.Articles[0].AsOf == nil || *doc.Articles[0].AsOf != "2022-11-08" || doc.Articles[1].AsOf != nil {
		t.Errorf("asOf: %v %v", doc.Articles[0].AsOf, doc.Articles[1].AsOf)
	}
	if !strings.Contains(string(b), `"asOf": null`) {
		t.Error("a missing asOf is not written as null")
	}
	raw := map[string]string{}
	for _, a := range r.Articles {
		raw[a.ID] = a.Raw
	}
	for _, f := range doc.Facts {
		if f.Status != "agree" && f.Status != "conflict" && f.Status != "single" {
			t.Errorf("%s: status %q", f.ID, f.Status)
		}
		for _, v := range f.Values {
			if !strings.Contains(raw[v.Article], v.Quote) {
				t.Errorf("%s: quote %q not verbatim in %s", f.ID, v.Quote, v.Article)
			}
		}
	}
	for _, p := range doc.Similarity {
		if p.Score < 0 || p.Score > 1 {
			t.Errorf("%s-%s score %v", p.A, p.B, p.Score)
		}
		for _, m := range p.Pairs {
			if !strings.Contains(raw[p.A], m.A) || !strings.Contains(raw[p.B], m.B) || m.Score < MinAligned || m.Score > 1 {
				t.Errorf("%s-%s: pair %q | %q (%v)", p.A, p.B, m.A, m.B, m.Score)
			}
		}
	}
	csv, err := r.CSV()
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(string(csv), "\n"); lines < len(r.Facts) {
		t.Errorf("facts.csv has %d lines", lines)
	}
}

// A seed that stops saying what a fact's patterns look for fails the
// build, naming the fact.
func TestBuildFailsWhenAFactVanishes(t *testing.T) {
	arts := load(t)
	_, err := Build(arts[:1])
	if err == nil || !strings.Contains(err.Error(), "no article states it") {
		t.Errorf("Build(one article) error = %v", err)
	}
}

// BenchmarkBuild measures what the wasm computes at start-up.
func BenchmarkBuild(b *testing.B) {
	arts := load(b)
	for b.Loop() {
		if _, err := Build(arts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is the seeds' parsing alone, to set BenchmarkBuild
// against.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		load(b)
	}
}

// Score is the pair's score in either order, and 0 for an unknown pair.
func TestScore(t *testing.T) {
	r := build(t)
	a, b := r.Articles[0].ID, r.Articles[2].ID
	al, _ := r.Pair(a, b)
	if al.Score == 0 {
		t.Fatal("the pair shares nothing: the test checks little")
	}
	if r.Score(a, b) != al.Score || r.Score(b, a) != al.Score {
		t.Errorf("Score(%s, %s) = %v, Score(%s, %s) = %v, want %v", a, b, r.Score(a, b), b, a, r.Score(b, a), al.Score)
	}
	if got := r.Score(a, "nope"); got != 0 {
		t.Errorf("an unknown pair scores %v", got)
	}
}
