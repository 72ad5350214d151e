//go:build !wasm

package main

// pagesJS is the part of app.js that loads the prerendered content of the
// static pages (ui.StaticPaths; hrefs are their addresses) for the app's
// moves between pages: the wasm does not carry their Go rendering (see
// app/ui/static.go). goappLoadPage(href) loads a page's content once (the
// HTML of its main element's child) and returns a promise of it;
// goappPageHTML(href) returns it once loaded, else undefined. A page is
// loaded ahead when the pointer or the focus reaches a link to it, and the
// static pages the header links to are loaded as soon as app.js runs,
// beside the wasm: the first move through the navigation finds them at
// hand. A failed load is forgotten, so the next tries again.
func pagesJS(hrefs []string) []byte {
	return []byte(withJSList(pagesJSTemplate, "STATIC_PAGES", hrefs))
}

const pagesJSTemplate = `
// The prerendered content of the static pages (the build's addition to
// app.js, app/pagesjs.go).
const goappStaticPages = new Set(STATIC_PAGES);
const goappPages = new Map();

function goappLoadPage(href) {
  let page = goappPages.get(href);
  if (!page) {
    page = {};
    page.promise = fetch(href)
      .then((res) => {
        if (!res.ok) {
          throw new Error(href + ": HTTP " + res.status + " " + res.statusText);
        }
        return res.text();
      })
      .then((text) => {
        const doc = new DOMParser().parseFromString(text, "text/html");
        const content = doc.querySelector("main#main > *");
        if (!content) {
          throw new Error(href + ": the page has no content");
        }
        page.html = content.outerHTML;
        return page.html;
      });
    page.promise.catch(() => goappPages.delete(href));
    goappPages.set(href, page);
  }
  return page.promise;
}

function goappPageHTML(href) {
  const page = goappPages.get(href);
  return page && page.html;
}

function goappStaticHref(a) {
  if (!a || !a.href) {
    return null;
  }
  const u = new URL(a.href, location.href);
  if (u.origin !== location.origin || u.search || !goappStaticPages.has(u.pathname) ||
      u.pathname === location.pathname) {
    return null;
  }
  return u.pathname;
}

function goappLoadLinked(e) {
  const a = e.target && e.target.closest && e.target.closest("a[href]");
  const href = goappStaticHref(a);
  if (href) {
    goappLoadPage(href).catch(() => {});
  }
}

for (const type of ["pointerover", "touchstart", "focusin"]) {
  document.addEventListener(type, goappLoadLinked, { capture: true, passive: true });
}
for (const a of document.querySelectorAll("header a[href]")) {
  const href = goappStaticHref(a);
  if (href) {
    goappLoadPage(href).catch(() => {});
  }
}
`
