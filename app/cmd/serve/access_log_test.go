package main

import (
	"bytes"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestAccessLog(t *testing.T) {
	tests := []struct {
		name    string
		method  string
		target  string
		handler http.HandlerFunc
		want    string
	}{
		{"implicit 200", "GET", "/a?b=c", func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, "hello")
		}, "GET /a?b=c 200 5 - "},
		{"explicit status and encoding", "GET", "/app.wasm", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "br")
			w.WriteHeader(http.StatusOK)
			w.Write([]byte("1234"))
		}, "GET /app.wasm 200 4 br "},
		{"read from", "GET", "/f", func(w http.ResponseWriter, r *http.Request) {
			io.Copy(w, io.LimitReader(strings.NewReader("0123456789"), 7))
		}, "GET /f 200 7 - "},
		{"not found", "GET", "/nope", func(w http.ResponseWriter, r *http.Request) {
			http.NotFound(w, r)
		}, "GET /nope 404 19 - "},
		{"head", "HEAD", "/", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusOK)
		}, "HEAD / 200 0 - "},
		{"nothing written", "GET", "/empty", func(w http.ResponseWriter, r *http.Request) {}, "GET /empty 200 0 - "},
		{"escaped path", "GET", "/a%0Ab", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusNotModified)
		}, "GET /a%0Ab 304 0 - "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			h := accessLog(log.New(&buf, "", 0), tt.handler)
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(tt.method, tt.target, nil))
			line := buf.String()
			if !strings.HasPrefix(line, tt.want) || strings.Count(line, "\n") != 1 {
				t.Errorf("log %q, want prefix %q", line, tt.want)
			}
		})
	}
}
