// Package snapshot holds, in the wasm only, the parsed seeds and the
// sections the build derived from them, as Go variables the compiler lays
// out as static data (see corpus.WriteSnapshot). Its file sections.go is
// build output, written by `go run ./app -snapshot app/corpus/snapshot`
// (make build, make vet and make bench do it first) and never committed;
// the site build refuses to run when it is not what the seeds give.
package snapshot
