// Command wasmsize prints where a Go wasm's code goes: the bytes of the
// function bodies, summed by package, from the module's name section. It
// answers "which code makes the wasm larger than the floor"; build without
// -ldflags=-s (which drops the names), e.g.
//
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/app.wasm ./app
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/hello.wasm ./bench/hello
//	go run ./app/cmd/wasmsize /tmp/app.wasm /tmp/hello.wasm
//
// With two files it prints both columns and the difference, largest first.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
)

func main() {
	top := flag.Int("top", 30, "rows to print")
	funcs := flag.String("funcs", "", "list the functions of this package (as the table names it) instead, biggest first")
	flag.Parse()
	if flag.NArg() < 1 || flag.NArg() > 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] app.wasm [floor.wasm]")
		os.Exit(2)
	}
	var sums []map[string]int
	for _, f := range flag.Args() {
		b, err := os.ReadFile(f)
		if err != nil {
			fail(err)
		}
		m, err := parse(b)
		if err != nil {
			fail(fmt.Errorf("%s: %w", f, err))
		}
		fmt.Printf("%s: %d functions, %d code bytes, %d data bytes\n", f, len(m.funcs), m.codeBytes(), m.data)
		if *funcs != "" {
			m.printFuncs(*funcs, *top)
			continue
		}
		sums = append(sums, m.byPackage())
	}
	if *funcs != "" {
		return
	}
	printTable(sums, *top)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "wasmsize:", err)
	os.Exit(1)
}

// printTable prints the packages, largest (or largest growth) first.
func printTable(sums []map[string]int, top int) {
	type row struct {
		pkg     string
		a, b, d int
	}
	var rows []row
	seen := map[string]bool{}
	for _, s := range sums {
		for p := range s {
			if seen[p] {
				continue
			}
			seen[p] = true
			r := row{pkg: p, a: sums[0][p]}
			if len(sums) > 1 {
				r.b = sums[1][p]
			}
			r.d = r.a - r.b
			rows = append(rows, r)
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].d != rows[j].d {
			return rows[i].d > rows[j].d
		}
		return rows[i].pkg < rows[j].pkg
	})
	if len(sums) == 1 {
		fmt.Printf("%10s  %s\n", "code B", "package")
	} else {
		fmt.Printf("%10s %10s %10s  %s\n", "first", "second", "diff", "package")
	}
	for i, r := range rows {
		if i == top {
			break
		}
		if len(sums) == 1 {
			fmt.Printf("%10d  %s\n", r.a, r.pkg)
		} else {
			fmt.Printf("%10d %10d %+10d  %s\n", r.a, r.b, r.d, r.pkg)
		}
	}
}
