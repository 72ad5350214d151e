package static

import (
	"net/http"
	"testing"
)

func TestNegotiateEncoding(t *testing.T) {
	tests := []struct {
		accept []string
		want   string
	}{
		{nil, ""},
		{[]string{""}, ""},
		{[]string{"identity"}, ""},
		{[]string{"gzip"}, "gzip"},
		{[]string{"br"}, "br"},
		{[]string{"gzip, deflate, br, zstd"}, "br"}, // Chrome
		{[]string{"br, gzip"}, "br"},
		{[]string{"gzip;q=1.0, br;q=1.0"}, "br"},
		{[]string{"br;q=0.5, gzip;q=0.8"}, "gzip"},
		{[]string{"br;q=0, gzip"}, "gzip"},
		{[]string{"br; q=0 , gzip; q=0"}, ""},
		{[]string{"BR;Q=0.000, GZIP"}, "gzip"},
		{[]string{"gzip;q=0"}, ""},
		{[]string{"br;q=0"}, ""},
		{[]string{"*"}, "br"},
		{[]string{"*;q=0"}, ""},
		{[]string{"*;q=0.1, br;q=0"}, "gzip"},
		{[]string{"x-gzip"}, "gzip"},
		{[]string{"deflate"}, ""},
		{[]string{"br;q=bogus, gzip"}, "gzip"},
		{[]string{"br;q=2, gzip"}, "gzip"}, // out of range: treated as 0
		{[]string{"gzip", "br"}, "br"},     // several header lines
		{[]string{"gzip;q=0.9", "br;q=0.1"}, "gzip"},
		{[]string{" , ,br"}, "br"},
	}
	for _, tt := range tests {
		h := http.Header{"Accept-Encoding": tt.accept}
		if got := negotiateEncoding(h); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.accept, got, tt.want)
		}
	}
}

func TestCompression(t *testing.T) {
	dir := site(t)
	h := Handler(dir)
	files := map[string]string{
		"/":                     "index.html",
		"/app.wasm":             "app.wasm",
		"/app.js":               "app.js",
		"/app.css":              "app.css",
		"/data/partners.csv":    "data/partners.csv",
		"/manifest.webmanifest": "manifest.webmanifest",
		"/web/icon.png":         "web/icon.png",
	}
	tests := []struct {
		accept, want string
	}{
		{"", ""},
		{"gzip, deflate, br", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0, gzip;q=0", ""},
		{"identity", ""},
	}
	for target, file := range files {
		for _, tt := range tests {
			want := tt.want
			if file == "web/icon.png" {
				want = ""
			}
			t.Run(target+" "+tt.accept, func(t *testing.T) {
				for i := 0; i < 2; i++ { // the second answer comes from the cache
					resp := do(h, "GET", target, "Accept-Encoding", tt.accept)
					if resp.StatusCode != 200 {
						t.Fatalf("status %d", resp.StatusCode)
					}
					if got := resp.Header.Get("Content-Encoding"); got != want {
						t.Errorf("Content-Encoding %q, want %q", got, want)
					}
					if body := decoded(t, resp); body != read(t, dir, file) {
						t.Errorf("decoded body differs from %s", file)
					}
				}
			})
		}
	}
}

func TestCompressedOnce(t *testing.T) {
	dir := site(t)
	h := Handler(dir).(*handler)
	first := do(h, "GET", "/app.wasm", "Accept-Encoding", "br")
	wire := first.Header.Get("Content-Length")
	e := h.cache.entries["app.wasm"]
	if e == nil || e.br.val == nil {
		t.Fatal("brotli bytes not cached")
	}
	cached := &e.br.val[0]
	do(h, "GET", "/app.wasm", "Accept-Encoding", "br")
	if h.cache.entries["app.wasm"] != e || &e.br.val[0] != cached {
		t.Error("compressed again")
	}
	if n := len(e.br.val); wire != itoa(n) || n >= len(read(t, dir, "app.wasm")) {
		t.Errorf("Content-Length %s, cached %d bytes", wire, n)
	}
}

func TestPrecompressedSibling(t *testing.T) {
	dir := site(t)
	h := Handler(dir)
	tests := []struct{ target, accept, encoding, body string }{
		{"/pre.js", "br, gzip", "br", "precompressed br"},
		{"/pre.js", "gzip", "gzip", "precompressed gz"},
		{"/pre.js", "", "", "original pre.js"},
		// A sibling older than its file is stale: compress the file instead.
		{"/stale.css", "gzip", "gzip", read(t, dir, "stale.css")},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.accept, func(t *testing.T) {
			for _, method := range []string{"HEAD", "GET"} {
				resp := do(h, method, tt.target, "Accept-Encoding", tt.accept)
				if got := resp.Header.Get("Content-Encoding"); got != tt.encoding {
					t.Errorf("Content-Encoding %q, want %q", got, tt.encoding)
				}
				if ct := resp.Header.Get("Content-Type"); ct != contentType(tt.target) {
					t.Errorf("Content-Type %q", ct)
				}
				if method == "GET" {
					if body := decoded(t, resp); body != tt.body {
						t.Errorf("body %q, want %q", body, tt.body)
					}
				}
			}
		})
	}
}
