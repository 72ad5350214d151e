// Package static serves the prerendered site that `make build` writes to
// dist/, behaving like the static hosts (CDNs) it is deployed to in
// production.
//
// Handler maps clean URLs to files: "/" serves index.html, "/x" serves the
// file x if it exists, else x.html (so "/articles/000_abc" serves
// articles/000_abc.html), else x/index.html. A trailing slash is removed with
// a 301 redirect, directories are never listed, nothing outside the root
// directory is ever served, and unknown paths get status 404 with the body of
// 404.html.
//
// Responses carry an explicit Content-Type, X-Content-Type-Options: nosniff,
// a strong ETag derived from the SHA-256 of the uncompressed file (answering
// If-None-Match with 304), and Cache-Control: no-cache for the files that the
// go-app runtime must always revalidate. Compressible types are sent with br
// or gzip as negotiated through Accept-Encoding; a precompressed sibling
// (file.br, file.gz) is used when present, otherwise the file is compressed
// once and kept in memory until it changes on disk.
package static
