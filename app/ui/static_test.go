package ui

import (
	"slices"
	"strings"
	"testing"
)

// TestStaticPaths: the pages whose views are static (the browser shows the
// build's HTML for them, and the wasm does not carry their rendering) are
// the ones without a query or a control: home, the list of articles, the
// crew, the actors and the timeline. A page with state must not be among
// them: its controls would do nothing.
func TestStaticPaths(t *testing.T) {
	c := testCorpus(t)
	got := StaticPaths(c)
	for _, want := range []string{"/", "/articles", "/cast/crew", "/cast/arden-cho", "/timeline"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s is not static", want)
		}
	}
	for _, p := range got {
		switch {
		case p == "/cast", p == "/compare", p == "/facts", p == "/search", p == "/viewership",
			strings.HasPrefix(p, "/articles/"):
			t.Errorf("%s has controls or a query, and is listed as static", p)
		}
	}
	if people := len(c.Cast().People); len(got) != 4+people {
		t.Errorf("%d static pages, want 4 and the %d actors': %q", len(got), people, got)
	}
}
