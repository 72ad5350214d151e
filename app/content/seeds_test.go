package content

import (
	"io/fs"
	"slices"
	"strings"
	"testing"

	"partnertrack/seeds"
)

// The expectations below were written by reading the five seed files, not
// by printing the parser's output.

func parseSeed(t *testing.T, file string) *Article {
	t.Helper()
	data, err := fs.ReadFile(seeds.FS, file)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(file, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", file, err)
	}
	return a
}

func countKind(a *Article, k Kind) int {
	n := 0
	for _, b := range a.Blocks {
		if b.Kind == k {
			n++
		}
	}
	return n
}

func itemCounts(a *Article, k Kind) []int {
	var out []int
	for _, b := range a.Blocks {
		if b.Kind == k {
			out = append(out, len(b.Items))
		}
	}
	return out
}

func TestSeedArticles(t *testing.T) {
	tests := []struct {
		file         string
		title        string
		titleLine    int
		titleDerived bool
		titleSource  string
		headings     int
		paragraphs   int
		lists        []int // item count of each List block, in order
		lines        []int // item count of each Lines block, in order
		asOf         string
		asOfText     string
		asOfSentence string
	}{
		{
			file:      "000_747ef56c3995183a.txt",
			title:     "Netflix Has Cancelled Season 2 of “Partner Track.”",
			titleLine: 1,
			// 12, 18, 28, 32
			headings: 4,
			// 4 6 8 10 14 16 20 22 24 26 30 34 42
			paragraphs:   13,
			lists:        []int{4}, // lines 36-39
			asOf:         "2022-11-08",
			asOfText:     "As of November 8, 2022",
			asOfSentence: "l8s3",
		},
		{
			file:      "001_af8ed55f5fefa408.txt",
			title:     "Partner Track Season 2: Is It Renewed Or Canceled?",
			titleLine: 1,
			// 7 13 19 45 53 59 63 67
			headings: 8,
			// 3 5 9 11 15 17 47 49 51 55 57 61 65 69
			paragraphs: 14,
			lists:      []int{8, 12}, // lines 22-29 and 32-43, split by blank lines
		},
		{
			file:         "002_36a669ef9be3c6c1.txt",
			title:        "Partner Track Netflix Renewal Status",
			titleDerived: true,
			titleSource:  "first heading, line 7",
			// 7 9 23 31 47
			headings: 5,
			// the other 27 of the 32 odd lines 1-63
			paragraphs:   27,
			asOf:         "2022-09-07",
			asOfText:     "As of September 7th, 2022",
			asOfSentence: "l15s1",
		},
		{
			file:      "003_04899bce5507796f.txt",
			title:     "Partner Track Season 2 Release Date, Plot, Cast, Trailer & More",
			titleLine: 1,
			// 7 15 45 47 52 54 68 72 74 81 85 96
			headings: 12,
			// 5 17 19 21 23 25 27 29 50 57 66 70 77 79 83 94 98
			paragraphs: 17,
			lists:      []int{6}, // lines 59-64
			lines:      []int{8}, // info box, lines 36-43
		},
		{
			file:       "004_afde3b6bae209fa5.txt",
			title:      "Netflix Has Cancelled Partner Track After Only One Season",
			titleLine:  3,
			headings:   1, // 9
			paragraphs: 6, // 5 7 11 13 15 17
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := parseSeed(t, tt.file)
			if want := strings.TrimSuffix(tt.file, ".txt"); a.ID != want || a.File != tt.file {
				t.Errorf("ID, File = %q, %q; want %q, %q", a.ID, a.File, want, tt.file)
			}
			if a.Title != tt.title || a.TitleLine != tt.titleLine || a.TitleDerived != tt.titleDerived || a.TitleSource != tt.titleSource {
				t.Errorf("title = %q line %d derived %v source %q; want %q line %d derived %v source %q",
					a.Title, a.TitleLine, a.TitleDerived, a.TitleSource, tt.title, tt.titleLine, tt.titleDerived, tt.titleSource)
			}
			if got := countKind(a, Heading); got != tt.headings {
				t.Errorf("headings = %d, want %d", got, tt.headings)
			}
			if got := countKind(a, Paragraph); got != tt.paragraphs {
				t.Errorf("paragraphs = %d, want %d", got, tt.paragraphs)
			}
			if got := itemCounts(a, List); !slices.Equal(got, tt.lists) {
				t.Errorf("list item counts = %v, want %v", got, tt.lists)
			}
			if got := itemCounts(a, Lines); !slices.Equal(got, tt.lines) {
				t.Errorf("lines item counts = %v, want %v", got, tt.lines)
			}
			switch {
			case tt.asOf == "" && a.AsOf != nil:
				t.Errorf("AsOf = %+v, want none", *a.AsOf)
			case tt.asOf != "" && a.AsOf == nil:
				t.Errorf("AsOf = nil, want %s", tt.asOf)
			case tt.asOf != "":
				if a.AsOf.ISO() != tt.asOf || a.AsOf.Text != tt.asOfText || a.AsOf.SentenceID != tt.asOfSentence {
					t.Errorf("AsOf = %s %q %s; want %s %q %s", a.AsOf.ISO(), a.AsOf.Text, a.AsOf.SentenceID, tt.asOf, tt.asOfText, tt.asOfSentence)
				}
			}
			if a.Raw != mustRead(t, tt.file) {
				t.Error("Raw is not the seed byte for byte")
			}
			for _, b := range a.Blocks {
				if b.Line == a.TitleLine && !a.TitleDerived {
					t.Errorf("title line %d also appears as a block", b.Line)
				}
			}
		})
	}
}

