//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// goappAppJS is go-app's own app.js as the hello world's build writes it
// (bench/hello/build.go).
func goappAppJS(t *testing.T) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h := &app.Handler{Name: "Hello", Resources: app.LocalDir("")}
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://hello.invalid/app.js", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("go-app's app.js: status %d", rec.Code)
	}
	return rec.Body.String()
}

func TestGoappJS(t *testing.T) {
	src := goappAppJS(t)
	got, err := goappJS(src, "app.0123abcd.wasm")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, `fetchWithProgress("/web/app.0123abcd.wasm"`) || strings.Contains(got, "/web/app.wasm") {
		t.Error("the wasm's name is not replaced")
	}
	// One loader.remove() fewer: the one after go.run; the one for a
	// browser without WebAssembly stays.
	if n, m := strings.Count(got, "loader.remove()"), strings.Count(src, "loader.remove()"); n != m-1 || n == 0 {
		t.Errorf("loader.remove() %d times, want %d", n, m-1)
	}
	if !strings.Contains(got, "go.run(wasm.instance);") {
		t.Error("go.run is gone")
	}

	for _, tc := range []struct{ name, src, err string }{
		{"our app.js", "WebAssembly.instantiate(buf, go.importObject)",
			`cannot load the wasm under its name in our site: expected fetchWithProgress\("/web/app\.wasm" once in go-app's app.js, found it 0 times`},
		{"no loader removal after go.run", strings.Replace(src, "go.run(wasm.instance);\n    loader.remove();", "go.run(wasm.instance);", 1),
			`cannot leave the loader's removal to the program: expected go\.run\(wasm\.instance\);\n    loader\.remove\(\); once in go-app's app.js, found it 0 times`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := goappJS(tc.src, "app.1.wasm"); err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("err = %v, want it to say %q", err, tc.err)
			}
		})
	}
}
