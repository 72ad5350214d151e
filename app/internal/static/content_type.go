package static

import (
	"mime"
	"path"
	"strings"
)

// contentTypes lists the types set explicitly rather than trusting the
// platform's mime tables, which vary between machines.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".wasm":        "application/wasm",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".webmanifest": "application/manifest+json",
	".json":        "application/json",
	".map":         "application/json",
	".csv":         "text/csv; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".xml":         "application/xml; charset=utf-8",
}

// compressible lists the extensions worth compressing; images and fonts are
// already compressed.
var compressible = map[string]bool{
	".html": true, ".js": true, ".mjs": true, ".css": true, ".svg": true,
	".wasm": true, ".json": true, ".map": true, ".webmanifest": true,
	".csv": true, ".txt": true, ".xml": true,
}

// noCacheFiles are revalidated on every use even though they are not HTML:
// the go-app runtime, its service worker and its manifest.
var noCacheFiles = map[string]bool{
	"app.js": true, "app.wasm": true, "app-worker.js": true,
	"wasm_exec.js": true, "manifest.webmanifest": true,
}

// contentType returns the Content-Type for a file name.
func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// isCompressible reports whether a file's type benefits from compression.
func isCompressible(name string) bool {
	return compressible[strings.ToLower(path.Ext(name))]
}

// cacheControl returns the Cache-Control value for a file, or "" for none.
// Files without one are still revalidated in practice: no Last-Modified is
// sent, so browsers have no basis for heuristic freshness.
func cacheControl(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if ext == ".html" || ext == ".webmanifest" || noCacheFiles[path.Base(name)] {
		return "no-cache"
	}
	return ""
}
