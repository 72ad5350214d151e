package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
)

// samples is the supersampling grid per pixel side, for smooth edges.
const samples = 4

// maskScale shrinks the steps of the maskable icon into its safe zone.
const maskScale = 0.8

// encodePNG rasterises the icon at px×px and encodes it as PNG. The output
// is deterministic for a given size. A maskable icon has square corners and
// smaller steps.
func encodePNG(px int, maskable bool) ([]byte, error) {
	corner, shapes := float64(radius), steps
	if maskable {
		corner, shapes = 0, scaled(steps, maskScale)
	}
	img := image.NewNRGBA(image.Rect(0, 0, px, px))
	bg, fg := hexColor(background), hexColor(foreground)
	scale := float64(canvas) / float64(px)
	for y := 0; y < px; y++ {
		for x := 0; x < px; x++ {
			var inBG, inFG int
			for sy := 0; sy < samples; sy++ {
				for sx := 0; sx < samples; sx++ {
					cx := (float64(x) + (float64(sx)+0.5)/samples) * scale
					cy := (float64(y) + (float64(sy)+0.5)/samples) * scale
					if !inRounded(cx, cy, rect{0, 0, canvas, canvas}, corner) {
						continue
					}
					inBG++
					for _, r := range shapes {
						if inRounded(cx, cy, r, 8) {
							inFG++
							break
						}
					}
				}
			}
			img.SetNRGBA(x, y, blend(bg, fg, inBG, inFG))
		}
	}
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

// blend mixes the background and foreground by sample coverage.
func blend(bg, fg color.NRGBA, inBG, inFG int) color.NRGBA {
	const n = samples * samples
	if inBG == 0 {
		return color.NRGBA{}
	}
	mix := func(a, b uint8) uint8 {
		return uint8(math.Round((float64(a)*float64(inBG-inFG) + float64(b)*float64(inFG)) / float64(inBG)))
	}
	return color.NRGBA{mix(bg.R, fg.R), mix(bg.G, fg.G), mix(bg.B, fg.B), uint8(math.Round(255 * float64(inBG) / n))}
}

// inRounded reports whether (x, y) lies in r with corners of radius rad.
func inRounded(x, y float64, r rect, rad float64) bool {
	if x < r.x0 || x >= r.x1 || y < r.y0 || y >= r.y1 {
		return false
	}
	cx := math.Min(math.Max(x, r.x0+rad), r.x1-rad)
	cy := math.Min(math.Max(y, r.y0+rad), r.y1-rad)
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= rad*rad
}

// hexColor parses "#rrggbb".
func hexColor(s string) color.NRGBA {
	var c color.NRGBA
	c.A = 255
	for i, p := range []*uint8{&c.R, &c.G, &c.B} {
		var v uint8
		for _, ch := range s[1+2*i : 3+2*i] {
			v <<= 4
			switch {
			case ch >= '0' && ch <= '9':
				v |= uint8(ch - '0')
			case ch >= 'a' && ch <= 'f':
				v |= uint8(ch-'a') + 10
			}
		}
		*p = v
	}
	return c
}

// scaled returns the rectangles scaled by f about the canvas centre.
func scaled(rs []rect, f float64) []rect {
	c := float64(canvas) / 2
	out := make([]rect, len(rs))
	for i, r := range rs {
		out[i] = rect{c + (r.x0-c)*f, c + (r.y0-c)*f, c + (r.x1-c)*f, c + (r.y1-c)*f}
	}
	return out
}
