// Package ui turns the corpus into go-app elements: one shared page frame,
// one view per page, and the routes that mount them. Views only render data
// prepared by the pure packages (content, facts, corpus, site); they hold
// no parsing or comparison logic of their own.
package ui
