// Package search is the full-text search over the cleaned sentences of the
// articles: an index built once, a query language of words and "quoted
// phrases", matching that ignores case, accents and typographic quotes, a
// ranking, and snippets whose highlights point at the original text.
//
// Every query character is plain text: a query is never compiled into a
// regular expression and never written out as HTML by this package.
//
// It depends on the standard library and app/content only and never
// imports the UI framework.
package search
