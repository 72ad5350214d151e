package startup

import (
	"testing"

	"partnertrack/app/content"
	"partnertrack/app/corpus"
	"partnertrack/app/facts"
	"partnertrack/seeds"
)

// BenchmarkCorpusLoad is what the client's main does before it routes the
// pages: corpus.Load of the embedded seeds.
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

// BenchmarkHomeFacts is the extraction part of corpus.Load.
func BenchmarkHomeFacts(b *testing.B) {
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		facts.Find(arts, facts.Home)
	}
}
