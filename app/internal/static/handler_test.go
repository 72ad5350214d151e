package static

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func TestPathMapping(t *testing.T) {
	dir := site(t)
	h := Handler(dir)
	tests := []struct {
		target string
		status int
		file   string // expected body; "" for none checked
	}{
		{"/", 200, "index.html"},
		{"/?utm=1", 200, "index.html"},
		{"/index.html", 200, "index.html"},
		{"/index", 200, "index.html"},
		{"/x", 200, "x.html"},
		{"/x.html", 200, "x.html"},
		{"/articles/000_abc", 200, "articles/000_abc.html"},
		{"/articles/001_def", 200, "articles/001_def.html"},
		{"/articles", 200, "articles.html"}, // x.html wins over directory x/
		{"/docs", 200, "docs/index.html"},   // directory with index
		{"/both", 200, "both"},              // exact file wins over both.html
		{"/app.wasm", 200, "app.wasm"},
		{"/web/logo.svg", 200, "web/logo.svg"},
		{"/web/nested/deep/a.css", 200, "web/nested/deep/a.css"},
		{"/web/nested/deep/b", 200, "web/nested/deep/b.html"},
		{"/dotted/v1.2", 200, "dotted/v1.2.html"},
		{"/spaces%20in%20name", 200, "spaces in name.html"},
		{"/encoded%252fslash", 200, "encoded%2fslash.html"},
		{"/web//logo.svg", 200, "web/logo.svg"},
		{"/web/./logo.svg", 200, "web/logo.svg"},
		{"/web/nested/../logo.svg", 200, "web/logo.svg"},
		{"/data/partners.csv", 200, "data/partners.csv"},

		{"/missing", 404, "404.html"},
		{"/articles/999_zzz", 404, "404.html"},
		{"/upper/case", 404, "404.html"},
		{"/encoded%2fslash", 404, "404.html"},
		{"/empty", 404, "404.html"},   // directory without index
		{"/noindex", 404, "404.html"}, // directory without index, with files
		{"/web", 404, "404.html"},     // never list directories
		{"/web/nested", 404, "404.html"},

		// Traversal attempts end inside the root (or are refused) and
		// never reach ../secret.txt.
		{"/../secret.txt", 404, "404.html"},
		{"/%2e%2e/secret.txt", 404, "404.html"},
		{"/%2E%2E/secret.txt", 404, "404.html"},
		{"/..%2fsecret.txt", 404, "404.html"},
		{"/%2e%2e%2fsecret.txt", 404, "404.html"},
		{"/articles/../../secret.txt", 404, "404.html"},
		{"/articles/%2e%2e/%2e%2e/secret.txt", 404, "404.html"},
		{"/..\\secret.txt", 404, "404.html"},
		{"/%00", 404, "404.html"},
		{"/link.txt", 404, "404.html"}, // symlink pointing outside the root
		{"/../x", 200, "x.html"},       // clamped to the root
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			resp := do(h, "GET", tt.target)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			body := decoded(t, resp)
			if strings.Contains(body, "top secret") {
				t.Fatal("served a file outside the root")
			}
			if want := read(t, dir, tt.file); body != want {
				t.Errorf("body %.40q, want the content of %s", body, tt.file)
			}
		})
	}
}

func TestTrailingSlashRedirect(t *testing.T) {
	h := Handler(site(t))
	tests := []struct{ target, location string }{
		{"/x/", "/x"},
		{"/articles/000_abc/", "/articles/000_abc"},
		{"/docs/", "/docs"},
		{"/missing/", "/missing"},
		{"/query/page/?a=1&b=%20x", "/query/page?a=1&b=%20x"},
		{"/x//", "/x"},
		{"//x/", "/x"},
		{"//evil.example/", "/evil.example"},            // never protocol-relative
		{"/%2e%2e/x/", "/x"},                            // cleaned
		{"/spaces%20in%20name/", "/spaces%20in%20name"}, // re-escaped
		{"/\\evil.example/", "/%5Cevil.example"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			for _, method := range []string{"GET", "HEAD"} {
				resp := do(h, method, tt.target)
				if resp.StatusCode != http.StatusMovedPermanently {
					t.Fatalf("%s: status %d, want 301", method, resp.StatusCode)
				}
				if got := resp.Header.Get("Location"); got != tt.location {
					t.Errorf("%s: Location %q, want %q", method, got, tt.location)
				}
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	dir := site(t)
	resp := do(Handler(dir), "GET", "/nope", "Accept-Encoding", "br")
	if resp.StatusCode != 404 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if resp.Header.Get("ETag") != "" {
		t.Error("404 response carries an ETag")
	}
	if body := decoded(t, resp); body != read(t, dir, "404.html") {
		t.Errorf("body %.40q", body)
	}

	// Without 404.html: a plain text message.
	empty := t.TempDir()
	write(t, empty, "index.html", "home")
	resp = do(Handler(empty), "GET", "/nope")
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 404 || strings.TrimSpace(string(body)) != "404 page not found" {
		t.Errorf("got %d %q", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type %q", ct)
	}
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("missing nosniff")
	}

	// A missing root directory is just "not found", never a panic.
	if resp := do(Handler(empty+"/does-not-exist"), "GET", "/"); resp.StatusCode != 404 {
		t.Errorf("missing dir: status %d", resp.StatusCode)
	}
}

func TestMethods(t *testing.T) {
	dir := site(t)
	h := Handler(dir)
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"} {
		t.Run(method, func(t *testing.T) {
			resp := do(h, method, "/x")
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Fatalf("status %d, want 405", resp.StatusCode)
			}
			if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("Allow %q", got)
			}
		})
	}
	t.Run("HEAD", func(t *testing.T) {
		for _, enc := range []string{"", "gzip", "br"} {
			get := do(h, "GET", "/app.wasm", "Accept-Encoding", enc)
			head := do(h, "HEAD", "/app.wasm", "Accept-Encoding", enc)
			wire, _ := io.ReadAll(get.Body)
			body, _ := io.ReadAll(head.Body)
			if head.StatusCode != 200 || len(body) != 0 {
				t.Errorf("%q: HEAD status %d with %d body bytes", enc, head.StatusCode, len(body))
			}
			for _, k := range []string{"Content-Type", "Content-Length", "Content-Encoding", "ETag", "Vary", "Cache-Control"} {
				if head.Header.Get(k) != get.Header.Get(k) {
					t.Errorf("%q: HEAD %s %q, GET has %q", enc, k, head.Header.Get(k), get.Header.Get(k))
				}
			}
			if head.Header.Get("Content-Length") != strconv.Itoa(len(wire)) {
				t.Errorf("%q: HEAD Content-Length %s, GET body %d", enc, head.Header.Get("Content-Length"), len(wire))
			}
		}
		if resp := do(h, "HEAD", "/nope"); resp.StatusCode != 404 {
			t.Errorf("HEAD /nope: %d", resp.StatusCode)
		}
	})
}
