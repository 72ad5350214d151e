package ui

import "testing"

// TestPageRenderReusesItsTree: for the same path, address and update flag
// the page returns the tree it drew last (go-app renders again after
// every OnNav, and the page on screen already shows that tree); a new
// address or a new version draws afresh, and shows the new address.
func TestPageRenderReusesItsTree(t *testing.T) {
	c := testCorpus(t)
	p := &page{Path: "/compare", View: compareView{C: c}}
	p.url = mustURL(t, "http://127.0.0.1/compare")
	first := p.Render()
	if p.Render() != first {
		t.Error("the same address drew a new tree")
	}

	a, b := c.Articles[0].ID, c.Articles[4].ID
	p.url = mustURL(t, "http://127.0.0.1"+comparePath(a, b))
	second := p.Render()
	if second == first {
		t.Fatal("a new address returned the old tree")
	}
	if got := attr(one(t, render(t, second), "select#pick-b option[selected]"), "value"); got != b {
		t.Errorf("the new tree shows the right side %q, want %q", got, b)
	}
	if p.Render() != second {
		t.Error("the same address drew a new tree")
	}

	p.update = true
	third := p.Render()
	if third == second {
		t.Fatal("a new version returned the old tree")
	}
	if len(all(render(t, third), "div.update button.reload")) != 1 {
		t.Error("the new tree has no reload prompt")
	}
}
