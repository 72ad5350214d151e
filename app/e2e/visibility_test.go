//go:build e2e

package e2e

import "strconv"

// coverJS describes what covers the centre of the first element matching
// the selector: "" when the element itself (or a descendant) is on top
// there, else a description of the problem.
func coverJS(selector string) string {
	return `(() => {
	const el = document.querySelector(` + strconv.Quote(selector) + `);
	if (!el) return 'no element matches';
	const r = el.getBoundingClientRect();
	if (r.width === 0 || r.height === 0) return 'the element has no size';
	const x = r.left + r.width / 2, y = r.top + r.height / 2;
	if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return 'the centre is outside the viewport';
	const top = document.elementFromPoint(x, y);
	if (top === el || el.contains(top)) return '';
	if (!top) return 'nothing is at the centre';
	return 'covered by <' + top.tagName.toLowerCase() + (top.id ? '#' + top.id : '') +
		(top.className ? ' class="' + top.className + '"' : '') + '>';
})()`
}

// loaderHiddenJS is "" when go-app's loader overlay is absent or not
// shown, else a description of how it shows.
const loaderHiddenJS = `(() => {
	const el = document.getElementById('app-wasm-loader');
	if (!el) return '';
	const s = getComputedStyle(el), r = el.getBoundingClientRect();
	if (s.display === 'none' || s.visibility === 'hidden' || r.width === 0 || r.height === 0) return '';
	return 'display ' + s.display + ', ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' at ' + Math.round(r.left) + ',' + Math.round(r.top);
})()`
