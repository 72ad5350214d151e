//go:build e2e

package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"partnertrack/app/internal/static"
)

// registerWatchJS records, on each document, whether go-app had drawn its
// first page (its loader is gone) when app.js registered the service
// worker.
const registerWatchJS = `(() => {
  window.__registered = [];
  const c = window.ServiceWorkerContainer && ServiceWorkerContainer.prototype;
  if (!c) return;
  const register = c.register;
  c.register = function (...args) {
    window.__registered.push({ loaderGone: !document.getElementById('app-wasm-loader') });
    return register.apply(this, args);
  };
})();`

// TestWorkerRegistersAfterTheStart: app.js registers the service worker
// once the Go program has drawn its first page, not as it starts: the
// worker's install fetches every page and file of the site, which would
// otherwise share the link with the page's own wasm download and the
// cores with its start.
func TestWorkerRegistersAfterTheStart(t *testing.T) {
	tb := newTab(t)
	tb.onEveryDocument("watch the worker's registration", registerWatchJS)
	tb.navigate("/cast/crew")
	tb.waitWasm()
	tb.waitWorker()
	got := eval[[]struct {
		LoaderGone bool `json:"loaderGone"`
	}](tb, `window.__registered`)
	if len(got) != 1 || !got[0].LoaderGone {
		t.Errorf("registrations %+v: want one, made after the first page was drawn", got)
	}
	tb.assertClean()
}

// countingHandler serves the built site and counts the responses that
// carried the wasm's body.
type countingHandler struct {
	h  http.Handler
	mu sync.Mutex
	n  int
}

func (c *countingHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w}
	c.h.ServeHTTP(rec, r)
	if wasmPath.MatchString(r.URL.Path) && r.Method == http.MethodGet && rec.status == http.StatusOK {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
	}
}

func (c *countingHandler) bodies() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

// TestWorkerTakesTheWasmFromTheHTTPCache: the worker precaches the
// content-hashed wasm through the HTTP cache, so a first visit downloads
// it once (the page's download), not a second time for the worker; the
// pages are still fetched around the cache (TestOffline and
// TestUpdatePrompt cover what the worker stores).
func TestWorkerTakesTheWasmFromTheHTTPCache(t *testing.T) {
	counter := &countingHandler{h: static.Handler(distPath)}
	srv := httptest.NewServer(counter)
	t.Cleanup(srv.Close)
	tb := newTab(t, withOrigin(srv.URL))
	tb.navigate("/")
	tb.waitWasm()
	tb.waitWorker()
	got := evalAsync[struct {
		Path  string `json:"path"`
		Bytes int64  `json:"bytes"`
	}](tb, `(async () => {
  const url = performance.getEntriesByType('resource').map(e => new URL(e.name)).find(u => `+wasmPathJS+`.test(u.pathname));
  const res = url && await caches.match(url.pathname);
  return {path: url ? url.pathname : '', bytes: res ? (await res.arrayBuffer()).byteLength : -1};
})()`)
	fi, err := os.Stat(filepath.Join(distPath, filepath.FromSlash(got.Path)))
	if err != nil {
		t.Fatalf("the page's wasm %q: %v", got.Path, err)
	}
	if got.Bytes != fi.Size() {
		t.Fatalf("the worker stored %d bytes of %s, want the whole file, %d", got.Bytes, got.Path, fi.Size())
	}
	if n := counter.bodies(); n != 1 {
		t.Errorf("the wasm's body was sent %d times, want once: the worker downloaded it again", n)
	}
}
