//go:build e2e

package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"partnertrack/app/internal/static"
)

// swReadyJS is true once a service worker controls the page and has
// finished precaching (it activates only after its install step).
const swReadyJS = `!!navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'`

// waitWorker waits until the page is controlled by an activated worker.
func (tb *tab) waitWorker() {
	tb.t.Helper()
	tb.waitFor("an activated service worker controlling the page", swReadyJS, wasmTimeout)
}

// precachedTab serves the built site, opens it at / and waits until the
// wasm ran and an activated worker (which has precached the site) controls
// the page. The server closes when the test ends, or earlier by Close.
func precachedTab(t *testing.T) (*tab, *httptest.Server) {
	t.Helper()
	srv := httptest.NewServer(static.Handler(distPath))
	t.Cleanup(srv.Close)
	tb := newTab(t, withOrigin(srv.URL))
	tb.navigate("/")
	tb.waitWasm()
	tb.waitWorker()
	return tb, srv
}

// evalAsync evaluates an expression that returns a promise and decodes the
// value it resolves to.
func evalAsync[T any](tb *tab, expr string) T {
	tb.t.Helper()
	return run(tb, "evaluate "+expr, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// TestInstallable asks Chromium itself whether the app can be installed.
func TestInstallable(t *testing.T) {
	tb := newTab(t, inDefaultContext())
	tb.navigate("/")
	tb.waitWasm()
	tb.waitWorker()
	var res page.GetInstallabilityErrorsResult
	tb.call("get installability errors", func(ctx context.Context) error {
		var err error
		res, err = chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
		return err
	})
	for _, e := range res.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("installability error %s %v", e.ErrorID, args)
	}
	// The manifest names a maskable icon, which Chromium fetched.
	icons := evalAsync[[]string](tb, `fetch('/manifest.webmanifest').then(r => r.json()).then(m => m.icons.map(i => (i.purpose || 'any') + ' ' + i.sizes))`)
	if !strings.Contains(strings.Join(icons, ","), "maskable 512x512") {
		t.Errorf("manifest icons %q have no maskable 512x512", icons)
	}
	tb.assertClean()
}

// TestOffline visits the site once, stops the server, and opens every page
// by direct URL, with and without a query, then navigates inside the app.
func TestOffline(t *testing.T) {
	tb, srv := precachedTab(t)
	cached := evalAsync[int](tb, `caches.keys().then(ks => caches.open(ks[0])).then(c => c.keys()).then(ks => ks.length)`)
	t.Logf("precached %d resources", cached)
	srv.Close() // offline from here on: nothing listens on the port

	paths := []string{}
	for _, r := range allRoutes(t) {
		paths = append(paths, r.path)
	}
	paths = append(paths,
		"/articles/"+article0+"?view=raw",
		"/cast?role=recurring&q=yun",
		"/compare?a="+article0+"&b="+article2,
		"/search?q=netflix",
		"/viewership?metric=rank",
	)
	for _, p := range paths {
		tb.navigate(p)
		tb.waitWasm()
		h1 := eval[string](tb, `(document.querySelector('main h1') || {}).textContent || ''`)
		if h1 == "" || h1 == "Page not found" {
			t.Errorf("offline %s: h1 %q", p, h1)
		}
	}
	// An unknown address offline gets the app's own not-found page.
	tb.navigate("/no/such/page")
	tb.waitWasm()
	if h1 := eval[string](tb, `document.querySelector('main h1').textContent`); h1 != "Page not found" {
		t.Errorf("offline unknown page: h1 %q", h1)
	}
	// In-app navigation works offline.
	tb.navigate("/")
	tb.waitWasm()
	tb.do("click Articles", chromedp.Click(chromedp.CSS(`nav[aria-label=Main] a[href="/articles"]`)))
	tb.waitFor("the articles page", `document.querySelector('main h1').textContent === 'Articles'`, stepTimeout)
	// A static page nothing loaded ahead comes from the worker's cache.
	tb.navigate("/cast")
	tb.waitWasm()
	tb.do("click Arden Cho", chromedp.Click(`main#main h3 a[href="/cast/arden-cho"]`))
	tb.waitFor("Arden Cho's page", atJS("/cast/arden-cho", "Arden Cho"), stepTimeout)
}

// TestSubPath builds the site for /partner-track/, serves it there, and
// checks that it runs with every request under the prefix.
func TestSubPath(t *testing.T) {
	const base = "/partner-track"
	wasms, _ := filepath.Glob(filepath.Join(distPath, "web", "app.*.wasm"))
	if len(wasms) != 1 {
		t.Fatalf("want one wasm in dist/web, found %q", wasms)
	}
	out := filepath.Join(t.TempDir(), "dist")
	cmd := exec.Command("go", "run", "./app", "-out", out, "-wasm", wasms[0], "-base", base+"/", "-precompress=false")
	cmd.Dir = filepath.Join("..", "..") // the module root, where web/ is
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sub-path build: %v\n%s", err, b)
	}
	srv := httptest.NewServer(static.Mount(base, static.Handler(out)))
	defer srv.Close()
	tb := newTab(t, withOrigin(srv.URL))
	tb.navigate(base + "/")
	tb.waitWasm()
	tb.waitWorker()
	tb.do("click Articles", chromedp.Click(chromedp.CSS(`nav[aria-label=Main] a[href="`+base+`/articles"]`)))
	tb.waitFor("the articles page", `location.pathname === '`+base+`/articles' && document.querySelector('main h1').textContent === 'Articles'`, stepTimeout)
	tb.do("open an article", chromedp.Click(chromedp.CSS(`main a[href^="`+base+`/articles/"]`)))
	tb.waitFor("a reader page", `location.pathname.startsWith('`+base+`/articles/') && !!document.querySelector('span.s')`, stepTimeout)
	hrefs := eval[[]string](tb, `[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => !h.startsWith('#'))`)
	for _, h := range hrefs {
		if !strings.HasPrefix(h, base+"/") {
			t.Errorf("link %s escapes %s", h, base)
		}
	}
	_, requests := tb.snapshot()
	for _, u := range requests {
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") {
			continue
		}
		if !strings.HasPrefix(u, srv.URL+base+"/") {
			t.Errorf("request %s escapes %s", u, base)
		}
	}
	tb.assertNoConsoleErrors(nil)
}

