package viewership

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"partnertrack/app/content"
	"partnertrack/seeds"
)

// realData extracts from the real seeds.
func realData(t *testing.T) *Data {
	t.Helper()
	arts, err := content.ParseFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Extract(arts)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The weeks as the seeds give them: two from the table of 002, the third
// derived from 003's total.
func TestExtractWeeksFromTheSeeds(t *testing.T) {
	d := realData(t)
	type want struct {
		period              string
		periodBasis         Basis
		hours               int64
		hoursBasis          Basis
		hoursWords          string
		cumulative          int64
		cumBasis            Basis
		rank                int64
		rankBasis           Basis
		arithmetic, cumSums string
	}
	wants := []want{
		{"August 21st, 2022 to August 28th, 2022", Stated, 16_660_000, Stated, "16,660,000", 16_660_000, Stated, 7, Stated, "", ""},
		{"August 28th, 2022 to September 4th, 2022", Stated, 31_140_000, Stated, "31,140,000", 47_800_000, Derived, 4, Stated, "", "16,660,000 + 31,140,000 = 47,800,000"},
		{"September 4, 2022 to September 11, 2022", Derived, 18_210_000, Derived, "66.01", 66_010_000, Stated, 0, Unknown,
			"66,010,000 − 16,660,000 − 31,140,000 = 18,210,000", ""},
	}
	if len(d.Weeks) != len(wants) {
		t.Fatalf("%d weeks, want %d", len(d.Weeks), len(wants))
	}
	for i, w := range wants {
		got := d.Weeks[i]
		if got.N != i+1 || got.Period != w.period || got.PeriodBasis != w.periodBasis {
			t.Errorf("week %d: N %d, period %q (%v), want %q (%v)", i+1, got.N, got.Period, got.PeriodBasis, w.period, w.periodBasis)
		}
		if got.Hours.N != w.hours || got.Hours.Basis != w.hoursBasis || got.Hours.Refs[0].Words() != w.hoursWords {
			t.Errorf("week %d hours: %d (%v, %q), want %d (%v, %q)", i+1, got.Hours.N, got.Hours.Basis, got.Hours.Refs[0].Words(), w.hours, w.hoursBasis, w.hoursWords)
		}
		if got.Cumulative.N != w.cumulative || got.Cumulative.Basis != w.cumBasis {
			t.Errorf("week %d cumulative: %d (%v), want %d (%v)", i+1, got.Cumulative.N, got.Cumulative.Basis, w.cumulative, w.cumBasis)
		}
		if got.Rank.N != w.rank || got.Rank.Basis != w.rankBasis {
			t.Errorf("week %d rank: %d (%v), want %d (%v)", i+1, got.Rank.N, got.Rank.Basis, w.rank, w.rankBasis)
		}
		if s := sumString(got.Hours.Sum); s != w.arithmetic {
			t.Errorf("week %d hours arithmetic %q, want %q", i+1, s, w.arithmetic)
		}
		if s := sumString(got.Cumulative.Sum); s != w.cumSums {
			t.Errorf("week %d cumulative arithmetic %q, want %q", i+1, s, w.cumSums)
		}
		// Every known value's words are in the sentence they cite, and
		// a derived value's arithmetic adds up.
		for _, v := range []Value{got.Hours, got.Cumulative, got.Rank} {
			if v.Known() != (len(v.Refs) > 0) {
				t.Errorf("week %d: known %v but %d refs", i+1, v.Known(), len(v.Refs))
			}
			for _, r := range v.Refs {
				if r.ArticleID == "" || r.SentenceID == "" || !strings.Contains(r.Sentence, r.Words()) || r.Words() == "" {
					t.Errorf("week %d: bad ref %+v", i+1, r)
				}
			}
			if v.Sum != nil {
				var n int64
				for _, term := range v.Sum.Terms {
					if term.Minus {
						n -= term.N
					} else {
						n += term.N
					}
				}
				if n != v.Sum.Result || n != v.N {
					t.Errorf("week %d: %s does not add up to %d", i+1, v.Sum, v.N)
				}
			}
		}
	}
	if d.Weeks[2].Rank.Why == "" {
		t.Error("week 3's unknown rank does not say why")
	}
	if d.Table.ArticleID != artTable || d.Total.ArticleID != artTotal || d.Premiere.Words() != "August 26th, 2022" {
		t.Errorf("table %s, total %s, premiere %q", d.Table.ArticleID, d.Total.ArticleID, d.Premiere.Words())
	}
}

func sumString(s *Sum) string {
	if s == nil {
		return ""
	}
	return s.String()
}

// The viewing claims of the seeds, each with its verdict and the numbers
// its reasoning rests on.
func TestExtractClaimsFromTheSeeds(t *testing.T) {
	d := realData(t)
	tests := []struct {
		key, article, words string
		verdict             Verdict
		why                 []string
	}{
		{"first-weekend", artBoast, "16.7 million viewing minutes in its first weekend", Inconsistent,
			[]string{"16,660,000 hours", "not minutes", "278,333 hours", "3 days"}},
		{"peak-rank", artBoast, "peaked at #4 on Netflix’s weekly English-language series data", Consistent,
			[]string{"#4, in week 2", "week 1 #7", "Week 3’s rank is not stated", "18,210,000 against 31,140,000"}},
		{"most-watched", artBoast, "second season of the legal drama series Partner Track on Netflix is among the most watched in the United States", Inconsistent,
			[]string{"no second season"}},
		{"short-run", artBoast, "same brief Top 10 run as The Imperfects", Unchecked,
			[]string{"The Imperfects’ Top 10", "3 weeks"}},
		{"change-week-2", artTable, "+87%", Consistent,
			[]string{"(31,140,000 − 16,660,000) ÷ 16,660,000 = +86.9%", "rounds to +87%"}},
		{"peak-day", artTable, "peaked on day 3", Consistent,
			[]string{"August 28, 2022, in week 1", "over 3 days ≈ 5,553,333 a day", "over 7 days ≈ 4,448,571 a day"}},
		{"total", artTotal, "watched for 66.01 million hours worldwide between August 21 and September 11", Consistent,
			[]string{"21 days", "47,800,000", "66,010,000 − 16,660,000 − 31,140,000 = 18,210,000"}},
		{"weeks", artSummary, "Top 10 most-viewed shows for three weeks", Consistent,
			[]string{"lists 2 weeks", "covers 3 weeks"}},
		{"over-total", artSummary, "over 66 million", Consistent,
			[]string{"66,010,000", "by 10,000 hours"}},
	}
	if len(d.Claims) != len(tests) {
		var keys []string
		for _, c := range d.Claims {
			keys = append(keys, c.Key)
		}
		t.Errorf("claims %q, want %d", keys, len(tests))
	}
	byKey := map[string]Claim{}
	for _, c := range d.Claims {
		byKey[c.Key] = c
	}
	for _, tt := range tests {
		c, ok := byKey[tt.key]
		if !ok {
			t.Errorf("no claim %s", tt.key)
			continue
		}
		if c.Ref.ArticleID != tt.article || c.Ref.Words() != tt.words {
			t.Errorf("%s: %s %q, want %s %q", tt.key, c.Ref.ArticleID, c.Ref.Words(), tt.article, tt.words)
		}
		if c.Verdict != tt.verdict {
			t.Errorf("%s: %v, want %v (%s)", tt.key, c.Verdict, tt.verdict, c.Why)
		}
		for _, w := range tt.why {
			if !strings.Contains(c.Why, w) {
				t.Errorf("%s: why %q lacks %q", tt.key, c.Why, w)
			}
		}
		if len(c.Evidence) == 0 || c.Topic == "" {
			t.Errorf("%s: no evidence or topic", tt.key)
		}
	}
}

// edit returns the real seeds with one article's text changed.
func edit(t *testing.T, article, old, new string) []*content.Article {
	t.Helper()
	m := fstest.MapFS{}
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		b, _ := fs.ReadFile(seeds.FS, n)
		s := string(b)
		if n == article+".txt" {
			if !strings.Contains(s, old) {
				t.Fatalf("%s does not contain %q", n, old)
			}
			s = strings.Replace(s, old, new, 1)
		}
		m[n] = &fstest.MapFile{Data: []byte(s)}
	}
	arts, err := content.ParseFS(m)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// When the text stops saying what the extraction expects, Extract fails
// naming the article and what is missing or wrong.
func TestExtractFailsNamingTheArticle(t *testing.T) {
	tests := []struct {
		name, article, old, new string
		want                    []string
	}{
		{"table gone", artTable, "Week Period Hours Viewed(M)", "Week Period Hours(M)", []string{artTable + ".txt", "weekly Top 10 table"}},
		{"table rows unreadable", artTable, "16,660,000 7 1", "sixteen million", []string{artTable + ".txt", "row 1 of the Top 10 table", "says week 2"}},
		{"weeks out of order", artTable, "4 2", "4 3", []string{artTable + ".txt", "says week 3"}},
		{"total gone", artTotal, "watched for 66.01 million hours", "watched for many hours", []string{artTotal + ".txt", "hours watched worldwide"}},
		{"total over four weeks", artTotal, "and September 11", "and September 18", []string{artTotal + ".txt", "cannot be split"}},
		{"total too small", artTotal, "66.01 million", "40.01 million", []string{artTotal + ".txt", "no more than"}},
		{"total not in weeks", artTotal, "and September 11", "and September 10", []string{artTotal + ".txt", "not whole Top 10 weeks"}},
		{"premiere gone", artTable, "landed on Netflix on", "arrived on", []string{artTable + ".txt", "premiere date"}},
		{"boast gone", artBoast, "is among the most watched", "is watched", []string{artBoast + ".txt", "second season"}},
		{"weeks gone", artSummary, "for three weeks", "for a while", []string{artSummary + ".txt", "weeks in the Top 10"}},
		{"peak gone", artBoast, "peaked at #4", "peaked", []string{artBoast + ".txt", "peak rank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(edit(t, tt.article, tt.old, tt.new))
			if err == nil {
				t.Fatal("Extract succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	var arts []*content.Article
	for _, a := range edit(t, artTable, "", "") {
		if a.ID != artTotal {
			arts = append(arts, a)
		}
	}
	if _, err := Extract(arts); err == nil || !strings.Contains(err.Error(), artTotal+".txt is missing") {
		t.Errorf("without %s: %v", artTotal, err)
	}
}

// When the text changes in ways the extraction can follow, the figures
// and the verdicts follow it.
func TestExtractFollowsTheText(t *testing.T) {
	tests := []struct {
		name, article, old, new string
		check                   func(d *Data) string
	}{
		{"a bigger total makes a bigger week 3", artTotal, "66.01 million", "70.5 million", func(d *Data) string {
			if d.Weeks[2].Hours.N != 70_500_000-47_800_000 {
				return "week 3 " + Group(d.Weeks[2].Hours.N)
			}
			return ""
		}},
		{"a wrong percentage is caught", artTable, "(+87%)", "(+95%)", func(d *Data) string {
			return verdict(d, "change-week-2", Inconsistent)
		}},
		{"hours in the right unit are consistent", artBoast, "viewing minutes", "viewing hours", func(d *Data) string {
			return verdict(d, "first-weekend", Consistent)
		}},
		{"a wrong peak is caught", artBoast, "peaked at #4", "peaked at #2", func(d *Data) string {
			return verdict(d, "peak-rank", Inconsistent)
		}},
		{"four weeks is not three", artSummary, "for three weeks", "for four weeks", func(d *Data) string {
			return verdict(d, "weeks", Inconsistent)
		}},
		{"a late peak day is caught", artTable, "peaked on day 3", "peaked on day 12", func(d *Data) string {
			return verdict(d, "peak-day", Inconsistent)
		}},
		{"the total when it matches the table", artTotal, "66.01 million hours worldwide between August 21 and September 11",
			"47.8 million hours worldwide between August 21 and September 4", func(d *Data) string {
				if len(d.Weeks) != 2 || d.Weeks[1].Cumulative.N != 47_800_000 {
					return "weeks " + Group(int64(len(d.Weeks)))
				}
				return ""
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := edit(t, tt.article, tt.old, tt.new)
			d, err := Extract(arts)
			if err != nil {
				t.Fatal(err)
			}
			if problem := tt.check(d); problem != "" {
				t.Error(problem)
			}
		})
	}
}

func verdict(d *Data, key string, want Verdict) string {
	for _, c := range d.Claims {
		if c.Key == key {
			if c.Verdict != want {
				return key + ": " + c.Verdict.String() + ", want " + want.String() + ": " + c.Why
			}
			return ""
		}
	}
	return "no claim " + key
}

func TestCSV(t *testing.T) {
	got := string(CSV(realData(t)))
	want := `week,from,to,period_basis,hours_viewed,hours_basis,cumulative_hours,cumulative_basis,rank,rank_basis,arithmetic,sources
1,2022-08-21,2022-08-28,stated,16660000,stated,16660000,stated,7,stated,,002_36a669ef9be3c6c1#l35s1
2,2022-08-28,2022-09-04,stated,31140000,stated,47800000,derived,4,stated,"16,660,000 + 31,140,000 = 47,800,000",002_36a669ef9be3c6c1#l35s1
3,2022-09-04,2022-09-11,derived,18210000,derived,66010000,stated,,not stated,"66,010,000 - 16,660,000 - 31,140,000 = 18,210,000",003_04899bce5507796f#l25s3 002_36a669ef9be3c6c1#l35s1
`
	if got != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", got, want)
	}
}

func TestNumbers(t *testing.T) {
	for _, tt := range []struct {
		n              int64
		group, million string
	}{
		{0, "0", "0M"}, {999, "999", "0M"}, {1000, "1,000", "0M"}, {16_660_000, "16,660,000", "16.66M"},
		{40_000_000, "40,000,000", "40M"}, {18_210_000, "18,210,000", "18.21M"}, {-1_500_000, "-1,500,000", "-1.5M"},
		{1_234_567_890_123, "1,234,567,890,123", "1234567.89M"},
	} {
		if g := Group(tt.n); g != tt.group {
			t.Errorf("Group(%d) = %q, want %q", tt.n, g, tt.group)
		}
		if m := Millions(tt.n); m != tt.million {
			t.Errorf("Millions(%d) = %q, want %q", tt.n, m, tt.million)
		}
	}
	for _, tt := range []struct {
		s    string
		want int64
	}{{"66.01", 66_010_000}, {"66", 66_000_000}, {"16.7", 16_700_000}, {"0.000001", 1}} {
		if got, err := parseMillions(tt.s); err != nil || got != tt.want {
			t.Errorf("parseMillions(%q) = %d, %v; want %d", tt.s, got, err, tt.want)
		}
	}
	if _, err := parseMillions("1.0000001"); err == nil {
		t.Error("parseMillions accepts 7 decimals")
	}
}
