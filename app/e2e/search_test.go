//go:build e2e

package e2e

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// searchState is what the search page shows.
type searchState struct {
	Search string   `json:"search"` // location.search
	Value  string   `json:"value"`  // the box
	Title  string   `json:"title"`
	Status string   `json:"status"`
	Groups []string `json:"groups"` // data-article of each result group, in order
	Marks  []string `json:"marks"`  // the highlighted words
	Hrefs  []string `json:"hrefs"`  // the hits' links
}

const searchStateJS = `({
	search: location.search,
	value: (document.querySelector('#search-q') || {}).value || '',
	title: document.title,
	status: ((document.querySelector('.search-status') || {}).textContent || '').trim(),
	groups: [...document.querySelectorAll('section.result-group')].map(s => s.dataset.article),
	marks: [...document.querySelectorAll('a.hit mark')].map(m => m.textContent),
	hrefs: [...document.querySelectorAll('a.hit')].map(a => a.getAttribute('href')),
})`

// typeQuery clears the search box, types q key by key, and waits until the
// app has handled the last key: the address holds all of q (the app writes
// it once the results of a key are painted). Callers wait for a status line
// that names the whole query, since a prefix ("jinn") can find the same
// sentences as the query ("jinny") with shorter marks.
func (tb *tab) typeQuery(q string) {
	tb.t.Helper()
	tb.do("clear the box", chromedp.Evaluate[chromedp.Void](`(() => { const el = document.querySelector('#search-q');
		el.value = ''; el.dispatchEvent(new Event('input', {bubbles: true})); })()`))
	tb.waitStatus("Type to search")
	tb.do("type "+q, chromedp.SendKeys(chromedp.CSS("#search-q"), q))
	tb.waitFor("the address of "+q, `new URLSearchParams(location.search).get('q') === `+strconv.Quote(q), stepTimeout)
}

// waitStatus waits until the status line starts with prefix.
func (tb *tab) waitStatus(prefix string) {
	tb.t.Helper()
	tb.waitFor("status "+prefix, `((document.querySelector('.search-status') || {}).textContent || '').trim().startsWith(`+
		strconv.Quote(prefix)+`)`, stepTimeout)
}

func (tb *tab) markWindow() {
	tb.t.Helper()
	tb.do("mark the window", chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))
}

func (tb *tab) assertNoReload(step string) {
	tb.t.Helper()
	if !eval[bool](tb, `window.__marker === 1`) {
		tb.t.Fatalf("%s reloaded the page", step)
	}
}

