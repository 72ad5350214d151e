//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The site build packs the wasm's data segments (package wasmpack): the
// wasm it writes has one segment where the linker wrote two 14 bytes apart.
func TestBuildPacksTheWasm(t *testing.T) {
	data := "\x02" + // two segments
		"\x00\x41\x10\x0b\x02ab" + // at 16: "ab"
		"\x00\x41\x20\x0b\x01c" // at 32: "c"
	in := "\x00asm\x01\x00\x00\x00\x0b" + string([]byte{byte(len(data))}) + data
	want := "\x00asm\x01\x00\x00\x00\x0b\x17" + "\x01" + "\x00\x41\x10\x0b\x11ab" + strings.Repeat("\x00", 14) + "c"

	tmp := t.TempDir()
	w := filepath.Join(tmp, "app.wasm")
	if err := os.WriteFile(w, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "dist")
	if err := build([]string{"-out", out, "-wasm", w, "-web", "../web", "-snapshot-in", "", "-precompress=false"}); err != nil {
		t.Fatal(err)
	}
	if got := read(t, out, glob(t, out, "web/app.*.wasm")); got != want {
		t.Errorf("built wasm\n %q\nwant\n %q", got, want)
	}
}

// A file that is not a wasm Go's linker could have written fails the
// build, naming the file and the problem, and writes no site.
func TestBuildRejectsABadWasm(t *testing.T) {
	tmp := t.TempDir()
	w := filepath.Join(tmp, "app.wasm")
	if err := os.WriteFile(w, []byte("<!DOCTYPE html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "dist")
	err := build([]string{"-out", out, "-wasm", w, "-web", "../web", "-snapshot-in", ""})
	if err == nil || !strings.Contains(err.Error(), w) || !strings.Contains(err.Error(), "not a WebAssembly module") {
		t.Errorf("build: %v, want an error naming %s and saying it is not a WebAssembly module", err, w)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("the build wrote a site")
	}
}
