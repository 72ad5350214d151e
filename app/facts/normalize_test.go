package facts

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		kind Kind
		in   string
		want string
	}{
		{Date, "August 26th, 2022", "2022-08-26"},
		{Date, "August 26, 2022", "2022-08-26"},
		{Date, "November 8", "????-11-08"},
		{Date, "August 2022", "2022-08"},
		{Date, "August", "????-08"},
		{Date, "Smarch 3", "smarch 3"},
		{Number, "ten", "10"},
		{Number, "three", "3"},
		{Number, "#4", "4"},
		{Number, "62%", "62"},
		{Number, "66.01 million", "66010000"},
		{Number, "over 66 million", ">66000000"},
		{Number, "16,660,000", "16660000"},
		{Text, "The  Partner Track", "the partner track"},
	}
	for _, tt := range tests {
		if got := normalize(tt.kind, tt.in); got != tt.want {
			t.Errorf("normalize(%v, %q) = %q, want %q", tt.kind, tt.in, got, tt.want)
		}
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		kind Kind
		a, b string
		want bool
	}{
		{Date, "2022-08-26", "2022-08", true},
		{Date, "????-11-08", "2022-11-08", true},
		{Date, "2022-11", "????-11-08", true},
		{Date, "2022-08-26", "2022-08-27", false},
		{Date, "2021-08", "2022-08", false},
		{Number, ">66000000", "66010000", true},
		{Number, "66010000", ">66000000", true},
		{Number, ">66000000", "65000000", false},
		{Number, "62", "56", false},
		{Text, "the partner", "the partner track", false},
	}
	for _, tt := range tests {
		if got := compatible(tt.kind, tt.a, tt.b); got != tt.want {
			t.Errorf("compatible(%v, %q, %q) = %v, want %v", tt.kind, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestJudge(t *testing.T) {
	g := func(norm string, ids ...string) Group {
		var cs []Claim
		for _, id := range ids {
			cs = append(cs, Claim{ArticleID: id, Value: norm, Norm: norm})
		}
		return Group{Norm: norm, Claims: cs}
	}
	tests := []struct {
		name   string
		kind   Kind
		groups []Group
		want   Status
		why    string
	}{
		{"none", Text, nil, Missing, "No article states it."},
		{"one article", Text, []Group{g("x", "a")}, Agree, "Stated by one article only."},
		{"two agree", Text, []Group{g("x", "a", "b", "a")}, Agree, "2 articles agree."},
		{"conflict", Text, []Group{g("x", "a"), g("y", "b", "c")}, Conflict, "1 article says “x”; 2 articles say “y”."},
		{"precision", Date, []Group{g("2022-08-26", "a"), g("2022-08", "b")}, Compatible,
			"1 article says “2022-08-26”; 1 article says “2022-08”. These differ only in precision."},
	}
	for _, tt := range tests {
		st, why := judge(tt.kind, tt.groups)
		if st != tt.want || why != tt.why {
			t.Errorf("%s: judge = %v %q, want %v %q", tt.name, st, why, tt.want, tt.why)
		}
	}
}
