package search

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFoldTables(t *testing.T) {
	if len(latin1) != 0x40 {
		t.Errorf("latin1 has %d entries, want 64", len(latin1))
	}
	if len(latinExtA) != 0x80 {
		t.Errorf("latinExtA has %d entries, want 128", len(latinExtA))
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Partner Track", "partner track"},
		{"Café NOËL", "cafe noel"},
		{"Wan’s “novel”", `wan's "novel"`},
		{"e\u0301te\u0301", "ete"}, // combining accents
		{"  two\u00a0\tspaces  ", "two spaces"},
		{"Łódź Ægir Straße", "lodz aegir strasse"},
		{"Zi-Xin ‘Z’ Min — drama", "zi-xin 'z' min - drama"},
		{"<script>[(*", "<script>[(*"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := foldString(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every byte of the folded text maps back to the character it came from.
func TestFoldMapsBack(t *testing.T) {
	s := "Ægir’s café — “ok”"
	f := fold(s)
	if len(f.start) != len(f.s) || len(f.end) != len(f.s) {
		t.Fatalf("maps have %d/%d entries for %d bytes", len(f.start), len(f.end), len(f.s))
	}
	for _, tt := range []struct{ sub, orig string }{
		{"aegir", "Ægir"}, {"'s", "’s"}, {"cafe", "café"}, {"-", "—"}, {`"ok"`, "“ok”"},
	} {
		i := indexOf(f.s, tt.sub)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.sub, f.s)
		}
		if got := s[f.start[i]:f.end[i+len(tt.sub)-1]]; got != tt.orig {
			t.Errorf("%q maps back to %q, want %q", tt.sub, got, tt.orig)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// ASCII's own path in fold folds as the general one does: foldRune, and
// unicode.IsSpace for white space.
func TestFoldASCIILikeTheRest(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := "x" + foldRune(r) + "y"
		if unicode.IsSpace(r) {
			want = "x y"
		}
		f := fold("x" + string(r) + "y")
		if f.s != want {
			t.Errorf("fold(%q) = %q, want %q", "x"+string(r)+"y", f.s, want)
		}
		for i := range f.s {
			if f.end[i] <= f.start[i] {
				t.Errorf("fold(%q): byte %d maps to [%d, %d)", "x"+string(r)+"y", i, f.start[i], f.end[i])
			}
		}
	}
}
