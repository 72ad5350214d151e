package site

import (
	"reflect"
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
