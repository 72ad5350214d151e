package search

import (
	"unicode"
	"unicode/utf8"
)

// folded is a text normalised for matching, with a map back to the text
// it came from.
type folded struct {
	s string
	// start[i] and end[i] are the byte offsets, in the original text, of
	// the character that produced byte i of s (int32: half the memory to
	// allocate and clear when the browser indexes the articles).
	start, end []int32
}

// fold normalises s for matching: lower case, accents removed ("é" → "e",
// "æ" → "ae"), typographic quotes and dashes made plain (’ ‘ → ', “ ” → ",
// – — → -), runs of white space made one space and trimmed. It keeps,
// for every byte of the result, where it came from in s.
//
// ASCII, almost all of the articles, takes a path of its own that neither
// converts nor looks up anything (the index folds 60,000 characters in
// the browser).
func fold(s string) folded {
	f := folded{start: make([]int32, 0, len(s)), end: make([]int32, 0, len(s))}
	buf := make([]byte, 0, len(s))
	space := true // at the start, or after a space: drop white space
	for i, r := range s {
		if r < utf8.RuneSelf {
			c := byte(r)
			switch {
			case c == ' ' || '\t' <= c && c <= '\r': // unicode.IsSpace in ASCII
				if space {
					continue
				}
				c, space = ' ', true
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
				space = false
			case c == '`':
				c, space = '\'', false
			default:
				space = false
			}
			buf = append(buf, c)
			f.start = append(f.start, int32(i))
			f.end = append(f.end, int32(i+1))
			continue
		}
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			size = 1
		}
		switch {
		case unicode.IsSpace(r):
			if space {
				continue
			}
			space = true
			buf = append(buf, ' ')
			f.start = append(f.start, int32(i))
			f.end = append(f.end, int32(i+size))
			continue
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent: "e\u0301" is "e"
		}
		space = false
		out := foldRune(r)
		for j := 0; j < len(out); j++ {
			buf = append(buf, out[j])
			f.start = append(f.start, int32(i))
			f.end = append(f.end, int32(i+size))
		}
	}
	if n := len(buf); n > 0 && buf[n-1] == ' ' {
		buf, f.start, f.end = buf[:n-1], f.start[:n-1], f.end[:n-1]
	}
	f.s = string(buf)
	return f
}

// foldString returns fold(s).s.
func foldString(s string) string { return fold(s).s }

// foldRune returns the folded form of one character.
func foldRune(r rune) string {
	switch r {
	case '’', '‘', '‚', '‛', '′', '`', '´', 'ʼ':
		return "'"
	case '“', '”', '„', '‟', '″', '«', '»':
		return `"`
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return "-"
	case 'ß':
		return "ss"
	case 'Æ', 'æ':
		return "ae"
	case 'Œ', 'œ':
		return "oe"
	case 'Þ', 'þ':
		return "th"
	case 'Ĳ', 'ĳ':
		return "ij"
	}
	switch {
	case r >= 0xC0 && r <= 0xFF:
		if c := latin1[r-0xC0]; c != '*' {
			return string(c)
		}
	case r >= 0x100 && r <= 0x17F:
		if c := latinExtA[r-0x100]; c != '*' {
			return string(c)
		}
	}
	return string(unicode.ToLower(r))
}

// latin1 is the base letter of U+00C0…U+00FF, lower case; '*' where the
// character is not a letter with an accent.
const latin1 = "aaaaaa*ceeeeiiiidnooooo*ouuuuy**" + "aaaaaa*ceeeeiiiidnooooo*ouuuuy*y"

// latinExtA is the base letter of U+0100…U+017F (Latin Extended-A).
const latinExtA = "aaaaaacccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "**" + "jj" + "kkk" +
	"llllllllll" + "nnnnnnnnn" + "oooooo" + "**" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" +
	"zzzzzz" + "s"

// isWord reports whether r is part of a word: a letter or a digit.
func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
