package facts_test

import (
	"testing"

	"partnertrack/app/facts"
)

func BenchmarkFindHome(b *testing.B) {
	arts := load(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		facts.Find(arts, facts.Home())
	}
}
