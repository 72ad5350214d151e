// Package startup holds benchmarks of the work the client does before it
// shows a page: loading the corpus (parsing the embedded seeds), then the
// section the page needs, made both ways — derived from the articles
// (Derive/<section>, what the build does) and decoded from the build's
// snapshot (Snapshot/<section>, what the browser does). make bench runs
// them on the host and, compiled to js/wasm, in Node's V8, and reports them
// beside the measured time to interactive.
package startup