func mustRead(t *testing.T, file string) string {
	t.Helper()
	data, err := fs.ReadFile(seeds.FS, file)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// boilerplateLines lists every boilerplate line of the seeds.
var boilerplateLines = []struct {
	file string
	line int
	text string
	kind string
}{
	{"000_747ef56c3995183a.txt", 44, "Leave A Reply", RemovedCommentPrompt},
	{"000_747ef56c3995183a.txt", 46, "Your email address will not be published.", RemovedCommentPrompt},

	{"001_af8ed55f5fefa408.txt", 71, "Leave a Comment", RemovedCommentPrompt},

	{"003_04899bce5507796f.txt", 3, "Join us on Whatsapp", RemovedWhatsApp},
	{"003_04899bce5507796f.txt", 8, "Credit: Twitter", RemovedImageCredit},
	{"003_04899bce5507796f.txt", 9, "👉🏼The Endgame Season 2 Release Date, Cast, Plot, Trailer Update", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 10, "👉🏼Congratulations OTT Release Date, Platform & Cast", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 11, "👉🏼Breaking Bad Season 6 Release Date, Cast, Plot, Trailer and More!", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 12, "👉🏼Why Raised by Wolves Season 3 Got Canceled?", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 13, "👉🏼Will We See Young Justice Season 5?", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 31, "👉🏼 Times Amy Adams Was the Most Inspiring Person Ever", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 32, "👉🏼Brahmastra Cast & Movie Release Date", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 33, "👉🏼Queen Sugar Season 8 Release Date, Trailer & Episodes Cancelled?", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 34, "👉🏼Squid Game Season 2 Release Date & Cast", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 35, "👉🏼Any Update on Night Sky Season 2 Release Date, Trailer, Cast & Story?", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 48, "Credit: Twitter", RemovedImageCredit},
	{"003_04899bce5507796f.txt", 55, "Credit: Twitter", RemovedImageCredit},
	{"003_04899bce5507796f.txt", 75, "Credit: Twitter", RemovedImageCredit},
	{"003_04899bce5507796f.txt", 87, "🚨 Don’t Miss These", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 88, "👉🏼 10 Emily Blunt Movies Worth Watching for You!", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 89, "👉🏼 Welcome to Flatch Season 3 releasing date, Cast, Plot, Trailer & More", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 90, "👉🏼 Chicago Fire Season 12 Release Date, Cast, Trailer & More", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 91, "👉🏼 Apharan Season 3 Release Date & Cast", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 92, "👉🏼 Friday Night Dinner Season 7 Release Date, Trailer & Cast", RemovedPromoLink},
	{"003_04899bce5507796f.txt", 100, "Leave A Reply", RemovedCommentPrompt},
	{"003_04899bce5507796f.txt", 102, "Your email address will not be published.", RemovedCommentPrompt},

	// The seed has a no-break space before "Learn More.".
	{"004_afde3b6bae209fa5.txt", 1, "Cookies help us deliver our Services. By using our Services, you agree to our use of cookies.\u00a0Learn More.", RemovedCookieBanner},
}

func seedFiles(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 5 {
		t.Fatalf("seeds.FS holds %d .txt files, want 5", len(names))
	}
	return names
}

// keptTexts maps each kept source line to the text the article keeps for
// it (Title, Block.Text or Item.Text).
func keptTexts(t *testing.T, a *Article) map[int]string {
	t.Helper()
	m := map[int]string{}
	put := func(n int, s string) {
		if old, dup := m[n]; dup {
			t.Errorf("%s: line %d kept twice: %q and %q", a.File, n, old, s)
		}
		m[n] = s
	}
	if !a.TitleDerived {
		put(a.TitleLine, a.Title)
	}
	for _, b := range a.Blocks {
		if b.Kind == Heading || b.Kind == Paragraph {
			put(b.Line, b.Text)
		}
		for _, it := range b.Items {
			put(it.Line, it.Text)
		}
	}
	return m
}

func TestBoilerplateRemoved(t *testing.T) {
	byFile := map[string][]Removed{}
	for _, bl := range boilerplateLines {
		byFile[bl.file] = append(byFile[bl.file], Removed{Line: bl.line, Text: bl.text, Kind: bl.kind})
	}
	for _, file := range seedFiles(t) {
		a := parseSeed(t, file)
		want := byFile[file]
		if !slices.Equal(a.Removed, want) {
			t.Errorf("%s: Removed =\n%v\nwant\n%v", file, a.Removed, want)
		}
		kept := keptTexts(t, a)
		for _, r := range want {
			for n, s := range kept {
				if strings.Contains(s, r.Text) {
					t.Errorf("%s: boilerplate %q (line %d) kept at line %d", file, r.Text, r.Line, n)
				}
			}
		}
	}
	// Counts called out by hand: 003 has 1 WhatsApp line, 4 image credits,
	// 15 promotional links plus the "Don’t Miss These" header, and 2
	// comment prompts.
	kinds := map[string]int{}
	for _, r := range byFile["003_04899bce5507796f.txt"] {
		kinds[r.Kind]++
	}
	want := map[string]int{RemovedWhatsApp: 1, RemovedImageCredit: 4, RemovedPromoLink: 16, RemovedCommentPrompt: 2}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("003 %s lines in table = %d, want %d", k, kinds[k], n)
		}
	}
}

