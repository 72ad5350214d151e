package content

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"single sentence", "Partner Track Season 2", []string{"Partner Track Season 2"}},
		{"empty", "", nil},
		{"blank", "  \t ", nil},
		{"two plain", "It ended. Fans were sad.", []string{"It ended.", "Fans were sad."}},
		{"U.S. abbreviation", "He works at a U.S. law firm. It is big.", []string{"He works at a U.S. law firm.", "It is big."}},
		{"U.S. before capital", "Born in the U.S. Army base.", []string{"Born in the U.S. Army base."}},
		{"decimal rating", "The show has a 6.8/10 rating on IMDb. Not bad.", []string{"The show has a 6.8/10 rating on IMDb.", "Not bad."}},
		{"decimal number", "It was watched for 66.01 million hours.", []string{"It was watched for 66.01 million hours."}},
		{"closing curly quote", "The San Francisco Chronicle called it “perfect background noise.” Nina Metz of the Chicago Tribune disagreed.",
			[]string{"The San Francisco Chronicle called it “perfect background noise.”", "Nina Metz of the Chicago Tribune disagreed."}},
		{"closing ASCII quote", `maintaining a "modest budget." Even then, it failed.`, []string{`maintaining a "modest budget."`, "Even then, it failed."}},
		{"opening ASCII quote", `Howe told Deadline in August. "We have early thoughts."`, []string{"Howe told Deadline in August.", `"We have early thoughts."`}},
		{"opening curly quote", "He said it. “Next,” she replied.", []string{"He said it.", "“Next,” she replied."}},
		{"question in quotes", "Who knows how it ends?” Next season may tell.", []string{"Who knows how it ends?”", "Next season may tell."}},
		{"two questions", "If the show does get renewed? Where can we expect the show to head next?",
			[]string{"If the show does get renewed?", "Where can we expect the show to head next?"}},
		{"Mr.", "Mr. X met the cast. He liked them.", []string{"Mr. X met the cast.", "He liked them."}},
		{"Dr. and Mrs.", "Dr. Lee and Mrs. Yun agreed.", []string{"Dr. Lee and Mrs. Yun agreed."}},
		{"etc.", "Cast, crew, etc. Were all there.", []string{"Cast, crew, etc. Were all there."}},
		{"Inc.", "Made by Jax Media Inc. In New York.", []string{"Made by Jax Media Inc. In New York."}},
		{"initial", "George W. Bush spoke.", []string{"George W. Bush spoke."}},
		{"letter then pronoun", "Team Murphy, Team Nick, or Team Z. She picks herself.", []string{"Team Murphy, Team Nick, or Team Z.", "She picks herself."}},
		{"No. before number", "It peaked at No. 4 in the U.S. It fell.", []string{"It peaked at No. 4 in the U.S. It fell."}},
		{"no as a word", "They said no. Then it ended.", []string{"They said no.", "Then it ended."}},
		{"Sept. before number", "As of Sept. 7, 2022, nothing.", []string{"As of Sept. 7, 2022, nothing."}},
		{"digit starts sentence", "It ended in season 1. 10 episodes aired.", []string{"It ended in season 1.", "10 episodes aired."}},
		{"lower case after period", "version 2. and more", []string{"version 2. and more"}},
		{"exclamation run", "It was great!!! Really.", []string{"It was great!!!", "Really."}},
		{"interrobang", "Is it over?! Yes.", []string{"Is it over?!", "Yes."}},
		{"ellipsis", "Wait... Nothing.", []string{"Wait...", "Nothing."}},
		{"parenthesis", "It aired (on Netflix.) Then it ended.", []string{"It aired (on Netflix.)", "Then it ended."}},
		{"no-break space", "another chance at life.\u00a0 Hopefully, positive.", []string{"another chance at life.", "Hopefully, positive."}},
		{"no space after period", "end.Next", []string{"end.Next"}},
		{"trailing space", "  One. Two.  ", []string{"One.", "Two."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitSentences(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("splitSentences(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
			// Joining with single spaces rebuilds the input, whitespace
			// runs aside.
			if j, w := strings.Join(strings.Fields(strings.Join(got, " ")), " "), strings.Join(strings.Fields(tt.in), " "); j != w {
				t.Errorf("rejoined %q, want %q", j, w)
			}
		})
	}
}

func TestSentencesFor(t *testing.T) {
	got := sentencesFor(12, "One. Two.")
	want := []Sentence{
		{ID: "l12s1", Line: 12, N: 1, Text: "One."},
		{ID: "l12s2", Line: 12, N: 2, Text: "Two."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("sentencesFor = %+v, want %+v", got, want)
	}
	if got := sentencesFor(3, " "); got != nil {
		t.Errorf("sentencesFor(blank) = %+v, want nil", got)
	}
}
