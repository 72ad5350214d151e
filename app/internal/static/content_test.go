package static

import "testing"

func TestContentTypeAndCacheHeaders(t *testing.T) {
	h := Handler(site(t))
	tests := []struct {
		target, contentType, cacheControl string
		compressible                      bool
	}{
		{"/", "text/html; charset=utf-8", "no-cache", true},
		{"/x", "text/html; charset=utf-8", "no-cache", true},
		{"/articles/000_abc", "text/html; charset=utf-8", "no-cache", true},
		{"/app.wasm", "application/wasm", "no-cache", true},
		{"/app.js", "text/javascript; charset=utf-8", "no-cache", true},
		{"/wasm_exec.js", "text/javascript; charset=utf-8", "no-cache", true},
		{"/app-worker.js", "text/javascript; charset=utf-8", "no-cache", true},
		{"/manifest.webmanifest", "application/manifest+json", "no-cache", true},
		{"/app.css", "text/css; charset=utf-8", "", true},
		{"/web/logo.svg", "image/svg+xml", "", true},
		{"/web/icon.png", "image/png", "", false},
		{"/data/partners.csv", "text/csv; charset=utf-8", "", true},
		{"/data.json", "application/json", "", true},
		{"/robots.txt", "text/plain; charset=utf-8", "", true},
		{"/sitemap.xml", "application/xml; charset=utf-8", "", true},
		{"/web/font.woff2", "font/woff2", "", false},
		{"/blob.bin", "application/octet-stream", "", false},
		{"/both", "application/octet-stream", "", false},
		{"/missing", "text/html; charset=utf-8", "no-cache", true}, // 404.html
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			resp := do(h, "GET", tt.target, "Accept-Encoding", "gzip, br")
			if got := resp.Header.Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type %q, want %q", got, tt.contentType)
			}
			if got := resp.Header.Get("Cache-Control"); got != tt.cacheControl {
				t.Errorf("Cache-Control %q, want %q", got, tt.cacheControl)
			}
			if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", got)
			}
			wantEnc, wantVary := "", ""
			if tt.compressible {
				wantEnc, wantVary = "br", "Accept-Encoding"
			}
			if got := resp.Header.Get("Content-Encoding"); got != wantEnc {
				t.Errorf("Content-Encoding %q, want %q", got, wantEnc)
			}
			if got := resp.Header.Get("Vary"); got != wantVary {
				t.Errorf("Vary %q, want %q", got, wantVary)
			}
		})
	}
}
