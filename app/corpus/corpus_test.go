package corpus

import (
	"strings"
	"testing"
	"testing/fstest"

	"partnertrack/seeds"
)

func TestLoadSeeds(t *testing.T) {
	c, err := Load(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 5 {
		t.Fatalf("%d articles", len(c.Articles))
	}
	for i, tt := range []struct{ id, label string }{
		{"000_747ef56c3995183a", "A1"},
		{"004_afde3b6bae209fa5", "A5"},
		{"nope", "?"},
	} {
		if got := c.Label(tt.id); got != tt.label {
			t.Errorf("%d: Label(%s) = %s, want %s", i, tt.id, got, tt.label)
		}
	}
	if a, ok := c.Article("002_36a669ef9be3c6c1"); !ok || !a.TitleDerived {
		t.Errorf("Article(002) = %v, %v", a, ok)
	}
	if _, ok := c.Fact("novel"); !ok {
		t.Error("no novel fact")
	}
	if _, ok := c.Fact("nope"); ok {
		t.Error("unknown fact found")
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "no seed articles") {
		t.Errorf("empty: %v", err)
	}
	bad := fstest.MapFS{"009_x.txt": {Data: []byte("   \n")}}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "009_x.txt") {
		t.Errorf("bad seed: %v", err)
	}
}

// The comparison is made once and shared; on the host Load already made
// it, so a seed the comparison cannot read fails the load.
func TestCompareMadeOnce(t *testing.T) {
	c, err := Load(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	r1, err1 := c.Compare()
	r2, err2 := c.Compare()
	if err1 != nil || err2 != nil || r1 != r2 || len(r1.Pairs) != 10 {
		t.Errorf("Compare: %p %v, %p %v", r1, err1, r2, err2)
	}
	one := fstest.MapFS{"000_x.txt": {Data: []byte("A headline\n\nThe show is a legal drama.\n")}}
	// (Whichever section checks first names what no article states.)
	if _, err := Load(one); err == nil || !strings.Contains(err.Error(), "no article") {
		t.Errorf("a seed that states no fact: %v", err)
	}
}
