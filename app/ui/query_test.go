package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"golang.org/x/net/html"

	"partnertrack/app/corpus"
	"partnertrack/seeds"
)

// testCorpus loads the real seeds.
func testCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// render renders elements the way the prerenderer does and parses the
// result, so tests query a DOM rather than compare strings.
func render(t *testing.T, ui app.UI) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><body>" + app.HTMLString(ui) + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// match reports whether n matches a simple selector: tag, .class, #id and
// [attr] or [attr=value] parts, e.g. "a.src", "span#l7s1", "a[aria-current=page]".
func match(n *html.Node, sel string) bool {
	if n.Type != html.ElementNode {
		return false
	}
	rest := sel
	tag := rest
	if i := strings.IndexAny(rest, ".#["); i >= 0 {
		tag, rest = rest[:i], rest[i:]
	} else {
		rest = ""
	}
	if tag != "" && n.Data != tag {
		return false
	}
	for rest != "" {
		kind := rest[0]
		rest = rest[1:]
		end := strings.IndexAny(rest, ".#[")
		if kind == '[' {
			end = strings.IndexByte(rest, ']')
		}
		if end < 0 {
			end = len(rest)
		}
		part := rest[:end]
		rest = strings.TrimPrefix(rest[end:], "]")
		switch kind {
		case '.':
			if !hasClass(n, part) {
				return false
			}
		case '#':
			if attr(n, "id") != part {
				return false
			}
		case '[':
			k, v, hasV := strings.Cut(part, "=")
			got, ok := attrOK(n, k)
			if !ok || hasV && got != v {
				return false
			}
		}
	}
	return true
}

// all returns the descendants of n matching sel, in document order. sel is
// one or more simple selectors separated by spaces (descendant
// combinators), e.g. "nav.tabs a[aria-current=page]".
func all(n *html.Node, sel string) []*html.Node {
	parts := strings.Fields(sel)
	found := descendants(n, parts[len(parts)-1])
	var out []*html.Node
	for _, f := range found {
		if hasAncestors(f, n, parts[:len(parts)-1]) {
			out = append(out, f)
		}
	}
	return out
}

func descendants(n *html.Node, sel string) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if match(c, sel) {
			out = append(out, c)
		}
		out = append(out, descendants(c, sel)...)
	}
	return out
}

// hasAncestors reports whether n has ancestors below root matching the
// selectors, innermost last.
func hasAncestors(n, root *html.Node, sels []string) bool {
	for i := len(sels) - 1; i >= 0; i-- {
		n = n.Parent
		for n != nil && n != root && !match(n, sels[i]) {
			n = n.Parent
		}
		if n == nil || n == root {
			return false
		}
	}
	return true
}

// firstElement returns the first element child of n.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// one returns the only descendant matching sel, failing otherwise.
func one(t *testing.T, n *html.Node, sel string) *html.Node {
	t.Helper()
	found := all(n, sel)
	if len(found) != 1 {
		t.Fatalf("%q: found %d elements, want 1", sel, len(found))
	}
	return found[0]
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func hasClass(n *html.Node, c string) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

// text returns the text content of n.
func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c))
	}
	return b.String()
}

func TestMatch(t *testing.T) {
	doc := render(t, app.Div().Body(
		app.A().Class("src x").ID("a1").Href("/p").Aria("current", "page").Text("one"),
		app.A().Class("src").Text("two"),
	))
	for sel, want := range map[string]int{
		"a": 2, "a.src": 2, "a.x": 1, "#a1": 1, "a[aria-current=page]": 1, "a[aria-current]": 1,
		"a[href=/q]": 0, "span": 0, ".src.x#a1": 1, "div a.x": 1, "div span a": 0, "body div a": 2,
	} {
		if got := len(all(doc, sel)); got != want {
			t.Errorf("%q matched %d, want %d", sel, got, want)
		}
	}
}
