package ui

import (
	"html"
	"strings"
	"testing"
)

// TestEscLikeHTMLEscapeString checks esc against the standard library's
// escaping: same output for plain text, each escaped character alone, at
// either end, in runs and among multi-byte characters.
func TestEscLikeHTMLEscapeString(t *testing.T) {
	for _, s := range []string{
		"",
		"plain text, no change",
		"<", ">", "&", "'", `"`,
		"<b>", "a&b", `say "hi"`, "Ingrid's", "end&", "&start",
		`<<>>&&''""`,
		"Partner Track’s “Ingrid Yun” & <Arden Cho> — don't",
		strings.Repeat("ü'", 40),
	} {
		if got, want := esc(s), html.EscapeString(s); got != want {
			t.Errorf("esc(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkEsc escapes a sentence with several characters to escape. The
// wasm build compiles this package without inlining (Makefile): run it
// with -gcflags=partnertrack/app/ui=-l to see what the browser runs.
func BenchmarkEsc(b *testing.B) {
	s := `Partner Track’s Ingrid Yun (Arden Cho) said: "I'm not sure" & she isn't <the> kind of lawyer who'd quit, said the show's star.`
	for b.Loop() {
		esc(s)
	}
}
