package viewership

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
)

// CSVHeader is the first row of CSV.
var CSVHeader = []string{
	"week", "from", "to", "period_basis",
	"hours_viewed", "hours_basis", "cumulative_hours", "cumulative_basis",
	"rank", "rank_basis", "arithmetic", "sources",
}

// CSV writes the weeks as CSV, one row per week after CSVHeader. Unknown
// values are empty; derived values carry their arithmetic; sources are
// "<article id>#<sentence id>", space-separated. The page's Download CSV
// and the build's data/viewership.csv both come from here.
func CSV(d *Data) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(CSVHeader) // a bytes.Buffer does not fail
	for _, wk := range d.Weeks {
		var sums []string
		for _, v := range []Value{wk.Hours, wk.Cumulative} {
			if v.Sum != nil {
				sums = append(sums, v.Sum.ASCII())
			}
		}
		_ = w.Write([]string{
			strconv.Itoa(wk.N), wk.From.Format("2006-01-02"), wk.To.Format("2006-01-02"), wk.PeriodBasis.String(),
			num(wk.Hours), wk.Hours.Basis.String(), num(wk.Cumulative), wk.Cumulative.Basis.String(),
			num(wk.Rank), wk.Rank.Basis.String(), strings.Join(sums, "; "), strings.Join(sources(wk), " "),
		})
	}
	w.Flush()
	return b.Bytes()
}

func num(v Value) string {
	if !v.Known() {
		return ""
	}
	return strconv.FormatInt(v.N, 10)
}

// sources lists the sentences a week's values come from, each once.
func sources(w Week) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range []Value{w.Hours, w.Cumulative, w.Rank} {
		for _, r := range v.Refs {
			s := r.ArticleID + "#" + r.SentenceID
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}
