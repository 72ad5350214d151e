package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// module is what wasmsize reads of a wasm: each defined function's name
// and body size, and the size of the data section.
type module struct {
	funcs []fn
	data  int
}

type fn struct {
	name string
	size int
}

func (m module) codeBytes() int {
	n := 0
	for _, f := range m.funcs {
		n += f.size
	}
	return n
}

// byPackage sums the body sizes by package: the import path of a Go
// function's name as the wasm writes it, with "/" and "-" turned to "_"
// ("partnertrack_app_ui.frame" → "partnertrack_app_ui"), or the whole name
// when it has no package.
func (m module) byPackage() map[string]int {
	out := map[string]int{}
	for _, f := range m.funcs {
		out[pkgOf(f.name)] += f.size
	}
	return out
}

// printFuncs prints the top biggest functions of package pkg.
func (m module) printFuncs(pkg string, top int) {
	var fs []fn
	for _, f := range m.funcs {
		if pkgOf(f.name) == pkg {
			fs = append(fs, f)
		}
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].size > fs[j].size })
	for i, f := range fs {
		if i == top {
			break
		}
		fmt.Printf("%10d  %s\n", f.size, f.name)
	}
}

func pkgOf(name string) string {
	if name == "" {
		return "(unnamed)"
	}
	start := strings.LastIndexByte(name, '/') + 1
	for {
		i := strings.IndexByte(name[start:], '.')
		if i < 0 {
			return name
		}
		// The dot of a domain ("github.com_maxence_charriere_…") is part
		// of the path.
		if domainDot.MatchString(name[start+i+1:]) {
			start += i + 1
			continue
		}
		return name[:start+i]
	}
}

// domainDot matches what follows the dot of a domain in a wasm name: a
// top-level domain, then the "_" that stands for "/".
var domainDot = regexp.MustCompile(`^[a-z]{2,6}_`)

// reader reads LEB128 numbers and bytes from a section.
type reader struct {
	b   []byte
	err error
}

func (r *reader) u() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errors.New("bad LEB128 number")
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("%d bytes past the end", n-len(r.b))
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// parse reads the import, code, data and name sections.
func parse(b []byte) (module, error) {
	var m module
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return m, errors.New("not a wasm module")
	}
	r := &reader{b: b[8:]}
	imported := 0
	var sizes []int
	names := map[int]string{}
	for len(r.b) > 0 && r.err == nil {
		id := r.bytes(1)
		sec := &reader{b: r.bytes(r.u())}
		if r.err != nil {
			break
		}
		switch id[0] {
		case 2: // imports: count the functions, which come first in the index space
			for n := sec.u(); n > 0 && sec.err == nil; n-- {
				sec.bytes(sec.u()) // module
				sec.bytes(sec.u()) // name
				switch kind := sec.bytes(1); {
				case kind == nil:
				case kind[0] == 0: // function: type index
					sec.u()
					imported++
				case kind[0] == 1: // table: element type, limits
					sec.bytes(1)
					limits(sec)
				case kind[0] == 2: // memory: limits
					limits(sec)
				case kind[0] == 3: // global: value type, mutability
					sec.bytes(2)
				}
			}
		case 10: // code
			for n := sec.u(); n > 0 && sec.err == nil; n-- {
				size := sec.u()
				sec.bytes(size)
				sizes = append(sizes, size)
			}
		case 11: // data
			m.data = len(sec.b)
		case 0: // custom: the "name" section's function names
			if string(sec.bytes(sec.u())) != "name" {
				continue
			}
			for len(sec.b) > 0 && sec.err == nil {
				sub := sec.bytes(1)
				body := &reader{b: sec.bytes(sec.u())}
				if sub == nil || sub[0] != 1 {
					continue
				}
				for n := body.u(); n > 0 && body.err == nil; n-- {
					idx := body.u()
					names[idx] = string(body.bytes(body.u()))
				}
				if body.err != nil {
					sec.err = body.err
				}
			}
		}
		if sec.err != nil {
			return m, fmt.Errorf("section %d: %w", id[0], sec.err)
		}
	}
	if r.err != nil {
		return m, r.err
	}
	for i, s := range sizes {
		m.funcs = append(m.funcs, fn{name: names[imported+i], size: s})
	}
	return m, nil
}

// limits skips a table's or memory's limits.
func limits(r *reader) {
	if f := r.bytes(1); f != nil {
		r.u()
		if f[0]&1 == 1 {
			r.u()
		}
	}
}
