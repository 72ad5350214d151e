//go:build e2e

package e2e

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"partnertrack/app/internal/headless"
	"partnertrack/app/internal/static"
)

var distDir = flag.String("dist", filepath.Join("..", "..", "dist"), "directory of the built site (make build writes it)")

// Shared by all tests, set up by TestMain.
var (
	// siteURL is the address of the test server, such as http://127.0.0.1:41234.
	siteURL string
	// siteHost is the host:port of siteURL.
	siteHost string
	// distPath is the absolute path of the built site.
	distPath string
	// browserCtx holds the one Chromium of the package; tabs derive from it.
	browserCtx context.Context
)

// browserStartTimeout bounds the start of Chromium.
const browserStartTimeout = 30 * time.Second

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(runMain(m))
}

// runMain sets up the server and the browser, runs the tests and tears the
// setup down again. It returns the exit code.
func runMain(m *testing.M) int {
	dist, err := filepath.Abs(*distDir)
	if err != nil {
		return fail("e2e: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dist, "index.html")); err != nil {
		return fail("e2e: no built site: %s/index.html is missing (%v); run make build first, or pass -dist DIR", dist, err)
	}
	chromium, err := findChromium()
	if err != nil {
		return fail("e2e: %v", err)
	}

	srv := httptest.NewServer(static.Handler(dist))
	defer srv.Close()
	u, err := url.Parse(srv.URL)
	if err != nil {
		return fail("e2e: server address: %v", err)
	}
	siteURL, siteHost, distPath = srv.URL, u.Host, dist

	profile, err := os.MkdirTemp("", "e2e-chromium-")
	if err != nil {
		return fail("e2e: %v", err)
	}
	defer os.RemoveAll(profile)

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), headless.Options(chromium, profile, viewportWidth, viewportHeight)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	// The first Do starts the browser and binds it to ctx, so it must not
	// get a context that times out; a timer cancels it instead.
	timer := time.AfterFunc(browserStartTimeout, cancel)
	err = chromedp.Do(ctx)
	if !timer.Stop() {
		err = fmt.Errorf("no answer within %v", browserStartTimeout)
	}
	if err != nil {
		return fail("e2e: starting %s: %v", chromium, err)
	}
	browserCtx = ctx
	return m.Run()
}

// findChromium returns the browser to run: chromium on PATH, else Debian's
// /usr/bin/chromium.
func findChromium() (string, error) {
	if p, err := exec.LookPath("chromium"); err == nil {
		return p, nil
	}
	const debian = "/usr/bin/chromium"
	if _, err := os.Stat(debian); err == nil {
		return debian, nil
	}
	return "", errors.New("chromium not found on PATH nor at " + debian + "; install it (make chromium, or apt-get install chromium)")
}

// fail prints a setup failure and returns the exit code of a failed run.
func fail(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	fmt.Fprintln(os.Stderr, "FAIL")
	return 1
}
