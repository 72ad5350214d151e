package content

import (
	"regexp"
	"strings"
	"testing"

	"partnertrack/seeds"
)

// The patterns the hand-written matchers implement, as package regexp
// reads them: the reference the matchers are checked against.
var (
	asOfRE        = regexp.MustCompile(`(?i)\bas of\s+(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dottedRE      = regexp.MustCompile(`^(?:\pL\.)+\pL$`)
	imageCreditRE = regexp.MustCompile(`^(?:image |photo )?credits?: ?[\p{L}\p{N}@&._/-]+(?: [\p{L}\p{N}@&._/-]+){0,3}$`)
)

// matchLines are the seeds' lines and sentences, lower-cased too, and the
// tricky cases.
func matchLines(t *testing.T) []string {
	t.Helper()
	lines := []string{
		"As of September 7th, 2022", "as of Sept. 7, 2022", "AS OF SEP 7 2022", "as of sept.7, 2022",
		"As of now", "as of June, 2022", "as of Jun 12th,2022", "as of  May   2,   2022!", "alias of May 2, 2022",
		"_as of May 2, 2022", "éas of May 2, 2022", "as of May 2, 20222", "as of May 2, 2022a", "as of May 123, 2022",
		"as of May 2nd 2022 and as of June 3rd, 2023", "as of Mayday 2, 2022", "as of May. 2, 2022", "as of May 2ND, 2022",
		"as of\tMay\n2,\r2022", "as of may 2, 202", "As of February 30, 2022", "as ofMay 2, 2022", "as of May 2st, 2022",
		"U.S", "U.S.", "e.g", "a.b.c", "A", "A.", ".A", "A..B", "É.U", "1.2", "ab.c",
		"credit: twitter", "credits: netflix / instagram", "image credit: x", "photo credits:x y z w", "photo credits: a b c d e",
		"credit:", "credit:  x", "credit: x  y", "credits : x", "image photo credit: x", "credit: ©x", "credit: x_y", "credit: 2022 @x",
		"image credits: netflix", "credit: sara & co", "creditt: x", "credit: x.y-z/w",
	}
	arts, err := ParseFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		for _, l := range strings.Split(a.Raw, "\n") {
			lines = append(lines, l, strings.ToLower(strings.TrimSpace(l)))
		}
		for _, s := range a.Sentences() {
			lines = append(lines, s.Text)
			lines = append(lines, strings.Fields(s.Text)...)
		}
	}
	return lines
}

func TestFindAsOfMatchesIsThePattern(t *testing.T) {
	found := 0
	for _, s := range matchLines(t) {
		var want []asOfMatch
		for _, m := range asOfRE.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, asOfMatch{start: m[0], end: m[1], month: [2]int{m[2], m[3]}, day: [2]int{m[4], m[5]}, year: [2]int{m[6], m[7]}})
		}
		got := findAsOfMatches(s)
		if len(got) != len(want) {
			t.Errorf("%q: %d matches, the pattern %d: %v", s, len(got), len(want), got)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: match %+v, the pattern %+v", s, got[i], want[i])
			}
		}
		found += len(got)
	}
	if found < 10 {
		t.Errorf("only %d matches in all: the cases test little", found)
	}
}

// The yes-or-no matchers say what their patterns say, on every line.
func TestMatchersAreThePatterns(t *testing.T) {
	lines := matchLines(t)
	for _, m := range []struct {
		name    string
		pattern *regexp.Regexp
		match   func(string) bool
		least   int // matching lines, for the cases to test something
	}{
		{"isDotted", dottedRE, isDotted, 3},
		{"isImageCredit", imageCreditRE, isImageCredit, 5},
	} {
		yes := 0
		for _, s := range lines {
			want := m.pattern.MatchString(s)
			if got := m.match(s); got != want {
				t.Errorf("%s(%q) = %v, the pattern says %v", m.name, s, got, want)
			}
			if want {
				yes++
			}
		}
		if yes < m.least {
			t.Errorf("%s: only %d lines match: the cases test little", m.name, yes)
		}
	}
}

// boilerplateKind skips lines of more than maxBoilerplateWords words
// unless they start like a cookie banner or a promotional link: no other
// rule may match a longer line.
func TestMaxBoilerplateWords(t *testing.T) {
	for p := range commentPrompts {
		if n := len(strings.Fields(p)); n > maxBoilerplateWords {
			t.Errorf("the comment prompt %q has %d words, more than maxBoilerplateWords", p, n)
		}
	}
	if credit := "image credits: a b c d"; !isImageCredit(credit) || len(strings.Fields(credit)) > maxBoilerplateWords {
		t.Errorf("the longest credit line %q is not within maxBoilerplateWords", credit)
	}
	if got, ok := boilerplateKind("Image credits: one two three four five"); ok {
		t.Errorf("a credit of five words is %q", got)
	}
	for _, l := range []string{"Cookies help us deliver our services. By using our services, you agree to our use of cookies and more words here.",
		"👉🏼 a promotional link with a great many words in it, far more than seven"} {
		if _, ok := boilerplateKind(l); !ok {
			t.Errorf("%q is not boilerplate", l)
		}
	}
}
