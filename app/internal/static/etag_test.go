package static

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

func itoa(n int) string { return strconv.Itoa(n) }

func TestETag(t *testing.T) {
	h := Handler(site(t))
	tags := map[string]bool{}
	for _, accept := range []string{"", "gzip", "br"} {
		t.Run("accept "+accept, func(t *testing.T) {
			resp := do(h, "GET", "/app.wasm", "Accept-Encoding", accept)
			tag := resp.Header.Get("ETag")
			if len(tag) < 34 || tag[0] != '"' || tag[len(tag)-1] != '"' {
				t.Fatalf("ETag %q is not a strong tag", tag)
			}
			if tags[tag] {
				t.Errorf("ETag %s shared by two encodings", tag)
			}
			tags[tag] = true
			if again := do(h, "GET", "/app.wasm", "Accept-Encoding", accept).Header.Get("ETag"); again != tag {
				t.Errorf("ETag changed from %s to %s", tag, again)
			}

			tests := []struct {
				ifNoneMatch string
				status      int
			}{
				{tag, 304},
				{"W/" + tag, 304},
				{`"other", ` + tag, 304},
				{"*", 304},
				{`"other"`, 200},
				{tag[:len(tag)-2] + `x"`, 200},
			}
			for _, tt := range tests {
				for _, method := range []string{"GET", "HEAD"} {
					resp := do(h, method, "/app.wasm", "Accept-Encoding", accept, "If-None-Match", tt.ifNoneMatch)
					if resp.StatusCode != tt.status {
						t.Errorf("%s If-None-Match %s: status %d, want %d", method, tt.ifNoneMatch, resp.StatusCode, tt.status)
					}
					if resp.StatusCode == 304 {
						body := decoded(t, resp)
						if body != "" || resp.Header.Get("ETag") != tag || resp.Header.Get("Cache-Control") != "no-cache" {
							t.Errorf("304: body %d bytes, headers %v", len(body), resp.Header)
						}
					}
				}
			}
		})
	}

	// The 404 page is never answered with 304.
	if resp := do(h, "GET", "/missing", "If-None-Match", "*"); resp.StatusCode != 404 {
		t.Errorf("404 with If-None-Match: %d", resp.StatusCode)
	}
}

func TestFileChangeInvalidatesCache(t *testing.T) {
	dir := site(t)
	h := Handler(dir)
	before := do(h, "GET", "/x", "Accept-Encoding", "br")
	decoded(t, before)

	write(t, dir, "x.html", "<p>rebuilt</p>")
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(filepath.Join(dir, "x.html"), later, later); err != nil {
		t.Fatal(err)
	}
	after := do(h, "GET", "/x", "Accept-Encoding", "br")
	if body := decoded(t, after); body != "<p>rebuilt</p>" {
		t.Errorf("stale body %.40q", body)
	}
	if before.Header.Get("ETag") == after.Header.Get("ETag") {
		t.Error("ETag did not change")
	}
	if resp := do(h, "GET", "/x", "Accept-Encoding", "br", "If-None-Match", before.Header.Get("ETag")); resp.StatusCode != 200 {
		t.Errorf("old ETag answered with %d", resp.StatusCode)
	}
}
