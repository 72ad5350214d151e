package static

import (
	"io/fs"
	"os"
	"strings"
)

// openFile is a regular file opened inside the root directory.
type openFile struct {
	name string // slash-separated path relative to the root
	file *os.File
	info fs.FileInfo
}

// resolve maps a cleaned, rooted URL path to a regular file: "/" to
// index.html, "/x" to x, else x.html, else x/index.html. Directories are
// never served themselves.
func resolve(dir, cleanPath string) (openFile, bool) {
	name := strings.TrimPrefix(cleanPath, "/")
	if name == "" {
		return openRegular(dir, "index.html")
	}
	for _, candidate := range []string{name, name + ".html", name + "/index.html"} {
		if f, ok := openRegular(dir, candidate); ok {
			return f, true
		}
	}
	return openFile{}, false
}

// openRegular opens name inside dir if it is a regular file. os.OpenInRoot
// refuses any name, or symlink, that leads outside dir.
func openRegular(dir, name string) (openFile, bool) {
	f, err := os.OpenInRoot(dir, name)
	if err != nil {
		return openFile{}, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return openFile{}, false
	}
	return openFile{name: name, file: f, info: info}, true
}

// openSibling opens the precompressed sibling of f for a content coding
// (name.br, name.gz). A sibling older than f is ignored as stale.
func openSibling(dir string, f openFile, enc string) (openFile, bool) {
	suffix := map[string]string{encBrotli: ".br", encGzip: ".gz"}[enc]
	if suffix == "" {
		return openFile{}, false
	}
	s, ok := openRegular(dir, f.name+suffix)
	if !ok {
		return openFile{}, false
	}
	if s.info.ModTime().Before(f.info.ModTime()) {
		s.file.Close()
		return openFile{}, false
	}
	return s, true
}
