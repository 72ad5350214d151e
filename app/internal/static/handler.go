package static

import (
	"net/http"
	"net/url"
	"path"
	"strings"
)

// handler serves the files under dir; see the package documentation.
type handler struct {
	dir   string
	cache cache
}

// Handler returns an http.Handler serving the static site in dir the way a
// static host would. It is safe for concurrent use. Files are looked up on
// every request, so dir may be rebuilt while the handler runs; cached hashes
// and compressed bytes are dropped when a file's size or mtime changes.
func Handler(dir string) http.Handler {
	return &handler{dir: dir}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}

	p := r.URL.Path
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	// path.Clean on a rooted path removes every "..", so the result can
	// only name something inside dir; os.OpenInRoot enforces it again,
	// symlinks included.
	clean := path.Clean(p)
	if p != "/" && strings.HasSuffix(p, "/") {
		target := url.URL{Path: clean, RawQuery: r.URL.RawQuery}
		w.Header().Set("Location", target.RequestURI())
		w.WriteHeader(http.StatusMovedPermanently)
		return
	}

	f, ok := resolve(h.dir, clean)
	if !ok {
		h.notFound(w, r)
		return
	}
	defer f.file.Close()
	h.serveFile(w, r, f, http.StatusOK)
}

// notFound answers with status 404 and the body of 404.html, or a plain
// text message when the site has none.
func (h *handler) notFound(w http.ResponseWriter, r *http.Request) {
	f, ok := openRegular(h.dir, "404.html")
	if !ok {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	defer f.file.Close()
	h.serveFile(w, r, f, http.StatusNotFound)
}
