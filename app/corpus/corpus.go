// Package corpus loads the seed articles and what the pages derive from
// them, once, for both the build and the browser. It never imports go-app.
package corpus

import (
	"fmt"
	"io/fs"
	"runtime"
	"sync"

	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/content"
	"partnertrack/app/facts"
	"partnertrack/app/search"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
)

// Corpus is the parsed articles and the facts found in them.
type Corpus struct {
	Articles []*content.Article
	// Home holds the facts the home page shows, in facts.Home order.
	Home []facts.Fact
	// Search is the full-text index of the articles' cleaned sentences.
	Search *search.Index
	// Timeline is every dated event the articles state, in order.
	Timeline timeline.Timeline
	// Viewership holds the Top 10 weeks and the viewing claims.
	Viewership *viewership.Data
	// Cast is the actors, characters and crew the articles name.
	Cast *cast.Cast
	// compared is the articles compared (see Compare), made once.
	compared    *compare.Result
	compareErr  error
	compareOnce sync.Once

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
	c.Search = search.New(arts)
	if c.Timeline, err = timeline.Build(arts); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	if c.Viewership, err = viewership.Extract(arts); err != nil {
		return nil, fmt.Errorf("viewership: %w", err)
	}
	if runtime.GOARCH != "wasm" { // the build checks the comparison; the browser makes it when a page asks
		if _, err := c.Compare(); err != nil {
			return nil, err
		}
	}
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

// Compare returns the articles compared: alignments, similarity and the
// claims matrix. It is made on first use, so that browser pages that do
// not show it do not pay for it at start-up; the build makes it in Load,
// where an error fails the build naming the article or fact. Should it
// fail in the browser anyway, the result holds what could be compared.
func (c *Corpus) Compare() (*compare.Result, error) {
	c.compareOnce.Do(func() {
		c.compared, c.compareErr = compare.Build(c.Articles)
	})
	return c.compared, c.compareErr
}
