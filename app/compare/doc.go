// Package compare sets the articles side by side: it scores how alike two
// sentences are, aligns two articles passage by passage, measures how much
// of each article another one shares (who rewrote whom), and builds the
// claims matrix, every fact the articles state with each article's value,
// the sentence it comes from, and whether the articles agree. Quotations
// attributed to the same speaker are compared word for word.
//
// Values always come from the text: the tables here say what to look for,
// never what the answer is. It never imports go-app.
package compare