func TestNoContentLineLost(t *testing.T) {
	boiler := map[string]map[int]string{}
	for _, bl := range boilerplateLines {
		if boiler[bl.file] == nil {
			boiler[bl.file] = map[int]string{}
		}
		boiler[bl.file][bl.line] = bl.text
	}
	for _, file := range seedFiles(t) {
		a := parseSeed(t, file)
		kept := keptTexts(t, a)

		// Independent scan of the raw seed.
		var wantLines []int
		for i, line := range strings.Split(mustRead(t, file), "\n") {
			n := i + 1
			text := strings.TrimSpace(line)
			if text == "" {
				continue
			}
			if bt, ok := boiler[file][n]; ok {
				if bt != text {
					t.Errorf("%s:%d: boilerplate table says %q, seed has %q", file, n, bt, text)
				}
				continue
			}
			wantLines = append(wantLines, n)
			want := strings.TrimSpace(strings.TrimPrefix(text, "•"))
			if got, ok := kept[n]; !ok {
				t.Errorf("%s:%d: content line lost: %q", file, n, want)
			} else if got != want {
				t.Errorf("%s:%d: kept text %q, want %q", file, n, got, want)
			}
		}
		got := a.ContentLines()
		if len(got) != len(wantLines) || !slices.Equal(got, wantLines) {
			t.Errorf("%s: ContentLines() has %d lines, want %d\n got %v\nwant %v", file, len(got), len(wantLines), got, wantLines)
		}
	}
}

// Hand counts of kept (non-blank, non-boilerplate) lines per seed.
func TestContentLineCounts(t *testing.T) {
	want := map[string]int{
		"000_747ef56c3995183a.txt": 22, // 24 non-blank - 2 comment prompts
		"001_af8ed55f5fefa408.txt": 43, // 44 - 1
		"002_36a669ef9be3c6c1.txt": 32, // no boilerplate
		"003_04899bce5507796f.txt": 44, // 67 - 23
		"004_afde3b6bae209fa5.txt": 8,  // 9 - cookie banner
	}
	for file, n := range want {
		if got := len(parseSeed(t, file).ContentLines()); got != n {
			t.Errorf("%s: %d content lines, want %d", file, got, n)
		}
	}
}

func TestEditorialCommentLinesKept(t *testing.T) {
	tests := []struct {
		file string
		line int
		text string
	}{
		{"000_747ef56c3995183a.txt", 42, "Would you have liked more episodes of Partner Track on Netflix? Tell us in the comments below."},
		{"002_36a669ef9be3c6c1.txt", 63, "Would you like to see more episodes of Netflix’s Partner Track? Let us know in the comments."},
	}
	for _, tt := range tests {
		a := parseSeed(t, tt.file)
		found := false
		for _, b := range a.Blocks {
			if b.Line == tt.line {
				found = true
				if b.Kind != Paragraph || b.Text != tt.text {
					t.Errorf("%s:%d = %v %q, want paragraph %q", tt.file, tt.line, b.Kind, b.Text, tt.text)
				}
			}
		}
		if !found {
			t.Errorf("%s:%d not kept", tt.file, tt.line)
		}
	}
}

