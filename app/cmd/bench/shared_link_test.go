package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestReserve(t *testing.T) {
	now := time.Unix(1000, 0)
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	for _, tt := range []struct {
		name     string
		free     time.Time
		n        int
		wantFree time.Time
		wantWait time.Duration
	}{
		{"idle link starts now", now.Add(-ms(500)), 1000, now.Add(ms(100)), ms(100)},
		{"never used", time.Time{}, 500, now.Add(ms(50)), ms(50)},
		{"busy link queues after what is booked", now.Add(ms(30)), 1000, now.Add(ms(130)), ms(130)},
		{"nothing to send", now.Add(ms(30)), 0, now.Add(ms(30)), ms(30)},
	} {
		free, wait := reserve(tt.free, now, tt.n, 10000)
		if !free.Equal(tt.wantFree) || wait != tt.wantWait {
			t.Errorf("%s: free +%v wait %v, want +%v, %v", tt.name, free.Sub(now), wait, tt.wantFree.Sub(now), tt.wantWait)
		}
	}
}

// Two downloads at once share the link: together they take at least the
// time of both bodies at its rate (a link per connection would take half).
// A lower bound only, which a slow machine cannot break.
func TestSharedLinkIsShared(t *testing.T) {
	body := strings.Repeat("x", 64<<10)
	link := &sharedLink{
		h:    http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, body) }),
		rate: 1 << 20, // 1 MiB a second: 64 KiB take 62.5 ms
	}
	srv := httptest.NewServer(link)
	defer srv.Close()
	start := time.Now()
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Get(srv.URL)
			if err != nil {
				t.Error(err)
				return
			}
			defer res.Body.Close()
			if b, _ := io.ReadAll(res.Body); len(b) != len(body) {
				t.Errorf("got %d bytes, want %d", len(b), len(body))
			}
		}()
	}
	wg.Wait()
	if d := time.Since(start); d < 125*time.Millisecond {
		t.Errorf("two 64 KiB bodies at 1 MiB/s took %v, want at least 125 ms", d)
	}
}
