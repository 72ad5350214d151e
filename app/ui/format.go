package ui

import (
	"strconv"
	"strings"
)

func itoa(n int) string { return strconv.Itoa(n) }

// plural returns "1 thing" or "n things".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

// esc escapes s for HTML text and attribute values, for the blocks
// written as HTML strings: the five characters html.EscapeString escapes,
// written the same way. A loop rather than html.EscapeString, whose
// strings.Replacer links every kind of replacer into the wasm. It copies
// the runs between those characters whole: a byte at a time, the
// escaping of a change of pair's rows took a third of their drawing.
func esc(s string) string {
	i := strings.IndexAny(s, `<>&'"`)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	last := 0 // s[last:i] is still to write
	for ; i < len(s); i++ {
		var r string
		switch s[i] {
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '"':
			r = "&#34;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	b.WriteString(s[last:])
	return b.String()
}
