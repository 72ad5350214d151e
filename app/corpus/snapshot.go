package corpus

// The snapshot is one Go source file of package snapshot: the parsed
// articles and each derived section as a package-level variable, which the
// wasm compiles in as static data. What encoding/json would leave out is
// left out too: unexported fields, and fields tagged `json:"-"` (the
// lookups' regular expressions, the compared articles, which are the
// corpus's own).
const snapshotFile = "sections.go"
