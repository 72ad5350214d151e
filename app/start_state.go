//go:build !wasm

package main

// startStateJS is the part of app.js that carries what a visitor did on the
// prerendered page over to go-app's copy of it. On start go-app replaces
// the page with the one it draws (no hydration), and the new fields are
// empty and nothing has the focus: text typed into a search box during a
// slow start, a pair chosen, the focus a keyboard user had moved, all went.
// The Go program calls goappKeepState just before go-app takes the page
// (app/client.go) and goappRestoreState once it has drawn it (started, in
// app/ui/start_client.go), in the same task, so no key falls between.
//
// Fields, disclosures (details) and focusable elements are matched by
// their order in the document, which the two renders share (the client
// draws what the build prerendered). A field keeps its value, checked state
// or choice when the visitor changed it; a disclosure stays open or closed
// as the visitor left it; the focus keeps its element and, in a text field,
// the caret and selection. A selection of the page's text (a quotation
// being copied) is kept by its place in the text of the page's main
// element, which the two renders share even where they split it into text
// nodes differently. The page's scroll needs nothing: both renders lay out
// the same (and no box of ours scrolls sideways, even on a phone).
//
// The page's own handlers then get an input and a change event for each
// field carried over, in the next task, as if the visitor had just made
// the change: the cast filter filters, a pair chosen is shown.
const startStateJS = `
// The visitor's fields, disclosures, focus and selection across go-app's
// replacement of the prerendered page (the build's addition to app.js,
// app/start_state.go).
const goappFields = "input, select, textarea";
const goappFocusable = "a[href], area[href], button, input, select, textarea, summary, [tabindex]";
let goappKept = null;

function goappKeepState() {
  const fields = [];
  document.querySelectorAll(goappFields).forEach((el, i) => {
    if (el.type === "checkbox" || el.type === "radio") {
      if (el.checked !== el.defaultChecked) {
        fields.push({ i, checked: el.checked });
      }
    } else if (el.tagName === "SELECT") {
      if ([...el.options].some((o) => o.selected !== o.defaultSelected)) {
        fields.push({ i, index: el.selectedIndex });
      }
    } else if (el.value !== el.defaultValue) {
      fields.push({ i, value: el.value });
    }
  });
  const opened = [...document.querySelectorAll("details")].map((d) => d.open);
  let focus = null;
  const a = document.activeElement;
  if (a && a !== document.body) {
    focus = { i: [...document.querySelectorAll(goappFocusable)].indexOf(a) };
    try {
      if (typeof a.selectionStart === "number") {
        focus.start = a.selectionStart;
        focus.end = a.selectionEnd;
        focus.dir = a.selectionDirection;
      }
    } catch (e) {}
  }
  goappKept = { fields, opened, focus, selection: goappKeepSelection() };
}

// goappKeepSelection returns the selection of the main element's text as
// two character offsets in it (anchor and focus), or null.
function goappKeepSelection() {
  const main = document.getElementById("main");
  const sel = getSelection();
  if (!main || !sel.rangeCount || sel.isCollapsed ||
      !main.contains(sel.anchorNode) || !main.contains(sel.focusNode)) {
    return null;
  }
  const at = (node, offset) => {
    const r = document.createRange();
    r.setStart(main, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  return { anchor: at(sel.anchorNode, sel.anchorOffset), focus: at(sel.focusNode, sel.focusOffset) };
}

// goappRestoreSelection selects the main element's text between the
// character offsets goappKeepSelection returned.
function goappRestoreSelection(kept) {
  const main = document.getElementById("main");
  if (!kept || !main) {
    return;
  }
  const find = (n) => {
    const walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      if (n <= t.length) {
        return [t, n];
      }
      n -= t.length;
    }
    return null;
  };
  const a = find(kept.anchor);
  const f = find(kept.focus);
  if (a && f) {
    getSelection().setBaseAndExtent(a[0], a[1], f[0], f[1]);
  }
}

function goappRestoreState() {
  const kept = goappKept;
  goappKept = null;
  if (!kept) {
    return;
  }
  const fields = document.querySelectorAll(goappFields);
  const changed = [];
  for (const f of kept.fields) {
    const el = fields[f.i];
    if (!el) {
      continue;
    }
    if ("checked" in f) {
      el.checked = f.checked;
    } else if ("index" in f) {
      el.selectedIndex = f.index;
    } else {
      el.value = f.value;
    }
    changed.push(el);
  }
  document.querySelectorAll("details").forEach((d, i) => {
    if (i < kept.opened.length && d.open !== kept.opened[i]) {
      d.open = kept.opened[i];
    }
  });
  const focus = kept.focus;
  const el = focus && focus.i >= 0 && document.querySelectorAll(goappFocusable)[focus.i];
  if (el && document.activeElement !== el) {
    el.focus({ preventScroll: true });
    if ("start" in focus) {
      try {
        el.setSelectionRange(focus.start, focus.end, focus.dir);
      } catch (e) {}
    }
  }
  goappRestoreSelection(kept.selection);
  if (changed.length) {
    setTimeout(() => {
      for (const el of changed) {
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }, 0);
  }
}
`
