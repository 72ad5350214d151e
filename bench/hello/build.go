//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/precompress"
	"partnertrack/app/wasmpack"
)

// icon keeps go-app from pointing the page at its default icon on another
// origin.
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#1f2a44"/></svg>`

// build writes the static site: the prerendered pages, go-app's scripts
// and worker, and the wasm, its data segments packed, with .br and .gz
// beside it, compressed at the same levels as the app's build.
func build(args []string) error {
	f := flag.NewFlagSet("hello", flag.ContinueOnError)
	out := f.String("out", "bench/out/hello", "directory to write the static site to")
	wasmPath := f.String("wasm", "bench/out/hello.wasm", "the client built with GOOS=js GOARCH=wasm")
	if err := f.Parse(args); err != nil {
		return err
	}
	wasm, err := os.ReadFile(*wasmPath)
	if err != nil {
		return err
	}
	// Packed like ours (app/build.go), so that the floor is built the way
	// our wasm is; make bench also reports it as the linker wrote it.
	if wasm, _, err = wasmpack.Pack(wasm, wasmpack.DefaultGap); err != nil {
		return fmt.Errorf("packing %s: %w", *wasmPath, err)
	}
	h := &app.Handler{
		Name:        "Hello",
		Title:       "Hello",
		Description: "The go-app hello-world floor of make bench.",
		Lang:        "en",
		Icon:        app.Icon{Default: "/web/icon.svg", SVG: "/web/icon.svg"},
		Resources:   app.LocalDir(""),
	}
	files := map[string][]byte{"web/app.wasm": wasm, "web/icon.svg": []byte(icon)}
	pages := map[string]string{"/": "index.html", "/about": "about.html", "/app.js": "app.js",
		"/app-worker.js": "app-worker.js", "/app.css": "app.css", "/wasm_exec.js": "wasm_exec.js",
		"/manifest.webmanifest": "manifest.webmanifest"}
	for p, name := range pages {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://hello.invalid"+p, nil))
		if rec.Code != http.StatusOK {
			return fmt.Errorf("rendering %s: status %d", p, rec.Code)
		}
		files[name] = rec.Body.Bytes()
	}
	if files["web/app.wasm.br"], files["web/app.wasm.gz"], err = precompress.Both(wasm); err != nil {
		return err
	}
	if err := os.RemoveAll(*out); err != nil {
		return err
	}
	// In name order, so that app.wasm.br and .gz are written after
	// app.wasm: the static server ignores a compressed sibling older than
	// its file as stale and compresses it itself, at a lower quality (a
	// floor written in map order was served 1,649,677 bytes instead of
	// its 1,431,133).
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		b := files[name]
		p := filepath.Join(*out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
