package main

import (
	"fmt"
	"strings"
	"testing"
)

// Each condition is one row: ours and the floor's medians side by side.
func TestBlockingMarkdown(t *testing.T) {
	cold := conditions[0]
	phone := conditions[4]
	tti := []ttiResult{
		{cond: cold, site: "ours", longest: []float64{70, 75, 60}, blocking: []float64{20, 25, 10}},
		{cond: cold, site: "hello-world floor", longest: []float64{177, 180, 150}, blocking: []float64{127, 130, 100}},
		{cond: phone, site: "ours", longest: []float64{135}, blocking: []float64{244}},
		{cond: phone, site: "hello-world floor", longest: []float64{504}, blocking: []float64{633}},
	}
	var b strings.Builder
	(&report{tti: tti}).writeBlocking(func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }, 3)
	md := b.String()
	for _, want := range []string{
		"median of 3, ms",
		"| cold, CPU 1× | 70 | 177 | 20 | 127 |",
		"| phone link + CPU 4×, cold | 135 | 504 | 244 | 633 |",
		"over 50 ms",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("missing %q in:\n%s", want, md)
		}
	}
	if rows := strings.Count(md, "\n| ") - 1; rows != 3 { // the header's separator row and two conditions
		t.Errorf("%d rows after the header, want 3:\n%s", rows, md)
	}
}
