package main

import (
	"io"
	"log"
	"net/http"
	"time"
)

// accessLog logs one line per request: method, path and query, status,
// body bytes sent, content coding ("-" for none) and duration.
func accessLog(logger *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		enc := rec.Header().Get("Content-Encoding")
		if enc == "" {
			enc = "-"
		}
		logger.Printf("%s %s %d %d %s %s", r.Method, r.URL.RequestURI(), rec.status, rec.bytes, enc,
			time.Since(start).Round(time.Microsecond))
	})
}

// recorder notes the status and body size of a response.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 && status >= 200 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// ReadFrom keeps net/http's sendfile path for files copied into the
// response.
func (r *recorder) ReadFrom(src io.Reader) (int64, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := io.Copy(r.ResponseWriter, src)
	r.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
