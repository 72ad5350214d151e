package viewership

import "time"

// Ref is the words of one sentence that a figure or claim comes from.
type Ref struct {
	ArticleID  string
	SentenceID string
	Sentence   string
	// Start and End delimit the words in Sentence.
	Start, End int
}

// Words returns the referenced words, Sentence[Start:End].
func (r Ref) Words() string { return r.Sentence[r.Start:r.End] }

// Basis says where a value comes from.
type Basis int

const (
	// Unknown means no article states the value and it does not follow
	// from what they state.
	Unknown Basis = iota
	// Stated means an article gives the value.
	Stated
	// Derived means the value follows from stated ones by arithmetic.
	Derived
)

// String names the basis for a CSV column: "not stated", "stated",
// "derived".
func (b Basis) String() string {
	return [...]string{"not stated", "stated", "derived"}[b]
}

// Value is one figure of the chart.
type Value struct {
	N     int64 // hours, or a rank; 0 when Unknown
	Basis Basis
	// Refs are the words the value comes from: one for a stated value,
	// the terms' words for a derived one.
	Refs []Ref
	// Sum is the arithmetic of a derived value.
	Sum *Sum
	// Why says, for an unknown value, why it is not known.
	Why string
}

// Known reports whether the value is stated or derived.
func (v Value) Known() bool { return v.Basis != Unknown }

// Sum is the arithmetic of a derived value: the terms added or subtracted
// in order, and the result.
type Sum struct {
	Terms  []Term
	Result int64
}

// Term is one number of a Sum.
type Term struct {
	Minus bool   // subtracted rather than added
	N     int64  // the number
	What  string // what it is, e.g. "week 1" or "total, August 21 to September 11"
	Ref   Ref    // the words it comes from
}

// String writes the arithmetic with grouped digits:
// "66,010,000 − 16,660,000 − 31,140,000 = 18,210,000".
func (s Sum) String() string { return s.format("−") }

// ASCII is String with a plain hyphen for the minus sign, for CSV.
func (s Sum) ASCII() string { return s.format("-") }

func (s Sum) format(minus string) string {
	out := ""
	for i, t := range s.Terms {
		switch {
		case i == 0 && t.Minus:
			out += minus
		case i > 0 && t.Minus:
			out += " " + minus + " "
		case i > 0:
			out += " + "
		}
		out += Group(t.N)
	}
	return out + " = " + Group(s.Result)
}

// Week is one week of the show in Netflix's global Top 10.
type Week struct {
	N        int       // 1 for the first week in the Top 10
	From, To time.Time // the period, as the articles date it
	// Period is how the period is written: the article's words for a
	// stated week, the dates it follows from for a derived one.
	Period string
	// PeriodBasis is Stated when an article writes the period.
	PeriodBasis Basis
	Hours       Value // hours viewed that week
	Cumulative  Value // hours viewed up to the end of that week
	Rank        Value // the week's rank in the Top 10
}

// Verdict is how a claim fares against the figures.
type Verdict int

const (
	// Unchecked means the figures can neither confirm nor refute it.
	Unchecked Verdict = iota
	// Consistent means the figures bear the claim out.
	Consistent
	// Inconsistent means the figures contradict it.
	Inconsistent
)

// String names the verdict for people.
func (v Verdict) String() string {
	return [...]string{"can’t be checked", "consistent", "not consistent"}[v]
}

// Claim is what one article says about the show's viewing, and how it
// fares against the figures.
type Claim struct {
	Key     string // stable id, e.g. "first-weekend"
	Topic   string // what the claim is about, e.g. "Hours in the first weekend"
	Ref     Ref    // the words claimed
	Verdict Verdict
	Why     string // the reasoning, with the numbers
	// Evidence are the sentences the reasoning relies on.
	Evidence []Ref
}

// Data is everything the viewership page shows.
type Data struct {
	Weeks  []Week
	Claims []Claim
	// Table is the sentence holding Netflix's weekly table.
	Table Ref
	// Total is the stated total over the weeks, and Premiere the premiere
	// date sentence.
	Total, Premiere Ref
}

// Metric is what the chart plots.
type Metric string

// The chart's metrics.
const (
	Weekly     Metric = "weekly"
	Cumulative Metric = "cumulative"
	Rank       Metric = "rank"
)

// Metrics are the metrics in the order the page offers them.
var Metrics = []Metric{Weekly, Cumulative, Rank}

// Label names a metric for people.
func (m Metric) Label() string {
	switch m {
	case Cumulative:
		return "Cumulative hours"
	case Rank:
		return "Weekly rank"
	}
	return "Weekly hours"
}

// Of returns a week's value for the metric.
func (w Week) Of(m Metric) Value {
	switch m {
	case Cumulative:
		return w.Cumulative
	case Rank:
		return w.Rank
	}
	return w.Hours
}
