package static

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// serveFile writes f with the given status (200, or 404 for the 404 page),
// negotiating the content coding. Only 200 responses carry an ETag and
// honour If-None-Match.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, f openFile, status int) {
	hdr := w.Header()
	hdr.Set("Content-Type", contentType(f.name))
	if cc := cacheControl(f.name); cc != "" || status != http.StatusOK {
		if cc == "" {
			cc = "no-cache"
		}
		hdr.Set("Cache-Control", cc)
	}

	enc := encIdentity
	if isCompressible(f.name) {
		hdr.Add("Vary", "Accept-Encoding")
		enc = negotiateEncoding(r.Header)
	}

	e := h.cache.lookup(f)
	if status == http.StatusOK {
		hash, err := e.etag(f)
		if err != nil {
			h.fail(w, f, e)
			return
		}
		tag := entityTag(hash, enc)
		hdr.Set("ETag", tag)
		if ifNoneMatch(r.Header, tag) {
			hdr.Del("Content-Type")
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}

	// Files are copied from their start through *os.File (offset 0, as
	// only ReadAt was used) so that net/http can use sendfile.
	var body io.Reader = f.file
	size := f.info.Size()
	if enc != encIdentity {
		if s, ok := openSibling(h.dir, f, enc); ok {
			defer s.file.Close()
			body, size = s.file, s.info.Size()
		} else {
			b, err := e.compressed(f, enc)
			if err != nil {
				h.fail(w, f, e)
				return
			}
			body, size = bytes.NewReader(b), int64(len(b))
		}
		hdr.Set("Content-Encoding", enc)
	}
	hdr.Set("Content-Length", strconv.FormatInt(size, 10))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		io.CopyN(w, body, size) // an error means the client went away
	}
}

// fail answers 500 after a read error and drops the cached entry so that
// the next request starts afresh.
func (h *handler) fail(w http.ResponseWriter, f openFile, e *entry) {
	h.cache.forget(f.name, e)
	w.Header().Del("ETag")
	http.Error(w, "500 internal server error", http.StatusInternalServerError)
}

// entityTag builds the quoted ETag of one representation. Each content
// coding is a different representation, so it gets its own strong tag.
func entityTag(hash, enc string) string {
	if enc == encIdentity {
		return `"` + hash + `"`
	}
	return `"` + hash + "-" + enc + `"`
}

// ifNoneMatch reports whether the If-None-Match headers match tag, using
// the weak comparison RFC 9110 prescribes for this header.
func ifNoneMatch(h http.Header, tag string) bool {
	for _, line := range h.Values("If-None-Match") {
		for candidate := range strings.SplitSeq(line, ",") {
			candidate = strings.TrimPrefix(strings.TrimSpace(candidate), "W/")
			if candidate == "*" || candidate == tag {
				return true
			}
		}
	}
	return false
}
