package static

import (
	"net/http"
	"strconv"
	"strings"
)

// Content codings the handler produces.
const (
	encBrotli   = "br"
	encGzip     = "gzip"
	encIdentity = ""
)

// negotiateEncoding picks the content coding for a request from its
// Accept-Encoding headers: the accepted coding (q > 0) with the highest
// q-value, br winning ties against gzip. "*" covers codings not named. It
// returns encIdentity when neither br nor gzip is acceptable.
func negotiateEncoding(h http.Header) string {
	q := map[string]float64{}
	for _, line := range h.Values("Accept-Encoding") {
		for part := range strings.SplitSeq(line, ",") {
			coding, weight := parseCoding(part)
			if coding == "" {
				continue
			}
			if _, dup := q[coding]; !dup {
				q[coding] = weight
			}
		}
	}
	weight := func(coding string) float64 {
		if w, ok := q[coding]; ok {
			return w
		}
		if coding == encGzip {
			if w, ok := q["x-gzip"]; ok {
				return w
			}
		}
		return q["*"] // 0 when absent
	}
	br, gz := weight(encBrotli), weight(encGzip)
	switch {
	case br > 0 && br >= gz:
		return encBrotli
	case gz > 0:
		return encGzip
	default:
		return encIdentity
	}
}

// parseCoding parses one element of Accept-Encoding, such as "br;q=0.8",
// into a lower-case coding and its q-value (1 when absent, 0 when malformed).
func parseCoding(s string) (string, float64) {
	coding, params, _ := strings.Cut(s, ";")
	coding = strings.ToLower(strings.TrimSpace(coding))
	weight := 1.0
	for p := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || f < 0 || f > 1 {
			f = 0
		}
		weight = f
	}
	return coding, weight
}
