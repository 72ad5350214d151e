package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// Parse parses one seed file. file is its name (it must end in ".txt");
// data is its content, which Article.Raw keeps byte for byte.
//
// Lines are split on "\n"; a trailing "\r" and a leading byte-order mark
// are tolerated. Parse fails, with a *ParseError whose message starts with
// the file name, when the name is not *.txt, the data is not valid UTF-8,
// the file is empty or whitespace only, or no paragraph remains once the
// boilerplate is removed.
func Parse(file string, data []byte) (*Article, error) {
	fail := func(err error) (*Article, error) {
		return nil, &ParseError{File: file, Err: err}
	}
	if !strings.HasSuffix(file, ".txt") {
		return fail(ErrBadName)
	}
	id := strings.TrimSuffix(path.Base(file), ".txt")
	if id == "" {
		return fail(ErrNoName)
	}
	if line, off, ok := firstInvalidUTF8(data); !ok {
		return nil, &ParseError{File: file, Err: ErrInvalidUTF8, Line: line, Offset: off}
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	if strings.TrimSpace(text) == "" {
		return fail(ErrEmpty)
	}

	a := &Article{ID: id, File: file, Raw: string(data)}
	groups := a.groupLines(text)

	// The headline is the first kept line when it reads as one and stands
	// alone in its block.
	if len(groups) > 0 && len(groups[0]) == 1 && isTitleLike(groups[0][0].text) {
		a.Title, a.TitleLine = groups[0][0].text, groups[0][0].n
		groups = groups[1:]
	}
	for _, g := range groups {
		a.Blocks = append(a.Blocks, buildBlocks(g)...)
	}
	if !slices.ContainsFunc(a.Blocks, func(b Block) bool { return b.Kind == Paragraph }) {
		return fail(ErrNoParagraph)
	}
	if a.TitleLine == 0 {
		a.deriveTitle()
	}
	a.AsOf = findAsOf(a.Sentences())
	return a, nil
}

// groupLines splits text into blocks of consecutive non-blank lines,
// moving boilerplate lines to a.Removed. A boilerplate line does not end a
// block; a block left with no kept lines is dropped.
func (a *Article) groupLines(text string) [][]srcLine {
	var groups [][]srcLine
	var cur []srcLine
	inBlock := false
	flush := func() {
		if len(cur) > 0 {
			groups = append(groups, cur)
		}
		cur, inBlock = nil, false
	}
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		t := strings.TrimSpace(strings.TrimSuffix(raw, "\r"))
		if t == "" {
			if inBlock {
				flush()
			}
			continue
		}
		inBlock = true
		if kind, ok := boilerplateKind(t); ok {
			a.Removed = append(a.Removed, Removed{Line: n, Text: t, Kind: kind})
			continue
		}
		cur = append(cur, srcLine{n: n, text: t})
	}
	flush()
	return groups
}

// deriveTitle gives an article without a headline a title taken from its
// own text: the first heading, or else the first sentence clipped at a word
// boundary to derivedMaxRunes runes plus "…".
func (a *Article) deriveTitle() {
	a.TitleDerived = true
	for _, b := range a.Blocks {
		if b.Kind == Heading {
			a.Title = b.Text
			a.TitleSource = fmt.Sprintf("first heading, line %d", b.Line)
			return
		}
	}
	if ss := a.Sentences(); len(ss) > 0 {
		a.Title = clipWords(ss[0].Text, derivedMaxRunes)
		a.TitleSource = fmt.Sprintf("first sentence, line %d", ss[0].Line)
	}
}

// clipWords returns s unchanged if it has at most limit runes; otherwise the
// longest prefix of whole words that fits in limit runes, without trailing
// clause punctuation, followed by "…".
func clipWords(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		next := w
		if b.Len() > 0 {
			next = " " + w
		}
		if utf8.RuneCountInString(b.String())+utf8.RuneCountInString(next) > limit {
			break
		}
		b.WriteString(next)
	}
	out := b.String()
	if out == "" { // a single word longer than limit
		out = string([]rune(s)[:limit])
	}
	return strings.TrimRight(out, ",;:—–-") + "…"
}

// firstInvalidUTF8 reports the 1-based line and 0-based file byte offset
// of the first byte that is not valid UTF-8; ok is true when data is valid.
func firstInvalidUTF8(data []byte) (line, offset int, ok bool) {
	if utf8.Valid(data) {
		return 0, 0, true
	}
	line = 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, i, false
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line, len(data), false // unreachable: utf8.Valid said otherwise
}

// ParseFS parses every regular *.txt file at the root of fsys, sorted by
// name. It does not stop at the first bad file: the result holds every
// article that parsed, and the error joins (errors.Join) one error per
// file that did not.
func ParseFS(fsys fs.FS) ([]*Article, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	var arts []*Article
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		a, err := Parse(name, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errors.Join(errs...)
}
