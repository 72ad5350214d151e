package search

import (
	"fmt"
	"strings"
	"testing"

	"partnertrack/app/content"
	"partnertrack/seeds"
)

// article parses a tiny seed: a headline line, then one paragraph per line.
func article(t *testing.T, id string, lines ...string) *content.Article {
	t.Helper()
	a, err := content.Parse(id+".txt", []byte(strings.Join(lines, "\n\n")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// marked renders a hit with its spans in [brackets].
func marked(h Hit) string {
	var b strings.Builder
	pos := 0
	for _, s := range h.Spans {
		b.WriteString(h.Text[pos:s.Start] + "[" + h.Text[s.Start:s.End] + "]")
		pos = s.End
	}
	return b.String() + h.Text[pos:]
}

// hits lists "article/sentence: marked text" for every hit, in result order.
func hits(r Result) []string {
	var out []string
	for _, g := range r.Groups {
		for _, h := range g.Hits {
			out = append(out, fmt.Sprintf("%s/%s: %s", g.ArticleID, h.SentenceID, marked(h)))
		}
	}
	return out
}

func testIndex(t *testing.T) *Index {
	return New([]*content.Article{
		article(t, "a", "Café Society Returns",
			"Arden Cho stars as Ingrid. The café opened in 2022.",
			"Netflix’s head of drama spoke to Deadline. It was cancelled on November 8th."),
		article(t, "b", "Another Headline Here",
			`Cho, Cho and Cho again. The show's "perfect background noise" was praised.`,
			"The series was canceled. Chorus lines sang [(* and <script>alert(1)</script> too."),
	})
}

func TestSearch(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"case", "ARDEN", []string{"a/l3s1: [Arden] Cho stars as Ingrid."}},
		{"word start, not inside a word", "rden", nil},
		{"prefix finds longer words, marks what matched", "cancel", []string{"a/l5s2: It was [cancel]led on November 8th.", "b/l5s1: The series was [cancel]ed."}},
		{"every term must match", "cho ingrid", []string{"a/l3s1: Arden [Cho] stars as [Ingrid]."}},
		{"accents ignored in the text", "cafe", []string{"a/: [Café] Society Returns", "a/l3s2: The [café] opened in 2022."}},
		{"accents ignored in the query", "CAFÉ society", []string{"a/: [Café] [Society] Returns"}},
		{"typographic apostrophe in the text", "netflix's", []string{"a/l5s1: [Netflix’s] head of drama spoke to Deadline."}},
		{"typographic apostrophe in the query", "show’s", []string{`b/l3s2: The [show's] "perfect background noise" was praised.`}},
		{"phrase", `"head of drama"`, []string{"a/l5s1: Netflix’s [head of drama] spoke to Deadline."}},
		{"phrase with typographic quotes", `“background noise”`, []string{`b/l3s2: The show's "perfect [background noise]" was praised.`}},
		{"phrase words out of order do not match", `"drama of head"`, nil},
		{"unclosed phrase while typing", `"head of dr`, []string{"a/l5s1: Netflix’s [head of dr]ama spoke to Deadline."}},
		{"phrase and word", `deadline "head of"`, []string{"a/l5s1: Netflix’s [head of] drama spoke to [Deadline]."}},
		{"regex characters are plain text", "[(*", []string{"b/l5s2: Chorus lines sang [[(*] and <script>alert(1)</script> too."}},
		{"HTML is plain text", "<script>", []string{"b/l5s2: Chorus lines sang [(* and [<script>]alert(1)</script> too."}},
		{"regex that would match everything", ".*", nil},
		{"trailing punctuation of a word is dropped", "Deadline.", []string{"a/l5s1: Netflix’s head of drama spoke to [Deadline]."}},
		{"numbers", "8th", []string{"a/l5s2: It was cancelled on November [8th]."}},
		{"empty", "   ", nil},
		{"lone quotes", `"" “”`, nil},
		{"no match", "zebra", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hits(ix.Search(tt.q))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Search(%q):\n got %q\nwant %q", tt.q, got, tt.want)
			}
		})
	}
}

