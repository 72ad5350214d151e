//go:build wasm

package corpus

import (
	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/corpus/snapshot"
	"partnertrack/app/facts"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
)

// eager is false in the browser: each section is decoded from the build's
// snapshot on first use.
const eager = false

// read decodes the snapshot file name into a T.
func read[T any](name string) (T, error) {
	b, err := snapshot.FS.ReadFile(name)
	if err != nil {
		var zero T
		return zero, err
	}
	return decode[T](name, b)
}

func (c *Corpus) makeHome() ([]facts.Fact, error) { return read[[]facts.Fact](snapHome) }

func (c *Corpus) makeTimeline() (timeline.Timeline, error) {
	return read[timeline.Timeline](snapTimeline)
}

func (c *Corpus) makeViewership() (*viewership.Data, error) {
	return read[*viewership.Data](snapViewership)
}

func (c *Corpus) makeCast() (*cast.Cast, error) { return read[*cast.Cast](snapCast) }

// makeCompare links the decoded comparison to the corpus's articles.
func (c *Corpus) makeCompare() (*compare.Result, error) {
	r, err := read[*compare.Result](snapCompare)
	if r != nil {
		r.Articles = c.Articles
	}
	return r, err
}
