//go:build e2e

package e2e

import "testing"

// startProbe runs at the start of every document. Once the deferred
// scripts ran (DOMContentLoaded), it marks the prerendered frame, and
// notes (window.__start) whether the prerendered frame was still there
// when a timer set just before go.run fired (yielded), and when the
// loader was removed (loaderWithPrerendered).
const startProbe = `(() => {
  const S = window.__start = {yielded: null, loaderWithPrerendered: null};
  const prerendered = () => document.querySelector('.frame[data-prerendered]') !== null;
  document.addEventListener('DOMContentLoaded', () => {
    const frame = document.querySelector('.frame');
    if (frame) frame.dataset.prerendered = '1';
    const run = Go.prototype.run;
    Go.prototype.run = function (instance) {
      setTimeout(() => { S.yielded = prerendered(); }, 0);
      return run.call(this, instance);
    };
    const loader = document.getElementById('app-wasm-loader');
    const remove = loader.remove;
    loader.remove = function () { S.loaderWithPrerendered = prerendered(); remove.call(this); };
  });
})()`

// TestStartYieldsBeforeFirstRender: the Go program lets the browser run
// between the start of the Go runtime and go-app's first render (two
// tasks, not one long one: app/client.go), and the loader goes only once
// go-app has drawn the page, so its removal still means the wasm ran.
func TestStartYieldsBeforeFirstRender(t *testing.T) {
	tb := newTab(t)
	tb.onEveryDocument("add the start probe", startProbe)
	tb.navigate("/cast/crew")
	tb.waitWasm()
	tb.waitFor("the timer set before go.run", `window.__start.yielded !== null`, stepTimeout)
	got := eval[map[string]any](tb, `window.__start`)
	if got["yielded"] != true {
		t.Errorf("go-app had replaced the prerendered page before a timer set just before go.run fired (%v): the start is one task", got)
	}
	if got["loaderWithPrerendered"] != false {
		t.Errorf("the loader was removed while the prerendered page was still there (%v): its removal no longer means the wasm ran", got)
	}
	tb.assertClean()
}