func TestRanking(t *testing.T) {
	ix := testIndex(t)
	// b says "Cho" three times as a word; a once. "Chorus" only starts
	// with cho, and counts less than a whole word.
	r := ix.Search("cho")
	if len(r.Groups) != 2 || r.Groups[0].ArticleID != "b" || r.Groups[1].ArticleID != "a" {
		t.Fatalf("groups %+v, want b then a", r.Groups)
	}
	if got, want := r.Groups[0].Score, 3*2+1; got != want {
		t.Errorf("b scores %d, want %d (three whole words, one prefix)", got, want)
	}
	if got, want := r.Groups[1].Score, 2; got != want {
		t.Errorf("a scores %d, want %d", got, want)
	}
	// Within an article, hits stay in reading order, whatever their score.
	if ids := []string{r.Groups[0].Hits[0].SentenceID, r.Groups[0].Hits[1].SentenceID}; ids[0] != "l3s1" || ids[1] != "l5s2" {
		t.Errorf("b's hits in order %v, want reading order", ids)
	}
	// A headline hit counts double: "café" is in a's headline.
	if r := ix.Search("café"); r.Groups[0].Hits[0].Score != 4 || r.Groups[0].Hits[1].Score != 2 {
		t.Errorf("café: headline scores %d, sentence %d; want 4 and 2", r.Groups[0].Hits[0].Score, r.Groups[0].Hits[1].Score)
	}
	// Ties keep corpus order.
	x, y := article(t, "x", "Headline X", "Same words."), article(t, "y", "Headline Y", "Same words.")
	for _, order := range [][]*content.Article{{x, y}, {y, x}} {
		r := New(order).Search("same")
		if len(r.Groups) != 2 || r.Groups[0].ArticleID != order[0].ID {
			t.Errorf("a tie in corpus order %s, %s put %+v first", order[0].ID, order[1].ID, r.Groups[0])
		}
	}
	// A phrase scores one more per extra word.
	if r := ix.Search(`"head of drama"`); r.Groups[0].Score != 2+2 {
		t.Errorf(`"head of drama" scores %d, want 4`, r.Groups[0].Score)
	}
	if r.Hits != 3 {
		t.Errorf("cho: %d hits, want 3", r.Hits)
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"a b", []string{"a", "b"}},
		{`"jinny howe" deadline`, []string{`"jinny howe"`, "deadline"}},
		{`“Jinny   Howe”`, []string{`"Jinny Howe"`}},
		{"Cho cho CHO", []string{"Cho"}},
		{"Howe?", []string{"Howe"}},
		{"?!", []string{"?!"}},
		{`x"y z"`, []string{"x", `"y z"`}},
	}
	for _, tt := range tests {
		var got []string
		for _, term := range ParseQuery(tt.q) {
			got = append(got, term.String())
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("ParseQuery(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	join := func(ps []Piece) string {
		var b strings.Builder
		for _, p := range ps {
			if p.Mark {
				b.WriteString("[" + p.Text + "]")
			} else {
				b.WriteString(p.Text)
			}
		}
		return b.String()
	}
	short := "Jinny Howe told Deadline."
	if got := join(Snippet(short, []Span{{16, 24}}, 20)); got != "Jinny Howe told [Deadline]." {
		t.Errorf("short text: %q", got)
	}
	long := strings.Repeat("alpha ", 30) + "MATCH " + strings.Repeat("beta ", 30) + "OTHER " + strings.Repeat("gamma ", 30)
	i, j := strings.Index(long, "MATCH"), strings.Index(long, "OTHER")
	got := join(Snippet(long, []Span{{i, i + 5}, {j, j + 5}}, 12))
	want := "… alpha alpha [MATCH] beta beta beta … beta beta beta [OTHER] gamma gamma …"
	if got != want {
		t.Errorf("long text:\n got %q\nwant %q", got, want)
	}
	if got := join(Snippet(long, nil, 10)); got != long {
		t.Errorf("no spans: the whole text, got %q", got)
	}
}

// seedIndex indexes the real articles.
func seedIndex(t *testing.T) *Index {
	t.Helper()
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	return New(arts)
}

// The real articles: the figures used in the report and the suggestions.
func TestSeeds(t *testing.T) {
	ix := seedIndex(t)
	if ix.Len() < 250 {
		t.Fatalf("only %d texts indexed", ix.Len())
	}
	r := ix.Search(`"jinny howe" deadline`)
	if len(r.Groups) != 4 {
		t.Errorf(`"jinny howe" deadline: %d articles, want 4 (all but 003)`, len(r.Groups))
	}
	for _, g := range r.Groups {
		for _, h := range g.Hits {
			for _, s := range h.Spans {
				if got := foldString(h.Text[s.Start:s.End]); got != "jinny howe" && got != "deadline" {
					t.Errorf("%s/%s: marked %q", g.ArticleID, h.SentenceID, h.Text[s.Start:s.End])
				}
			}
		}
	}
	// "writer's room" is written with a typographic apostrophe.
	if r := ix.Search(`"writer's room"`); r.Hits != 3 {
		t.Errorf(`"writer's room": %d hits, want 3`, r.Hits)
	}
}

func TestSuggest(t *testing.T) {
	ix := seedIndex(t)
	got := ix.Suggest(8, 3)
	if len(got) < 5 {
		t.Fatalf("only %d suggestions: %+v", len(got), got)
	}
	for i, s := range got {
		t.Logf("%s: %d articles, %d texts", s.Query, s.Articles, s.Hits)
		if s.Articles < 3 {
			t.Errorf("%s: in %d articles, want at least 3", s.Query, s.Articles)
		}
		// A suggestion finds what it promises.
		r := ix.Search(s.Query)
		if len(r.Groups) != s.Articles || r.Hits < s.Hits {
			t.Errorf("%s: search finds %d articles, %d hits; suggestion says %d, %d", s.Query, len(r.Groups), r.Hits, s.Articles, s.Hits)
		}
		if s.Query == `"Partner Track"` {
			t.Errorf("the show's own name is suggested")
		}
		if i > 0 && got[i-1].Articles < s.Articles {
			t.Errorf("%s before %s: not most articles first", got[i-1].Query, s.Query)
		}
	}
}
