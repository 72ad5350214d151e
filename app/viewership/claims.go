package viewership

import (
	"fmt"
	"math"
	"strings"
)

// claims finds the articles' claims about the show's viewing and checks
// each against the weeks.
func (f finder) claims(d *Data, rows []row) ([]Claim, error) {
	var out []Claim
	for _, check := range []func(*Data, []row) ([]Claim, error){
		f.firstWeekend, f.peakRank, f.mostWatched, f.shortRun,
		f.changes, f.peakDay,
		f.totalClaim,
		f.weeksClaim, f.overClaim,
	} {
		cs, err := check(d, rows)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

// firstWeekend checks a figure given for the first weekend against week 1
// of the table: the number, the unit and the period.
func (f finder) firstWeekend(d *Data, _ []row) ([]Claim, error) {
	m, err := f.find(expFirstWeekend)
	if err != nil {
		return nil, err
	}
	figure, unit := m.group(1), m.group(2)
	w1 := d.Weeks[0]
	rounded := roundMillions(w1.Hours.N, decimals(figure))
	c := Claim{Key: "first-weekend", Topic: "Viewing in the first weekend", Ref: m.ref(0),
		Evidence: []Ref{w1.Hours.Refs[0], d.Premiere}}
	var why []string
	switch {
	case rounded == figure && unit == "hours":
		c.Verdict = Consistent
		why = append(why, fmt.Sprintf("Netflix’s table gives %s hours for week 1, which rounds to %s million.", Group(w1.Hours.N), figure))
	case rounded == figure:
		c.Verdict = Inconsistent
		n, _ := parseMillions(figure)
		why = append(why, fmt.Sprintf("The number is right but the unit is wrong: Netflix’s table gives %s hours for week 1, which rounds to %s million hours, not minutes (%s million minutes would be about %s hours).",
			Group(w1.Hours.N), figure, figure, Group(n/60)))
	default:
		c.Verdict = Inconsistent
		why = append(why, fmt.Sprintf("Netflix’s table gives %s hours for week 1 (%s million), not %s million %s.", Group(w1.Hours.N), rounded, figure, unit))
	}
	premiere, err := parseDate(d.Premiere.Words(), 0)
	if err == nil {
		if n := days(premiere, w1.To) + 1; n > 0 && n <= 7 {
			why = append(why, fmt.Sprintf("The figure is for Netflix’s whole week 1 (%s); the show was on Netflix for %d days of it, from the premiere on %s, so “first weekend” is only roughly the period.",
				w1.Period, n, d.Premiere.Words()))
		}
	}
	c.Why = strings.Join(why, " ")
	return []Claim{c}, nil
}

// bestRank returns the week with the best (lowest) stated rank.
func bestRank(d *Data) (Week, bool) {
	var best Week
	ok := false
	for _, w := range d.Weeks {
		if w.Rank.Known() && (!ok || w.Rank.N < best.Rank.N) {
			best, ok = w, true
		}
	}
	return best, ok
}

// peakRank checks a stated peak rank against the table's ranks.
func (f finder) peakRank(d *Data, _ []row) ([]Claim, error) {
	m, err := f.find(expPeakRank)
	if err != nil {
		return nil, err
	}
	claimed, _ := parseCount(m.group(1))
	best, _ := bestRank(d)
	c := Claim{Key: "peak-rank", Topic: "Peak weekly rank", Ref: m.ref(0), Evidence: []Ref{best.Rank.Refs[0]}}
	var ranks []string
	for _, w := range d.Weeks {
		if w.Rank.Known() {
			ranks = append(ranks, fmt.Sprintf("week %d #%d", w.N, w.Rank.N))
		}
	}
	switch {
	case int64(claimed) == best.Rank.N:
		c.Verdict = Consistent
		c.Why = fmt.Sprintf("The best rank in Netflix’s table is #%d, in week %d (%s).", best.Rank.N, best.N, strings.Join(ranks, ", "))
	default:
		c.Verdict = Inconsistent
		c.Why = fmt.Sprintf("Netflix’s table has #%d as the best rank, in week %d (%s), not #%d.", best.Rank.N, best.N, strings.Join(ranks, ", "), claimed)
	}
	for _, w := range d.Weeks {
		if w.Rank.Known() || !w.Hours.Known() {
			continue
		}
		if w.Hours.N < best.Hours.N {
			c.Why += fmt.Sprintf(" Week %d’s rank is not stated; with fewer hours than week %d (%s against %s) it is unlikely to have ranked higher.",
				w.N, best.N, Group(w.Hours.N), Group(best.Hours.N))
		} else {
			c.Why += fmt.Sprintf(" Week %d’s rank is not stated, so a better rank then cannot be ruled out.", w.N)
			c.Verdict = Unchecked
		}
	}
	return []Claim{c}, nil
}

// mostWatched checks a boast about a second season.
func (f finder) mostWatched(d *Data, _ []row) ([]Claim, error) {
	m, err := f.find(expMostWatched)
	if err != nil {
		return nil, err
	}
	nr, err := f.find(expNotRenewed)
	if err != nil {
		return nil, err
	}
	return []Claim{{
		Key: "most-watched", Topic: "“Most watched” second season", Ref: m.ref(0), Verdict: Inconsistent,
		Why: "There is no second season to watch: the same article reports that Netflix did not order one. " +
			"The Top 10 figures are worldwide hours for season 1, with none for the United States alone.",
		Evidence: []Ref{nr.ref(0), d.Table},
	}}, nil
}

// shortRun notes a comparison with another show's Top 10 run, which no
// article gives figures for.
func (f finder) shortRun(d *Data, _ []row) ([]Claim, error) {
	m, err := f.find(expShortRun)
	if err != nil {
		return nil, err
	}
	return []Claim{{
		Key: "short-run", Topic: "A Top 10 run as brief as " + possessive(m.group(1)), Ref: m.ref(0), Verdict: Unchecked,
		Why: fmt.Sprintf("No article gives %s Top 10 figures. Partner Track’s own run, by the figures here, was %d weeks.",
			possessive(m.group(1)), len(d.Weeks)),
		Evidence: []Ref{d.Table, d.Total},
	}}, nil
}

// changes checks each change on the week before that the table gives.
func (f finder) changes(d *Data, rows []row) ([]Claim, error) {
	var out []Claim
	for i, r := range rows {
		if !r.hasChange {
			continue
		}
		if i == 0 {
			return nil, articleErr(r.change.ArticleID, "the Top 10 table (sentence %s) gives a change for week 1, which has no week before", r.change.SentenceID)
		}
		prev, cur := d.Weeks[i-1].Hours.N, d.Weeks[i].Hours.N
		pct := float64(cur-prev) / float64(prev) * 100
		written := r.change.Words()
		got := fmt.Sprintf("%+.*f%%", decimals(strings.TrimSuffix(written, "%")), pct)
		c := Claim{Key: fmt.Sprintf("change-week-%d", i+1), Topic: fmt.Sprintf("Change from week %d to week %d", i, i+1),
			Ref: r.change, Evidence: []Ref{d.Weeks[i-1].Hours.Refs[0], d.Weeks[i].Hours.Refs[0]}}
		calc := fmt.Sprintf("(%s − %s) ÷ %s = %+.1f%%", Group(cur), Group(prev), Group(prev), pct)
		if got == written {
			c.Verdict = Consistent
			c.Why = calc + ", which rounds to " + written + "."
		} else {
			c.Verdict = Inconsistent
			c.Why = calc + ", not " + written + "."
		}
		out = append(out, c)
	}
	return out, nil
}

// peakDay checks a daily peak against the weekly figures: the week
// holding that day should have the most hours per day on Netflix.
func (f finder) peakDay(d *Data, _ []row) ([]Claim, error) {
	m, err := f.find(expPeakDay)
	if err != nil {
		return nil, err
	}
	n, _ := parseCount(m.group(1))
	premiere, err := parseDate(d.Premiere.Words(), 0)
	if err != nil {
		return nil, articleErr(d.Premiere.ArticleID, "the premiere date %q: %v", d.Premiere.Words(), err)
	}
	peak := dayOf(premiere, n)
	c := Claim{Key: "peak-day", Topic: "Viewing peaked on day " + m.group(1), Ref: m.ref(0), Evidence: []Ref{d.Premiere, d.Table}}
	// A week "August 21 to August 28" holds the days after the first date
	// up to the last.
	type rate struct {
		week    Week
		days    int
		perDay  float64
		holding bool
	}
	var rates []rate
	var in *rate
	for _, w := range d.Weeks {
		start := w.From.AddDate(0, 0, 1)
		if premiere.After(start) {
			start = premiere
		}
		nd := days(start, w.To) + 1
		if nd <= 0 || !w.Hours.Known() {
			continue
		}
		rates = append(rates, rate{w, nd, float64(w.Hours.N) / float64(nd), !peak.Before(start) && !peak.After(w.To)})
		if rates[len(rates)-1].holding {
			in = &rates[len(rates)-1]
		}
	}
	if in == nil {
		c.Verdict = Unchecked
		c.Why = fmt.Sprintf("Day %d (%s) falls outside the weeks the figures cover.", n, day(peak))
		return []Claim{c}, nil
	}
	var parts []string
	highest := true
	for _, r := range rates {
		s := fmt.Sprintf("week %d: %s hours over %d days ≈ %s a day", r.week.N, Group(r.week.Hours.N), r.days, Group(int64(math.Round(r.perDay))))
		if r.week.Hours.Basis == Derived {
			s += " (derived)"
		}
		parts = append(parts, s)
		if r.perDay > in.perDay {
			highest = false
		}
	}
	c.Why = fmt.Sprintf("Netflix’s figures are weekly, so they cannot single out a day. Day %d is %s, in week %d; counting from the premiere on %s: %s.",
		n, day(peak), in.week.N, d.Premiere.Words(), strings.Join(parts, "; "))
	if highest {
		c.Verdict = Consistent
		c.Why += fmt.Sprintf(" Week %d has the most hours a day, as a peak on day %d implies.", in.week.N, n)
	} else {
		c.Verdict = Inconsistent
		c.Why += fmt.Sprintf(" Another week has more hours a day than week %d, which a peak on day %d would not give.", in.week.N, n)
	}
	return []Claim{c}, nil
}

// totalClaim records the stated total, which the derived week rests on.
func (f finder) totalClaim(d *Data, _ []row) ([]Claim, error) {
	last := d.Weeks[len(d.Weeks)-1]
	var stated int64
	var statedWeeks []string
	for _, w := range d.Weeks {
		if w.Hours.Basis == Stated {
			stated += w.Hours.N
			statedWeeks = append(statedWeeks, fmt.Sprint(w.N))
		}
	}
	c := Claim{Key: "total", Topic: "Hours over the first weeks", Ref: d.Total, Verdict: Consistent, Evidence: []Ref{d.Table}}
	c.Why = fmt.Sprintf("It covers %d days, Netflix’s weeks 1 to %d, and is more than the %s hours the table gives for weeks %s.",
		days(d.Weeks[0].From, last.To), last.N, Group(stated), strings.Join(statedWeeks, " and "))
	if last.Hours.Basis == Derived {
		c.Why += fmt.Sprintf(" The rest, %s hours, is week %d: %s.", Group(last.Hours.N), last.N, last.Hours.Sum)
	}
	return []Claim{c}, nil
}

// weeksClaim checks a stated number of weeks in the Top 10.
func (f finder) weeksClaim(d *Data, _ []row) ([]Claim, error) {
	m, err := f.find(expWeeks)
	if err != nil {
		return nil, err
	}
	n, err := parseCount(m.group(1))
	if err != nil {
		return nil, articleErr(m.article, "the weeks in the Top 10 (sentence %s): %v", m.s.ID, err)
	}
	stated := 0
	for _, w := range d.Weeks {
		if w.PeriodBasis == Stated {
			stated++
		}
	}
	c := Claim{Key: "weeks", Topic: "Weeks in the global Top 10", Ref: m.ref(0), Evidence: []Ref{d.Table, d.Total}}
	why := fmt.Sprintf("The table lists %d weeks in the Top 10, and the total covers %d weeks to %s", stated, len(d.Weeks), day(d.Weeks[len(d.Weeks)-1].To))
	if len(d.Weeks) > stated {
		why += " (the last derived)"
	}
	if n == len(d.Weeks) {
		c.Verdict = Consistent
		c.Why = why + fmt.Sprintf(", so %s weeks fits. No article says whether a week %d followed.", m.group(1), n+1)
	} else {
		c.Verdict = Inconsistent
		c.Why = why + fmt.Sprintf(", not %s.", m.group(1))
	}
	return []Claim{c}, nil
}

// overClaim checks a rounded "over N million hours" against the total.
func (f finder) overClaim(d *Data, _ []row) ([]Claim, error) {
	m, err := f.find(expOver)
	if err != nil {
		return nil, err
	}
	n, err := parseMillions(m.group(2))
	if err != nil {
		return nil, articleErr(m.article, "the rounded total (sentence %s): %v", m.s.ID, err)
	}
	total := d.Weeks[len(d.Weeks)-1].Cumulative.N
	c := Claim{Key: "over-total", Topic: "Total hours, rounded", Ref: m.ref(1), Evidence: []Ref{d.Total}}
	if total > n {
		c.Verdict = Consistent
		c.Why = fmt.Sprintf("The stated total is %s hours, which is %s %s million, by %s hours.", Group(total), strings.Fields(m.group(1))[0], m.group(2), Group(total-n))
	} else {
		c.Verdict = Inconsistent
		c.Why = fmt.Sprintf("The stated total is %s hours, not %s.", Group(total), m.group(1)+" million")
	}
	return []Claim{c}, nil
}

// possessive writes "The Imperfects’" or "Ginny’s".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "’s"
}
