package main

import (
	"fmt"
	"os"
	"path/filepath"

	"partnertrack/app/precompress"
)

// wasmSize is the size of one site's app.wasm, raw and compressed.
type wasmSize struct {
	site          string
	raw, gzip, br int64
}

// measureSizes reads our wasm and the floor's. The brotli figure is the
// .br file each build wrote beside its wasm (quality 11, the bytes a host
// serves); gzip is computed here at level 9 for both.
func measureSizes(dist, hello string) ([]wasmSize, error) {
	ours, err := oneFile(filepath.Join(dist, "web"), "app.*.wasm")
	if err != nil {
		return nil, err
	}
	var out []wasmSize
	for _, s := range []struct{ site, path string }{
		{"ours", ours},
		{"hello-world floor", filepath.Join(hello, "web", "app.wasm")},
	} {
		raw, err := os.ReadFile(s.path)
		if err != nil {
			return nil, err
		}
		br, err := os.Stat(s.path + ".br")
		if err != nil {
			return nil, fmt.Errorf("no brotli file beside the wasm: %w", err)
		}
		gz, err := precompress.Gzip(raw)
		if err != nil {
			return nil, err
		}
		out = append(out, wasmSize{site: s.site, raw: int64(len(raw)), gzip: int64(len(gz)), br: br.Size()})
	}
	return out, nil
}

// oneFile returns the one file in dir matching pattern.
func oneFile(dir, pattern string) (string, error) {
	m, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		return "", err
	}
	if len(m) != 1 {
		return "", fmt.Errorf("want one %s in %s, found %q (run make build)", pattern, dir, m)
	}
	return m[0], nil
}

// measureLinked sizes the wasms as Go's linker wrote them, before the
// site builds packed their data segments (package wasmpack): ours and
// the floor, compressed here as the builds compress theirs. Empty paths
// are skipped.
func measureLinked(ours, hello string) ([]wasmSize, error) {
	var out []wasmSize
	for _, s := range []struct{ site, path string }{
		{"ours, as the linker wrote it", ours},
		{"hello-world floor, as the linker wrote it", hello},
	} {
		if s.path == "" {
			continue
		}
		raw, err := os.ReadFile(s.path)
		if err != nil {
			return nil, err
		}
		br, gz, err := precompress.Both(raw)
		if err != nil {
			return nil, err
		}
		out = append(out, wasmSize{site: s.site, raw: int64(len(raw)), gzip: int64(len(gz)), br: int64(len(br))})
	}
	return out, nil
}
