package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the tests run this binary's main, in a child process.
func TestMain(m *testing.M) {
	if os.Getenv("SERVE_TEST_MAIN") == "1" {
		os.Args = append([]string{"serve"}, strings.Fields(os.Getenv("SERVE_TEST_ARGS"))...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func command(t *testing.T, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "SERVE_TEST_MAIN=1", "SERVE_TEST_ARGS="+strings.Join(args, " "))
	return cmd
}

func TestMainSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := command(t, "-dir", dist(t), "-addr", "127.0.0.1:0")
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()

			lines := bufio.NewScanner(stderr)
			if !lines.Scan() {
				t.Fatal("no output")
			}
			m := regexp.MustCompile(`serving .*/ on (http://127\.0\.0\.1:\d+)$`).FindStringSubmatch(lines.Text())
			if m == nil {
				t.Fatalf("first line %q", lines.Text())
			}
			resp, err := http.Get(m[1] + "/x")
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Errorf("status %d", resp.StatusCode)
			}

			cmd.Process.Signal(sig)
			rest, _ := io.ReadAll(stderr)
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			select {
			case err := <-exited:
				if err != nil {
					t.Errorf("exit: %v; output %s", err, rest)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("did not exit")
			}
			if !strings.Contains(string(rest), "GET /x 200") || !strings.Contains(string(rest), "shutting down") {
				t.Errorf("output %s", rest)
			}
		})
	}
}

func TestMainFailsWithoutBuild(t *testing.T) {
	cmd := command(t)
	cmd.Dir = t.TempDir()
	os.Mkdir(cmd.Dir+"/dist", 0o755)
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
		t.Fatalf("err %v, want exit status 1", err)
	}
	if got := strings.TrimSpace(string(out)); got != "serve: dist/index.html not found: run make build first" {
		t.Errorf("output %q", got)
	}
}

func TestMainUsage(t *testing.T) {
	out, err := command(t, "-bogus").CombinedOutput()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 2 {
		t.Fatalf("err %v, want exit status 2", err)
	}
	if !strings.Contains(string(out), "-dir") {
		t.Errorf("no usage in %q", out)
	}
}
