package static

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// TestConcurrent fetches through a real server, in parallel, the way a
// browser loads the app; run with -race.
func TestConcurrent(t *testing.T) {
	dir := site(t)
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	client := srv.Client()
	client.Transport.(*http.Transport).DisableCompression = true // see raw encodings

	targets := map[string]string{
		"/":                     "index.html",
		"/app.wasm":             "app.wasm",
		"/app.js":               "app.js",
		"/wasm_exec.js":         "wasm_exec.js",
		"/app.css":              "app.css",
		"/articles/000_abc":     "articles/000_abc.html",
		"/manifest.webmanifest": "manifest.webmanifest",
		"/nope":                 "404.html",
	}
	accepts := []string{"", "gzip", "br", "gzip, br"}
	want := map[string]string{}
	for target, file := range targets {
		want[target] = read(t, dir, file)
	}

	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	for i := 0; i < 8; i++ {
		for target := range targets {
			for _, accept := range accepts {
				wg.Go(func() {
					req, _ := http.NewRequest("GET", srv.URL+target, nil)
					req.Header.Set("Accept-Encoding", accept)
					resp, err := client.Do(req)
					if err != nil {
						errs <- err
						return
					}
					defer resp.Body.Close()
					body, err := decode(resp)
					if err != nil {
						errs <- fmt.Errorf("%s (%q): %v", target, accept, err)
					} else if body != want[target] {
						errs <- fmt.Errorf("%s (%q): wrong body", target, accept)
					}
				})
			}
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
