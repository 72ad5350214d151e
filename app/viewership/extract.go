package viewership

import (
	"fmt"
	"time"

	"partnertrack/app/content"
)

// match is where an expectation was found: the sentence and the pattern's
// submatch indices in it.
type match struct {
	article string
	s       content.Sentence
	idx     []int
}

// ref returns the words of group g (0 for the whole match).
func (m match) ref(g int) Ref {
	return Ref{ArticleID: m.article, SentenceID: m.s.ID, Sentence: m.s.Text, Start: m.idx[2*g], End: m.idx[2*g+1]}
}

// group returns the text of group g.
func (m match) group(g int) string { return m.s.Text[m.idx[2*g]:m.idx[2*g+1]] }

// finder looks expectations up in the articles.
type finder map[string]*content.Article

// find returns the first sentence of e's article that matches e, or an
// error naming the article.
func (f finder) find(e expect) (match, error) {
	a, ok := f[e.article]
	if !ok {
		return match{}, fmt.Errorf("%s.txt is missing; the viewership page needs %s from it", e.article, e.what)
	}
	for _, s := range a.Sentences() {
		if idx := e.re().FindStringSubmatchIndex(s.Text); idx != nil {
			return match{article: a.ID, s: s, idx: idx}, nil
		}
	}
	return match{}, fmt.Errorf("%s.txt no longer states %s: no sentence matches %s", a.File, e.what, e.re())
}

// articleErr is a problem with what an article says, naming the file.
func articleErr(article, format string, args ...any) error {
	return fmt.Errorf("%s.txt: "+format, append([]any{article}, args...)...)
}

// Extract finds the weekly figures and the viewing claims in the articles
// and checks the claims. Its error names the article that no longer says
// what the extraction expects.
func Extract(articles []*content.Article) (*Data, error) {
	f := finder{}
	for _, a := range articles {
		f[a.ID] = a
	}
	d := &Data{}
	rows, err := f.table(d)
	if err != nil {
		return nil, err
	}
	if err := f.total(d, rows); err != nil {
		return nil, err
	}
	cumulate(d)
	pm, err := f.find(expPremiere)
	if err != nil {
		return nil, err
	}
	d.Premiere = pm.ref(1)
	if d.Claims, err = f.claims(d, rows); err != nil {
		return nil, err
	}
	return d, nil
}

// row is one row of the weekly table, with the change on the week before
// when the table gives one.
type row struct {
	change    Ref // the "+87" of "(+87%)"; zero when absent
	hasChange bool
}

// table reads Netflix's weekly table into the first weeks.
func (f finder) table(d *Data) ([]row, error) {
	m, err := f.find(expTable)
	if err != nil {
		return nil, err
	}
	d.Table = m.ref(0)
	body := m.idx[1]
	var rows []row
	for _, idx := range tableRow().FindAllStringSubmatchIndex(m.s.Text[body:], -1) {
		for i := range idx {
			if idx[i] >= 0 {
				idx[i] += body
			}
		}
		r := match{article: m.article, s: m.s, idx: idx}
		n := len(d.Weeks) + 1
		from, err1 := parseDate(r.group(1), 0)
		to, err2 := parseDate(r.group(2), 0)
		hours, err3 := parseGrouped(r.group(3))
		rank, err4 := parseCount(r.group(5))
		week, err5 := parseCount(r.group(6))
		for _, err := range []error{err1, err2, err3, err4, err5} {
			if err != nil {
				return nil, articleErr(m.article, "week %d of the Top 10 table (sentence %s): %v", n, m.s.ID, err)
			}
		}
		if week != n {
			return nil, articleErr(m.article, "row %d of the Top 10 table (sentence %s) says week %d in the Top 10", n, m.s.ID, week)
		}
		if n > 1 && !from.Equal(d.Weeks[n-2].To) {
			return nil, articleErr(m.article, "week %d of the Top 10 table (sentence %s) starts %s, not where week %d ends", n, m.s.ID, day(from), n-1)
		}
		if days(from, to) != 7 {
			return nil, articleErr(m.article, "week %d of the Top 10 table (sentence %s) is %d days long, not 7", n, m.s.ID, days(from, to))
		}
		d.Weeks = append(d.Weeks, Week{
			N: n, From: from, To: to,
			Period:      r.s.Text[idx[2]:idx[5]],
			PeriodBasis: Stated,
			Hours:       Value{N: hours, Basis: Stated, Refs: []Ref{r.ref(3)}},
			Rank:        Value{N: int64(rank), Basis: Stated, Refs: []Ref{r.ref(5)}},
		})
		rw := row{}
		if idx[8] >= 0 {
			rw = row{change: r.ref(4), hasChange: true}
		}
		rows = append(rows, rw)
	}
	if len(rows) == 0 {
		return nil, articleErr(m.article, "the Top 10 table (sentence %s) has no row that reads “<date> to <date> <hours> <rank> <week>”", m.s.ID)
	}
	return rows, nil
}

