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

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/ui"
)

// prerenderHost is the host pages are rendered under; it never reaches the
// output (see fixURLs).
const prerenderHost = "prerender.invalid"

// staticSite is the files of the static site, by slash path under the
// output directory.
type staticSite map[string][]byte

// render prerenders every page, fingerprints the content to make the
// version, and renders go-app's scripts and manifest with that version.
func render(c *corpus.Corpus, paths []string, wasm []byte, o options) (staticSite, error) {
	s := staticSite{"web/app.wasm": wasm}
	if err := s.addDir(o.web, "web"); err != nil {
		return nil, err
	}
	for _, e := range exports {
		b, err := e.make(c)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", e.path, err)
		}
		s[e.path] = b
	}
	// Pages do not depend on the version, so render them first and hash
	// them with everything else.
	pages := handler("pending", paths)
	for _, p := range append(paths, ui.NotFoundPath) {
		b, err := get(pages, p)
		if err != nil {
			return nil, err
		}
		if b, err = canonicalHTML(fixURLs(b, o.siteURL)); err != nil {
			return nil, fmt.Errorf("prerendering %s: %w", p, err)
		}
		s[pageFile(p)] = b
	}
	h := handler(s.fingerprint(), paths)
	for _, p := range []string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/app.css", "/wasm_exec.js"} {
		b, err := get(h, p)
		if err != nil {
			return nil, err
		}
		s[strings.TrimPrefix(p, "/")] = b
	}
	return s, nil
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

// handler is the go-app handler the site is rendered with.
func handler(version string, pages []string) *app.Handler {
	var cacheable []string
	for _, p := range pages {
		if p != "/" {
			cacheable = append(cacheable, p)
		}
	}
	cacheable = append(cacheable, "/web/icon.svg")
	return &app.Handler{
		Name:        ui.SiteName,
		ShortName:   "Partner Track",
		Title:       ui.SiteName,
		Description: "How five 2022 web articles reported Netflix’s Partner Track, with every fact linked to its source sentence.",
		Lang:        "en",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/apple-touch-icon.png",
		},
		BackgroundColor:    "#ffffff",
		ThemeColor:         "#1f2a44",
		LoadingLabel:       "Loading",
		Styles:             []string{"/web/style.css"},
		RawHeaders:         []string{`<meta name="color-scheme" content="light dark">`},
		CacheableResources: cacheable,
		Version:            version,
	}
}
