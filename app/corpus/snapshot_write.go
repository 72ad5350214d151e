//go:build !wasm

package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// Snapshot returns the derived sections, file name to JSON, for the wasm
// to embed. Load has made them all already.
func (c *Corpus) Snapshot() (map[string][]byte, error) {
	cmp, err := c.Compare()
	if err != nil {
		return nil, err
	}
	sections := map[string]any{
		snapHome:       c.Home(),
		snapTimeline:   c.Timeline(),
		snapViewership: c.Viewership(),
		snapCast:       c.Cast(),
		snapCompare:    cmp,
	}
	out := make(map[string][]byte, len(sections))
	for name, v := range sections {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("snapshot %s: %w", name, err)
		}
		out[name] = b
	}
	return out, nil
}

// WriteSnapshot writes the snapshot's files into dir, replacing any
// *.json files already there.
func (c *Corpus) WriteSnapshot(dir string) error {
	snap, err := c.Snapshot()
	if err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	for name, b := range snap {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// CheckSnapshot reports whether the files in dir are this corpus's
// snapshot, naming the first that is missing, different or extra: a wasm
// built with another snapshot would show other data than the pages
// prerendered from these seeds.
func (c *Corpus) CheckSnapshot(dir string) error {
	snap, err := c.Snapshot()
	if err != nil {
		return err
	}
	names := make([]string, 0, len(snap))
	for name := range snap {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		p := filepath.Join(dir, name)
		b, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("the snapshot the wasm embeds lacks %s (write it with go run ./app -snapshot %s, as make build does): %w", name, dir, err)
		}
		if !bytes.Equal(b, snap[name]) {
			return fmt.Errorf("%s is stale: it is not what these seeds give (rebuild with make build)", p)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, f := range files {
		if _, ok := snap[filepath.Base(f)]; !ok {
			return fmt.Errorf("%s is no section of the snapshot (rebuild with make build)", f)
		}
	}
	return nil
}
