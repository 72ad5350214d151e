package static

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"sync"

	"github.com/andybalholm/brotli"
)

// brotliQuality trades speed for size: app.wasm (~7 MB) compresses in well
// under a second and is compressed only once per build.
const brotliQuality = 6

// cache keeps, per file, the values derived from its content. An entry is
// replaced when the file's size or modification time changes.
type cache struct {
	mu      sync.Mutex
	entries map[string]*entry
}

// entry holds the lazily computed hash and compressed forms of one version
// of a file. Each is computed once even under concurrent requests.
type entry struct {
	size    int64
	modTime int64 // UnixNano
	hash    lazy[string]
	br      lazy[[]byte]
	gz      lazy[[]byte]
}

// lazy is a value computed at most once.
type lazy[T any] struct {
	once sync.Once
	val  T
	err  error
}

func (l *lazy[T]) get(compute func() (T, error)) (T, error) {
	l.once.Do(func() { l.val, l.err = compute() })
	return l.val, l.err
}

// lookup returns the entry for the version of the file described by f.
func (c *cache) lookup(f openFile) *entry {
	size, mod := f.info.Size(), f.info.ModTime().UnixNano()
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[f.name]
	if e == nil || e.size != size || e.modTime != mod {
		if c.entries == nil {
			c.entries = map[string]*entry{}
		}
		e = &entry{size: size, modTime: mod}
		c.entries[f.name] = e
	}
	return e
}

// forget drops e, so that a failed computation is retried next time.
func (c *cache) forget(name string, e *entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries[name] == e {
		delete(c.entries, name)
	}
}

// etag returns the strong entity tag of the uncompressed content, without
// quotes: the first 128 bits of its SHA-256, in hex.
func (e *entry) etag(f openFile) (string, error) {
	return e.hash.get(func() (string, error) {
		h := sha256.New()
		if _, err := io.Copy(h, content(f)); err != nil {
			return "", err
		}
		return hex.EncodeToString(h.Sum(nil)[:16]), nil
	})
}

// compressed returns the content of f encoded with enc (br or gzip).
func (e *entry) compressed(f openFile, enc string) ([]byte, error) {
	if enc == encBrotli {
		return e.br.get(func() ([]byte, error) {
			return compress(f, brotli.NewWriterLevel(nil, brotliQuality))
		})
	}
	return e.gz.get(func() ([]byte, error) {
		return compress(f, gzip.NewWriter(nil))
	})
}

// resetWriteCloser is the part of brotli.Writer and gzip.Writer used here.
type resetWriteCloser interface {
	io.WriteCloser
	Reset(io.Writer)
}

func compress(f openFile, zw resetWriteCloser) ([]byte, error) {
	var buf bytes.Buffer
	zw.Reset(&buf)
	if _, err := io.Copy(zw, content(f)); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// content reads f from its start, independently of its file offset.
func content(f openFile) io.Reader {
	return io.NewSectionReader(f.file, 0, f.info.Size())
}
