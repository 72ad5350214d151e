package lazyre

import "testing"

func TestNewCompilesOnceOnFirstUse(t *testing.T) {
	re := New(`a(b+)`)
	first := re()
	if got := first.FindStringSubmatch("xabbb"); len(got) != 2 || got[1] != "bbb" {
		t.Fatalf("match %q", got)
	}
	if re() != first {
		t.Error("a second call compiled the pattern again")
	}
}

func TestNewPanicsOnFirstUseOfABadPattern(t *testing.T) {
	re := New(`a(`) // no panic yet: nothing is compiled
	defer func() {
		if recover() == nil {
			t.Error("a bad pattern did not panic on first use")
		}
	}()
	re()
}

func TestTableBuildsOnceOnFirstGet(t *testing.T) {
	var tbl Table[[]string]
	builds := 0
	build := func() []string { builds++; return []string{"a"} }
	if builds != 0 {
		t.Fatal("built before Get")
	}
	first := tbl.Get(build)
	second := tbl.Get(build)
	if builds != 1 || len(first) != 1 || &first[0] != &second[0] {
		t.Errorf("builds %d, first %v, second %v: want one build, the same table", builds, first, second)
	}
}
