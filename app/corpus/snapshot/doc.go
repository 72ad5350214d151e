// Package snapshot embeds, in the wasm only, the sections the build derived
// from the seeds, one JSON file each (see corpus.WriteSnapshot). The files
// are build output, written by `go run ./app -snapshot app/corpus/snapshot`
// (make build, make vet and make bench do it first) and never committed;
// the site build refuses to run when they are not what the seeds give.
package snapshot