func TestSeedBlockKinds(t *testing.T) {
	tests := []struct {
		file string
		line int
		kind Kind
		text string // Heading/Paragraph only
	}{
		{"000_747ef56c3995183a.txt", 12, Heading, "Is There Going to Be a Second Season of Partner Track?"},
		{"000_747ef56c3995183a.txt", 34, Paragraph, "Georgia Lee talked to Deadline soon after season 1 came out and talked about where they would go in season 2. Here are some of the most important points:"},
		{"000_747ef56c3995183a.txt", 36, List, ""},
		{"001_af8ed55f5fefa408.txt", 7, Heading, "Partner Track Season 2\u00a0Renewal Status"},
		{"001_af8ed55f5fefa408.txt", 22, List, ""},
		{"001_af8ed55f5fefa408.txt", 32, List, ""},
		{"002_36a669ef9be3c6c1.txt", 1, Paragraph, "Netflix’s latest legal drama is now streaming and following in the footsteps of The Lincoln Lawyer, adapts a popular book and is almost certainly eyeing a second season at Netflix but will it get it? Here’s everything we know about season 2 and how well the show is performing on the service."},
		{"002_36a669ef9be3c6c1.txt", 7, Heading, "Partner Track Netflix Renewal Status"},
		{"002_36a669ef9be3c6c1.txt", 9, Heading, "Has Partner Track been renewed for season 2?"},
		{"002_36a669ef9be3c6c1.txt", 11, Paragraph, "Official Renewal Status: Not yet renewed."},
		{"002_36a669ef9be3c6c1.txt", 35, Paragraph, "Week Period Hours Viewed(M) Rank Week in Top 10 August 21st, 2022 to August 28th, 2022 16,660,000 7 1 August 28th, 2022 to September 4th, 2022 31,140,000 (+87%) 4 2"},
		{"002_36a669ef9be3c6c1.txt", 47, Heading, "What to expect from Partner Track season 2 on Netflix"},
		{"002_36a669ef9be3c6c1.txt", 49, Paragraph, "If the show does get renewed? Where can we expect the show to head next?"},
		{"003_04899bce5507796f.txt", 7, Heading, "Partner Track Season 2"},
		{"003_04899bce5507796f.txt", 36, Lines, ""},
		{"003_04899bce5507796f.txt", 47, Heading, "Partner Track Season 2 releasing date"},
		{"003_04899bce5507796f.txt", 57, Paragraph, "The regular members of Partner Track Season 2 Cast are:"},
		{"003_04899bce5507796f.txt", 59, List, ""},
		{"004_afde3b6bae209fa5.txt", 9, Heading, "Partner Track wasn't popular enough"},
	}
	for _, tt := range tests {
		a := parseSeed(t, tt.file)
		i := slices.IndexFunc(a.Blocks, func(b Block) bool { return b.Line == tt.line })
		if i < 0 {
			t.Errorf("%s:%d: no block starts here", tt.file, tt.line)
			continue
		}
		b := a.Blocks[i]
		if b.Kind != tt.kind || b.Text != tt.text {
			t.Errorf("%s:%d = %v %q, want %v %q", tt.file, tt.line, b.Kind, b.Text, tt.kind, tt.text)
		}
	}
}

