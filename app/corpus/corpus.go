// Package corpus loads the seed articles and what the pages derive from
// them, once, for both the build and the browser. It never imports go-app.
package corpus

import (
	"fmt"
	"io/fs"

	"partnertrack/app/cast"
	"partnertrack/app/content"
	"partnertrack/app/facts"
)

// Corpus is the parsed articles and the facts found in them.
type Corpus struct {
	Articles []*content.Article
	// Home holds the facts the home page shows, in facts.Home order.
	Home []facts.Fact
	// Cast is the actors, characters and crew the articles name.
	Cast *cast.Cast

	byID map[string]int
}

// Load parses every seed in fsys. Its error names each bad file and the
// problem.
func Load(fsys fs.FS) (*Corpus, error) {
	arts, err := content.ParseFS(fsys)
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no seed articles (*.txt) found")
	}
	c := &Corpus{Articles: arts, byID: map[string]int{}}
	for i, a := range arts {
		c.byID[a.ID] = i
	}
	c.Home = facts.Find(arts, facts.Home)
	if c.Cast, err = cast.Extract(arts); err != nil {
		return nil, err
	}
	return c, nil
}

// Article returns the article with the given id.
func (c *Corpus) Article(id string) (*content.Article, bool) {
	i, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	return c.Articles[i], true
}

// Label returns the short citation label of an article, "A1" for the first
// seed file, "A2" for the second, and so on.
func (c *Corpus) Label(id string) string {
	i, ok := c.byID[id]
	if !ok {
		return "?"
	}
	return fmt.Sprintf("A%d", i+1)
}

// Fact returns the home fact with the given key.
func (c *Corpus) Fact(key string) (facts.Fact, bool) {
	for _, f := range c.Home {
		if f.Key == key {
			return f, true
		}
	}
	return facts.Fact{}, false
}
