package precompress

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestBoth(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"text", []byte("Partner Track premiered on 26 August 2022.")},
		{"repetitive", []byte(strings.Repeat("\x00asm wasm ", 50000))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			br, gz, err := Both(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, tc.in) {
				t.Errorf("brotli round trip: %d bytes back of %d, err %v", len(got), len(tc.in), err)
			}
			zr, err := gzip.NewReader(bytes.NewReader(gz))
			if err != nil {
				t.Fatal(err)
			}
			if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, tc.in) {
				t.Errorf("gzip round trip: %d bytes back of %d, err %v", len(got), len(tc.in), err)
			}
			if len(tc.in) > 1000 && (len(br) >= len(tc.in)/10 || len(gz) >= len(tc.in)/10) {
				t.Errorf("repetitive input barely compressed: br %d, gz %d of %d", len(br), len(gz), len(tc.in))
			}
		})
	}
}
