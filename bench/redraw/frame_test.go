package main

import (
	"strings"
	"testing"
)

func TestWithMain(t *testing.T) {
	for _, tc := range []struct {
		name, frame, want, err string
	}{
		{"replaces the main element and keeps the rest",
			`<div class="frame"><header><a href="/articles">Articles</a></header><main id="main" tabindex="-1"><div><h1>Partner Track</h1><p>a
b</p></div></main><footer>f</footer></div>`,
			`<div class="frame"><header><a href="/articles">Articles</a></header><main id="main"><h1>Articles</h1></main><footer>f</footer></div>`, ""},
		{"no main", `<div><p>x</p></div>`, "", "0 main elements"},
		{"two mains", `<div><main>a</main><main>b</main></div>`, "", "want 1"},
		{"a tag that only starts like main", `<div><mainly>x</mainly></div>`, "", "0 main elements"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := withMain(tc.frame, "<h1>Articles</h1>")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want it to say %q", err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v\nwant %q", got, err, tc.want)
			}
		})
	}
}
