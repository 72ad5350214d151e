package ui

import (
	"net/url"
	"strings"
	"testing"

	"partnertrack/app/compare"
)

const (
	id0 = "000_747ef56c3995183a"
	id1 = "001_af8ed55f5fefa408"
	id2 = "002_36a669ef9be3c6c1"
	id3 = "003_04899bce5507796f"
)

func TestComparePicksTheMostAlikeByDefault(t *testing.T) {
	c := testCorpus(t)
	v := compareView{C: c}
	for _, u := range []*url.URL{nil, mustURL(t, "/compare")} {
		doc := render(t, v.render(u))
		if h := text(one(t, doc, "h1")); h != "Compare" {
			t.Errorf("h1 %q", h)
		}
		a := one(t, doc, "select#pick-a option[selected]")
		b := one(t, doc, "select#pick-b option[selected]")
		if attr(a, "value") != id0 || attr(b, "value") != id2 {
			t.Errorf("default pair %s, %s; want the most alike, %s and %s", attr(a, "value"), attr(b, "value"), id0, id2)
		}
		if n := len(all(doc, "select option")); n != 10 {
			t.Errorf("%d options, want 5 per list", n)
		}
		if len(all(doc, ".status")) != 0 {
			t.Error("a complaint shows without a query")
		}
		if got := v.meta(u).title; got != "Compare A1 and A3" {
			t.Errorf("title %q", got)
		}
	}
}

// The rows: every sentence of both articles once, each aligned row with
// both sides, and the sentence targets the claims matrix links to.
func TestCompareRows(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, compareView{C: c}.render(mustURL(t, "/compare?a="+id1+"&b="+id3)))
	al, _ := compared(c).Pair(id1, id3)
	rows := all(doc, "ol.align li.row")
	if len(rows) != len(al.Rows) {
		t.Fatalf("%d rows, want %d", len(rows), len(al.Rows))
	}
	for i, r := range al.Rows {
		li := rows[i]
		if !hasClass(li, "k-"+r.Kind.String()) {
			t.Errorf("row %d: class %q, want k-%s", i, attr(li, "class"), r.Kind)
		}
		for _, s := range r.A {
			if span := all(li, "div.cell-a span#a-"+s.ID); len(span) != 1 || text(span[0]) != s.Text {
				t.Errorf("row %d: A sentence %s missing or altered: %q", i, s.ID, text(span[0]))
			}
		}
		for _, s := range r.B {
			if span := all(li, "div.cell-b span#b-"+s.ID); len(span) != 1 || text(span[0]) != s.Text {
				t.Errorf("row %d: B sentence %s missing or altered", i, s.ID)
			}
		}
		kind := text(one(t, li, "span.kind"))
		switch r.Kind {
		case compare.OnlyA:
			if kind != "only in A2" {
				t.Errorf("row %d: %q", i, kind)
			}
		case compare.OnlyB:
			if kind != "only in A4" {
				t.Errorf("row %d: %q", i, kind)
			}
		default:
			if !strings.HasPrefix(kind, r.Kind.String()+" · ") {
				t.Errorf("row %d: %q", i, kind)
			}
		}
	}
	// 001 and 003 share a passage in another order: a one-sided row
	// points to where the other article says it.
	elsewhere := 0
	for _, a := range all(doc, "div.gap a") {
		if h := attr(a, "href"); strings.HasPrefix(h, "#a-") || strings.HasPrefix(h, "#b-") {
			elsewhere++
		}
	}
	if elsewhere == 0 {
		t.Error("no one-sided row points elsewhere")
	}
	// Reworded rows mark the differing words.
	if len(all(doc, "li.k-reworded mark.diff")) == 0 {
		t.Error("no differing words marked on reworded rows")
	}
	// The phone switch names both sides.
	if got := text(one(t, doc, ".side-switch label[for=side-b]")); got != "A4" {
		t.Errorf("switch label %q", got)
	}
	if len(all(doc, "input#side-a[checked]")) != 1 {
		t.Error("the left column is not the one shown first")
	}
}