func TestSeedInfoBox(t *testing.T) {
	a := parseSeed(t, "003_04899bce5507796f.txt")
	want := []string{
		"Name of the Show Partner Track",
		"Based On The Partner Track by Helen Wan",
		"Seasons Aired 1",
		"Episodes 10",
		"Language English",
		"Country United States",
		"Where to Watch Netflix",
		"Partner Track Season 2 Release Status Not Announced",
	}
	i := slices.IndexFunc(a.Blocks, func(b Block) bool { return b.Kind == Lines })
	if i < 0 {
		t.Fatal("no Lines block")
	}
	var got []string
	for j, it := range a.Blocks[i].Items {
		got = append(got, it.Text)
		if it.Line != 36+j {
			t.Errorf("item %d at line %d, want %d", j, it.Line, 36+j)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("info box = %q, want %q", got, want)
	}
}

func TestSeedListItemsDropMarker(t *testing.T) {
	a := parseSeed(t, "000_747ef56c3995183a.txt")
	i := slices.IndexFunc(a.Blocks, func(b Block) bool { return b.Kind == List })
	if i < 0 {
		t.Fatal("no List block")
	}
	it := a.Blocks[i].Items[0]
	if it.Line != 36 || it.Text != "Don’t think that Ingrid and Murphy will get back together any time soon." {
		t.Errorf("first item = %d %q", it.Line, it.Text)
	}
}

func TestStableSentenceIDs(t *testing.T) {
	tests := []struct {
		file, id, prefix string
	}{
		{"002_36a669ef9be3c6c1.txt", "l15s1", "As of September 7th, 2022, the show has yet"},
		{"002_36a669ef9be3c6c1.txt", "l1s2", "Here’s everything we know about season 2"},
		{"002_36a669ef9be3c6c1.txt", "l49s2", "Where can we expect the show to head next?"},
		{"000_747ef56c3995183a.txt", "l8s3", "As of November 8, 2022, it has a 62% rating"},
		{"000_747ef56c3995183a.txt", "l10s2", "The San Francisco Chronicle called it “perfect background noise.”"},
		{"000_747ef56c3995183a.txt", "l10s3", "Nina Metz of the Chicago Tribune"},
		{"000_747ef56c3995183a.txt", "l37s2", "She picks herself."},
		{"001_af8ed55f5fefa408.txt", "l61s4", "The show has a 6.8/10 rating on IMDb."},
		{"003_04899bce5507796f.txt", "l39s1", "Episodes 10"},
		{"003_04899bce5507796f.txt", "l25s3", "The show was watched for 66.01 million hours"},
		{"004_afde3b6bae209fa5.txt", "l11s3", "Even then, it seemingly failed"},
		{"004_afde3b6bae209fa5.txt", "l13s3", "\"We have early thoughts"},
	}
	for _, tt := range tests {
		a := parseSeed(t, tt.file)
		s, ok := a.Sentence(tt.id)
		if !ok {
			t.Errorf("%s: no sentence %s", tt.file, tt.id)
			continue
		}
		if !strings.HasPrefix(s.Text, tt.prefix) || s.ID != tt.id || sentenceID(s.Line, s.N) != tt.id {
			t.Errorf("%s: %s = %+v, want text starting %q", tt.file, tt.id, s, tt.prefix)
		}
	}
	a := parseSeed(t, "002_36a669ef9be3c6c1.txt")
	if _, ok := a.Sentence("l2s1"); ok {
		t.Error("Sentence(l2s1) found a sentence on a blank line")
	}
}

// Every line's sentences join back into the line, IDs are unique and
// numbered from 1 within each line.
func TestSeedSentencesRebuildLines(t *testing.T) {
	for _, file := range seedFiles(t) {
		a := parseSeed(t, file)
		check := func(line int, text string, ss []Sentence) {
			var parts []string
			for i, s := range ss {
				parts = append(parts, s.Text)
				if s.Line != line || s.N != i+1 || s.ID != sentenceID(line, i+1) {
					t.Errorf("%s:%d: sentence %d = %+v", file, line, i+1, s)
				}
				if s.Text == "" || s.Text != strings.TrimSpace(s.Text) {
					t.Errorf("%s:%d: sentence %q not trimmed", file, line, s.Text)
				}
			}
			if got, want := strings.Join(strings.Fields(strings.Join(parts, " ")), " "), strings.Join(strings.Fields(text), " "); got != want {
				t.Errorf("%s:%d: sentences rebuild\n%q\nwant\n%q", file, line, got, want)
			}
		}
		for _, b := range a.Blocks {
			if b.Kind == Heading || b.Kind == Paragraph {
				check(b.Line, b.Text, b.Sentences)
			} else if len(b.Sentences) != 0 || b.Text != "" {
				t.Errorf("%s:%d: %v block has Text or Sentences", file, b.Line, b.Kind)
			}
			for _, it := range b.Items {
				check(it.Line, it.Text, it.Sentences)
			}
		}
		seen := map[string]bool{}
		for _, s := range a.Sentences() {
			if seen[s.ID] {
				t.Errorf("%s: duplicate sentence ID %s", file, s.ID)
			}
			seen[s.ID] = true
		}
	}
}

func TestParseFSSeeds(t *testing.T) {
	arts, err := ParseFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	want := []string{
		"000_747ef56c3995183a",
		"001_af8ed55f5fefa408",
		"002_36a669ef9be3c6c1",
		"003_04899bce5507796f",
		"004_afde3b6bae209fa5",
	}
	if !slices.Equal(ids, want) {
		t.Errorf("ParseFS IDs = %v, want %v", ids, want)
	}
}
