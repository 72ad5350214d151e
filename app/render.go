//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
	"partnertrack/app/ui"
)

// prerenderHost is the host pages are rendered under; it never reaches the
// output (see fixURLs).
const prerenderHost = "prerender.invalid"

// staticSite is the files of the static site, by slash path under the
// output directory.
type staticSite map[string][]byte

// render prerenders every page, fingerprints the content to make the
// version, and renders go-app's scripts, the worker and the manifest with
// that version.
func render(c *corpus.Corpus, paths []string, wasm []byte, o options) (staticSite, error) {
	base := normalizeBase(o.base)
	site.Base = base
	s := staticSite{}
	if err := s.addDir(o.web, "web"); err != nil {
		return nil, err
	}
	style, err := s.hashName("web/style.css")
	if err != nil {
		return nil, err
	}
	wasmName := "web/" + hashedName("app.wasm", wasm)
	s[wasmName] = wasm
	for _, e := range exports {
		b, err := e.make(c)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", e.path, err)
		}
		s[e.path] = b
	}
	cfg := handlerConfig{
		version:  "pending",
		provider: provider{base: base, wasm: "/" + wasmName},
		style:    "/" + style,
	}
	// Pages do not depend on the version, so render them first and hash
	// them with everything else.
	pages := append(append([]string(nil), paths...), ui.NotFoundPath)
	h := handler(cfg)
	for _, p := range pages {
		b, err := get(h, p)
		if err != nil {
			return nil, err
		}
		if b, err = canonicalHTML(fixURLs(b, o.siteURL)); err != nil {
			return nil, fmt.Errorf("prerendering %s: %w", p, err)
		}
		s[pageFile(p)] = b
	}
	cfg.version = s.fingerprint()
	cfg.cacheable = s.cacheable(pages, wasmName)
	cfg.immutable = []string{cfg.provider.AppWASM(), base + cfg.style}
	h = handler(cfg)
	for _, p := range []string{"/app.js", "/app-worker.js", "/app.css", "/wasm_exec.js"} {
		b, err := get(h, p)
		if err != nil {
			return nil, err
		}
		s[strings.TrimPrefix(p, "/")] = b
	}
	if s["app.js"], err = rewriteAppJS(s["app.js"]); err != nil {
		return nil, err
	}
	var static []string
	for _, p := range ui.StaticPaths(c) {
		static = append(static, site.Href(p))
	}
	s["app.js"] = append(append(s["app.js"], pagesJS(static)...), startStateJS...)
	if s["manifest.webmanifest"], err = manifest(base); err != nil {
		return nil, err
	}
	s["_headers"] = headers(wasmName, style)
	if !o.precompress {
		return s, nil
	}
	return s, s.precompress(wasmName)
}

// cacheable returns the URLs the worker precaches besides go-app's own
// (which include "/", the wasm, the icons and the stylesheet): every page
// by its route, so a navigation finds it, and every other file.
func (s staticSite) cacheable(pages []string, wasmName string) []string {
	var urls []string
	for _, p := range pages {
		if p != "/" {
			urls = append(urls, site.Href(p))
		}
	}
	for _, n := range s.names() {
		switch {
		case n == wasmName || strings.HasSuffix(n, ".html"):
		case strings.HasPrefix(n, "web/"):
			urls = append(urls, "/"+n) // go-app puts /web/ under the base
		default:
			urls = append(urls, site.Href("/"+n))
		}
	}
	return urls
}

// hashName renames a file of the site to carry its content hash, and
// returns the new name.
func (s staticSite) hashName(name string) (string, error) {
	b, ok := s[name]
	if !ok {
		return "", fmt.Errorf("%s is missing", name)
	}
	delete(s, name)
	hashed := path.Join(path.Dir(name), hashedName(path.Base(name), b))
	s[hashed] = b
	return hashed, nil
}

// hashedName inserts a content hash before the extension: app.<hash>.wasm.
func hashedName(name string, b []byte) string {
	sum := sha256.Sum256(b)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:12] + ext
}

// pageFile is where a page path is written: "/" is index.html, /x is x.html
// (what static hosts map /x to), and the not-found page is 404.html.
func pageFile(p string) string {
	if p == "/" {
		return "index.html"
	}
	return strings.TrimPrefix(p, "/") + ".html"
}

// get renders one path with the handler, failing on anything but 200.
func get(h http.Handler, p string) ([]byte, error) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "http://"+prerenderHost+p, nil)
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("prerendering %s: status %d", p, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

// ogURL is the og:url meta tag go-app writes with the prerender host (its
// attributes come in any order).
var ogURL = regexp.MustCompile(`<meta [^>]*"http://` + regexp.QuoteMeta(prerenderHost) + `([^"]*)"[^>]*>`)

// fixURLs points og:url at the public site when its URL is known, and
// drops it otherwise: a page must not name the host it was built on.
func fixURLs(b []byte, siteURL string) []byte {
	return ogURL.ReplaceAllFunc(b, func(m []byte) []byte {
		if siteURL == "" {
			return nil
		}
		p := ogURL.FindSubmatch(m)[1]
		return []byte(`<meta property="og:url" content="` + strings.TrimRight(siteURL, "/") + string(p) + `">`)
	})
}

// addDir adds every file under dir to the site under prefix.
func (s staticSite) addDir(dir, prefix string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s[path.Join(prefix, filepath.ToSlash(rel))] = b
		return nil
	})
}

// names returns the site's file names, sorted.
func (s staticSite) names() []string {
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// fingerprint hashes every file name and content: the same sources give
// the same version, and any change gives a new one.
func (s staticSite) fingerprint() string {
	h := sha256.New()
	for _, n := range s.names() {
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(s[n]))
		h.Write(s[n])
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// write writes the site under dir.
func (s staticSite) write(dir string) error {
	for _, n := range s.names() {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, s[n], 0o644); err != nil {
			return err
		}
	}
	return nil
}
