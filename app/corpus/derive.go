//go:build !wasm

package corpus

import (
	"fmt"

	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/facts"
	"partnertrack/app/search"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
)

// eager reports whether Load derives every section: on the build, so that
// a seed a section cannot read fails it.
const eager = true

// The build derives each section from the articles.

func (c *Corpus) makeHome() ([]facts.Fact, error) { return facts.Find(c.Articles, facts.Home()), nil }

func (c *Corpus) makeTimeline() (timeline.Timeline, error) {
	t, err := timeline.Build(c.Articles)
	if err != nil {
		return t, fmt.Errorf("timeline: %w", err)
	}
	return t, nil
}

func (c *Corpus) makeViewership() (*viewership.Data, error) {
	v, err := viewership.Extract(c.Articles)
	if err != nil {
		return v, fmt.Errorf("viewership: %w", err)
	}
	return v, nil
}

// makeSuggestions indexes the articles for the suggestions alone: the
// corpus's own index stays unmade until a page searches, as in the browser.
func (c *Corpus) makeSuggestions() ([]search.Suggestion, error) {
	return search.New(c.Articles).Suggest(SuggestNames, SuggestMinArticles), nil
}

func (c *Corpus) makeCast() (*cast.Cast, error) { return cast.Extract(c.Articles) }

func (c *Corpus) makeCompare() (*compare.Result, error) { return compare.Build(c.Articles) }
