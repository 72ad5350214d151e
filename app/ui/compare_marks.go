package ui

import (
	"strings"

	"partnertrack/app/compare"
)

// writeMarked writes text with some runs marked as one element of HTML to
// b: written by go-app, the element's children would be indented, and the
// line breaks would show as spaces before punctuation next to a mark
// ("Track ,"). The text is escaped; tag, id and class are ours.
func writeMarked(b *strings.Builder, tag, id, class string, segs []compare.Segment) {
	b.WriteString("<" + tag)
	if id != "" {
		b.WriteString(` id="` + id + `"`)
	}
	if class != "" {
		b.WriteString(` class="` + class + `"`)
	}
	b.WriteString(">")
	for _, s := range segs {
		if s.Diff && strings.TrimSpace(s.Text) != "" {
			b.WriteString(`<mark class="diff">` + esc(s.Text) + `</mark>`)
		} else {
			b.WriteString(esc(s.Text))
		}
	}
	b.WriteString("</" + tag + ">")
}

// segmentsIn returns the part [from, to) of a text cut into segments.
func segmentsIn(segs []compare.Segment, from, to int) []compare.Segment {
	var out []compare.Segment
	pos := 0
	for _, sg := range segs {
		s, e := pos, pos+len(sg.Text)
		pos = e
		if e <= from || s >= to {
			continue
		}
		out = append(out, compare.Segment{Text: sg.Text[max(from, s)-s : min(to, e)-s], Diff: sg.Diff})
	}
	return out
}
