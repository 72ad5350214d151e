package appjs

import (
	"regexp"
	"strings"
	"testing"
)

func TestApply(t *testing.T) {
	edits := []Edit{
		{What: "rename a", Re: regexp.MustCompile(`a\((\d)\)`), Repl: "b($1)"},
		{What: "drop the b the first edit made", Re: regexp.MustCompile(`b\(1\);`), Repl: ""},
	}
	for _, tc := range []struct{ name, js, want, err string }{
		{"each once, in order", "a(1);c();", "c();", ""},
		{"not there", "c();", "", "cannot rename a: expected a\\((\\d)\\) once in go-app's app.js, found it 0 times"},
		{"twice", "a(1);a(2);", "", "found it 2 times"},
		{"the second edit sees the first's result", "a(2);", "", "cannot drop the b the first edit made: expected b\\(1\\); once in go-app's app.js, found it 0 times"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Apply([]byte(tc.js), edits)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want it to say %q", err, tc.err)
				}
				return
			}
			if err != nil || string(got) != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}
