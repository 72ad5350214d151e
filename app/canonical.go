//go:build !wasm

package main

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// viewport lets people zoom: go-app's default forbids it
// (maximum-scale=1, user-scalable=0), which fails WCAG 1.4.4.
const viewport = "width=device-width, initial-scale=1, viewport-fit=cover"

// canonicalHTML re-serialises a page with every element's attributes in
// name order. go-app writes attributes in map order, so the same page would
// otherwise come out different on every build, and so would the version
// derived from it. On the way it lets the viewport zoom, drops the empty
// meta tags go-app writes (author, keywords, og:image), and removes the
// newlines go-app writes around the children of any element with more than
// one: in inline text they show as stray spaces ("2021 , Netflix"), which
// the client's DOM does not have. No text of ours holds a newline outside
// <pre>, so every other newline is go-app's.
func canonicalHTML(b []byte) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keepsWhitespace[n.Data] {
			sortAttrs(n)
			return
		}
		if n.Type == html.ElementNode {
			sortAttrs(n)
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.TextNode {
				c.Data = strings.ReplaceAll(c.Data, "\n", "")
			}
			if isEmptyMeta(c) || c.Type == html.TextNode && c.Data == "" {
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

// keepsWhitespace are the elements whose text is kept as it is.
var keepsWhitespace = map[string]bool{"pre": true, "textarea": true, "script": true, "style": true}

// sortAttrs puts an element's attributes in name order.
func sortAttrs(n *html.Node) {
	sort.SliceStable(n.Attr, func(i, j int) bool { return n.Attr[i].Key < n.Attr[j].Key })
}
