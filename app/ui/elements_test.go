package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// linkedAnyway are go-app's typed element constructors that go-app's own
// client code calls (its not-found page and component errors), so the wasm
// links them whether or not the views do.
var linkedAnyway = map[string]bool{"Div": true, "P": true, "H1": true, "Img": true}

// TestViewsDrawElementsThroughElem fails when a view calls one of go-app's
// typed element constructors (app.Span(), app.Table(), …) that go-app does
// not link anyway. Each links its own hundred or so methods: the views
// drawing every other element with app.Elem and app.ElemSelfClosing took
// about 35 KB off the brotli wasm (bench/budget holds the total).
func TestViewsDrawElementsThroughElem(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "app" {
				return true
			}
			if name := sel.Sel.Name; name != "Window" && !linkedAnyway[name] {
				t.Errorf("%s: app.%s() links go-app's typed element; draw it with app.Elem(%q) (or app.ElemSelfClosing for a void element)",
					fset.Position(call.Pos()), name, strings.ToLower(name))
			}
			return true
		})
	}
	if checked < 10 {
		t.Fatalf("checked %d files: is the test in the views' directory?", checked)
	}
}