// swappable serves one directory or another, switched at run time.
type swappable struct{ h atomic.Value }

func (s *swappable) set(dir string) { s.h.Store(static.Handler(dir)) }
func (s *swappable) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.h.Load().(http.Handler).ServeHTTP(w, r)
}

// versionRe finds the version in app.js and app-worker.js.
var versionRe = regexp.MustCompile(`"GOAPP_VERSION":"([0-9a-f]+)"`)

// TestUpdatePrompt serves one version, then a new one: the running app
// offers to reload, and the reload brings the new version.
func TestUpdatePrompt(t *testing.T) {
	v1 := distPath
	js, err := os.ReadFile(filepath.Join(v1, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := versionRe.FindSubmatch(js)
	if m == nil {
		t.Fatal("no GOAPP_VERSION in app.js")
	}
	oldV, newV := string(m[1]), strings.Repeat("e", len(m[1]))
	v2 := copyDir(t, v1)
	for _, f := range []string{"app.js", "app-worker.js"} {
		b, err := os.ReadFile(filepath.Join(v2, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(v2, f), []byte(strings.ReplaceAll(string(b), oldV, newV)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var sw swappable
	sw.set(v1)
	srv := httptest.NewServer(&sw)
	defer srv.Close()
	tb := newTab(t, withOrigin(srv.URL))
	tb.navigate("/articles")
	tb.waitWasm()
	tb.waitWorker()
	if len(eval[[]any](tb, `[...document.querySelectorAll('.update')]`)) != 0 {
		t.Fatal("update prompt before any update")
	}

	sw.set(v2)
	tb.navigate("/articles") // the browser checks the worker for updates
	tb.waitWasm()
	tb.waitFor("the update prompt", `!!document.querySelector('.update button')`, wasmTimeout)
	// It does not block the page: the h1 is still on top.
	if covered := eval[string](tb, coverJS("main h1")); covered != "" {
		t.Errorf("the update prompt covers the page: %s", covered)
	}
	tb.do("click Reload", chromedp.Click(chromedp.CSS(`.update button`)))
	// The click reloads the page: polls may fail while it navigates.
	cond := `typeof goappGetenv === 'function' && goappGetenv('GOAPP_VERSION') === '` + newV + `'`
	deadline := time.Now().Add(wasmTimeout)
	for err := tb.poll(cond, time.Second); err != nil; err = tb.poll(cond, time.Second) {
		if time.Now().After(deadline) {
			t.Fatalf("the reload did not bring version %s: %v", newV, err)
		}
	}
	tb.waitWasm()
	if n := len(eval[[]any](tb, `[...document.querySelectorAll('.update')]`)); n != 0 {
		t.Errorf("update prompt still shown after reloading into the new version")
	}
}

// copyDir copies a directory tree into a temp dir and returns it.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "site")
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
