//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// goappJS is the part of go-app v9.8.0's app.js the build rewrites.
const goappJS = `
goappInitServiceWorker();
goappWatchForUpdate();
goappWatchForInstallable();
goappInitWebAssembly();

async function goappInitServiceWorker() {
}

async function goappInitWebAssembly() {
    const go = new Go();
    const wasm = await instantiateStreaming(
      fetchWithProgress("/web/app.1bec13f65811.wasm", showProgress),
      go.importObject
    );

    go.run(wasm.instance);
    loader.remove();
`

func TestRewriteAppJS(t *testing.T) {
	got, err := rewriteAppJS([]byte(goappJS))
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	if !strings.Contains(s, `goappInstantiate(fetch("/web/app.1bec13f65811.wasm"), go.importObject)`) ||
		strings.Contains(s, "fetchWithProgress") || strings.Contains(s, "instantiateStreaming(") {
		t.Errorf("the wasm is not fetched directly and compiled from its body:\n%s", s)
	}
	def := strings.Index(s, "async function goappInstantiate(response, importObject) {")
	if def < 0 || def > strings.Index(s, "async function goappInitWebAssembly() {") ||
		!strings.Contains(s, "WebAssembly.instantiate(await res.arrayBuffer(), importObject)") || !strings.Contains(s, "if (!res.ok)") {
		t.Errorf("goappInstantiate is not defined before goappInitWebAssembly, or does not check the response:\n%s", s)
	}
	wait := strings.Index(s, "requestAnimationFrame(")
	run := strings.Index(s, "go.run(wasm.instance);")
	if wait < 0 || run < wait || strings.Count(s, "go.run(") != 1 {
		t.Errorf("the program does not start after a frame:\n%s", s)
	}
	if check := strings.Index(s, `performance.getEntriesByName("first-contentful-paint")`); check < 0 || check > wait {
		t.Errorf("the program waits for a frame even when the page has painted:\n%s", s)
	}
	if !strings.HasSuffix(s, "go.run(wasm.instance);\n") || strings.Contains(s, "loader.remove()") {
		t.Errorf("app.js still removes the loader after go.run, which returns before the first render:\n%s", s)
	}
	if strings.Count(s, "goappInitServiceWorker();") != 0 ||
		!strings.Contains(s, "goappWatchForInstallable();\ngoappInitWebAssembly().finally(() => setTimeout(goappInitServiceWorker, 0));\n") {
		t.Errorf("the service worker is not registered in a task after the wasm's start:\n%s", s)
	}
}

func TestRewriteAppJSFailsOnAnotherAppJS(t *testing.T) {
	for name, js := range map[string]string{
		"no go.run":         strings.Replace(goappJS, "go.run(wasm.instance);", "go.start();", 1),
		"no loader removal": strings.Replace(goappJS, "loader.remove();", "", 1),
		"go.run twice":      goappJS + "go.run(wasm.instance);\n    loader.remove();\n",
		"no progress fetch": strings.Replace(goappJS, "fetchWithProgress(", "fetchIt(", 1),
		"no streaming":      strings.Replace(goappJS, "instantiateStreaming(", "instantiate(", 1),
		"no init function":  strings.Replace(goappJS, "async function goappInitWebAssembly()", "function goappInitWebAssembly()", 1),
		"no worker at once": strings.Replace(goappJS, "goappInitServiceWorker();\n", "", 1),
	} {
		if _, err := rewriteAppJS([]byte(js)); err == nil || !strings.Contains(err.Error(), "app.js") {
			t.Errorf("%s: err = %v, want an error naming app.js", name, err)
		}
	}
}
