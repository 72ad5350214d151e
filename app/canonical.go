//go:build !wasm

package main

import (
	"bytes"
	"sort"

	"golang.org/x/net/html"
)

// viewport lets people zoom: go-app's default forbids it
// (maximum-scale=1, user-scalable=0), which fails WCAG 1.4.4.
const viewport = "width=device-width, initial-scale=1, viewport-fit=cover"

// canonicalHTML re-serialises a page with every element's attributes in
// name order. go-app writes attributes in map order, so the same page would
// otherwise come out different on every build, and so would the version
// derived from it. On the way it lets the viewport zoom and drops the empty
// meta tags go-app writes (author, keywords, og:image).
func canonicalHTML(b []byte) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			sort.SliceStable(n.Attr, func(i, j int) bool { return n.Attr[i].Key < n.Attr[j].Key })
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if isEmptyMeta(c) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
		if n.Type == html.ElementNode && n.Data == "meta" && attr(n, "name") == "viewport" {
			setAttr(n, "content", viewport)
		}
	}
	walk(doc)
	var out bytes.Buffer
	if err := html.Render(&out, doc); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// isEmptyMeta reports a <meta name|property=… content=""> tag.
func isEmptyMeta(n *html.Node) bool {
	if n.Type != html.ElementNode || n.Data != "meta" || attr(n, "charset") != "" {
		return false
	}
	return attr(n, "content") == ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			n.Attr[i].Val = val
		}
	}
}
