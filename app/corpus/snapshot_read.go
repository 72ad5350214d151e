//go:build wasm

package corpus

import (
	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/corpus/snapshot"
	"partnertrack/app/facts"
	"partnertrack/app/search"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
)

// eager is false in the browser: the sections are the build's, compiled in.
const eager = false

// Builtin returns the corpus the build compiled into the wasm: the parsed
// seeds and the derived sections, as static data (nothing is parsed or
// decoded at start).
func Builtin() *Corpus { return of(snapshot.Articles) }

func (c *Corpus) makeHome() ([]facts.Fact, error) { return snapshot.Home, nil }

func (c *Corpus) makeTimeline() (timeline.Timeline, error) { return snapshot.Timeline, nil }

func (c *Corpus) makeViewership() (*viewership.Data, error) { return snapshot.Viewership, nil }

func (c *Corpus) makeSuggestions() ([]search.Suggestion, error) { return snapshot.Suggestions, nil }

func (c *Corpus) makeCast() (*cast.Cast, error) { return snapshot.Cast, nil }

// makeCompare links the build's comparison to the corpus's articles.
func (c *Corpus) makeCompare() (*compare.Result, error) {
	r := snapshot.Compare
	r.Articles = c.Articles
	return r, nil
}
