//go:build wasm

package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// inNextTask runs fn in a browser task of its own (a timer's), queued now:
// work a page will soon need runs right after the task that draws the page
// instead of lengthening it. (requestIdleCallback waited 25–55 ms past the
// first render, long enough for a keystroke that came at once to find the
// work undone and do it itself.) The browser's performance timeline gets
// a measure named name that spans fn (the tests read it).
func inNextTask(name string, fn func()) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		perf := app.Window().Get("performance")
		perf.Call("mark", name+" start")
		fn()
		perf.Call("measure", name, name+" start")
		cb.Release()
		return nil
	})
	app.Window().Call("setTimeout", cb, 0)
}

// afterNextPaint runs fn in a task of its own after the browser's next
// paint: a timer set from an animation frame callback fires once that
// frame is painted. Work the visitor does not see (the address, the title)
// then no longer delays the paint of what they wait for.
func afterNextPaint(fn func()) {
	var frame, timer app.Func
	timer = app.FuncOf(func(app.Value, []app.Value) any {
		timer.Release()
		fn()
		return nil
	})
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		app.Window().Call("setTimeout", timer, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
}
