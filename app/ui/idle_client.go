//go:build wasm

package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// whenIdle runs fn in a task of its own once the browser is idle (or after
// a second at the latest; at once where there is no requestIdleCallback),
// so that work a page will soon need does not lengthen the task that draws
// it. The browser's performance timeline gets a measure named name that
// spans fn (the tests and make bench read it).
func whenIdle(name string, fn func()) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		perf := app.Window().Get("performance")
		perf.Call("mark", name+" start")
		fn()
		perf.Call("measure", name, name+" start")
		cb.Release()
		return nil
	})
	w := app.Window()
	if w.Get("requestIdleCallback").Truthy() {
		w.Call("requestIdleCallback", cb, map[string]any{"timeout": 1000})
		return
	}
	w.Call("setTimeout", cb, 0)
}
