//go:build wasm

package snapshot

import "embed"

// FS holds the snapshot's JSON files.
//
//go:embed *.json
var FS embed.FS