// TestSearchAsYouType types into the box: the results, the highlights, the
// URL and the title follow each key, without a reload.
func TestSearchAsYouType(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/search")
	tb.waitWasm()
	tb.markWindow()
	if got := eval[int](tb, `document.querySelectorAll('.suggestions a').length`); got < 8 {
		t.Errorf("empty search: %d suggestion links", got)
	}

	tb.typeQuery("jinny")
	tb.waitStatus("8 sentences in 5 articles have “jinny”.")
	s := eval[searchState](tb, searchStateJS)
	if s.Search != "?q=jinny" {
		t.Errorf("location.search %q, want ?q=jinny", s.Search)
	}
	if !strings.Contains(s.Title, "jinny") {
		t.Errorf("title %q does not name the query", s.Title)
	}
	for _, m := range s.Marks {
		if m != "Jinny" {
			t.Errorf("marked %q, want Jinny", m)
		}
	}

	// A phrase, typed with its quotes: only the words in that order.
	tb.typeQuery(`"head of drama"`)
	tb.waitStatus("6 sentences in 4 articles have “head of drama”.")
	s = eval[searchState](tb, searchStateJS)
	if s.Search != "?q=%22head+of+drama%22" {
		t.Errorf("location.search %q", s.Search)
	}
	if len(s.Groups) != 4 || len(s.Marks) != 6 {
		t.Errorf("groups %v, marks %v", s.Groups, s.Marks)
	}
	for _, m := range s.Marks {
		if strings.ToLower(m) != "head of drama" {
			t.Errorf("marked %q", m)
		}
	}
	// Each hit links to its sentence in the reader, and the link works.
	for _, h := range s.Hrefs {
		if !strings.HasPrefix(h, "/articles/") || !strings.Contains(h, "#l") {
			t.Errorf("hit links to %q", h)
		}
	}
	tb.do("click the first hit", chromedp.Click(chromedp.CSS("a.hit")))
	id := s.Hrefs[0][strings.Index(s.Hrefs[0], "#")+1:]
	tb.waitFor("the sentence of the first hit", `location.hash === '#`+id+`' && !!document.getElementById('`+id+`')`, stepTimeout)
	if got := eval[string](tb, `document.getElementById('`+id+`').textContent`); !strings.Contains(strings.ToLower(got), "head of drama") {
		t.Errorf("the hit's sentence reads %q", got)
	}
	tb.assertNoReload("typing and following a hit")

	// Back to the search, as the URL kept it.
	tb.do("go back", chromedp.Evaluate[chromedp.Void](`history.back()`))
	tb.waitStatus("6 sentences in 4 articles")
	if got := eval[string](tb, `document.querySelector('#search-q').value`); got != `"head of drama"` {
		t.Errorf("after going back, the box holds %q", got)
	}

	// Clearing the box brings the suggestions back and empties the URL.
	tb.typeQuery("x")
	tb.do("delete", chromedp.SendKeys(chromedp.CSS("#search-q"), kb.Backspace))
	tb.waitStatus("Type to search")
	tb.waitFor("an address without a query", `location.search === ''`, stepTimeout)
	tb.assertClean()
}

// TestSearchAddressAfterLeaving types a key and follows a link in the same
// task: the address the app writes for the key, once its results are
// painted, must not land on the page the link leads to.
func TestSearchAddressAfterLeaving(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/search")
	tb.waitWasm()
	tb.do("type and leave", chromedp.Evaluate[chromedp.Void](`(() => {
		const box = document.querySelector('#search-q');
		box.value = 'n';
		box.dispatchEvent(new Event('input', {bubbles: true}));
		document.querySelector('header.top nav a[href="/cast"]').click();
	})()`))
	tb.waitFor("the cast page", `location.pathname === '/cast' && !!document.querySelector('main#main p.cast-count')`, stepTimeout)
	// Long enough for the frames and the timer after them.
	tb.do("wait for the frames after", chromedp.Evaluate[chromedp.Void](`new Promise(done => requestAnimationFrame(() =>
		requestAnimationFrame(() => setTimeout(done, 300))))`, chromedp.EvalAwaitPromise))
	if got := eval[string](tb, `location.pathname + location.search`); got != "/cast" {
		t.Errorf("after typing on /search and leaving for /cast, the address is %q", got)
	}
	if got := eval[string](tb, `document.title`); strings.Contains(got, "Search") {
		t.Errorf("after leaving for /cast, the title is %q", got)
	}
	tb.assertClean()
}

// TestSearchIgnoresAccentsCaseAndQuotes types accented, upper-case and
// straight-quoted text that the articles write plainly or with curly quotes.
func TestSearchIgnoresAccentsCaseAndQuotes(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/search")
	tb.waitWasm()
	// status is the status line's start, terms its end: the terms as the
	// typed, which the line names in full only once the last key is in.
	tests := []struct{ q, status, terms, mark string }{
		{"DÉADLINÉ", "", "“DÉADLINÉ”.", "deadline"},
		{"Jínny Hówe", "8 sentences in 5 articles", "“Jínny” and “Hówe”.", "jinny"},
		{`"writer's room"`, "3 sentences in 3 articles", "“writer's room”.", "writer's room"},
	}
	for _, tt := range tests {
		tb.typeQuery(tt.q)
		tb.waitFor("the status for "+tt.q, `(t => t.startsWith(`+strconv.Quote(tt.status)+`) && t.endsWith(`+strconv.Quote(tt.terms)+`))(`+
			`((document.querySelector('.search-status') || {}).textContent || '').trim())`, stepTimeout)
		s := eval[searchState](tb, searchStateJS)
		for _, m := range s.Marks {
			lm := strings.ReplaceAll(strings.ToLower(m), "’", "'")
			if lm != tt.mark && !(tt.mark == "jinny" && lm == "howe") {
				t.Errorf("%s: marked %q, want %q", tt.q, m, tt.mark)
			}
		}
	}
	tb.assertClean()
}

