// Package corpus loads the seed articles and what the pages derive from
// them, for both the build and the browser. It never imports go-app.
//
// The build (any platform but js/wasm) parses the seeds and derives every
// section in Load, so a seed that no longer says what a section expects
// fails the build naming the article, and writes the articles and the
// sections as Go variables (WriteSnapshot) for the wasm to compile in
// (package corpus/snapshot). The browser starts from that data (Builtin):
// it parses nothing and decodes nothing, and neither the parser nor the
// extraction code is linked into the wasm. Only the search index, quick to
// make from the articles but too large to compile in, is made in the
// browser, on first use (the search page makes it after its first render).
package corpus

import (
	"fmt"
	"io/fs"
	"strconv"
	"sync"
	"sync/atomic"

	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/content"
	"partnertrack/app/facts"
	"partnertrack/app/search"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
)

// Corpus is the parsed articles and the sections derived from them.
type Corpus struct {
	Articles []*content.Article

	home        lazy[[]facts.Fact]
	search      lazy[*search.Index]
	suggestions lazy[[]search.Suggestion]
	timeline    lazy[timeline.Timeline]
	viewership  lazy[*viewership.Data]
	cast        lazy[*cast.Cast]
	compared    lazy[*compare.Result]

	byID   map[string]int
	labels []string // "A1", "A2", … by position
}

// lazy is a value made once, on first use.
type lazy[T any] struct {
	once sync.Once
	made atomic.Bool
	v    T
	err  error
}

// get makes the value with make the first time, and returns it.
func (l *lazy[T]) get(make func() (T, error)) (T, error) {
	l.once.Do(func() {
		l.v, l.err = make()
		l.made.Store(true)
	})
	return l.v, l.err
}

// Load parses every seed in fsys and, on the build, derives every section.
// Its error names each bad file and the problem.
func Load(fsys fs.FS) (*Corpus, error) {
	arts, err := content.ParseFS(fsys)
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no seed articles (*.txt) found")
	}
	c := of(arts)
	if eager {
		if err := c.derive(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// of returns the corpus of the parsed articles arts.
func of(arts []*content.Article) *Corpus {
	c := &Corpus{Articles: arts, byID: map[string]int{}}
	for i, a := range arts {
		c.byID[a.ID] = i
		c.labels = append(c.labels, "A"+strconv.Itoa(i+1))
	}
	return c
}

// derive makes every section, failing on the first that cannot be made.
func (c *Corpus) derive() error {
	if _, err := c.home.get(c.makeHome); err != nil {
		return err
	}
	c.Suggestions()
	if _, err := c.timeline.get(c.makeTimeline); err != nil {
		return err
	}
	if _, err := c.viewership.get(c.makeViewership); err != nil {
		return err
	}
	if _, err := c.cast.get(c.makeCast); err != nil {
		return err
	}
	_, err := c.Compare()
	return err
}

// mustHave returns a section the build has already made without error. In
// the browser the section is the build's snapshot, so an error here means
// a broken build.
func mustHave[T any](v T, err error) T {
	if err != nil {
		panic("corpus: a section the build checked failed in the browser: " + err.Error())
	}
	return v
}

// Home returns the facts the home page shows, in facts.Home() order.
func (c *Corpus) Home() []facts.Fact {
	return mustHave(c.home.get(c.makeHome))
}

// Search returns the full-text index of the articles' cleaned sentences,
// made on first use (2–5 ms in V8).
func (c *Corpus) Search() *search.Index {
	v, _ := c.search.get(func() (*search.Index, error) { return search.New(c.Articles), nil })
	return v
}

// Indexed reports whether Search has made its index.
func (c *Corpus) Indexed() bool { return c.search.made.Load() }

// The empty search suggests up to SuggestNames names that at least
// SuggestMinArticles articles write.
const (
	SuggestNames       = 8
	SuggestMinArticles = 3
)

// Suggestions returns the names the empty search suggests (see
// search.Index.Suggest): the build's, so that the browser need not index
// the articles to show a search page with nothing typed yet.
func (c *Corpus) Suggestions() []search.Suggestion {
	return mustHave(c.suggestions.get(c.makeSuggestions))
}

// Timeline returns every dated event the articles state, in order.
func (c *Corpus) Timeline() timeline.Timeline { return mustHave(c.timeline.get(c.makeTimeline)) }

// Viewership returns the Top 10 weeks and the viewing claims.
func (c *Corpus) Viewership() *viewership.Data {
	return mustHave(c.viewership.get(c.makeViewership))
}

// Cast returns the actors, characters and crew the articles name.
func (c *Corpus) Cast() *cast.Cast { return mustHave(c.cast.get(c.makeCast)) }

// Compare returns the articles compared: alignments, similarity and the
// claims matrix. Should it fail in the browser anyway, the result holds
// what could be compared.
func (c *Corpus) Compare() (*compare.Result, error) {
	return c.compared.get(c.makeCompare)
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
//
// It is not inlined: its many call sites in the pages would each grow by
// the map lookup (12 KB of wasm).
//
//go:noinline
func (c *Corpus) Label(id string) string {
	i, ok := c.byID[id]
	if !ok {
		return "?"
	}
	return c.labels[i]
}

// Fact returns the home fact with the given key.
func (c *Corpus) Fact(key string) (facts.Fact, bool) {
	for _, f := range c.Home() {
		if f.Key == key {
			return f, true
		}
	}
	return facts.Fact{}, false
}
