// Package site knows the site's addresses: which paths exist and, for an
// address that does not, which ones the visitor probably meant. It never
// imports go-app.
package site

import (
	"sort"
	"strings"
)

// Base is the path prefix the site is served under ("" at a host's root,
// "/partner-track" for a project site). It is set once at start-up, before
// any page renders.
var Base = ""

// Href returns the address of a site path ("/cast?q=x") under Base. Every
// internal link goes through it: go-app prefixes only /web/ resources.
func Href(path string) string {
	if Base == "" || !strings.HasPrefix(path, "/") {
		return path
	}
	return strings.TrimRight(Base, "/") + path
}

// PathOf returns the site path an address's path names, the inverse of
// Href: Base removed, and "/" for Base itself, as go-app routes it.
func PathOf(urlPath string) string {
	p := strings.TrimPrefix(urlPath, strings.TrimRight(Base, "/"))
	if p == "" {
		return "/"
	}
	return p
}

// ArticlePath returns the route path of an article's reader page.
func ArticlePath(id string) string { return "/articles/" + id }

// ArticleURL returns the address of an article's reader page.
func ArticleURL(id string) string { return Href(ArticlePath(id)) }

// SentenceURL returns the address of one sentence of an article.
func SentenceURL(articleID, sentenceID string) string {
	return ArticleURL(articleID) + "#" + sentenceID
}

// Suggest returns up to three known paths close to an unknown one, best
// first: a case or trailing-slash variant alone if there is one; else the
// paths containing the last segment ("/articles/001" → "/articles/001_…");
// else the nearest parent page; else paths sharing a prefix of four or more
// characters ("/viewers" → "/viewership").
func Suggest(path string, known []string) []string {
	clean := strings.ToLower(strings.TrimRight(path, "/"))
	if clean == "" {
		clean = "/"
	}
	last := clean[strings.LastIndex(clean, "/")+1:]
	var contains, parents, near []string
	for _, k := range known {
		lk := strings.ToLower(k)
		switch {
		case lk == clean:
			return []string{k}
		case len(last) >= 2 && strings.Contains(lk[strings.LastIndex(lk, "/")+1:], last):
			contains = append(contains, k)
		case k != "/" && strings.HasPrefix(clean, lk+"/"):
			parents = append(parents, k)
		case commonPrefix(lk, clean) >= 5:
			near = append(near, k)
		}
	}
	// The longest parent is the nearest.
	sort.SliceStable(parents, func(i, j int) bool { return len(parents[i]) > len(parents[j]) })
	for _, group := range [][]string{contains, parents, near} {
		if len(group) > 0 {
			if len(group) > 3 {
				group = group[:3]
			}
			return group
		}
	}
	return nil
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
