package content

import (
	"testing"
	"time"
)

func TestFindAsOf(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		iso       string // "" when none
		text      string
		id        string
	}{
		{"ordinal", []string{"As of September 7th, 2022, the show has yet to get a thumbs up."}, "2022-09-07", "As of September 7th, 2022", "l1s1"},
		{"plain day", []string{"It aired.", "As of November 8, 2022, it has a 62% rating."}, "2022-11-08", "As of November 8, 2022", "l1s2"},
		{"lower case mid-sentence", []string{"The rating, as of october 1st, 2022, is 62%."}, "2022-10-01", "as of october 1st, 2022", "l1s1"},
		{"abbreviated month", []string{"As of Sept. 7, 2022, nothing."}, "2022-09-07", "As of Sept. 7, 2022", "l1s1"},
		{"first wins", []string{"As of May 2, 2022, one.", "As of June 3, 2022, two."}, "2022-05-02", "As of May 2, 2022", "l1s1"},
		{"as of now", []string{"As of now, there is no announcement from Netflix."}, "", "", ""},
		{"no year", []string{"As of November 8, it was canceled."}, "", "", ""},
		{"not as of", []string{"On August 26, 2022, all 10 episodes were added."}, "", "", ""},
		{"impossible date then real", []string{"As of February 30, 2022, nothing.", "As of March 1, 2022, something."}, "2022-03-01", "As of March 1, 2022", "l1s2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ss []Sentence
			for i, s := range tt.sentences {
				ss = append(ss, Sentence{ID: sentenceID(1, i+1), Line: 1, N: i + 1, Text: s})
			}
			got := findAsOf(ss)
			if tt.iso == "" {
				if got != nil {
					t.Errorf("findAsOf = %+v, want nil", *got)
				}
				return
			}
			if got == nil {
				t.Fatalf("findAsOf = nil, want %s", tt.iso)
			}
			if got.ISO() != tt.iso || got.Text != tt.text || got.SentenceID != tt.id {
				t.Errorf("findAsOf = %s %q %s, want %s %q %s", got.ISO(), got.Text, got.SentenceID, tt.iso, tt.text, tt.id)
			}
		})
	}
}

func TestAsOfISO(t *testing.T) {
	d := AsOf{Year: 2022, Month: time.September, Day: 7}
	if got := d.ISO(); got != "2022-09-07" {
		t.Errorf("ISO() = %q", got)
	}
}
