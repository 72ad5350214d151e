package main

import (
	"strings"
	"testing"
)

// leb writes n as unsigned LEB128.
func leb(n int) []byte {
	var out []byte
	for {
		b := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			out = append(out, b|0x80)
			continue
		}
		return append(out, b)
	}
}

func section(id byte, body []byte) []byte {
	return append(append([]byte{id}, leb(len(body))...), body...)
}

func str(s string) []byte { return append(leb(len(s)), s...) }

// A module with one imported function and two bodies of 3 and 130 bytes
// (a size that needs two LEB128 bytes), named through the name section.
func TestParse(t *testing.T) {
	b := []byte("\x00asm\x01\x00\x00\x00")
	var imp []byte
	imp = append(imp, leb(1)...)
	imp = append(imp, str("go")...)
	imp = append(imp, str("debug")...)
	imp = append(imp, 0, 0)
	b = append(b, section(2, imp)...)
	code := leb(2)
	code = append(code, leb(3)...)
	code = append(code, 0, 0, 0x0b)
	code = append(code, leb(130)...)
	code = append(code, make([]byte, 130)...)
	b = append(b, section(10, code)...)
	b = append(b, section(11, make([]byte, 9))...)
	var fnames []byte
	fnames = append(fnames, leb(3)...)
	fnames = append(fnames, leb(0)...)
	fnames = append(fnames, str("go.debug")...)
	fnames = append(fnames, leb(1)...)
	fnames = append(fnames, str("partnertrack_app_ui.frame")...)
	fnames = append(fnames, leb(2)...)
	fnames = append(fnames, str("github.com_maxence_charriere_go_app_v9_pkg_app.__htmlDiv_.Class")...)
	name := str("name")
	name = append(name, 1)
	name = append(name, leb(len(fnames))...)
	name = append(name, fnames...)
	b = append(b, section(0, name)...)

	m, err := parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.funcs) != 2 || m.codeBytes() != 133 || m.data != 9 {
		t.Fatalf("funcs %v, code %d, data %d", m.funcs, m.codeBytes(), m.data)
	}
	got := m.byPackage()
	if got["partnertrack_app_ui"] != 3 || got["github.com_maxence_charriere_go_app_v9_pkg_app"] != 130 {
		t.Errorf("by package %v", got)
	}
	if _, err := parse(b[:len(b)-5]); err == nil || !strings.Contains(err.Error(), "past the end") {
		t.Errorf("truncated module: %v", err)
	}
	if _, err := parse([]byte("not wasm")); err == nil {
		t.Error("a text file parsed")
	}
}

func TestPkgOf(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"partnertrack_app_ui.frame", "partnertrack_app_ui"},
		{"partnertrack_app_ui.__castBrowser_.Render", "partnertrack_app_ui"},
		{"github.com/x/y.(*T).M", "github.com/x/y"},
		{"github.com_maxence_charriere_go_app_v9_pkg_app.__htmlElement_.mount", "github.com_maxence_charriere_go_app_v9_pkg_app"},
		{"vendor_golang.org_x_net_dns_dnsmessage.init", "vendor_golang.org_x_net_dns_dnsmessage"},
		{"partnertrack_app_ui.init.func1", "partnertrack_app_ui"},
		{"runtime.mallocgc", "runtime"},
		{"wasm_export_run", "wasm_export_run"},
		{"", "(unnamed)"},
	} {
		if got := pkgOf(tt.name); got != tt.want {
			t.Errorf("pkgOf(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
