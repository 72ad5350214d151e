package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"partnertrack/app/internal/static"
)

// shutdownTimeout bounds how long in-flight requests may take to finish.
const shutdownTimeout = 5 * time.Second

// config is the parsed command line.
type config struct {
	dir  string
	addr string
	base string
}

// usageError reports a bad command line, already described on the output.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// parseFlags parses args; getenv supplies PORT for the default address.
func parseFlags(args []string, getenv func(string) string, out io.Writer) (config, error) {
	port := getenv("PORT")
	if port == "" {
		port = "8000"
	}
	var cfg config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&cfg.dir, "dir", "dist", "directory holding the built site")
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:"+port, "address to listen on (default port from $PORT, else 8000)")
	fs.StringVar(&cfg.base, "base", getenv("BASE"), "serve the site under this path prefix, as a sub-path build expects (default $BASE)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, err
		}
		return cfg, usageError{err}
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(out, "unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return cfg, usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	return cfg, nil
}

// checkSite fails unless dir holds a built site.
func checkSite(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("directory %s not found: run make build first", dir)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s is not a directory", dir)
	}
	index := filepath.Join(dir, "index.html")
	if _, err := os.Stat(index); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s not found: run make build first", index)
	} else if err != nil {
		return err
	}
	return nil
}

// run serves until ctx is done, then shuts down gracefully. Logs go to
// logw; ready, if not nil, receives the base URL once the server listens.
func run(ctx context.Context, args []string, getenv func(string) string, logw io.Writer, ready func(url string)) error {
	cfg, err := parseFlags(args, getenv, logw)
	if err != nil {
		return err
	}
	if err := checkSite(cfg.dir); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}

	logger := log.New(logw, "", log.LstdFlags)
	url := "http://" + ln.Addr().String() + strings.TrimRight("/"+strings.Trim(cfg.base, "/"), "/")
	logger.Printf("serving %s on %s", displayDir(cfg.dir), url)
	srv := &http.Server{
		Handler:           accessLog(logger, static.Mount(cfg.base, static.Handler(cfg.dir))),
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          logger,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	if ready != nil {
		ready(url)
	}

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	logger.Print("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// displayDir renders dir for the log, with a trailing slash: "dist/".
func displayDir(dir string) string {
	d := filepath.ToSlash(filepath.Clean(dir))
	if !strings.HasSuffix(d, "/") {
		d += "/"
	}
	return d
}
