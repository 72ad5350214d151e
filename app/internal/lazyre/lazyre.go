// Package lazyre holds patterns compiled on first use. The section packages
// (cast, viewership) are imported by the browser for their types only and
// never run their extraction there: with their patterns made by New, the
// wasm does not compile them at every start; with their tables of
// patterns behind a Table, it does not even link those. It never imports
// go-app.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr on its first call (panicking,
// like regexp.MustCompile, when expr is not valid) and returns the same
// pattern ever after.
//
// It is not inlined: inlined, every call site got its own copy of
// sync.OnceValue's closures, 2 KB of wasm each.
//
//go:noinline
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// Table holds a value, typically a table of patterns, that its Get builds
// on first use. Unlike a package-level sync.OnceValue, whose closure the
// linker must keep because the variable's initialiser refers to it, the
// building function is referred to only from the code that calls Get: a
// program that never asks for the table (the wasm, which has the build's
// sections compiled in) does not link it, nor its patterns' text.
type Table[T any] struct {
	once sync.Once
	v    T
}

// Get returns the value, building it with build on the first call.
func (t *Table[T]) Get(build func() T) T {
	t.once.Do(func() { t.v = build() })
	return t.v
}
