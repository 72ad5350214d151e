// Command serve serves the prerendered site that `make build` writes to
// dist/, behaving like the static host used in production: clean URLs
// ("/x" serves x.html), 404.html for unknown paths, br/gzip compression and
// ETags (see package partnertrack/app/internal/static). `make run` and the
// browser tests use it.
//
// Usage:
//
//	serve [-dir dist] [-addr 127.0.0.1:8000]
//
// The default address is 127.0.0.1:$PORT, PORT defaulting to 8000; use
// -addr 127.0.0.1:0 for any free port (the "serving" log line names it).
// It logs one line per request and shuts down gracefully on SIGINT or
// SIGTERM; a second signal stops it at once.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second signal gets the default behaviour: exit now
	}()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stderr, nil)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.As(err, new(usageError)):
		os.Exit(2) // the flag package already printed the problem and usage
	default:
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}
