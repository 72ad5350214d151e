package main

import (
	"bytes"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedIconsMatch fails when web/ holds icons this program no longer
// draws: run `go run ./app/cmd/icons` and commit.
func TestCommittedIconsMatch(t *testing.T) {
	tmp := t.TempDir()
	if err := write(tmp); err != nil {
		t.Fatal(err)
	}
	names := []string{"icon.svg"}
	for _, s := range sizes {
		names = append(names, s.name)
	}
	for _, name := range names {
		want, err := os.ReadFile(filepath.Join(tmp, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", "..", "web", name))
		if err != nil {
			t.Fatalf("web/%s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("web/%s is stale: run go run ./app/cmd/icons", name)
		}
	}
}

func TestPNGSizes(t *testing.T) {
	for _, s := range sizes {
		b, err := encodePNG(s.px, s.maskable)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if got := img.Bounds().Dx(); got != s.px || img.Bounds().Dy() != s.px {
			t.Errorf("%s: %dx%d, want %dx%d", s.name, got, img.Bounds().Dy(), s.px, s.px)
		}
		// The corner is transparent (rounded), but a maskable icon fills
		// its square; the centre is always opaque.
		if _, _, _, a := img.At(0, 0).RGBA(); (a == 0) == s.maskable {
			t.Errorf("%s: corner alpha %d (maskable %v)", s.name, a, s.maskable)
		}
		if _, _, _, a := img.At(s.px/2, s.px/2).RGBA(); a != 0xffff {
			t.Errorf("%s: centre alpha %d, want opaque", s.name, a)
		}
	}
}

// The maskable icon's drawing stays inside the safe zone: a circle of 40%
// of the side around the centre.
func TestMaskableSafeZone(t *testing.T) {
	c := float64(canvas) / 2
	for _, r := range scaled(steps, maskScale) {
		for _, p := range [][2]float64{{r.x0, r.y0}, {r.x1, r.y0}, {r.x0, r.y1}, {r.x1, r.y1}} {
			dx, dy := p[0]-c, p[1]-c
			if d := math.Sqrt(dx*dx + dy*dy); d > 0.4*canvas {
				t.Errorf("corner %v is %.0f px from the centre, over %.0f", p, d, 0.4*canvas)
			}
		}
	}
}
