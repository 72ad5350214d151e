//go:build e2e

package e2e

import (
	"io"
	"io/fs"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// Article ids of the five seed articles.
const (
	article0 = "000_747ef56c3995183a"
	article1 = "001_af8ed55f5fefa408"
	article2 = "002_36a669ef9be3c6c1"
	article3 = "003_04899bce5507796f"
	article4 = "004_afde3b6bae209fa5"
)

// siteTitle is the title of the home page, and the suffix of the others.
const siteTitle = "Partner Track Explorer"

// route is a page of the site.
type route struct {
	path string
	h1   string // the expected h1; "" when any non-empty h1 will do
}

// routes lists the pages every build must have; allRoutes adds the pages
// found in dist/ (such as one per cast member) to them.
var routes = []route{
	{"/", "Partner Track, as the press reported it"},
	{"/articles", "Articles"},
	{"/articles/" + article0, ""},
	{"/articles/" + article1, ""},
	{"/articles/" + article2, "Partner Track Netflix Renewal Status"},
	{"/articles/" + article3, ""},
	{"/articles/" + article4, ""},
	{"/cast", "Cast"},
	{"/viewership", "Viewership"},
	{"/compare", "Compare"},
	{"/search", "Search"},
}

// routeName names the subtest of a path: "home" for "/", else the path
// without its leading slash.
func routeName(path string) string {
	if path == "/" {
		return "home"
	}
	return strings.TrimPrefix(path, "/")
}

// TestHTTPStatus checks the status of every page, and of an unknown path,
// with a plain HTTP client.
func TestHTTPStatus(t *testing.T) {
	type check struct {
		path string
		want int
	}
	tests := []check{
		{"/no/such/page", http.StatusNotFound},
		{"/articles/999_0000000000000000", http.StatusNotFound},
	}
	for _, r := range allRoutes(t) {
		tests = append(tests, check{r.path, http.StatusOK})
	}
	for _, tt := range tests {
		t.Run(routeName(tt.path), func(t *testing.T) {
			resp, err := http.Get(siteURL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tt.want {
				t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.want)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("GET %s: Content-Type %q, want text/html", tt.path, ct)
			}
			if !strings.Contains(string(body), `<main id="main"`) {
				t.Errorf("GET %s: body has no <main id=\"main\">", tt.path)
			}
		})
	}
}

// pageInfo is what TestRoutes reads from a page.
type pageInfo struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	H1          string `json:"h1"`
}

const pageInfoJS = `({
	title: document.title,
	description: (document.querySelector('meta[name=description]') || {}).content || '',
	h1: ((document.querySelector('main#main h1') || {}).textContent || '').trim(),
})`

// TestRoutes loads every page in the browser and checks, after the wasm
// ran, its own title and description, its h1, and that it logged no error
// and fetched nothing from another host.
func TestRoutes(t *testing.T) {
	titles := map[string]string{} // title → path
	for _, r := range allRoutes(t) {
		t.Run(routeName(r.path), func(t *testing.T) {
			tb := newTab(t)
			tb.navigate(r.path)
			tb.waitWasm()
			got := eval[pageInfo](tb, pageInfoJS)

			switch {
			case got.Title == "":
				t.Errorf("empty <title>")
			case r.path == "/" && got.Title != siteTitle:
				t.Errorf("title %q, want %q", got.Title, siteTitle)
			case r.path != "/" && got.Title == siteTitle:
				t.Errorf("title %q is the home page's, want the page's own", got.Title)
			}
			if p, dup := titles[got.Title]; dup && got.Title != "" {
				t.Errorf("title %q is also the title of %s", got.Title, p)
			}
			titles[got.Title] = r.path
			if got.Description == "" {
				t.Errorf("empty meta description")
			}
			switch {
			case got.H1 == "":
				t.Errorf("main#main h1 is missing or empty")
			case r.h1 != "" && got.H1 != r.h1:
				t.Errorf("h1 %q, want %q", got.H1, r.h1)
			}
			tb.assertClean()
		})
	}
}

// allRoutes returns routes followed by every other page the build wrote
// (each dist/**/*.html but 404.html), so a new page is checked as soon as
// it exists.
func allRoutes(t *testing.T) []route {
	t.Helper()
	known := map[string]bool{}
	for _, r := range routes {
		known[r.path] = true
	}
	out := append([]route(nil), routes...)
	err := filepath.WalkDir(distPath, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		rel, err := filepath.Rel(distPath, p)
		if err != nil || rel == "404.html" {
			return err
		}
		path := "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".html")
		if path == "/index" {
			path = "/"
		}
		if !known[path] {
			out = append(out, route{path, ""})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
