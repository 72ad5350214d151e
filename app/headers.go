//go:build !wasm

package main

import "fmt"

// headers returns a _headers file (the format Netlify and Cloudflare Pages
// read; README gives the same rules for other hosts). Content-hashed files
// are immutable; the worker and the loader are revalidated on every load.
// Pages get the hosts' default (revalidate), and no catch-all rule is
// written because these hosts merge every matching rule's headers.
func headers(wasmName, styleName string) []byte {
	return []byte(fmt.Sprintf(`# Cache rules for static hosts that read _headers (Netlify, Cloudflare Pages).
/%[1]s
  Cache-Control: public, max-age=31536000, immutable
  Content-Type: application/wasm
/%[2]s
  Cache-Control: public, max-age=31536000, immutable
/app-worker.js
  Cache-Control: no-cache
/app.js
  Cache-Control: no-cache
/manifest.webmanifest
  Cache-Control: no-cache
`, wasmName, styleName))
}
