//go:build !wasm

package main

import (
	_ "embed"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/ui"
)

// workerJS is the service worker template (see worker.js.tmpl).
//
//go:embed worker.js.tmpl
var workerJS string

// Colours of the installed app, as in web/style.css.
const (
	themeColor      = "#1f2a44"
	backgroundColor = "#ffffff"
	description     = "How five 2022 web articles reported Netflix’s Partner Track, with every fact linked to its source sentence."
)

// provider tells go-app where the site lives: under base, with a wasm whose
// file name carries its content hash (so it can be cached for ever).
type provider struct {
	base string // "" or "/partner-track"
	wasm string // "/web/app.<hash>.wasm"
}

func (p provider) Package() string { return p.base }
func (p provider) Static() string  { return p.base }
func (p provider) AppWASM() string { return p.base + p.wasm }

// handlerConfig is what the go-app handler is made from.
type handlerConfig struct {
	version   string
	provider  provider
	style     string   // "/web/style.<hash>.css"
	cacheable []string // URLs the worker precaches, beyond go-app's own
	immutable []string // URLs of the content-hashed files, as the worker lists them
}

// immutableMarker is where worker.js.tmpl takes the list of content-hashed
// URLs (go-app's template data has only the version and the URLs to cache).
const immutableMarker = "IMMUTABLE_URLS"

// workerTemplate is worker.js.tmpl with the content-hashed URLs written in,
// as a JavaScript array.
func workerTemplate(immutable []string) string {
	return withJSList(workerJS, immutableMarker, immutable)
}

// handler is the go-app handler the site is rendered with.
func handler(c handlerConfig) *app.Handler {
	return &app.Handler{
		Name:        ui.SiteName,
		ShortName:   "Partner Track",
		Title:       ui.SiteName,
		Description: description,
		Lang:        "en",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/apple-touch-icon.png",
		},
		BackgroundColor:       backgroundColor,
		ThemeColor:            themeColor,
		LoadingLabel:          "Loading",
		Styles:                []string{c.style},
		RawHeaders:            []string{wasmPreload(c.provider), `<meta name="color-scheme" content="light dark">`, ui.ThemeScript},
		CacheableResources:    c.cacheable,
		Version:               c.version,
		Resources:             c.provider,
		ServiceWorkerTemplate: workerTemplate(c.immutable),
		// A session left open learns of a new version within the hour.
		AutoUpdateInterval: time.Hour,
	}
}

// wasmPreload starts the wasm's download as soon as the page's head is
// read, beside the stylesheets, instead of when app.js runs after the
// whole page and its styles are in (go-app fetches it from there). It is
// a fetch preload, without credentials like app.js's fetch, so that fetch
// takes this response instead of downloading the wasm again.
func wasmPreload(p provider) string {
	return `<link rel="preload" href="` + p.AppWASM() + `" as="fetch" type="application/wasm" crossorigin="anonymous">`
}

// normalizeBase turns "partner-track/", "/partner-track" or "/" into
// "/partner-track" or "".
func normalizeBase(b string) string {
	b = strings.Trim(b, "/")
	if b == "" {
		return ""
	}
	return "/" + b
}
