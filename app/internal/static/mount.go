package static

import (
	"net/http"
	"strings"
)

// Mount serves h under a path prefix, as a project site is served by GitHub
// Pages: /prefix/x reaches h as /x, /prefix redirects to /prefix/, and any
// path outside the prefix is not found. An empty prefix returns h.
func Mount(prefix string, h http.Handler) http.Handler {
	prefix = "/" + strings.Trim(prefix, "/")
	if prefix == "/" {
		return h
	}
	inner := http.StripPrefix(prefix, h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == prefix:
			target := prefix + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
		case strings.HasPrefix(r.URL.Path, prefix+"/"):
			inner.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}
