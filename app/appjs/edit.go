// Package appjs edits go-app's app.js, a script the project does not
// write, with edits that must each match exactly once: a go-app whose
// app.js no longer matches fails the build naming the edit, rather than
// silently losing it. Our site's build (app/appjs.go) and the redraw floor
// of make bench (bench/redraw) use it. It never imports go-app.
package appjs

import (
	"fmt"
	"regexp"
)

// Edit is one change to app.js: the one match of Re is replaced by Repl,
// in which $1 and ${name} stand for Re's groups (regexp.Regexp.Expand).
// What says what the edit does, for the error when it does not apply.
type Edit struct {
	What string
	Re   *regexp.Regexp
	Repl string
}

// Apply applies edits to js in order. It fails when one of them matches
// other than exactly once, after the edits before it.
func Apply(js []byte, edits []Edit) ([]byte, error) {
	for _, e := range edits {
		if n := len(e.Re.FindAllIndex(js, -1)); n != 1 {
			return nil, fmt.Errorf("cannot %s: expected %s once in go-app's app.js, found it %d times", e.What, e.Re, n)
		}
		js = e.Re.ReplaceAll(js, []byte(e.Repl))
	}
	return js, nil
}
