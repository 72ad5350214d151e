package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// outer counts its renders; it holds inner, whose handler is emulated.
type outer struct {
	app.Compo
	inner   *inner
	renders int
}

func (o *outer) Render() app.UI {
	o.renders++
	return app.Div().Body(app.P().Text("frame"), o.inner)
}

type inner struct {
	app.Compo
	ctx     app.Context
	n       int
	renders int
}

func (c *inner) OnMount(ctx app.Context) { c.ctx = ctx }

func (c *inner) Render() app.UI {
	c.renders++
	return app.Span().Text(itoa(c.n))
}

// TestUpdateOnly runs an event the way go-app runs one (Emit from the
// component's element) and counts who renders: with updateOnly only the
// component does; without it, go-app also re-renders every ancestor.
func TestUpdateOnly(t *testing.T) {
	for _, tc := range []struct {
		name       string
		only       bool
		outerAfter int
	}{
		{"updateOnly", true, 0},
		{"go-app's default", false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := &outer{inner: &inner{}}
			d := app.NewClientTester(o)
			defer d.Close()
			o.renders, o.inner.renders = 0, 0
			d.Emit(o.inner, func() {
				o.inner.n++
				if tc.only {
					updateOnly(o.inner.ctx)
				}
			})
			d.Consume()
			if o.inner.renders != 1 {
				t.Errorf("the component rendered %d times, want 1", o.inner.renders)
			}
			if o.renders != tc.outerAfter {
				t.Errorf("its parent rendered %d times, want %d", o.renders, tc.outerAfter)
			}
			if html := app.HTMLString(o.inner); !strings.Contains(html, ">1<") {
				t.Errorf("the component shows %s, want its new state", html)
			}
		})
	}
}
