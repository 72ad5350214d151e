//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"partnertrack/app/corpus"
	"partnertrack/app/ui"
	"partnertrack/app/wasmpack"
	"partnertrack/seeds"
)

// options are the build's command-line settings.
type options struct {
	out, wasm, web, seeds, siteURL, base string
	snapshot, snapshotIn                 string
	check, precompress                   bool
}

func parseOptions(args []string) (options, error) {
	var o options
	f := flag.NewFlagSet("build", flag.ContinueOnError)
	f.StringVar(&o.out, "out", "dist", "directory to write the static site to (replaced)")
	f.StringVar(&o.wasm, "wasm", "build/app.wasm", "the client built with GOOS=js GOARCH=wasm")
	f.StringVar(&o.web, "web", "web", "static files to copy to <out>/web")
	f.StringVar(&o.seeds, "seeds", "", "read the seed articles from this directory instead of the embedded ones")
	f.StringVar(&o.siteURL, "site-url", os.Getenv("SITE_URL"), "public URL of the deployed site, for og:url (optional)")
	f.StringVar(&o.base, "base", os.Getenv("BASE"), "path prefix the site is served under, e.g. /partner-track/ for a GitHub Pages project site")
	f.BoolVar(&o.precompress, "precompress", true, "write app.wasm.br and .gz beside the wasm (brotli 11 takes ~20 s)")
	f.BoolVar(&o.check, "check", false, "only parse the seeds and report problems")
	f.StringVar(&o.snapshot, "snapshot", "", "only write the derived sections (JSON, embedded by the wasm) to this directory")
	f.StringVar(&o.snapshotIn, "snapshot-in", "app/corpus/snapshot", "the snapshot the wasm embedded: the build fails when it is not what the seeds give (empty: no check)")
	if err := f.Parse(args); err != nil {
		return o, err
	}
	if f.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments: %q", f.Args())
	}
	return o, nil
}

// runClient exists only in the wasm (client.go); the build never runs it.
func runClient() {}

// build loads the seeds and, unless -check, writes the static site.
func build(args []string) error {
	o, err := parseOptions(args)
	if err != nil {
		return err
	}
	var src fs.FS = seeds.FS
	if o.seeds != "" {
		src = os.DirFS(o.seeds)
	}
	c, err := corpus.Load(src)
	if err != nil {
		return fmt.Errorf("bad seed data:\n%w", err)
	}
	if o.check {
		return nil
	}
	if o.snapshot != "" {
		return c.WriteSnapshot(o.snapshot)
	}
	if o.snapshotIn != "" {
		if err := c.CheckSnapshot(o.snapshotIn); err != nil {
			return err
		}
	}
	wasm, err := os.ReadFile(o.wasm)
	if err != nil {
		return fmt.Errorf("reading the wasm (build it first with GOOS=js GOARCH=wasm): %w", err)
	}
	// Go's linker writes the wasm's data as up to 100,000 segments; packed
	// into a few, it is 6 % smaller with brotli and starts sooner (package
	// wasmpack).
	if wasm, _, err = wasmpack.Pack(wasm, wasmpack.DefaultGap); err != nil {
		return fmt.Errorf("packing %s: %w", o.wasm, err)
	}
	if err := safeToReplace(o.out); err != nil {
		return err
	}
	paths := ui.Register(c)
	ui.RegisterNotFound()
	site, err := render(c, paths, wasm, o)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(o.out); err != nil {
		return err
	}
	return site.write(o.out)
}

// safeToReplace refuses to wipe a directory that is not a build output.
func safeToReplace(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if abs == "/" || filepath.Dir(abs) == abs {
		return fmt.Errorf("refusing to replace %s", abs)
	}
	for _, marker := range []string{"go.mod", ".git", "Makefile"} {
		if _, err := os.Stat(filepath.Join(abs, marker)); err == nil {
			return fmt.Errorf("refusing to replace %s: it holds %s, not a build output", abs, marker)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}
