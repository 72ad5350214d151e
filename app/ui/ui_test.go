package ui

import (
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"golang.org/x/net/html"

	"partnertrack/app/facts"
)

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestFrameMarksCurrentSection(t *testing.T) {
	tests := []struct{ path, current string }{
		{"/", ""},
		{"/articles", "/articles"},
		{"/articles/000_747ef56c3995183a", "/articles"},
		{"/cast", "/cast"},
		{"/castle", ""},
		{NotFoundPath, ""},
	}
	for _, tt := range tests {
		doc := render(t, frame(tt.path, nil, nil))
		links := all(doc, "nav a")
		if len(links) != len(sections) {
			t.Fatalf("%s: %d nav links, want %d", tt.path, len(links), len(sections))
		}
		var got []string
		for _, a := range all(doc, "a[aria-current=page]") {
			got = append(got, attr(a, "href"))
		}
		if tt.current == "" && len(got) != 0 || tt.current != "" && (len(got) != 1 || got[0] != tt.current) {
			t.Errorf("%s: current %q, want %q", tt.path, got, tt.current)
		}
		if attr(one(t, doc, "main"), "id") != "main" {
			t.Errorf("%s: main has no id main (skip link target)", tt.path)
		}
	}
}

// The brand mark is drawn inline, not fetched: an image in the frame was
// fetched again, and blank meanwhile, each time the client redrew the page.
// It is decorative (the link's name is the site's), and draws what the
// favicon file draws.
func TestFrameDrawsTheBrandIconInline(t *testing.T) {
	doc := render(t, frame("/", nil, nil))
	brand := one(t, doc, "a.brand")
	if imgs := all(doc, "img"); len(imgs) != 0 {
		t.Errorf("the frame has %d images, want none", len(imgs))
	}
	svg := one(t, brand, "svg")
	if attr(svg, "aria-hidden") != "true" || attr(svg, "width") != "28" || attr(svg, "height") != "28" {
		t.Errorf("brand svg aria-hidden=%q width=%q height=%q, want true, 28, 28", attr(svg, "aria-hidden"), attr(svg, "width"), attr(svg, "height"))
	}
	if got := strings.TrimSpace(text(brand)); got != SiteName {
		t.Errorf("brand link text %q, want %q", got, SiteName)
	}
	file, err := os.ReadFile(filepath.Join("..", "..", "web", "icon.svg"))
	if err != nil {
		t.Fatal(err)
	}
	fileSVG := one(t, render(t, app.Raw(string(file))), "svg")
	if got, want := drawing(svg), drawing(fileSVG); got != want || len(all(svg, "rect")) != 4 {
		t.Errorf("brand mark draws\n%s\nweb/icon.svg draws\n%s", got, want)
	}
}

// drawing is an SVG's view box and rectangles (all the icon draws), one
// per line with their attributes sorted.
func drawing(svg *html.Node) string {
	var lines []string
	for _, a := range svg.Attr {
		if strings.EqualFold(a.Key, "viewBox") {
			lines = append(lines, "viewBox="+a.Val)
		}
	}
	for _, r := range all(svg, "rect") {
		var as []string
		for _, a := range r.Attr {
			as = append(as, a.Key+"="+a.Val)
		}
		sort.Strings(as)
		lines = append(lines, r.Data+" "+strings.Join(as, " "))
	}
	return strings.Join(lines, "\n")
}

// Every statement on the home page links to the sentence it comes from,
// and the chip's tooltip is that sentence.
func TestHomeLinksEveryStatementToItsSentence(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, homeView{C: c}.render(nil))
	factsShown := all(doc, "div.fact")
	if len(factsShown) != len(homeTimeline)+len(homeShow)+len(homeNumbers) {
		t.Fatalf("%d facts shown", len(factsShown))
	}
	for _, f := range factsShown {
		for _, li := range all(f, "ul.values li") {
			if len(all(li, "a.src")) == 0 {
				t.Errorf("%s: value %q has no source", attr(f, "id"), text(li))
			}
		}
	}
	chips := all(doc, "a.src")
	if len(chips) < 40 {
		t.Errorf("only %d source chips", len(chips))
	}
	for _, a := range chips {
		u := mustURL(t, attr(a, "href"))
		art, ok := c.Article(strings.TrimPrefix(u.Path, "/articles/"))
		if !ok {
			t.Errorf("chip %q links to unknown article %s", text(a), u.Path)
			continue
		}
		s, ok := art.Sentence(u.Fragment)
		if !ok {
			t.Errorf("chip links to unknown sentence %s", u)
			continue
		}
		if want := attrSafe(c.Label(art.ID) + ": " + s.Text); attr(a, "title") != want {
			t.Errorf("chip title %q, want %q", attr(a, "title"), want)
		}
		if text(a) != c.Label(art.ID) {
			t.Errorf("chip text %q, want %q", text(a), c.Label(art.ID))
		}
	}
}

func TestHomeShowsConflictsAndTheirValues(t *testing.T) {
	c := testCorpus(t)
	doc := render(t, homeView{C: c}.render(nil))
	for _, tt := range []struct {
		id     string
		values []string
		status string
	}{
		{"fact-novel", []string{"The Partner", "The Partner Track"}, "status-conflict"},
		{"fact-critics", []string{"62%", "56%"}, "status-conflict"},
		{"fact-premiere", []string{"August 26, 2022", "August 2022"}, "status-compatible"},
		{"fact-episodes", []string{"10"}, ""},
	} {
		f := one(t, doc, "div#"+tt.id)
		var got []string
		for _, s := range all(f, "ul.values strong") {
			got = append(got, text(s))
		}
		if strings.Join(got, "|") != strings.Join(tt.values, "|") {
			t.Errorf("%s: values %q, want %q", tt.id, got, tt.values)
		}
		st := all(f, "p.status")
		if tt.status == "" && len(st) != 0 || tt.status != "" && (len(st) != 1 || !hasClass(st[0], tt.status)) {
			t.Errorf("%s: status elements %d, want class %q", tt.id, len(st), tt.status)
		}
		// The details hold every claim, with the value marked.
		fact, _ := c.Fact(strings.TrimPrefix(tt.id, "fact-"))
		marks := all(f, "ul.quotes mark")
		if len(marks) != len(fact.Claims()) {
			t.Errorf("%s: %d quotes, want %d", tt.id, len(marks), len(fact.Claims()))
		}
	}
}

func TestHomeTimelineIsInDateOrder(t *testing.T) {
	doc := render(t, homeView{C: testCorpus(t)}.render(nil))
	var ids []string
	for _, f := range all(one(t, doc, "section#timeline"), "div.fact") {
		ids = append(ids, attr(f, "id"))
	}
	want := "fact-ordered fact-premiere fact-interview fact-cancelled"
	if strings.Join(ids, " ") != want {
		t.Errorf("timeline %q, want %q", ids, want)
	}
}

func TestStatusClass(t *testing.T) {
	for s, want := range map[facts.Status]string{facts.Conflict: "conflict", facts.Compatible: "compatible", facts.Agree: "agree"} {
		if got := statusClass(s); got != want {
			t.Errorf("statusClass(%v) = %q", s, got)
		}
	}
}
