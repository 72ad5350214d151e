package static

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestMount(t *testing.T) {
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "inner "+r.URL.Path)
	})
	h := Mount("/pt/", inner)
	tests := []struct {
		path, body, location string
		status               int
	}{
		{"/pt/cast", "inner /cast", "", 200},
		{"/pt/", "inner /", "", 200},
		{"/pt?x=1", "", "/pt/?x=1", 301},
		{"/cast", "", "", 404},
		{"/ptx/cast", "", "", 404},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, rec.Code, tt.status)
		}
		if tt.status == 200 && rec.Body.String() != tt.body {
			t.Errorf("%s: body %q, want %q", tt.path, rec.Body.String(), tt.body)
		}
		if got := rec.Header().Get("Location"); got != tt.location {
			t.Errorf("%s: location %q, want %q", tt.path, got, tt.location)
		}
	}
	if Mount("", inner) == nil || Mount("/", inner) == nil {
		t.Error("no handler for an empty prefix")
	}
}
