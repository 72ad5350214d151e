package main

import (
	"strings"
	"testing"
)

// tableRow returns the cells of the markdown table row that starts with
// first, or nil.
func tableRow(md, first string) []string {
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| "+first+" |") {
			cells := strings.Split(strings.Trim(line, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			return cells
		}
	}
	return nil
}

func TestRedrawColumns(t *testing.T) {
	cold, warm := conditions[0], conditions[2]
	r := &report{
		tti: []ttiResult{
			{cond: cold, site: "ours", tti: []float64{660}, ready: []float64{615}},
			{cond: cold, site: helloSite, tti: []float64{440}, ready: []float64{424}},
			{cond: warm, site: "ours", tti: []float64{254}, ready: []float64{242}},
			{cond: warm, site: helloSite, tti: []float64{200}, ready: []float64{180}},
		},
		redraw: []ttiResult{
			{cond: cold, site: redrawSite, tti: []float64{600}},
			{cond: warm, site: redrawSite, tti: []float64{230}},
		},
	}
	md := r.markdown(config{ttiRuns: 1})
	head := tableRow(md, "condition")
	if len(head) != 10 || head[7] != "redraw floor: interactive" || head[8] != "redraw / floor" || head[9] != "ours / redraw" {
		t.Fatalf("header %q", head)
	}
	for _, tc := range []struct {
		cond string
		want []string // redraw floor, redraw / floor, ours / redraw
	}{
		{cold.name, []string{"600", "1.36", "1.10"}},
		{warm.name, []string{"230", "1.15", "1.10"}},
	} {
		row := tableRow(md, tc.cond)
		if len(row) != 10 {
			t.Fatalf("%s: row %q", tc.cond, row)
		}
		if got := row[7:]; strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: redraw cells %q, want %q", tc.cond, got, tc.want)
		}
	}
	target := tableRow(md, "TTI ≤ 1.2 × floor, every condition")
	if len(target) != 3 {
		t.Fatalf("target row %q", target)
	}
	for _, want := range []string{"worst 1.50 × (cold, CPU 1×)", "passes 1.2 × the floor under 1 of 2 conditions (cold, CPU 1× 1.36)", "at most 1.10 × the redraw floor"} {
		if !strings.Contains(target[1], want) {
			t.Errorf("target row %q lacks %q", target[1], want)
		}
	}
	if !strings.Contains(md, "The **redraw floor**") {
		t.Error("the redraw floor is not explained")
	}

	// Without the redraw floor, the table is as before.
	r.redraw = nil
	md = r.markdown(config{ttiRuns: 1})
	if head := tableRow(md, "condition"); len(head) != 7 {
		t.Errorf("header without the redraw floor %q", head)
	}
	if strings.Contains(md, "redraw") {
		t.Errorf("the report mentions the redraw floor it did not measure:\n%s", md)
	}
}

func TestSplitRedraw(t *testing.T) {
	all := []ttiResult{{site: "ours"}, {site: helloSite}, {site: redrawSite}, {site: "ours"}, {site: helloSite}, {site: redrawSite}}
	pairs, redraw := splitRedraw(all)
	if len(pairs) != 4 || len(redraw) != 2 || pairs[0].site != "ours" || pairs[1].site != helloSite || pairs[2].site != "ours" || redraw[1].site != redrawSite {
		t.Errorf("splitRedraw: %v / %v", pairs, redraw)
	}
	if got := ttiTargets(sites{ours: "o", hello: "h"}, conditions[0]); len(got) != 2 {
		t.Errorf("without a redraw site, %d targets", len(got))
	}
	got := ttiTargets(sites{ours: "o", hello: "h", redraw: "r"}, conditions[0])
	if len(got) != 3 || got[2].site != redrawSite || got[2].click != got[0].click || got[2].wantH1 != got[0].wantH1 {
		t.Errorf("the redraw floor's target %+v does not do what ours does", got)
	}
}
