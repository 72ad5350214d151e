//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"partnertrack/app/appjs"
	"partnertrack/app/precompress"
	"partnertrack/app/wasmpack"
)

func main() {
	if err := build(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "redraw:", err)
		os.Exit(1)
	}
}

// build copies our built site to out and puts the redraw program's wasm,
// packed like ours, in place of our wasm under the same name, with its .br
// and .gz.
func build(args []string) error {
	f := flag.NewFlagSet("redraw", flag.ContinueOnError)
	dist := f.String("dist", "dist", "our built site (make build)")
	wasmPath := f.String("wasm", "bench/out/redraw.wasm", "this program built with GOOS=js GOARCH=wasm")
	out := f.String("out", "bench/out/redraw", "directory to write the redraw floor to (replaced)")
	goappJSPath := f.String("goapp-js", "", "go-app's own app.js (the hello world's, bench/out/hello/app.js) to use instead of ours (empty: ours)")
	if err := f.Parse(args); err != nil {
		return err
	}
	ours, err := filepath.Glob(filepath.Join(*dist, "web", "app.*.wasm"))
	if err != nil || len(ours) != 1 {
		return fmt.Errorf("%s: want one web/app.<hash>.wasm (make build), found %d", *dist, len(ours))
	}
	// The client draws the page it was loaded on and, for the click the
	// bench makes, the same frame with another main element: check here,
	// where a failure can name the file, that the pages allow that.
	for _, page := range []string{"index.html", "articles.html"} {
		html, err := os.ReadFile(filepath.Join(*dist, page))
		if err != nil {
			return err
		}
		if _, err := withMain(string(html), ""); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(*dist, page), err)
		}
	}
	wasm, err := os.ReadFile(*wasmPath)
	if err != nil {
		return err
	}
	if wasm, _, err = wasmpack.Pack(wasm, wasmpack.DefaultGap); err != nil {
		return fmt.Errorf("packing %s: %w", *wasmPath, err)
	}
	br, gz, err := precompress.Both(wasm)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(*out); err != nil {
		return err
	}
	if err := os.CopyFS(*out, os.DirFS(*dist)); err != nil {
		return err
	}
	if *goappJSPath != "" {
		if err := useGoappJS(*goappJSPath, filepath.Base(ours[0]), *out); err != nil {
			return err
		}
	}
	// The wasm first, then its compressed siblings: the static server
	// ignores a sibling older than its file as stale.
	name := filepath.Join(*out, "web", filepath.Base(ours[0]))
	for _, w := range []struct {
		path string
		b    []byte
	}{{name, wasm}, {name + ".br", br}, {name + ".gz", gz}} {
		if err := os.WriteFile(w.path, w.b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// useGoappJS puts go-app's own app.js, read from path and made to load
// the wasm named wasm (goappJS), in place of ours in the site at out.
func useGoappJS(path, wasm, out string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	js, err := goappJS(string(src), wasm)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	name := filepath.Join(out, "app.js")
	for _, sibling := range []string{name + ".br", name + ".gz"} {
		if err := os.Remove(sibling); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return os.WriteFile(name, []byte(js), 0o644)
}

// goappJS returns go-app v9's app.js src loading the wasm named wasm from
// /web/ instead of /web/app.wasm, and leaving the loader's removal to the
// program (client.go removes it once the page is drawn, which is when the
// bench counts the wasm as having run; go.run can return before that).
func goappJS(src, wasm string) (string, error) {
	js, err := appjs.Apply([]byte(src), []appjs.Edit{
		{
			What: "load the wasm under its name in our site",
			Re:   regexp.MustCompile(`fetchWithProgress\("/web/app\.wasm"`),
			Repl: `fetchWithProgress("/web/` + strings.ReplaceAll(wasm, "$", "$$") + `"`,
		},
		{
			What: "leave the loader's removal to the program",
			Re:   regexp.MustCompile(`go\.run\(wasm\.instance\);\n    loader\.remove\(\);`),
			Repl: "go.run(wasm.instance);",
		},
	})
	return string(js), err
}
