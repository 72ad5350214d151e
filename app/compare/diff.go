package compare

// Segment is a run of a text: words the compared text shares (Diff false)
// or words it does not (Diff true). Joined, the segments give the text.
type Segment struct {
	Text string
	Diff bool `json:",omitzero"`
}

// diff compares two texts word for word (case, curly quotes and
// punctuation aside) and cuts each into segments, marking the words not
// in their longest common subsequence.
func diff(a, b string) ([]Segment, []Segment) {
	wa, wb := words(a), words(b)
	inA, inB := lcs(wa, wb)
	return segments(a, wa, inA), segments(b, wb, inB)
}

// lcs returns, for each word of a and of b, whether it is part of a
// longest common subsequence of the two.
func lcs(a, b []word) ([]bool, []bool) {
	n, m := len(a), len(b)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i].norm == b[j].norm:
				t[i][j] = t[i+1][j+1] + 1
			case t[i+1][j] >= t[i][j+1]:
				t[i][j] = t[i+1][j]
			default:
				t[i][j] = t[i][j+1]
			}
		}
	}
	inA, inB := make([]bool, n), make([]bool, m)
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i].norm == b[j].norm:
			inA[i], inB[j] = true, true
			i, j = i+1, j+1
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return inA, inB
}

// segments cuts text into runs: each differing word is its own run (with
// the words next to it that also differ), and everything else, spaces and
// punctuation included, belongs to the shared runs.
func segments(text string, ws []word, same []bool) []Segment {
	var out []Segment
	add := func(s string, d bool) {
		if s == "" {
			return
		}
		if k := len(out) - 1; k >= 0 && out[k].Diff == d {
			out[k].Text += s
			return
		}
		out = append(out, Segment{Text: s, Diff: d})
	}
	pos := 0
	for i, w := range ws {
		if same[i] {
			continue
		}
		// The gap between two differing words joins them.
		gapDiff := i > 0 && !same[i-1] && pos == ws[i-1].end
		add(text[pos:w.start], gapDiff)
		add(text[w.start:w.end], true)
		pos = w.end
	}
	add(text[pos:], false)
	return out
}

// Differs reports whether any segment differs.
func Differs(segs []Segment) bool {
	for _, s := range segs {
		if s.Diff {
			return true
		}
	}
	return false
}
