// Package timeline finds every dated event the articles state — the series
// order, casting, the premiere, interviews, reports, the cancellation, each
// article's own "as of" date — and puts them in chronological order.
//
// Dates are found in the articles' own styles ("September 14, 2021",
// "August 26th, 2022", "November 8th", "in August", "2013", "November of
// the same year"). A date written without its year gets one only where the
// article makes it certain, and is then marked as inferred (see
// inferYears). Kinds (kinds.go) say what to look for around a date, never
// what the date is. The same event dated by several articles is one Event
// whose claims are grouped by date and judged: agree, differ only in
// precision, or conflict.
//
// Every date mention must belong to a kind, so that no stated date is left
// off silently: Build fails naming the article and sentence otherwise.
//
// It depends on the standard library and app/content only and never
// imports the UI framework.
package timeline
