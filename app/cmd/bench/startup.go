package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// startupFigure is one benchmark of package bench/startup on one platform.
type startupFigure struct {
	platform, name string
	ms             float64
}

// measureStartup runs the start-up benchmarks on the host and compiled to
// js/wasm in Node (go_js_wasm_exec from the Go distribution).
func measureStartup() ([]startupFigure, error) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, err
	}
	wasmExec := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm")
	var out []startupFigure
	for _, p := range []struct {
		name string
		env  []string
		n    string
	}{
		{"host (" + strings.TrimSpace(cpuModel()) + ")", nil, "20x"},
		{"js/wasm in Node " + nodeVersion() + " (V8)", []string{"GOOS=js", "GOARCH=wasm", "PATH=" + wasmExec + string(os.PathListSeparator) + os.Getenv("PATH")}, "10x"},
	} {
		cmd := exec.Command("go", "test", "-run", "^$", "-bench", ".", "-benchtime", p.n, "./bench/startup")
		cmd.Env = append(os.Environ(), p.env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		b, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("%s: %v\n%s%s", p.name, err, b, stderr.Bytes())
		}
		figs := parseBench(b)
		if len(figs) == 0 {
			return nil, fmt.Errorf("%s: no benchmark results in\n%s", p.name, b)
		}
		for _, f := range figs {
			f.platform = p.name
			out = append(out, f)
			logf("start-up %s %s: %.1f ms", f.platform, f.name, f.ms)
		}
	}
	return out, nil
}

// parseBench reads "BenchmarkName-2   10   74092477 ns/op" lines.
func parseBench(b []byte) []startupFigure {
	var out []startupFigure
	s := bufio.NewScanner(bytes.NewReader(b))
	for s.Scan() {
		f := strings.Fields(s.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || f[3] != "ns/op" {
			continue
		}
		ns, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		out = append(out, startupFigure{name: name, ms: ns / 1e6})
	}
	return out
}

func nodeVersion() string {
	b, err := exec.Command("node", "--version").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}
