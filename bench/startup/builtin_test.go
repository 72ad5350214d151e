//go:build wasm

package startup

import (
	"testing"

	"partnertrack/app/corpus"
)

// BenchmarkSnapshot is what the client does now (js/wasm only): the
// corpus the build compiled in, then each section, as a page gets it on
// first use. Nothing is parsed or decoded: the data is static.
func BenchmarkSnapshot(b *testing.B) {
	for _, s := range sections {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				s.get(corpus.Builtin())
			}
		})
	}
}
