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
// strings.Replacer links every kind of replacer into the wasm.
func esc(s string) string {
	i := strings.IndexAny(s, `<>&'"`)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '"':
			b.WriteString("&#34;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
