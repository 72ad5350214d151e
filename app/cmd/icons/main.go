// Command icons draws the app's icons into web/: an SVG favicon and the PNG
// sizes a PWA and iOS ask for. The PNGs are committed; a test checks that
// they still match what this program draws, so edit the shapes here and run
// `go run ./app/cmd/icons` from the repository root.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("dir", "web", "directory to write the icons to")
	flag.Parse()
	if err := write(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "icons:", err)
		os.Exit(1)
	}
}

// write renders every icon into dir.
func write(dir string) error {
	if err := os.WriteFile(filepath.Join(dir, "icon.svg"), []byte(svg()), 0o644); err != nil {
		return err
	}
	for _, s := range sizes {
		b, err := encodePNG(s.px, s.maskable)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, s.name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// sizes are the PNG files written, by name and side in pixels.
var sizes = []struct {
	name     string
	px       int
	maskable bool
}{
	{"icon-192.png", 192, false},
	{"icon-512.png", 512, false},
	{"apple-touch-icon.png", 180, false},
	// A maskable icon fills the square and keeps its drawing inside the
	// central safe circle (radius 40%), since the OS crops it to any shape.
	{"icon-maskable-512.png", 512, true},
}
