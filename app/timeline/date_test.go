package timeline

import (
	"strings"
	"testing"
)

func TestMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string // "words=norm"
	}{
		{"On September 14, 2021, Netflix announced it.", []string{"September 14, 2021=2021-09-14"}},
		{"It landed on August 26th, 2022.", []string{"August 26th, 2022=2022-08-26"}},
		{"Deadline reported on November 8th that it was over.", []string{"November 8th=????-11-08"}},
		{"Howe told Deadline in August.", []string{"August=????-08"}},
		{"It debuted in August 2022.", []string{"August 2022=2022-08"}},
		{"Helen Wan’s 2013 novel.", []string{"2013=2013"}},
		{"Out on Aug. 26, 2022 and Sept. 4.", []string{"Aug. 26, 2022=2022-08-26", "Sept. 4=????-09-04"}},
		{"It debuted on August 26, 2022, and ended in November of the same year.",
			[]string{"August 26, 2022=2022-08-26", "November of the same year=2022-11"}},
		{"From August 21st, 2022 to August 28th, 2022 16,660,000 7 1", []string{"August 21st, 2022=2022-08-21", "August 28th, 2022=2022-08-28"}},
		// Not dates: a month alone not after "in", numbers, impossible days.
		{"May we see more? We may.", nil},
		{"August is hot.", nil},
		{"16,660,000 hours and 66.01 million, 2000000 views.", nil},
		{"On February 30 nothing happened.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range mentions(tt.text) {
			got = append(got, tt.text[m.start:m.end]+"="+m.date.Norm())
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("mentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		d          Date
		str, iso   string
		precisionN int
	}{
		{Date{Year: 2022, Month: 8, Day: 26}, "August 26, 2022", "2022-08-26", 3},
		{Date{Month: 11, Day: 8}, "November 8", "", 2},
		{Date{Year: 2022, Month: 11}, "November 2022", "2022-11", 2},
		{Date{Month: 8}, "August", "", 1},
		{Date{Year: 2013}, "2013", "2013", 1},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.str {
			t.Errorf("%+v: String %q, want %q", tt.d, got, tt.str)
		}
		if got := tt.d.ISO(); got != tt.iso {
			t.Errorf("%+v: ISO %q, want %q", tt.d, got, tt.iso)
		}
		if got := tt.d.precision(); got != tt.precisionN {
			t.Errorf("%+v: precision %d, want %d", tt.d, got, tt.precisionN)
		}
	}
}

func TestCompatible(t *testing.T) {
	d := func(y, m, day int) Date { return Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		a, b Date
		want bool
	}{
		{d(2022, 8, 26), d(2022, 8, 26), true},
		{d(2022, 8, 26), d(2022, 8, 0), true},
		{d(2022, 8, 26), d(0, 8, 26), true},
		{d(2022, 8, 26), d(2022, 8, 27), false},
		{d(2022, 8, 26), d(2021, 8, 26), false},
		{d(2022, 11, 0), d(2022, 8, 0), false},
		{d(2013, 0, 0), d(2013, 5, 1), true},
	}
	for _, tt := range tests {
		if got := compatible(tt.a, tt.b); got != tt.want {
			t.Errorf("compatible(%s, %s) = %v, want %v", tt.a.Norm(), tt.b.Norm(), got, tt.want)
		}
	}
}
