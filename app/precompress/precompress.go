// Package precompress compresses a file the way the builds write it beside
// the original for hosts that serve precompressed files: brotli at quality
// 11 (andybalholm/brotli, the Go port of the reference encoder) and gzip at
// level 9. Our site's build, the hello-world floor and the redraw floor of
// make bench, and the bench's size table all use it, so the bench compares
// wasms compressed alike.
package precompress

import (
	"bytes"
	"compress/gzip"
	"sync"

	"github.com/andybalholm/brotli"
)

// Both returns b compressed with brotli and with gzip, both at their
// highest levels. They run at once: brotli 11 on 8 MB takes a while.
func Both(b []byte) (br, gz []byte, err error) {
	var wg sync.WaitGroup
	var brErr, gzErr error
	wg.Add(2)
	go func() {
		defer wg.Done()
		br, brErr = Brotli(b)
	}()
	go func() {
		defer wg.Done()
		gz, gzErr = Gzip(b)
	}()
	wg.Wait()
	if brErr != nil {
		return nil, nil, brErr
	}
	if gzErr != nil {
		return nil, nil, gzErr
	}
	return br, gz, nil
}

// Brotli returns b compressed with brotli at quality 11.
func Brotli(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Gzip returns b compressed with gzip at level 9.
func Gzip(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
