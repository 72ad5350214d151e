// Package viewership extracts the show's Netflix Top 10 figures and the
// articles' claims about its viewing from the seed text, derives what
// follows from them (a week no article states, the running total) with the
// arithmetic shown, and checks each claim against those figures.
//
// The patterns in expect.go say what to look for and in which article;
// every number comes from the text. When an article no longer says what a
// pattern expects, Extract fails naming the article, so the build fails
// rather than draw a chart from nothing. It never imports go-app.
package viewership
