//go:build e2e

package e2e

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestRecorder checks the harness itself: a tab records requests, console
// errors and uncaught exceptions, so the assertions built on them are not
// vacuous.
func TestRecorder(t *testing.T) {
	tb := newTab(t)
	tb.navigate("/")
	_, requests := tb.snapshot()
	for _, want := range []string{siteURL + "/", siteURL + "/app.js"} {
		if !slices.Contains(requests, want) {
			t.Errorf("request %s not recorded; recorded %q", want, requests)
		}
	}
	if !slices.ContainsFunc(requests, func(u string) bool {
		return strings.HasPrefix(u, siteURL+"/web/style.") && strings.HasSuffix(u, ".css")
	}) {
		t.Errorf("stylesheet request not recorded; recorded %q", requests)
	}

	tb.do("log an error and throw", chromedp.Evaluate[chromedp.Void](
		`console.error('e2e probe error'); setTimeout(() => { throw new Error('e2e probe exception') })`))
	tb.waitProblems("the console error and the exception", func(problems []problem) bool {
		text := ""
		for _, p := range problems {
			text += p.String() + "\n"
		}
		return strings.Contains(text, "console.error: e2e probe error") && strings.Contains(text, "exception: ") && strings.Contains(text, "e2e probe exception")
	}, stepTimeout)

	for _, tt := range []struct {
		url  string
		want bool
	}{
		{siteURL + "/web/app.wasm", false},
		{"data:image/png;base64,AAAA", false},
		{"blob:" + siteURL + "/0b8e", false},
		{"https://fonts.googleapis.com/css", true},
		{"http://localhost" + strings.TrimPrefix(siteHost, "127.0.0.1") + "/", true},
		{"ws://" + siteHost + "/", true},
	} {
		if got := offOrigin(tt.url); got != tt.want {
			t.Errorf("offOrigin(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}
