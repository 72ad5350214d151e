package main

import (
	"net/http"
	"sync"
	"time"
)

// sharedLink is a slow link that every response of a server shares: the
// page's and its service worker's alike. Chromium's network emulation
// (the phone-link conditions) throttles the page's own requests only, so a
// worker precaching the site beside the page's download went unseen.
// Each response waits latency before its first byte, and the bodies of all
// responses pass through one budget of rate bytes a second, in chunks of
// linkChunk bytes, so concurrent downloads share it.
type sharedLink struct {
	h       http.Handler
	rate    float64 // bytes a second
	latency time.Duration

	mu   sync.Mutex
	free time.Time // when the bytes reserved so far have passed
}

// linkChunk is how many bytes a response sends at a time through the link.
const linkChunk = 8 << 10

func (l *sharedLink) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	time.Sleep(l.latency)
	l.h.ServeHTTP(&linkWriter{ResponseWriter: w, link: l}, r)
}

// take waits until n bytes have passed the link after those already
// reserved.
func (l *sharedLink) take(n int) {
	l.mu.Lock()
	now := time.Now()
	var wait time.Duration
	l.free, wait = reserve(l.free, now, n, l.rate)
	l.mu.Unlock()
	time.Sleep(wait)
}

// reserve books n bytes on a link of rate bytes a second that is busy
// until free: it returns when the link is free again and how long from now
// the caller waits for its bytes to have passed. An idle link (free before
// now) starts from now: unused time is not saved up.
func reserve(free, now time.Time, n int, rate float64) (time.Time, time.Duration) {
	if free.Before(now) {
		free = now
	}
	free = free.Add(time.Duration(float64(n) / rate * float64(time.Second)))
	return free, free.Sub(now)
}

// linkWriter sends a response's body through its link.
type linkWriter struct {
	http.ResponseWriter
	link *sharedLink
}

func (w *linkWriter) Write(b []byte) (int, error) {
	sent := 0
	for len(b) > 0 {
		n := min(len(b), linkChunk)
		w.link.take(n)
		m, err := w.ResponseWriter.Write(b[:n])
		sent += m
		if err != nil {
			return sent, err
		}
		if f, ok := w.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
		b = b[n:]
	}
	return sent, nil
}