func TestCompareBadURLs(t *testing.T) {
	c := testCorpus(t)
	tests := []struct {
		query   string
		says    string // in the complaint; "" for none
		rows    bool
		a, b    string // selected in the picker
		matrixA string // the current matrix cell, "" for none
	}{
		{"?a=zzz&b=" + id1, "There is no article “zzz”", false, id0, id1, ""},
		{"?a=" + id1 + "&b=000", "did you mean A1", false, id1, id2, ""},
		{"?a=" + id2 + "&b=" + id2, "Both sides name A3", false, id2, id0, ""},
		{"?a=" + id3, "No second article", true, id3, id1, "A4"},
		{"?b=" + id3, "No first article", true, id1, id3, "A2"},
		{"?a=" + id3 + "&b=" + id1, "", true, id3, id1, "A4"},
	}
	for _, tt := range tests {
		doc := render(t, compareView{C: c}.render(mustURL(t, "/compare"+tt.query)))
		st := all(doc, "p.status")
		switch {
		case tt.says == "" && len(st) > 0:
			t.Errorf("%s: complaint %q", tt.query, text(st[0]))
		case tt.says != "" && (len(st) != 1 || !strings.Contains(text(st[0]), tt.says)):
			t.Errorf("%s: complaint %v, want one saying %q", tt.query, st, tt.says)
		}
		if got := len(all(doc, "ol.align")) == 1; got != tt.rows {
			t.Errorf("%s: rows shown %v, want %v", tt.query, got, tt.rows)
		}
		if a := attr(one(t, doc, "select#pick-a option[selected]"), "value"); a != tt.a {
			t.Errorf("%s: left %s, want %s", tt.query, a, tt.a)
		}
		if b := attr(one(t, doc, "select#pick-b option[selected]"), "value"); b != tt.b {
			t.Errorf("%s: right %s, want %s", tt.query, b, tt.b)
		}
		cur := all(doc, "table.sim-matrix a[aria-current=page]")
		if tt.matrixA == "" && len(cur) != 0 || tt.matrixA != "" && len(cur) != 1 {
			t.Errorf("%s: %d current matrix cells", tt.query, len(cur))
		}
		if len(all(doc, "form.picker")) != 1 {
			t.Errorf("%s: no picker", tt.query)
		}
	}
}

// The matrix: every pair both ways, linking to the pair, the diagonal
// empty; the evidence is the pair's most alike sentences.
func TestCompareSimilarityMatrix(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, compareView{C: c}.render(nil))
	links := all(doc, "table.sim-matrix td a")
	if len(links) != 20 {
		t.Fatalf("%d matrix links, want 20", len(links))
	}
	want := "/compare?a=" + id1 + "&b=" + id3
	found := false
	for _, l := range links {
		if attr(l, "href") == want {
			found = true
			al, _ := compared(c).Pair(id1, id3)
			if text(l) != compare.Percent(al.Score) {
				t.Errorf("cell %q, want %s", text(l), compare.Percent(al.Score))
			}
		}
	}
	if !found {
		t.Errorf("no link to %s", want)
	}
	if n := len(all(doc, "table.sim-matrix td.self")); n != 5 {
		t.Errorf("%d diagonal cells", n)
	}
	if n := len(all(doc, ".evidence li")); n != compare.EvidencePairs {
		t.Errorf("%d evidence pairs", n)
	}
	if len(all(doc, "a[href=/facts]")) == 0 {
		t.Error("no link to the claims matrix")
	}
}

