package ui

import (
	"net/url"
	"strings"

	"partnertrack/app/corpus"
)

// comparePath is the address of two articles side by side.
func comparePath(a, b string) string {
	return "/compare?a=" + url.QueryEscape(a) + "&b=" + url.QueryEscape(b)
}

// pairChoice is what the URL of /compare asks for: the two articles and,
// when the URL is wrong or incomplete, what to tell the reader.
type pairChoice struct {
	A, B string
	// Complaint explains a bad or incomplete choice; "" when all is well.
	Complaint string
	// OK is false when nothing can be shown but the picker.
	OK bool
}

// choosePair reads ?a= and ?b=. With neither, it picks the two articles
// most alike. With one, it pairs it with its closest article and says so.
// An unknown id, or the same article twice, shows only the picker.
func choosePair(c *corpus.Corpus, u *url.URL) pairChoice {
	var a, b string
	if u != nil {
		q := u.Query()
		a, b = strings.TrimSpace(q.Get("a")), strings.TrimSpace(q.Get("b"))
	}
	best := compared(c).MostAlike()
	for _, id := range []string{a, b} {
		if id == "" {
			continue
		}
		if _, ok := c.Article(id); !ok {
			return pairChoice{A: orDefault(c, a, best.A), B: orDefault(c, b, best.B), Complaint: "There is no article “" + id + "”" + suggestID(c, id) + ". Pick two articles to compare:"}
		}
	}
	switch {
	case a == "" && b == "":
		return pairChoice{A: best.A, B: best.B, OK: true}
	case a == b:
		other, _ := compared(c).Closest(a)
		return pairChoice{A: a, B: other, Complaint: "Both sides name " + c.Label(a) + ". Pick two different articles:"}
	case b == "":
		other, _ := compared(c).Closest(a)
		return pairChoice{A: a, B: other, OK: true, Complaint: "No second article was given (?b=); showing " + c.Label(a) + " beside the article most like it, " + c.Label(other) + "."}
	case a == "":
		other, _ := compared(c).Closest(b)
		return pairChoice{A: other, B: b, OK: true, Complaint: "No first article was given (?a=); showing " + c.Label(b) + " beside the article most like it, " + c.Label(other) + "."}
	}
	return pairChoice{A: a, B: b, OK: true}
}

// orDefault returns id when it names an article, else def.
func orDefault(c *corpus.Corpus, id, def string) string {
	if _, ok := c.Article(id); ok {
		return id
	}
	return def
}

// suggestID names the article an id probably meant: one whose id starts
// with it, or whose label it is ("A2").
func suggestID(c *corpus.Corpus, id string) string {
	low := strings.ToLower(id)
	for _, a := range c.Articles {
		if len(low) >= 2 && strings.HasPrefix(a.ID, low) || strings.EqualFold(c.Label(a.ID), id) {
			return " (did you mean " + c.Label(a.ID) + ", " + a.ID + "?)"
		}
	}
	return ""
}
