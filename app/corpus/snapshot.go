package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// The snapshot is one JSON file per section, named after it. Fields the
// pages never read (the lookups' regular expressions, the compared
// articles, which are the corpus's own) are left out with `json:"-"`.
const (
	snapHome       = "home.json"
	snapTimeline   = "timeline.json"
	snapViewership = "viewership.json"
	snapCast       = "cast.json"
	snapCompare    = "compare.json"
)

// decode reads one section of the snapshot; unknown fields are an error,
// since they mean the snapshot and the wasm were built from different code.
func decode[T any](name string, data []byte) (T, error) {
	var v T
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&v); err != nil {
		return v, fmt.Errorf("snapshot %s: %w", name, err)
	}
	return v, nil
}
