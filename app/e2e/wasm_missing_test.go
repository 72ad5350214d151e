//go:build e2e

package e2e

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

	var named bool
	for deadline := time.Now().Add(wasmTimeout); !named && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		problems, _ := tb.snapshot()
		for _, p := range problems {
			named = named || (p.kind == "console.error" && strings.Contains(p.text, "loading wasm failed") &&
				strings.Contains(p.text, ".wasm: HTTP 404"))
		}
	}
	if !named {
		problems, _ := tb.snapshot()
		t.Fatalf("no console error names the wasm and its HTTP status; console: %v", problems)
	}
	if h1 := eval[string](tb, `document.querySelector('main h1').textContent`); h1 != "Cast" {
		t.Errorf("h1 %q, want the prerendered page's %q", h1, "Cast")
	}
	if n := eval[int](tb, `document.querySelectorAll('main a[href^="/cast/"]').length`); n == 0 {
		t.Errorf("the prerendered cast list is gone")
	}
	if covered := eval[bool](tb, `(() => { const l = document.getElementById('app-wasm-loader'); return !!l && getComputedStyle(l).display != 'none' && getComputedStyle(l).visibility != 'hidden'; })()`); covered {
		t.Errorf("go-app's loader covers the page")
	}
}
