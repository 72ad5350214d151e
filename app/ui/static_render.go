//go:build !wasm

package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The static views render their pages with Go where the build prerenders
// them (and in the tests); see static.go.

func (v homeView) render(*url.URL) app.UI     { return v.renderPage() }
func (v articlesView) render(*url.URL) app.UI { return v.renderPage() }
func (v crewView) render(*url.URL) app.UI     { return v.renderPage() }
func (v personView) render(*url.URL) app.UI   { return v.renderPage() }
func (v timelineView) render(*url.URL) app.UI { return v.renderPage() }

// loadStatic has nothing to load where the pages are rendered with Go.
func (p *page) loadStatic(app.Context) {}
