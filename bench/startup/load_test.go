package startup

import (
	"encoding/json"
	"testing"

	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/content"
	"partnertrack/app/corpus"
	"partnertrack/app/facts"
	"partnertrack/app/search"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
	"partnertrack/seeds"
)

// BenchmarkCorpusLoad is corpus.Load of the embedded seeds, what the
// client did before the build compiled the parsed articles in. (On the
// host, Load derives every section too.)
func BenchmarkCorpusLoad(b *testing.B) {
	for b.Loop() {
		if _, err := corpus.Load(seeds.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is the parsing part of corpus.Load.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := content.ParseFS(seeds.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// sections are the sections a page may need: made from the articles by
// the build's code, fetched through a corpus as a page does, and decoded
// from their JSON.
var sections = []struct {
	name   string
	derive func(arts []*content.Article) error
	get    func(c *corpus.Corpus) any
	decode func(data []byte) error
}{
	{"Home", func(a []*content.Article) error { facts.Find(a, facts.Home()); return nil },
		func(c *corpus.Corpus) any { return c.Home() }, decodeAs[[]facts.Fact]},
	{"Suggestions", func(a []*content.Article) error {
		search.New(a).Suggest(corpus.SuggestNames, corpus.SuggestMinArticles)
		return nil
	},
		func(c *corpus.Corpus) any { return c.Suggestions() }, decodeAs[[]search.Suggestion]},
	{"Timeline", func(a []*content.Article) error { _, err := timeline.Build(a); return err },
		func(c *corpus.Corpus) any { return c.Timeline() }, decodeAs[timeline.Timeline]},
	{"Viewership", func(a []*content.Article) error { _, err := viewership.Extract(a); return err },
		func(c *corpus.Corpus) any { return c.Viewership() }, decodeAs[*viewership.Data]},
	{"Cast", func(a []*content.Article) error { _, err := cast.Extract(a); return err },
		func(c *corpus.Corpus) any { return c.Cast() }, decodeAs[*cast.Cast]},
	{"Compare", func(a []*content.Article) error { _, err := compare.Build(a); return err },
		func(c *corpus.Corpus) any { r, _ := c.Compare(); return r }, decodeAs[*compare.Result]},
}

func decodeAs[T any](data []byte) error {
	var v T
	return json.Unmarshal(data, &v)
}

// BenchmarkDerive makes each section from the parsed articles: what the
// client would do at start without the build.
func BenchmarkDerive(b *testing.B) {
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range sections {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				if err := s.derive(arts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecode decodes each section from JSON: what the client did
// before the build compiled the sections in (it embedded them as JSON).
func BenchmarkDecode(b *testing.B) {
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range sections {
		data, err := json.Marshal(s.get(c))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				if err := s.decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearchIndex makes the search index from the parsed articles:
// the one thing the client still makes itself, after the search page's
// first render (see corpus.Corpus.Search).
func BenchmarkSearchIndex(b *testing.B) {
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		search.New(arts)
	}
}
