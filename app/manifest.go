//go:build !wasm

package main

import (
	"encoding/json"

	"partnertrack/app/ui"
)

// manifestIcon is one icon of the web app manifest.
type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
}

// manifest returns the web app manifest. go-app's own has no maskable icon
// and no way to add one, so the build writes this one instead.
func manifest(base string) ([]byte, error) {
	root := base + "/"
	m := struct {
		Name            string         `json:"name"`
		ShortName       string         `json:"short_name"`
		Description     string         `json:"description"`
		ID              string         `json:"id"`
		StartURL        string         `json:"start_url"`
		Scope           string         `json:"scope"`
		Display         string         `json:"display"`
		BackgroundColor string         `json:"background_color"`
		ThemeColor      string         `json:"theme_color"`
		Lang            string         `json:"lang"`
		Icons           []manifestIcon `json:"icons"`
	}{
		Name:            ui.SiteName,
		ShortName:       "Partner Track",
		Description:     description,
		ID:              root,
		StartURL:        root,
		Scope:           root,
		Display:         "standalone",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		Lang:            "en",
		Icons: []manifestIcon{
			{Src: base + "/web/icon.svg", Sizes: "any", Type: "image/svg+xml"},
			{Src: base + "/web/icon-192.png", Sizes: "192x192", Type: "image/png"},
			{Src: base + "/web/icon-512.png", Sizes: "512x512", Type: "image/png"},
			{Src: base + "/web/icon-maskable-512.png", Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
		},
	}
	return json.MarshalIndent(m, "", "  ")
}
