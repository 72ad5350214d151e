// Package budget holds the size budget of the client: the brotli size of
// the built app.wasm may not pass WasmBrotliBytes. make test checks the
// real build with `go test -tags budget ./bench/budget` after make build
// (see the Makefile's budget target); make bench reports the same figure
// against the hello-world floor.
package budget

import (
	"fmt"
	"os"
	"path/filepath"
)

// WasmBrotliBytes is the budget of dist/web/app.<hash>.wasm.br, the
// brotli (quality 11) form of the wasm that the host serves.
//
// It was first set at 1,638,000 bytes (1,560,021 + 5 %) with only the frame,
// home, articles and reader pages. With every section merged the wasm is
// 1,881,780 bytes (go1.26.8, go-app v9.8.0): 1.31 × the split hello-world
// floor (1,431,133), over the 1.15 × target. Measured by building
// a wasm per section on top of the parser (-trimpath -s -w, raw bytes):
// the extraction code weighs cast +480 KB, compare +360 KB, viewership
// +230 KB, timeline +100 KB, home facts +85 KB. Moving that extraction to
// build time (the wasm decoding a precomputed snapshot) is the way back
// under the target; until then the budget is today's size plus 5 %, so
// that any further growth is a decision, not an accident.
const WasmBrotliBytes = 1_975_000

// Pattern is the name of the brotli wasm in the build's web directory.
const Pattern = "app.*.wasm.br"

// Check finds the one brotli wasm in dir (dist/web) and returns its size.
// It fails when there is none, more than one, or it is over budget.
func Check(dir string, budget int64) (size int64, err error) {
	matches, err := filepath.Glob(filepath.Join(dir, Pattern))
	if err != nil {
		return 0, err
	}
	switch len(matches) {
	case 0:
		return 0, fmt.Errorf("no %s in %s: run make build first", Pattern, dir)
	case 1:
	default:
		return 0, fmt.Errorf("%d files match %s in %s, want one: %q (run make build, which replaces the directory)", len(matches), Pattern, dir, matches)
	}
	info, err := os.Stat(matches[0])
	if err != nil {
		return 0, err
	}
	size = info.Size()
	if size == 0 {
		return 0, fmt.Errorf("%s is empty", matches[0])
	}
	if size > budget {
		return size, fmt.Errorf("%s is %d bytes with brotli, over the budget of %d by %d bytes (%.1f %%): keep code the browser never runs out of the wasm, or raise budget.WasmBrotliBytes with a measurement (make bench)",
			filepath.Base(matches[0]), size, budget, size-budget, 100*float64(size-budget)/float64(budget))
	}
	return size, nil
}