// total reads the stated total over the first weeks and derives the week
// it covers beyond the table, if any.
func (f finder) total(d *Data, rows []row) error {
	m, err := f.find(expTotal)
	if err != nil {
		return err
	}
	d.Total = m.ref(0)
	total, err := parseMillions(m.group(1))
	if err != nil {
		return articleErr(m.article, "the total (sentence %s): %v", m.s.ID, err)
	}
	first, last := d.Weeks[0], d.Weeks[len(d.Weeks)-1]
	// The total leaves the year out; it is the table's.
	from, err1 := parseDate(m.group(2), first.From.Year())
	to, err2 := parseDate(m.group(3), first.From.Year())
	if err1 != nil || err2 != nil {
		return articleErr(m.article, "the total's dates (sentence %s): %v", m.s.ID, firstErr(err1, err2))
	}
	span := days(from, to)
	if !from.Equal(first.From) || span%7 != 0 {
		return fmt.Errorf("%s.txt gives a total from %s to %s, which is not whole Top 10 weeks from the first week of the table in %s.txt (%s)",
			m.article, day(from), day(to), d.Table.ArticleID, first.Period)
	}
	var stated int64
	terms := []Term{{N: total, What: "total, " + m.group(2) + " to " + m.group(3), Ref: m.ref(1)}}
	for _, w := range d.Weeks {
		stated += w.Hours.N
		terms = append(terms, Term{Minus: true, N: w.Hours.N, What: fmt.Sprintf("week %d", w.N), Ref: w.Hours.Refs[0]})
	}
	missing := span/7 - len(d.Weeks)
	switch {
	case missing == 0 && stated == total:
		return nil
	case missing == 0:
		return fmt.Errorf("%s.txt gives %s hours for %s to %s, but the weeks in %s.txt add up to %s",
			m.article, Group(total), m.group(2), m.group(3), d.Table.ArticleID, Group(stated))
	case missing < 0:
		return fmt.Errorf("%s.txt gives a total to %s, before the last week of the table in %s.txt ends", m.article, day(to), d.Table.ArticleID)
	case missing > 1:
		return fmt.Errorf("%s.txt gives a total over %d weeks, %d more than the table in %s.txt: one total cannot be split into %d weeks",
			m.article, span/7, missing, d.Table.ArticleID, missing)
	case total-stated <= 0:
		return fmt.Errorf("%s.txt gives %s hours to %s, no more than the %s of the weeks in %s.txt", m.article, Group(total), m.group(3), Group(stated), d.Table.ArticleID)
	}
	sum := &Sum{Terms: terms, Result: total - stated}
	var refs []Ref
	for _, t := range terms {
		refs = append(refs, t.Ref)
	}
	n := len(d.Weeks) + 1
	d.Weeks = append(d.Weeks, Week{
		N: n, From: last.To, To: to,
		Period:      day(last.To) + " to " + day(to),
		PeriodBasis: Derived,
		Hours:       Value{N: sum.Result, Basis: Derived, Refs: refs, Sum: sum},
		Rank:        Value{Why: fmt.Sprintf("No article states the rank of week %d.", n)},
		Cumulative:  Value{N: total, Basis: Stated, Refs: []Ref{m.ref(1)}},
	})
	return nil
}

// cumulate fills in the running totals the total did not state.
func cumulate(d *Data) {
	var terms []Term
	var run int64
	for i := range d.Weeks {
		w := &d.Weeks[i]
		run += w.Hours.N
		terms = append(terms, Term{N: w.Hours.N, What: fmt.Sprintf("week %d", w.N), Ref: w.Hours.Refs[0]})
		if w.Cumulative.Known() {
			continue
		}
		if i == 0 {
			w.Cumulative = Value{N: run, Basis: w.Hours.Basis, Refs: w.Hours.Refs}
			continue
		}
		sum := &Sum{Terms: append([]Term(nil), terms...), Result: run}
		var refs []Ref
		for _, t := range sum.Terms {
			refs = append(refs, t.Ref)
		}
		w.Cumulative = Value{N: run, Basis: Derived, Refs: refs, Sum: sum}
	}
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// dayOf returns the date of the n-th day on Netflix, day 1 being the
// premiere.
func dayOf(premiere time.Time, n int) time.Time { return premiere.AddDate(0, 0, n-1) }
