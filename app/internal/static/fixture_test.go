package static

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// site builds a fixture like dist/ inside a temp dir whose parent also
// holds a secret.txt that must never be served. It returns the site dir.
func site(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	write(t, parent, "secret.txt", "top secret")
	for name, body := range fixtureFiles() {
		write(t, dir, name, body)
	}
	if err := os.MkdirAll(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(parent, "secret.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}

	// pre.js has precompressed siblings with recognisable content.
	write(t, dir, "pre.js.br", string(brotliBytes(t, "precompressed br")))
	write(t, dir, "pre.js.gz", string(gzipBytes(t, "precompressed gz")))
	// stale.css has a sibling older than itself, which must be ignored.
	write(t, dir, "stale.css.gz", string(gzipBytes(t, "stale")))
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "stale.css.gz"), old, old); err != nil {
		t.Fatal(err)
	}
	return dir
}

func fixtureFiles() map[string]string {
	page := func(title string) string {
		return "<!doctype html><title>" + title + "</title>" + strings.Repeat("<p>"+title+"</p>\n", 50)
	}
	return map[string]string{
		"index.html":             page("home"),
		"x.html":                 page("x"),
		"404.html":               page("not found"),
		"articles/000_abc.html":  page("article 0"),
		"articles.html":          page("articles list"),
		"docs/index.html":        page("docs"),
		"both":                   "the file named both",
		"both.html":              page("both.html"),
		"app.wasm":               wasmLike(),
		"app.js":                 strings.Repeat("console.log('app');\n", 40),
		"app-worker.js":          strings.Repeat("self.addEventListener('fetch', e => {});\n", 20),
		"wasm_exec.js":           strings.Repeat("// go wasm glue\n", 40),
		"pre.js":                 "original pre.js",
		"stale.css":              strings.Repeat("body { color: red }\n", 20),
		"manifest.webmanifest":   `{"name": "partnertrack"}`,
		"app.css":                strings.Repeat("h1 { margin: 0 }\n", 40),
		"web/logo.svg":           `<svg xmlns="http://www.w3.org/2000/svg"></svg>`,
		"web/icon.png":           "\x89PNG\r\n\x1a\n not really",
		"web/font.woff2":         "wOF2 not really",
		"data/partners.csv":      strings.Repeat("id,name\n1,acme\n", 30),
		"data.json":              `{"a": 1}`,
		"robots.txt":             "User-agent: *\n",
		"sitemap.xml":            `<?xml version="1.0"?><urlset/>`,
		"blob.bin":               "\x00\x01\x02",
		"articles/001_def.html":  page("article 1"),
		"web/nested/deep/a.css":  "a { b: c }",
		"web/nested/deep/b.html": page("deep"),
		"noindex/readme.txt":     "a directory without index",
		"spaces in name.html":    page("spaces"),
		"query/page.html":        page("query"),
		"encoded%2fslash.html":   page("literal percent"),
		"upper/CASE.html":        page("case"),
		"dotted/v1.2.html":       page("dotted"),
	}
}

// wasmLike returns ~300 KB of compressible, binary-looking bytes.
func wasmLike() string {
	var b strings.Builder
	b.WriteString("\x00asm\x01\x00\x00\x00")
	for i := 0; b.Len() < 300_000; i++ {
		fmt.Fprintf(&b, "\x01func_%d\x00\x7f\x02", i%977)
	}
	return b.String()
}

func write(t *testing.T, dir, name, body string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func brotliBytes(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := brotli.NewWriter(&buf)
	io.WriteString(w, s)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gzipBytes(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	io.WriteString(w, s)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// do sends a request straight to h. target may hold escapes such as %2e.
func do(h http.Handler, method, target string, header ...string) *http.Response {
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

// decoded returns the body of resp after undoing its Content-Encoding, and
// checks that Content-Length matches the bytes on the wire.
func decoded(t *testing.T, resp *http.Response) string {
	t.Helper()
	body, err := decode(resp)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// decode is decoded for goroutines other than the test's.
func decode(resp *http.Response) (string, error) {
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if cl := resp.Header.Get("Content-Length"); cl != "" && cl != fmt.Sprint(len(raw)) {
		return "", fmt.Errorf("Content-Length %s, body has %d bytes", cl, len(raw))
	}
	var r io.Reader
	switch enc := resp.Header.Get("Content-Encoding"); enc {
	case "":
		return string(raw), nil
	case "br":
		r = brotli.NewReader(bytes.NewReader(raw))
	case "gzip":
		if r, err = gzip.NewReader(bytes.NewReader(raw)); err != nil {
			return "", err
		}
	default:
		return "", fmt.Errorf("unexpected Content-Encoding %q", enc)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("decoding %s: %v", resp.Header.Get("Content-Encoding"), err)
	}
	return string(b), nil
}
