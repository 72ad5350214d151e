package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a log destination safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// dist writes a minimal built site and returns its directory.
func dist(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html": "<!doctype html><p>home</p>",
		"x.html":     "<!doctype html><p>x</p>",
		"404.html":   "<!doctype html><p>not found</p>",
		"app.wasm":   strings.Repeat("\x00asm wasm bytes ", 1000),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func noEnv(string) string { return "" }

func TestRunServesAndShutsDown(t *testing.T) {
	dir := dist(t)
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-dir", dir, "-addr", "127.0.0.1:0"}, noEnv, logs, func(u string) { urls <- u })
	}()
	var base string
	select {
	case base = <-urls:
	case err := <-done:
		t.Fatalf("run: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("server did not start")
	}

	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	tests := []struct {
		path, accept string
		status       int
		body         string
	}{
		{"/", "", 200, "<!doctype html><p>home</p>"},
		{"/x?a=1", "", 200, "<!doctype html><p>x</p>"},
		{"/nope", "", 404, "<!doctype html><p>not found</p>"},
		{"/app.wasm", "br", 200, ""},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", base+tt.path, nil)
		req.Header.Set("Accept-Encoding", tt.accept)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status || (tt.body != "" && string(body) != tt.body) {
			t.Errorf("%s: %d %q", tt.path, resp.StatusCode, body)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no graceful shutdown")
	}
	if _, err := client.Get(base + "/"); err == nil {
		t.Error("server still answering after shutdown")
	}

	out := logs.String()
	for _, pattern := range []string{
		`serving ` + regexp.QuoteMeta(displayDir(dir)) + ` on ` + regexp.QuoteMeta(base) + `\n`,
		`GET / 200 26 - \S+\n`,
		`GET /x\?a=1 200 23 - \S+\n`,
		`GET /nope 404 31 - \S+\n`,
		`GET /app.wasm 200 \d+ br \S+\n`,
		`shutting down\n`,
	} {
		if !regexp.MustCompile(pattern).MatchString(out) {
			t.Errorf("log lacks %s:\n%s", pattern, out)
		}
	}
	if n := strings.Count(out, "serving "); n != 1 {
		t.Errorf("%d serving lines", n)
	}
}

func TestRunErrors(t *testing.T) {
	dir := dist(t)
	noIndex := t.TempDir()
	file := filepath.Join(dir, "x.html")
	missing := filepath.Join(t.TempDir(), "dist")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing dir", []string{"-dir", missing}, "directory " + missing + " not found: run make build first"},
		{"missing index", []string{"-dir", noIndex}, filepath.Join(noIndex, "index.html") + " not found: run make build first"},
		{"dir is a file", []string{"-dir", file}, file + " is not a directory"},
		{"bad flag", []string{"-nope"}, "flag provided but not defined: -nope"},
		{"extra argument", []string{"-dir", dir, "extra"}, `unexpected argument "extra"`},
		{"bad addr", []string{"-dir", dir, "-addr", "127.0.0.1:notaport"}, "notaport"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), tt.args, noEnv, io.Discard, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestDefaultMessageForDist(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.Mkdir("dist", 0o755); err != nil {
		t.Fatal(err)
	}
	err := run(context.Background(), nil, noEnv, io.Discard, nil)
	if err == nil || err.Error() != "dist/index.html not found: run make build first" {
		t.Errorf("error %v", err)
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args           []string
		port           string
		wantDir, wantA string
	}{
		{nil, "", "dist", "127.0.0.1:8000"},
		{nil, "9123", "dist", "127.0.0.1:9123"},
		{[]string{"-addr", ":7000"}, "9123", "dist", ":7000"},
		{[]string{"-dir", "out", "-addr=localhost:0"}, "", "out", "localhost:0"},
	}
	for _, tt := range tests {
		getenv := func(k string) string {
			if k == "PORT" {
				return tt.port
			}
			return ""
		}
		cfg, err := parseFlags(tt.args, getenv, io.Discard)
		if err != nil || cfg.dir != tt.wantDir || cfg.addr != tt.wantA {
			t.Errorf("%q PORT=%q: %+v %v", tt.args, tt.port, cfg, err)
		}
	}
}

func TestDisplayDir(t *testing.T) {
	for in, want := range map[string]string{
		"dist": "dist/", "dist/": "dist/", "./dist": "dist/", "/srv/site/": "/srv/site/", "/": "/",
	} {
		if got := displayDir(in); got != want {
			t.Errorf("displayDir(%q) = %q, want %q", in, got, want)
		}
	}
}
