//go:build e2e

package e2e

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"partnertrack/app/internal/static"
)

// TestWasmMissing serves the site without its wasm, as a CDN would after a
// deploy that lost it: the prerendered page stays on screen and readable,
// and the console names the wasm's address and the HTTP status (app.js
// checks the response before compiling it: app/appjs.go).
func TestWasmMissing(t *testing.T) {
	dir := copyDir(t, distPath)
	wasms, _ := filepath.Glob(filepath.Join(dir, "web", "app.*.wasm*"))
	if len(wasms) == 0 {
		t.Fatal("no wasm in the build")
	}
	for _, f := range wasms {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(static.Handler(dir))
	defer srv.Close()
	tb := newTab(t, withOrigin(srv.URL))
	tb.navigate("/cast")

	tb.waitProblems("a console error naming the wasm and its HTTP status", func(problems []problem) bool {
		return slices.ContainsFunc(problems, func(p problem) bool {
			return p.kind == "console.error" && strings.Contains(p.text, "loading wasm failed") && strings.Contains(p.text, ".wasm: HTTP 404")
		})
	}, wasmTimeout)
	if h1 := eval[string](tb, h1JS); h1 != "Cast" {
		t.Errorf("h1 %q, want the prerendered page's %q", h1, "Cast")
	}
	if n := eval[int](tb, `document.querySelectorAll('main a[href^="/cast/"]').length`); n == 0 {
		t.Errorf("the prerendered cast list is gone")
	}
	if how := eval[string](tb, loaderHiddenJS); how != "" {
		t.Errorf("go-app's loader overlay shows: %s", how)
	}
}
