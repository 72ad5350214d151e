package main

// action is one interaction whose latency make bench measures: on route,
// do kind to the element selector, and wait until done (JavaScript) is
// true. Add a row for every interactive control; a row whose control is
// not on the page is reported as missing, not measured.
type action struct {
	section  string // who owns the control, for the report
	route    string // "{article}" is replaced by the first article's path
	name     string
	kind     string // "click" (a mouse click), "key" (focus, then press text), "select" (choose the option whose value is text)
	selector string
	text     string
	done     string // true once the page shows the result
}

// actions is the table of measured interactions, one row per interactive
// control of every section.
// Keystroke and select rows wait for the page to show the result, not only
// for the query in the address: the sections replace the address in the
// event handler, and go-app renders on its next frame.
var actions = []action{
	{section: "frame", route: "/", name: "nav click: Articles", kind: "click",
		selector: `header.top nav[aria-label=Main] a[href="/articles"]`,
		done:     `location.pathname === '/articles' && document.querySelector('main#main h1').textContent.trim() === 'Articles'`},
	{section: "reader", route: "{article}", name: "view tab: Raw file", kind: "click",
		selector: `main#main nav.tabs a[href$="?view=raw"]`,
		done:     `location.search === '?view=raw' && !!document.querySelector('main#main pre.raw')`},
	{section: "reader", route: "{article}?view=raw", name: "view tab: With removed boilerplate", kind: "click",
		selector: `main#main nav.tabs a[href$="?view=boilerplate"]`,
		done:     `location.search === '?view=boilerplate' && !!document.querySelector('main#main p.removed')`},
	{section: "cast", route: "/cast", name: "filter keystroke", kind: "key",
		selector: `main#main input[type=search]`, text: "y",
		done: `new URLSearchParams(location.search).get('q') === 'y' && !document.querySelector('main#main p.cast-count').textContent.includes('Showing 21 ')`},
	{section: "viewership", route: "/viewership", name: "chart metric switch", kind: "click",
		selector: `main#main nav.tabs a:not([aria-current])`,
		done:     `location.search.includes('metric=')`},
	// A change of pair draws every row of the new pair in one render.
	{section: "compare", route: "/compare", name: "comparison pair change", kind: "select",
		selector: `main#main select#pick-b`, text: "004_afde3b6bae209fa5",
		done: `location.search.includes('b=004_afde3b6bae209fa5') && document.querySelector('main#main .align-head .cell-b .label').textContent === 'A5' && document.querySelectorAll('main#main ol.align > li.row').length > 0`},
	{section: "search", route: "/search", name: "search keystroke", kind: "key",
		selector: `main#main input[type=search]`, text: "n",
		done: `document.querySelector('main#main .search-status').textContent.includes('“n”')`},
}
