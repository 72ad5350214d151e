package main

import (
	"strings"
	"testing"
)

func TestStartAfterFirstPaint(t *testing.T) {
	const js = "const wasm = await instantiateStreaming(f, go.importObject);\n    go.run(wasm.instance);\n    loader.remove();\n"
	got, err := startAfterFirstPaint([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	wait := strings.Index(s, "requestAnimationFrame(")
	run := strings.Index(s, goRun)
	if wait < 0 || run < wait || strings.Count(s, goRun) != 1 {
		t.Errorf("the program does not start after a frame:\n%s", s)
	}
	if !strings.HasSuffix(s, "go.run(wasm.instance);\n    loader.remove();\n") {
		t.Errorf("what follows go.run changed:\n%s", s)
	}
	for _, bad := range []string{"no start here", goRun + goRun} {
		if _, err := startAfterFirstPaint([]byte(bad)); err == nil || !strings.Contains(err.Error(), "app.js") {
			t.Errorf("%q: err = %v, want an error naming app.js", bad, err)
		}
	}
}
