package ui

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// headings returns the levels of a document's h1–h6, in document order.
func headings(n *html.Node) []int {
	var out []int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6' {
			out = append(out, int(n.Data[1]-'0'))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// Every page, as prerendered: one h1, first; headings never skip a level
// going down; search landmarks have distinct names; the theme toggle is a
// button.
func TestPagesOutline(t *testing.T) {
	c := testCorpus(t)
	for _, r := range routes(c) {
		doc := render(t, frame(r.path, r.view.render(nil), nil))
		hs := headings(one(t, doc, "main"))
		if len(hs) == 0 || hs[0] != 1 {
			t.Errorf("%s: headings %v do not start with h1", r.path, hs)
			continue
		}
		h1s := 0
		for i, h := range hs {
			if h == 1 {
				h1s++
			}
			if i > 0 && h > hs[i-1]+1 {
				t.Errorf("%s: h%d follows h%d (headings %v)", r.path, h, hs[i-1], hs)
				break
			}
		}
		if h1s != 1 {
			t.Errorf("%s: %d h1", r.path, h1s)
		}
		names := map[string]bool{}
		for _, f := range all(doc, "form[role=search]") {
			name := attr(f, "aria-label")
			if name == "" || names[name] {
				t.Errorf("%s: search landmark named %q (names must be given and distinct)", r.path, name)
			}
			names[name] = true
		}
		// go-app prerenders a value of "true" as an empty attribute, and
		// aria-hidden="" hides nothing.
		for _, n := range all(doc, "[aria-hidden]") {
			if v := attr(n, "aria-hidden"); v != "true" {
				t.Errorf("%s: <%s class=%q> has aria-hidden=%q", r.path, n.Data, attr(n, "class"), v)
			}
		}
	}
}

// The frame has the theme toggle: a real button, the same on every page,
// naming each of the three choices for the stylesheet to pick from.
func TestFrameHasThemeToggle(t *testing.T) {
	for _, path := range []string{"/", "/search", NotFoundPath} {
		doc := render(t, frame(path, nil, nil))
		b := one(t, doc, "header button.theme-toggle")
		if attr(b, "type") != "button" {
			t.Errorf("%s: toggle type %q", path, attr(b, "type"))
		}
		var names []string
		for _, s := range all(b, "span.th") {
			names = append(names, text(s))
		}
		if strings.Join(names, ",") != "Auto,Light,Dark" {
			t.Errorf("%s: toggle names %q", path, names)
		}
	}
	if !strings.Contains(ThemeScript, `"`+ThemeStorageKey+`"`) || !strings.HasPrefix(ThemeScript, "<script>") {
		t.Errorf("ThemeScript: %s", ThemeScript)
	}
}
