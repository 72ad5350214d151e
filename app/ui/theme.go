package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// themeToggle is the colour theme button of the frame. It cycles system →
// the opposite of the system's → the same as the system's → system; the
// choice is kept in localStorage and set as data-theme on <html> by the
// small script in the page's head (ThemeScript), which also handles the
// click, so the button works before and without the wasm. Its markup never
// changes: which of the three names shows is up to the stylesheet, from
// data-theme, so the prerendered and the live button are the same. It is
// hidden until that script has run (class js on <html>): with scripts off
// it would do nothing.
func themeToggle() app.UI {
	return app.Elem("button").Attr("type", "button").Class("theme-toggle").
		Title("Colour theme: follow the system, light or dark").Body(
		app.Elem("span").Class("theme-prefix").Text("Theme: "),
		app.Elem("span").Class("th th-system").Text("Auto"),
		app.Elem("span").Class("th th-light").Text("Light"),
		app.Elem("span").Class("th th-dark").Text("Dark"),
	)
}

// ThemeStorageKey is where the theme choice is kept in localStorage:
// "light", "dark", or nothing for the system's.
const ThemeStorageKey = "theme"

// ThemeScript goes in the <head>, so it runs before the first paint: it
// applies the remembered theme (no flash of the other one), marks <html>
// with class js, and handles the toggle's clicks, in this tab and, through
// the storage event, in the site's other tabs.
const ThemeScript = `<script>(function(){` +
	`var d=document.documentElement,k="` + ThemeStorageKey + `";` +
	`function set(t){if(t==="light"||t==="dark")d.setAttribute("data-theme",t);else d.removeAttribute("data-theme")}` +
	`try{set(localStorage.getItem(k))}catch(e){}` +
	`d.classList.add("js");` +
	`addEventListener("storage",function(e){if(e.key===k)set(e.newValue)});` +
	`document.addEventListener("click",function(e){` +
	`if(!e.target.closest||!e.target.closest(".theme-toggle"))return;` +
	`var sys=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light",` +
	`other=sys==="dark"?"light":"dark",cur=d.getAttribute("data-theme")||"system",` +
	`next=cur==="system"?other:cur===other?sys:"system";` +
	`set(next);` +
	`try{if(next==="system")localStorage.removeItem(k);else localStorage.setItem(k,next)}catch(e){}` +
	`})})()</script>`
