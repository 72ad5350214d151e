package main

import (
	"bufio"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// machine describes where the figures were measured.
type machine struct {
	goVersion, goApp, cpu, chromium, node, lighthouse string
	cores                                             int
}

func describeMachine(chromium string) (machine, error) {
	m := machine{goVersion: goVersion(), cores: runtime.NumCPU(), cpu: cpuModel()}
	if out, err := exec.Command(chromium, "--version").Output(); err == nil {
		m.chromium = strings.TrimSpace(string(out))
	} else {
		m.chromium = "unknown (" + err.Error() + ")"
	}
	if out, err := exec.Command("node", "--version").Output(); err == nil {
		m.node = strings.TrimSpace(string(out))
	}
	if out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/maxence-charriere/go-app/v9").Output(); err == nil {
		m.goApp = strings.TrimSpace(string(out))
	}
	m.lighthouse = npmVersion("bench/node_modules/lighthouse/package.json")
	return m, nil
}

// goVersion is the toolchain that built the wasm files (go on PATH, as
// make uses it), else the one that built this program.
func goVersion() string {
	if out, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	return runtime.Version()
}

// cpuModel reads the first "model name" of /proc/cpuinfo.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if k, v, ok := strings.Cut(s.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// npmVersion reads the version of an installed npm package.
func npmVersion(packageJSON string) string {
	b, err := os.ReadFile(packageJSON)
	if err != nil {
		return "not installed"
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, `"version":`) {
			return strings.Trim(strings.TrimSpace(strings.TrimPrefix(line, `"version":`)), `",`)
		}
	}
	return "unknown"
}
