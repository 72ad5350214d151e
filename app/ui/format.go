package ui

import (
	"html"
	"strconv"
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
// written as HTML strings.
func esc(s string) string { return html.EscapeString(s) }
