// Package facts finds the show's key facts in the articles' sentences.
//
// A Lookup says what to look for (a label and regular expressions whose
// first capture group is the value); the values themselves always come from
// the text. Find runs lookups over every sentence and returns, per fact, the
// claims with the exact words and the sentence they come from, grouped by
// normalised value so that agreement and conflict between articles show.
// It never imports go-app.
package facts
