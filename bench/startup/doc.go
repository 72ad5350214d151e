// Package startup holds benchmarks of the work the client could do before
// it shows a page, each way it could be done: parse the embedded seeds
// (Parse), then make the section the page needs — derived from the
// articles (Derive/<section>, what the build does), decoded from JSON
// (Decode/<section>, what the client did until the build compiled the
// sections in), or taken from the corpus compiled into the wasm
// (Snapshot/<section>, what the client does now; js/wasm only). make bench
// runs them on the host and, compiled to js/wasm, in Node's V8, and
// reports them beside the measured time to interactive.
package startup