// TestSearchHostileInput types HTML and regular-expression characters: they
// are searched as plain text, nothing runs, nothing breaks.
func TestSearchHostileInput(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/search")
	tb.waitWasm()
	for _, q := range []string{`<img src=x onerror="window.__xss=1">`, "<script>window.__xss=1</script>", "[(*", `.*`, `\`} {
		tb.typeQuery(q)
		tb.waitStatus("No sentence has")
		s := eval[searchState](tb, searchStateJS)
		if s.Value != q {
			t.Errorf("box holds %q, want %q", s.Value, q)
		}
		if got := eval[string](tb, `new URLSearchParams(location.search).get('q')`); got != q {
			t.Errorf("URL q=%q, want %q", got, q)
		}
		if eval[bool](tb, `window.__xss === 1 || !!document.querySelector('main img, main script')`) {
			t.Fatalf("%q was run as HTML", q)
		}
	}
	tb.assertClean()
}

// TestSearchDeepLink loads a search address directly: the box, the results
// and the highlights are restored.
func TestSearchDeepLink(t *testing.T) {
	tb := newTab(t)
	tb.navigate(`/search?q=%22writer%27s+room%22`)
	tb.waitWasm()
	tb.waitStatus("3 sentences in 3 articles")
	s := eval[searchState](tb, searchStateJS)
	if s.Value != `"writer's room"` {
		t.Errorf("box holds %q", s.Value)
	}
	want := []string{article0, article1, article4}
	sort.Strings(s.Groups)
	if strings.Join(s.Groups, " ") != strings.Join(want, " ") {
		t.Errorf("groups %v, want %v", s.Groups, want)
	}
	if !strings.Contains(s.Title, `writer's room`) {
		t.Errorf("title %q", s.Title)
	}
	tb.assertClean()
}

// TestFrameSearchBox searches from the box in the header of another page:
// it lands on the results without a reload.
func TestFrameSearchBox(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/timeline")
	tb.waitWasm()
	tb.markWindow()
	tb.do("type in the header box", chromedp.SendKeys(chromedp.CSS("header.top form.find input[name=q]"), "cancel"+kb.Enter))
	tb.waitFor("the search page", `location.pathname === '/search' && location.search === '?q=cancel'`, stepTimeout)
	tb.waitFor("results", `document.querySelectorAll('section.result-group').length > 0`, stepTimeout)
	if got := eval[string](tb, `document.querySelector('#search-q').value`); got != "cancel" {
		t.Errorf("the search page box holds %q", got)
	}
	if eval[bool](tb, `!!document.querySelector('header.top form.find')`) {
		t.Errorf("/search shows the header box as well as its own")
	}
	tb.assertNoReload("searching from the header")
	tb.assertClean()
}

// TestFrameSearchBoxFits checks the header at 360 px: nothing sticks out.
func TestFrameSearchBoxFits(t *testing.T) {
	tb := newTab(t)
	tb.do("phone viewport", chromedp.EmulateViewport(360, 740))
	tb.navigate("/")
	tb.waitWasm()
	over := eval[[]string](tb, `[...document.querySelectorAll('header.top, header.top *')]
		.filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
		.map(e => e.tagName + '.' + e.className)`)
	if len(over) > 0 {
		t.Errorf("header elements stick out at 360 px: %v", over)
	}
	if w := eval[float64](tb, `document.querySelector('header.top form.find input').getBoundingClientRect().width`); w < 150 {
		t.Errorf("header search input only %.0f px wide at 360 px", w)
	}
}

