package site

import (
	"reflect"
	"strings"
	"testing"
)

func TestSuggest(t *testing.T) {
	known := []string{"/", "/articles", "/articles/000_aaa", "/articles/001_bbb", "/cast", "/viewership"}
	tests := []struct {
		path string
		want []string
	}{
		{"/Articles/", []string{"/articles"}},
		{"/CAST", []string{"/cast"}},
		{"/articles/001", []string{"/articles/001_bbb"}},
		{"/articles/zzz", []string{"/articles"}},
		{"/articles/0", []string{"/articles"}},
		{"/cast/nobody/extra", []string{"/cast"}},
		{"/viewers", []string{"/viewership"}},
		{"/nothing-like-it", nil},
	}
	for _, tt := range tests {
		if got := Suggest(tt.path, known); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Suggest(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestSentenceURL(t *testing.T) {
	if got, want := SentenceURL("002_x", "l7s2"), "/articles/002_x#l7s2"; got != want {
		t.Errorf("SentenceURL = %q, want %q", got, want)
	}
}

func TestHref(t *testing.T) {
	defer func(b string) { Base = b }(Base)
	for _, tt := range []struct{ base, path, want string }{
		{"", "/cast", "/cast"},
		{"/pt", "/cast?q=x", "/pt/cast?q=x"},
		{"/pt/", "/", "/pt/"},
		{"/pt", "#main", "#main"},
	} {
		Base = tt.base
		if got := Href(tt.path); got != tt.want {
			t.Errorf("Base %q: Href(%q) = %q, want %q", tt.base, tt.path, got, tt.want)
		}
	}
	Base = "/pt"
	if got := SentenceURL("a", "l1s1"); got != "/pt/articles/a#l1s1" {
		t.Errorf("SentenceURL under a base = %q", got)
	}
}

func TestPathOf(t *testing.T) {
	defer func(b string) { Base = b }(Base)
	for _, tt := range []struct{ base, urlPath, want string }{
		{"", "/cast", "/cast"},
		{"", "/", "/"},
		{"/pt", "/pt/cast/arden-cho", "/cast/arden-cho"},
		{"/pt/", "/pt/compare", "/compare"},
		{"/pt", "/pt", "/"},
		{"/pt", "/pt/", "/"},
	} {
		Base = tt.base
		if got := PathOf(tt.urlPath); got != tt.want {
			t.Errorf("Base %q: PathOf(%q) = %q, want %q", tt.base, tt.urlPath, got, tt.want)
		}
		if tt.want != "/" {
			if back := Href(PathOf(tt.urlPath)); back != strings.TrimRight(tt.base, "/")+tt.want {
				t.Errorf("Base %q: Href(PathOf(%q)) = %q", tt.base, tt.urlPath, back)
			}
		}
	}
}
