//go:build budget

package budget

import (
	"flag"
	"testing"
)

var webDir = flag.String("web", "../../dist/web", "the web directory of the built site (make build writes dist/web)")

// TestBuiltWasm checks the wasm that make build wrote. It fails, never
// skips, when the file is missing: the budget target builds first.
func TestBuiltWasm(t *testing.T) {
	size, err := Check(*webDir, WasmBrotliBytes)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("app.wasm with brotli: %d bytes, budget %d (%.1f %% used)", size, WasmBrotliBytes, 100*float64(size)/WasmBrotliBytes)
}
