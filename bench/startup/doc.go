// Package startup holds benchmarks of the work the client does at every
// start before its first render: loading the corpus from the embedded
// seeds (parsing the articles, then extracting the home facts). make bench
// runs them on the host and, compiled to js/wasm, in Node's V8, and
// reports them beside the measured time to interactive.
package startup
