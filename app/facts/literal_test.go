package facts

import (
	"regexp"
	"strings"
	"testing"
)

func TestPrefilterLiteral(t *testing.T) {
	tests := []struct {
		pattern, lit string
		fold         bool
	}{
		{`(` + date + `),? Netflix announced[^.]*\bordered`, " Netflix announced", false},
		{`peaked at (#\d+)`, "peaked at ", false},
		{`(?i:based on) (` + title + `) by ` + name, "based on", true},
		{`\b(\d+|ten) episodes\b`, " episodes", false},
		{`(a|b)+`, "", false},
		{`(Helen Wan)`, "Helen Wan", false},
	}
	for _, tt := range tests {
		p := newPrefilter(regexp.MustCompile(tt.pattern))
		if p.lit != tt.lit || p.fold != tt.fold {
			t.Errorf("%s: literal %q fold %v, want %q %v", tt.pattern, p.lit, p.fold, tt.lit, tt.fold)
		}
	}
}

// The prefilter never skips a sentence the pattern matches: every home
// lookup finds the same claims with and without it.
func TestPrefilterKeepsEveryMatch(t *testing.T) {
	sentences := []string{
		"On September 14, 2021, Netflix announced that they had ordered a ten-episode series.",
		"BASED ON The Partner Track by Helen Wan",
		"It peaked at #4 on Netflix.",
		"All 10 episodes landed.",
		"Nothing to see here.",
	}
	for _, l := range Home() {
		for _, re := range l.Patterns {
			p := newPrefilter(re)
			for _, s := range sentences {
				if re.MatchString(s) && !p.mayMatch(s, strings.ToLower(s)) {
					t.Errorf("%s: prefilter %q skips %q", l.Key, p.lit, s)
				}
			}
		}
	}
}
