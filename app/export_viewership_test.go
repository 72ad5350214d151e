//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"partnertrack/app/corpus"
	"partnertrack/app/viewership"
	"partnertrack/seeds"
)

// The build writes data/viewership.csv from the same code as the page.
func TestBuildWritesViewershipCSV(t *testing.T) {
	out := buildSite(t, "fake wasm")
	c, err := corpus.Load(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	got := read(t, out, "data/viewership.csv")
	if got != string(viewership.CSV(c.Viewership())) {
		t.Errorf("data/viewership.csv differs from viewership.CSV:\n%s", got)
	}
	if lines := strings.Split(strings.TrimSpace(got), "\n"); len(lines) != 4 || !strings.HasPrefix(lines[3], "3,") || !strings.Contains(lines[3], ",derived,") {
		t.Errorf("data/viewership.csv: %q", lines)
	}
}

// When a seed stops saying what the viewership extraction expects, the
// build fails naming the article.
func TestBuildFailsNamingTheViewershipArticle(t *testing.T) {
	dir := seedDir(t, nil)
	const file = "003_04899bce5507796f.txt"
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(b), "66.01 million hours worldwide", "many hours worldwide", 1)
	if changed == string(b) {
		t.Fatal("the seed no longer has the sentence this test changes")
	}
	if err := os.WriteFile(filepath.Join(dir, file), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	err = build([]string{"-check", "-seeds", dir})
	if err == nil || !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), "viewership") {
		t.Errorf("build error %v, want one naming %s", err, file)
	}
}