func TestFactsMatrix(t *testing.T) {
	c := testCorpus(t)
	v := factsView{C: c}
	doc := render(t, v.render(nil))
	rows := all(doc, "table.claims-matrix tr.fact-row")
	if len(rows) != len(compared(c).Facts) {
		t.Fatalf("%d rows, want %d", len(rows), len(compared(c).Facts))
	}
	n := countFacts(compared(c).Facts)
	if len(all(doc, "tr.is-conflict")) != n.conflict || n.conflict < 10 {
		t.Errorf("%d conflict rows, counted %d", len(all(doc, "tr.is-conflict")), n.conflict)
	}
	// The critics score: 62% in A1, 56% in A2, a date note, and links to
	// the sentence and to the aligned passages.
	row := one(t, doc, "tr#critics")
	cells := all(row, "td")
	if len(cells) != 5 || text(one(t, cells[0], "strong.v")) != "62%" || text(one(t, cells[1], "strong.v")) != "56%" {
		t.Fatalf("critics cells wrong")
	}
	if !strings.Contains(text(one(t, row, "p.date-note")), "2022-09-07") {
		t.Error("no date note on the critics score")
	}
	if href := attr(one(t, cells[0], "a.src"), "href"); href != "/articles/"+id0+"#l8s3" {
		t.Errorf("source link %q", href)
	}
	if href := attr(one(t, cells[0], "a.aligned-link"), "href"); href != "/compare?a="+id0+"&b="+id1+"#a-l8s3" {
		t.Errorf("aligned link %q", href)
	}
	// A misquote: the differing words are marked.
	metz := one(t, doc, "tr#quote-nina-metz-engrossing-enough-to-keep")
	if got := text(one(t, metz, ".st")); got != "misquote" {
		t.Errorf("badge %q", got)
	}
	if got := text(one(t, all(metz, "td")[0], "mark.diff")); got != "interesting" {
		t.Errorf("marked %q", got)
	}
	// Every value's sentence is in its chip's tooltip.
	for _, a := range all(doc, "td a.src") {
		if !strings.Contains(attr(a, "title"), ": ") {
			t.Errorf("chip without its sentence: %q", attr(a, "title"))
		}
	}
}

func TestFactsFilter(t *testing.T) {
	c := testCorpus(t)
	n := countFacts(compared(c).Facts)
	tests := []struct {
		query     string
		rows      int
		complaint bool
	}{
		{"", n.all, false},
		{"?status=conflict", n.conflict, false},
		{"?status=agree", n.agree, false},
		{"?status=single", n.single, false},
		{"?status=nope", n.all, true},
	}
	for _, tt := range tests {
		doc := render(t, factsView{C: c}.render(mustURL(t, "/facts"+tt.query)))
		if got := len(all(doc, "tr.fact-row")); got != tt.rows {
			t.Errorf("%s: %d rows, want %d", tt.query, got, tt.rows)
		}
		if got := len(all(doc, "p.status")) == 1; got != tt.complaint {
			t.Errorf("%s: complaint %v", tt.query, got)
		}
		if len(all(doc, "nav.tabs a[aria-current=page]")) != 1 {
			t.Errorf("%s: current filter tab wrong", tt.query)
		}
	}
	if n.all != n.conflict+n.agree+n.single {
		t.Errorf("counts %+v do not add up", n)
	}
}

// The comparison is lazy (its rows and its sections below a phone's screen
// laid out only near the screen) only when the client draws it for another
// address than the one it loaded: the prerendered page and the client's
// first render of it must lay it out alike.
func TestCompareLazyOnlyAfterTheStart(t *testing.T) {
	c := testCorpus(t)
	v := compareView{C: c}
	defer func(l string) { loadAddress = l }(loadAddress)
	loaded := "/compare?a=" + id1 + "&b=" + id3
	for _, tc := range []struct {
		loaded, drawn string
		lazy          bool
	}{
		{"", loaded, false},                               // the build's prerender, the client's first render
		{loaded, loaded, false},                           // the loaded page drawn again (update prompt)
		{loaded, "/compare?a=" + id1 + "&b=" + id2, true}, // a change of pair
		{"/facts", loaded, true},                          // a move from another page
		{loaded, "/compare?a=nope", true},                 // a bad pair drawn after the start: the picker and the similarity
	} {
		loadAddress = tc.loaded
		doc := render(t, v.render(mustURL(t, tc.drawn)))
		if got := hasClass(one(t, doc, "div.compare"), "lazy"); got != tc.lazy {
			t.Errorf("loaded %q, drawn %q: lazy %v, want %v", tc.loaded, tc.drawn, got, tc.lazy)
		}
	}
	loadAddress = ""
	if len(all(render(t, v.render(nil)), "div.compare.lazy")) != 0 {
		t.Error("a lazy comparison before the first navigation")
	}
}
