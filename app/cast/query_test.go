package cast

import (
	"net/url"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		raw        string
		want       Query
		complaints int
		encoded    string
	}{
		{"", Query{}, 0, ""},
		{"role=all&sort=billing", Query{}, 0, ""},
		{"role=recurring&q=yun", Query{Role: Recurring, Q: "yun"}, 0, "role=recurring&q=yun"},
		{"sort=name&q=+Z+&role=main", Query{Role: Main, Q: "Z", Sort: ByName}, 0, "role=main&q=Z&sort=name"},
		{"role=lead&sort=age", Query{}, 2, ""},
		{"q=a%26b", Query{Q: "a&b"}, 0, "q=a%26b"},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.raw)
		got, complaints := ParseQuery(v)
		if got != tt.want || len(complaints) != tt.complaints {
			t.Errorf("%q: %+v %q, want %+v and %d complaints", tt.raw, got, complaints, tt.want, tt.complaints)
		}
		if e := got.Encode(); e != tt.encoded {
			t.Errorf("%q: encoded %q, want %q", tt.raw, e, tt.encoded)
		}
	}
}

func TestFilter(t *testing.T) {
	c := seedCast(t)
	names := func(q Query) []string {
		var out []string
		for _, p := range c.Filter(q) {
			out = append(out, p.Name)
		}
		return out
	}
	tests := []struct {
		q    Query
		want []string
	}{
		{Query{Role: Recurring, Q: "yun"}, []string{"Lena Ahn", "Esther Moon", "Jo Sung"}},
		{Query{Q: "YUN"}, []string{"Arden Cho", "Lena Ahn", "Esther Moon", "Jo Sung"}},
		// Desmond Chiam is main in one list and recurring in another: both
		// filters show him.
		{Query{Role: Main, Q: "z"}, []string{"Desmond Chiam"}},
		{Query{Q: "z"}, []string{"Desmond Chiam", "Zane Phillips", "Alejandro Hernandez"}},
		{Query{Role: Recurring, Q: "chiam"}, []string{"Desmond Chiam"}},
		{Query{Q: "sunny"}, []string{"Tehmina Sunny"}},
		{Query{Q: "nobody at all"}, nil},
	}
	for _, tt := range tests {
		if got := names(tt.q); !equal(got, tt.want) {
			t.Errorf("%+v: %q, want %q", tt.q, got, tt.want)
		}
	}
	if n := len(c.Filter(Query{Role: Main})); n != 9 {
		t.Errorf("%d main, want 9 (8 in A2's first list, and Desmond Chiam)", n)
	}
	if n := len(c.Filter(Query{Role: Recurring})); n != 13 {
		t.Errorf("%d recurring, want 13 (12 in A2's second list, and Tehmina Sunny)", n)
	}
	byName := names(Query{Sort: ByName})
	if byName[0] != "Lena Ahn" || byName[1] != "Roby Attal" || byName[len(byName)-1] != "Alexandra Turshen" {
		t.Errorf("by name: %q", byName)
	}
}
