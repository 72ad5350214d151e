package startup

import (
	"runtime"
	"testing"

	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/content"
	"partnertrack/app/corpus"
	"partnertrack/app/facts"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
	"partnertrack/seeds"
)

// BenchmarkCorpusLoad is what the client's main does before it routes the
// pages: corpus.Load of the embedded seeds. (On the host, Load derives
// every section too.)
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

// sections are the sections a page may need, each made from the articles
// by the build's code, and fetched through the corpus as a page does.
var sections = []struct {
	name   string
	derive func(arts []*content.Article) error
	get    func(c *corpus.Corpus)
}{
	{"Home", func(a []*content.Article) error { facts.Find(a, facts.Home()); return nil }, func(c *corpus.Corpus) { c.Home() }},
	{"Timeline", func(a []*content.Article) error { _, err := timeline.Build(a); return err }, func(c *corpus.Corpus) { c.Timeline() }},
	{"Viewership", func(a []*content.Article) error { _, err := viewership.Extract(a); return err }, func(c *corpus.Corpus) { c.Viewership() }},
	{"Cast", func(a []*content.Article) error { _, err := cast.Extract(a); return err }, func(c *corpus.Corpus) { c.Cast() }},
	{"Compare", func(a []*content.Article) error { _, err := compare.Build(a); return err }, func(c *corpus.Corpus) { c.Compare() }},
}

// BenchmarkDerive makes each section from the parsed articles: what the
// client would do at start without the build's snapshot.
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

// BenchmarkSnapshot gets each section from a freshly loaded corpus, as a
// page does on its first use of it: in the browser (js/wasm) that decodes
// the build's snapshot. The host derives every section in Load already,
// so there is nothing to measure there.
func BenchmarkSnapshot(b *testing.B) {
	if runtime.GOARCH != "wasm" {
		b.Skip("the host derives the sections in corpus.Load")
	}
	for _, s := range sections {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				c, err := corpus.Load(seeds.FS)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				s.get(c)
			}
		})
	}
}
