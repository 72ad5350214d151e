package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"partnertrack/app/corpus"
	"partnertrack/app/site"
)

// comparePicker chooses the two articles of /compare. It is a plain GET
// form (it works without JavaScript); in the app, changing either list
// goes to the new pair at once, without a reload. A and B are inputs.
type comparePicker struct {
	app.Compo
	C    *corpus.Corpus
	A, B string
}

// Render draws the two lists, a swap link and the submit button.
func (p *comparePicker) Render() app.UI {
	return app.Elem("form").Class("picker").Attr("action", site.Href("/compare")).Attr("method", "get").Body(
		p.list("a", "Left", p.A, p.onChange("a")),
		app.Elem("a").Class("swap").Attr("href", site.Href(comparePath(p.B, p.A))).Title("Swap the sides").Aria("label", "Swap the sides").Text("⇄"),
		p.list("b", "Right", p.B, p.onChange("b")),
		app.Elem("button").Attr("type", "submit").Text("Compare"),
	)
}

func (p *comparePicker) list(name, label, current string, h app.EventHandler) app.UI {
	return app.Elem("label").Class("pick").Body(
		app.Elem("span").Class("pick-label").Text(label),
		app.Elem("select").Attr("name", name).ID("pick-"+name).OnChange(h).Body(
			app.Range(p.C.Articles).Slice(func(i int) app.UI {
				a := p.C.Articles[i]
				o := app.Elem("option").Attr("value", a.ID).Text(p.C.Label(a.ID) + " · " + a.Title)
				if a.ID == current {
					o = o.Attr("selected", true) // false would still write the attribute
				}
				return o
			}),
		),
	)
}

// onChange goes to the pair with the changed side. It marks nothing for
// update: go-app would otherwise draw the picker again for the event and
// walk the whole page around it, both as they were (the address changes
// only in the navigation that follows), just before the navigation draws
// the page for the new pair, picker included.
func (p *comparePicker) onChange(side string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.PreventUpdate()
		v := ctx.JSSrc().Get("value").String()
		a, b := p.A, p.B
		if side == "a" {
			a = v
		} else {
			b = v
		}
		ctx.Navigate(site.Href(comparePath(a, b)))
	}
}
