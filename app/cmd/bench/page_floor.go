package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// goappScripts are the script tags go-app writes into every page.
var goappScripts = regexp.MustCompile(`<script defer="" src="[^"]*/(wasm_exec|app)\.js"></script>\n?`)

// writePageFloor copies the built site to dir without the wasm, go-app's
// scripts and the worker: the same prerendered pages and stylesheet, as
// plain static HTML. That is the physical floor of our first paint.
func writePageFloor(dist, dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	return filepath.WalkDir(dist, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dist, p)
		base := filepath.Base(rel)
		if strings.Contains(base, ".wasm") || base == "app.js" || base == "wasm_exec.js" || base == "app-worker.js" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(base, ".html") {
			n := len(goappScripts.FindAll(b, -1))
			if n != 2 {
				return fmt.Errorf("%s: found %d of go-app's 2 script tags", rel, n)
			}
			b = goappScripts.ReplaceAll(b, nil)
		}
		target := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// lighthouseRoutes are the routes Lighthouse measures: every page of the
// build except the reader pages, which share one view, of which it takes
// the largest, and 404.html.
func lighthouseRoutes(dist string) ([]string, error) {
	var routes []string
	var reader string
	var readerSize int64
	err := filepath.WalkDir(dist, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(dist, p)
		rel = filepath.ToSlash(rel)
		switch {
		case rel == "404.html":
		case rel == "index.html":
			routes = append(routes, "/")
		case strings.HasPrefix(rel, "articles/"):
			info, err := d.Info()
			if err != nil {
				return err
			}
			if info.Size() > readerSize {
				reader, readerSize = "/"+strings.TrimSuffix(rel, ".html"), info.Size()
			}
		default:
			routes = append(routes, "/"+strings.TrimSuffix(rel, ".html"))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if reader != "" {
		routes = append(routes, reader)
	}
	sort.Slice(routes, func(i, j int) bool { return routeOrder(routes[i]) < routeOrder(routes[j]) })
	return routes, nil
}

// routeOrder sorts the home page first, then articles, readers, sections.
func routeOrder(r string) string {
	switch {
	case r == "/":
		return "0"
	case r == "/articles":
		return "1"
	case strings.HasPrefix(r, "/articles/"):
		return "2"
	}
	return "3" + r
}

// article0 returns the path of the first article of the build, or "".
func article0(dist string) string {
	m, _ := filepath.Glob(filepath.Join(dist, "articles", "*.html"))
	sort.Strings(m)
	if len(m) == 0 {
		return ""
	}
	return "/articles/" + strings.TrimSuffix(filepath.Base(m[0]), ".html")
}
