package search

import "strings"

// Piece is a run of a snippet's text, marked when it matched.
type Piece struct {
	Text string
	Mark bool
}

// Ellipsis stands for text a snippet leaves out.
const Ellipsis = "…"

// Snippet returns the text around each span: the whole text when it is at
// most 2×radius+80 bytes long, else radius bytes (widened to whole words)
// either side of each span, with Ellipsis where text is left out. Marked
// pieces are exactly the spans.
func Snippet(text string, spans []Span, radius int) []Piece {
	if len(spans) == 0 {
		return []Piece{{Text: text}}
	}
	type window struct{ from, to int }
	var ws []window
	if len(text) <= 2*radius+80 {
		ws = []window{{0, len(text)}}
	} else {
		for _, s := range spans {
			w := window{wordStart(text, s.Start-radius), wordEnd(text, s.End+radius)}
			if n := len(ws); n > 0 && w.from <= ws[n-1].to {
				ws[n-1].to = max(ws[n-1].to, w.to)
				continue
			}
			ws = append(ws, w)
		}
	}
	var out []Piece
	add := func(p Piece) {
		if p.Text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Mark == p.Mark {
			out[n-1].Text += p.Text
			return
		}
		out = append(out, p)
	}
	si := 0
	for i, w := range ws {
		switch {
		case i > 0:
			add(Piece{Text: " " + Ellipsis + " "})
		case w.from > 0:
			add(Piece{Text: Ellipsis + " "})
		}
		pos := w.from
		for ; si < len(spans) && spans[si].Start < w.to; si++ {
			s := spans[si]
			add(Piece{Text: text[pos:s.Start]})
			add(Piece{Text: text[s.Start:s.End], Mark: true})
			pos = s.End
		}
		add(Piece{Text: text[pos:w.to]})
	}
	if ws[len(ws)-1].to < len(text) {
		add(Piece{Text: " " + Ellipsis})
	}
	return out
}

// wordStart moves i back to the start of a word (after a space), never
// before 0.
func wordStart(text string, i int) int {
	if i <= 0 {
		return 0
	}
	if j := strings.LastIndexByte(text[:i], ' '); j >= 0 {
		return j + 1
	}
	return 0
}

// wordEnd moves i forward to the end of a word (before a space), never past
// the end.
func wordEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	if j := strings.IndexByte(text[i:], ' '); j >= 0 {
		return i + j
	}
	return len(text)
}
