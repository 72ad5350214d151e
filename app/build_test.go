//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"

	"partnertrack/seeds"
)

// seedDir writes the real seeds plus extra files to a temp dir.
func seedDir(t *testing.T, extra map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		b, _ := fs.ReadFile(seeds.FS, n)
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for n, b := range extra {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("content", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A malformed seed fails the build with a message naming the file and the
// problem.
func TestBuildRejectsBadSeeds(t *testing.T) {
	tests := []struct {
		fixture, file, problem string
	}{
		{"empty.txt", "005_empty.txt", "empty"},
		{"whitespace.txt", "005_blank.txt", "empty"},
		{"invalid_utf8.txt", "005_latin1.txt", "not valid UTF-8 at line 3"},
		{"no_paragraph.txt", "005_headings.txt", "no paragraph"},
	}
	for _, tt := range tests {
		dir := seedDir(t, map[string][]byte{tt.file: fixture(t, tt.fixture)})
		err := build([]string{"-check", "-seeds", dir})
		if err == nil {
			t.Errorf("%s: build succeeded", tt.fixture)
			continue
		}
		if !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.problem) {
			t.Errorf("%s: error %q should name %s and %q", tt.fixture, err, tt.file, tt.problem)
		}
	}
	if err := build([]string{"-check", "-seeds", seedDir(t, nil)}); err != nil {
		t.Errorf("the real seeds fail: %v", err)
	}
}

// fakeWasm is a stand-in for the wasm: a module with only a custom
// section, holding s, which the build's packing copies as it is.
func fakeWasm(s string) string {
	body := "\x01t" + s
	if len(body) > 127 {
		panic("fakeWasm: s is too long for a one-byte section size")
	}
	return "\x00asm\x01\x00\x00\x00\x00" + string([]byte{byte(len(body))}) + body
}

// buildSite builds the site with fakeWasm(wasm) into a temp dir.
func buildSite(t *testing.T, wasm string, flags ...string) string {
	t.Helper()
	tmp := t.TempDir()
	w := filepath.Join(tmp, "app.wasm")
	if err := os.WriteFile(w, []byte(fakeWasm(wasm)), 0o644); err != nil {
		t.Fatal(err)
	}
	snap := filepath.Join(tmp, "snapshot")
	if err := os.Mkdir(snap, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := build(append([]string{"-snapshot", snap}, flags...)); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "dist")
	if err := build(append([]string{"-out", out, "-wasm", w, "-web", "../web", "-snapshot-in", snap}, flags...)); err != nil {
		t.Fatal(err)
	}
	return out
}

// The site build refuses a snapshot that is not what the seeds give: the
// wasm that embedded it would show other data than the prerendered pages.
func TestBuildChecksTheSnapshot(t *testing.T) {
	tests := []struct {
		name   string
		change func(dir string) error
		want   string
	}{
		{"stale", func(dir string) error {
			p := filepath.Join(dir, "sections.go")
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, bytes.Replace(b, []byte(`"Arden Cho"`), []byte(`"Arden Choo"`), 1), 0o644)
		}, "sections.go is stale"},
		{"missing", func(dir string) error { return os.Remove(filepath.Join(dir, "sections.go")) }, "sections.go is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			w := filepath.Join(tmp, "app.wasm")
			if err := os.WriteFile(w, []byte("wasm"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := build([]string{"-snapshot", tmp}); err != nil {
				t.Fatal(err)
			}
			if err := tt.change(tmp); err != nil {
				t.Fatal(err)
			}
			err := build([]string{"-out", filepath.Join(tmp, "dist"), "-wasm", w, "-web", "../web", "-snapshot-in", tmp})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("build: %v, want an error with %q", err, tt.want)
			}
			if _, err := os.Stat(filepath.Join(tmp, "dist")); err == nil {
				t.Error("the build wrote a site")
			}
		})
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBuildWritesTheStaticSite(t *testing.T) {
	out := buildSite(t, "fake wasm")
	pages := []string{"index.html", "404.html", "articles.html", "cast.html", "viewership.html", "compare.html", "search.html"}
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		pages = append(pages, "articles/"+strings.TrimSuffix(n, ".txt")+".html")
	}
	for _, p := range pages {
		html := read(t, out, p)
		if !strings.Contains(html, `<main id="main">`) && !strings.Contains(html, `id="main"`) {
			t.Errorf("%s: no main content", p)
		}
		if strings.Contains(html, prerenderHost) {
			t.Errorf("%s: names the prerender host", p)
		}
	}
	wasm := glob(t, out, "web/app.*.wasm")
	if read(t, out, wasm) != fakeWasm("fake wasm") {
		t.Errorf("%s is not the wasm given", wasm)
	}
	// Precompressed copies sit beside it.
	br, gz := read(t, out, wasm+".br"), read(t, out, wasm+".gz")
	if got := unbrotli(t, br); got != fakeWasm("fake wasm") {
		t.Errorf("%s.br decodes to %q", wasm, got)
	}
	if got := ungzip(t, gz); got != fakeWasm("fake wasm") {
		t.Errorf("%s.gz decodes to %q", wasm, got)
	}
	style := glob(t, out, "web/style.*.css")
	if !strings.Contains(read(t, out, "index.html"), `href="/`+style+`"`) {
		t.Errorf("index.html does not link %s", style)
	}
	if h := read(t, out, "_headers"); !strings.Contains(h, "/"+wasm+"\n  Cache-Control: public, max-age=31536000, immutable") {
		t.Errorf("_headers does not make %s immutable:\n%s", wasm, h)
	}
	for _, f := range []string{"web/icon.svg", "web/icon-maskable-512.png", "web/icon-192.png", "web/icon-512.png", "web/apple-touch-icon.png", "app.js", "wasm_exec.js", "app.css"} {
		read(t, out, f)
	}
	// The service worker precaches every page, so each works offline.
	worker := read(t, out, "app-worker.js")
	for _, p := range []string{`"/articles"`, `"/cast"`, `"/articles/002_36a669ef9be3c6c1"`, `"/web/icon.svg"`, `"/404"`, `"/` + wasm + `"`, `"/` + style + `"`} {
		if !strings.Contains(worker, p) {
			t.Errorf("app-worker.js does not cache %s", p)
		}
	}
	checkImmutable(t, out, "/"+wasm, "/"+style)
}

// checkImmutable checks the worker of the site in out takes exactly want
// (the content-hashed files) through the HTTP cache, and that it precaches
// each of them under that same address.
func checkImmutable(t *testing.T, out string, want ...string) {
	t.Helper()
	cached := jsList(t, out, "app-worker.js", resourcesToCacheRE)
	immutable := jsList(t, out, "app-worker.js", `const immutable = new Set\((\[.*\])\);`)
	if !slices.Equal(immutable, want) {
		t.Errorf("the worker takes %q through the HTTP cache, want %q", immutable, want)
	}
	for _, u := range immutable {
		if !slices.Contains(cached, u) {
			t.Errorf("the worker does not precache %s under the address it lists as immutable", u)
		}
	}
	if strings.Contains(read(t, out, "app-worker.js"), immutableMarker) {
		t.Errorf("app-worker.js still holds %s", immutableMarker)
	}
}

// resourcesToCacheRE finds the worker's list of the addresses it precaches.
const resourcesToCacheRE = `const resourcesToCache = (\[.*\]);`

// jsList returns the JavaScript array that the regular expression re
// captures in the site's file name, decoded as JSON.
func jsList(t *testing.T, out, name, re string) []string {
	t.Helper()
	var list []string
	m := regexp.MustCompile(re).FindStringSubmatch(read(t, out, name))
	if m == nil || json.Unmarshal([]byte(m[1]), &list) != nil {
		t.Fatalf("%s has no list matching %s", name, re)
	}
	return list
}

// Nothing the site loads is off-origin: go-app's default icons point at a
// remote host, and must all be replaced.
func TestBuildLoadsNothingOffOrigin(t *testing.T) {
	out := buildSite(t, "fake wasm")
	var m struct {
		Icons []struct{ Src, Purpose string }
	}
	if err := json.Unmarshal([]byte(read(t, out, "manifest.webmanifest")), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Icons) != 4 || m.Icons[3].Purpose != "maskable" {
		t.Errorf("manifest icons %+v, want 4 with a maskable one", m.Icons)
	}
	for _, i := range m.Icons {
		if !strings.HasPrefix(i.Src, "/web/") {
			t.Errorf("manifest icon %q is not ours", i.Src)
		}
	}
	// Any absolute URL in an attribute or script string is a request to
	// another host; the only one allowed is the SVG namespace.
	remote := regexp.MustCompile(`(?:src|href|content)="(?:https?:)?//[^"]+"|"https?://[^"]+"`)
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".png") {
			return err
		}
		b, err := os.ReadFile(p)
		for _, u := range remote.FindAllString(string(b), -1) {
			if !strings.Contains(u, "www.w3.org/2000/svg") {
				t.Errorf("%s: off-origin URL %s", p, u)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The version comes from the content: the same input gives the same
// worker, a changed wasm a new one.
func TestVersionFollowsContent(t *testing.T) {
	version := regexp.MustCompile(`const cacheName = "app-" \+ "([0-9a-f]+)"`)
	v := func(dir string) string {
		m := version.FindStringSubmatch(read(t, dir, "app-worker.js"))
		if m == nil {
			t.Fatal("no version in app-worker.js")
		}
		return m[1]
	}
	a, b, c := v(buildSite(t, "wasm one")), v(buildSite(t, "wasm one")), v(buildSite(t, "wasm two"))
	if a != b {
		t.Errorf("same input, versions %s and %s", a, b)
	}
	// Pages are byte-identical from build to build.
	d1, d2 := buildSite(t, "x"), buildSite(t, "x")
	if read(t, d1, "articles.html") != read(t, d2, "articles.html") {
		t.Error("articles.html differs between two builds of the same input")
	}
	if a == c {
		t.Errorf("changed wasm kept version %s", a)
	}
}

func TestFixURLs(t *testing.T) {
	in := `<meta content="http://` + prerenderHost + `/cast" property="og:url"><title>x</title>`
	if got := string(fixURLs([]byte(in), "")); got != "<title>x</title>" {
		t.Errorf("no site URL: %q", got)
	}
	want := `<meta property="og:url" content="https://example.org/cast"><title>x</title>`
	if got := string(fixURLs([]byte(in), "https://example.org/")); got != want {
		t.Errorf("with site URL: %q", got)
	}
}

func TestSafeToReplace(t *testing.T) {
	if err := safeToReplace(".."); err == nil {
		t.Error("would replace the repository root")
	}
	if err := safeToReplace(filepath.Join(t.TempDir(), "dist")); err != nil {
		t.Error(err)
	}
}

func TestCanonicalHTML(t *testing.T) {
	in := `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, maximum-scale=1, user-scalable=0">` +
		`<meta content name="author"><meta property="og:image" content=""><meta name="description" content="d"></head>` +
		"<body><a title=\"t\" href=\"/x\" class=\"c\">x</a><q>\nOn \n<mark>May 1</mark>\n, N.\n</q><pre>a\n\nb\n</pre></body></html>"
	b, err := canonicalHTML([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{`<a class="c" href="/x" title="t">`, `<q>On <mark>May 1</mark>, N.</q>`, "<pre>a\n\nb\n</pre>", `content="` + viewport + `"`, `<meta content="d" name="description"/>`, `<meta charset="UTF-8"/>`} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
	for _, gone := range []string{"author", "og:image", "user-scalable"} {
		if strings.Contains(got, gone) {
			t.Errorf("%s still in %s", gone, got)
		}
	}
}

func glob(t *testing.T, dir, pattern string) string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(m) != 1 {
		t.Fatalf("%s: %v %v", pattern, m, err)
	}
	rel, _ := filepath.Rel(dir, m[0])
	return filepath.ToSlash(rel)
}

func unbrotli(t *testing.T, s string) string {
	t.Helper()
	b, err := io.ReadAll(brotli.NewReader(strings.NewReader(s)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func ungzip(t *testing.T, s string) string {
	t.Helper()
	r, err := gzip.NewReader(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A build for a sub-path puts every link, asset, the manifest scope and
// the worker under it.
func TestBuildUnderSubPath(t *testing.T) {
	out := buildSite(t, "fake wasm", "-base", "partner-track/")
	attrURL := regexp.MustCompile(`(?:href|src)="([^"#][^"]*)"`)
	for _, p := range []string{"index.html", "articles.html", "articles/003_04899bce5507796f.html", "404.html"} {
		for _, m := range attrURL.FindAllStringSubmatch(read(t, out, p), -1) {
			if !strings.HasPrefix(m[1], "/partner-track/") {
				t.Errorf("%s: %s is not under /partner-track/", p, m[1])
			}
		}
	}
	var m struct {
		Scope    string `json:"scope"`
		StartURL string `json:"start_url"`
	}
	if err := json.Unmarshal([]byte(read(t, out, "manifest.webmanifest")), &m); err != nil {
		t.Fatal(err)
	}
	if m.Scope != "/partner-track/" || m.StartURL != "/partner-track/" {
		t.Errorf("manifest scope %q start %q", m.Scope, m.StartURL)
	}
	if js := read(t, out, "app.js"); !strings.Contains(js, `"/partner-track/app-worker.js"`) || !strings.Contains(js, `"GOAPP_ROOT_PREFIX":"/partner-track"`) {
		t.Error("app.js does not register the worker under the prefix")
	}
	pages := jsList(t, out, "app.js", `const goappStaticPages = new Set\((\[.*\])\);`)
	if !slices.Contains(pages, "/partner-track/") || !slices.Contains(pages, "/partner-track/cast/arden-cho") || slices.Contains(pages, "/partner-track/cast") {
		t.Errorf("app.js lists the static pages %q: want the home page and the actors' pages under the prefix, not the cast list", pages)
	}
	for _, u := range jsList(t, out, "app-worker.js", resourcesToCacheRE) {
		if !strings.HasPrefix(u, "/partner-track") {
			t.Errorf("worker caches %s outside the prefix", u)
		}
	}
	checkImmutable(t, out, "/partner-track/"+glob(t, out, "web/app.*.wasm"), "/partner-track/"+glob(t, out, "web/style.*.css"))
}

// The stylesheet is one file that every section appends to: a brace lost in
// a merge silently drops every rule after it.
func TestStylesheetIsBalanced(t *testing.T) {
	css := read(t, "..", "web/style.css")
	depth, line := 0, 1
	for _, r := range css {
		switch r {
		case '\n':
			line++
		case '{':
			depth++
		case '}':
			if depth--; depth < 0 {
				t.Fatalf("web/style.css:%d: unmatched }", line)
			}
		}
	}
	if depth != 0 {
		t.Errorf("web/style.css: %d unclosed {", depth)
	}
	for _, marker := range []string{"<<<<<<<", ">>>>>>>", "======="} {
		if strings.Contains(css, marker) {
			t.Errorf("web/style.css holds a merge marker %s", marker)
		}
	}
}
