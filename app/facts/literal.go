package facts

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
)

// prefilter is a pattern with the longest literal every match must
// contain, so that sentences without it are skipped without running the
// regular expression (most sentences, for most patterns).
type prefilter struct {
	re *regexp.Regexp
	// lit is the required literal, lower-cased when fold is set; "" when
	// the pattern has none.
	lit  string
	fold bool
}

// newPrefilter finds the longest literal that a top-level concatenation of
// the pattern requires.
func newPrefilter(re *regexp.Regexp) prefilter {
	p := prefilter{re: re}
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return p
	}
	t = t.Simplify()
	subs := []*syntax.Regexp{t}
	if t.Op == syntax.OpConcat {
		subs = t.Sub
	}
	for _, s := range subs {
		if s.Op == syntax.OpCapture && len(s.Sub) == 1 && s.Sub[0].Op == syntax.OpLiteral {
			s = s.Sub[0]
		}
		if s.Op != syntax.OpLiteral || len(s.Rune) <= len([]rune(p.lit)) {
			continue
		}
		p.lit, p.fold = string(s.Rune), s.Flags&syntax.FoldCase != 0
		if p.fold {
			p.lit = strings.Map(unicode.ToLower, p.lit)
		}
	}
	return p
}

// mayMatch reports whether the sentence (and its lower-cased form) holds
// the required literal.
func (p prefilter) mayMatch(s, lower string) bool {
	switch {
	case p.lit == "":
		return true
	case p.fold:
		return strings.Contains(lower, p.lit)
	default:
		return strings.Contains(s, p.lit)
	}
}