// TestTimeline loads the timeline: the events are in date order, each
// with its sources.
func TestTimeline(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/timeline")
	tb.waitWasm()
	type event struct {
		When  string `json:"when"`
		Kind  string `json:"kind"`
		Chips int    `json:"chips"`
		Text  string `json:"text"`
	}
	events := eval[[]event](tb, `[...document.querySelectorAll('ol.timeline li.event')].map(li => ({
		when: li.querySelector('time').getAttribute('datetime'),
		kind: li.dataset.kind,
		chips: li.querySelectorAll('.event-label a.src').length,
		text: li.querySelector('.when').textContent,
	}))`)
	if len(events) != 14 {
		t.Errorf("%d events, want 14", len(events))
	}
	var kinds []string
	for i, e := range events {
		if i > 0 && e.When < events[i-1].When {
			t.Errorf("%s (%s) after %s (%s)", e.Kind, e.When, events[i-1].Kind, events[i-1].When)
		}
		if e.Chips == 0 {
			t.Errorf("%s: no source", e.Kind)
		}
		kinds = append(kinds, e.Kind)
	}
	order := strings.Join(kinds, " ")
	for _, seq := range []string{"novel ordered casting casting", "premiere interview", "cancelled report as-of"} {
		if !strings.Contains(order, seq) {
			t.Errorf("order %q lacks %q", order, seq)
		}
	}
	// A chip leads to its sentence.
	href := eval[string](tb, `document.querySelector('li.event[data-kind=ordered] .event-label a.src').getAttribute('href')`)
	tb.do("click the order's source", chromedp.Click(chromedp.CSS(`li.event[data-kind=ordered] .event-label a.src`)))
	id := href[strings.Index(href, "#")+1:]
	tb.waitFor("the sentence", `location.hash === '#`+id+`' && !!document.getElementById('`+id+`')`, stepTimeout)
	if got := eval[string](tb, `document.getElementById('`+id+`').textContent`); !strings.Contains(got, "September 14, 2021") {
		t.Errorf("the order's sentence reads %q", got)
	}
	tb.assertClean()
}

// TestSearchShowAll: a group lists its first five sentences; its button
// lists them all and puts the focus on the first one it uncovered.
func TestSearchShowAll(t *testing.T) {
	const firstHits = 5 // ui's firstHits
	tb := newTab(t)
	tb.navigate("/search?q=netflix")
	tb.waitWasm()
	group := eval[string](tb, `(() => {
		const b = document.querySelector('main#main section.result-group button.more');
		return b ? b.closest('section').dataset.article : '';
	})()`)
	if group == "" {
		t.Fatal("no group has a Show all button")
	}
	sel := `main#main section.result-group[data-article="` + group + `"]`
	if n := eval[int](tb, `document.querySelectorAll('`+sel+` a.hit').length`); n != firstHits {
		t.Errorf("before: %d hits listed, want %d", n, firstHits)
	}
	tb.do("click Show all", chromedp.Click(chromedp.CSS(sel+` button.more`)))
	tb.waitFor("every hit", `!document.querySelector('`+sel+` button.more')`, stepTimeout)
	n := eval[int](tb, `document.querySelectorAll('`+sel+` a.hit').length`)
	if want := eval[string](tb, `document.querySelector('`+sel+` h2 span.count').textContent`); want != strconv.Itoa(n)+" sentences" {
		t.Errorf("after: %d hits listed, the heading says %q", n, want)
	}
	tb.waitFor("the focus on the first hit uncovered", `document.activeElement === document.querySelector('`+sel+` ol.hits > li:nth-child(`+strconv.Itoa(firstHits+1)+`) a')`, stepTimeout)
	tb.assertClean()
}
