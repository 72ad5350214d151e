package content

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"partnertrack/seeds"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseErrorFixtures(t *testing.T) {
	bad := readTestdata(t, "invalid_utf8.txt")
	badOffset := bytes.IndexByte(bad, 0xff)
	if badOffset != 39 {
		t.Fatalf("fixture changed: 0xff at byte %d, want 39", badOffset)
	}
	tests := []struct {
		file string
		err  error
		msg  string
	}{
		{"empty.txt", ErrEmpty, "empty.txt: file is empty"},
		{"whitespace.txt", ErrEmpty, "whitespace.txt: file is empty"},
		{"invalid_utf8.txt", ErrInvalidUTF8, fmt.Sprintf("invalid_utf8.txt: not valid UTF-8 at line 3, byte offset %d", badOffset)},
		{"no_paragraph.txt", ErrNoParagraph, "no_paragraph.txt: no paragraph (only headings/boilerplate)"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := Parse(tt.file, readTestdata(t, tt.file))
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", a)
			}
			if a != nil {
				t.Errorf("Parse returned an article with its error")
			}
			if !strings.HasPrefix(err.Error(), tt.file+": ") {
				t.Errorf("error %q does not start with the file name", err)
			}
			if err.Error() != tt.msg {
				t.Errorf("error = %q, want %q", err, tt.msg)
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != tt.file {
				t.Errorf("error is not a *ParseError for %s: %#v", tt.file, err)
			}
		})
	}
}

func TestParseBadNames(t *testing.T) {
	data := []byte("Title\n\nSome text.\n")
	tests := []struct {
		file string
		err  error
		msg  string
	}{
		{"notes.md", ErrBadName, "notes.md: file name does not end in .txt"},
		{"000.TXT", ErrBadName, "000.TXT: file name does not end in .txt"},
		{"seed.txt.bak", ErrBadName, "seed.txt.bak: file name does not end in .txt"},
		{".txt", ErrNoName, ".txt: file name has nothing before .txt"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.file, data)
		if err == nil || err.Error() != tt.msg || !errors.Is(err, tt.err) {
			t.Errorf("Parse(%q) error = %v, want %q", tt.file, err, tt.msg)
		}
	}
}

func TestParseFSCollectsAllErrors(t *testing.T) {
	good, err := seeds.FS.ReadFile("004_afde3b6bae209fa5.txt")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"004_afde3b6bae209fa5.txt": {Data: good},
		"005_empty.txt":            {Data: nil},
		"006_bad.txt":              {Data: []byte("Heading\n\nText \xc3\x28 here.\n")},
		"README.md":                {Data: []byte("not a seed")},
		"sub/007_nested.txt":       {Data: []byte("")},
	}
	arts, err := ParseFS(fsys)
	if err == nil {
		t.Fatal("ParseFS reported no error")
	}
	if !errors.Is(err, ErrEmpty) || !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("ParseFS error %q lacks one of the two problems", err)
	}
	msg := err.Error()
	for _, want := range []string{"005_empty.txt: file is empty", "006_bad.txt: not valid UTF-8 at line 3, byte offset 14"} {
		if !strings.Contains(msg, want) {
			t.Errorf("ParseFS error %q does not contain %q", msg, want)
		}
	}
	if strings.Contains(msg, "README") || strings.Contains(msg, "nested") {
		t.Errorf("ParseFS looked beyond root *.txt files: %q", msg)
	}
	if len(arts) != 1 || arts[0].ID != "004_afde3b6bae209fa5" {
		t.Errorf("ParseFS articles = %d, want only the good seed", len(arts))
	}
}

func TestParseFSTestdata(t *testing.T) {
	arts, err := ParseFS(os.DirFS("testdata"))
	if len(arts) != 0 {
		t.Errorf("ParseFS(testdata) parsed %d articles, want 0", len(arts))
	}
	if err == nil {
		t.Fatal("no error")
	}
	// One line per bad file, in name order.
	want := strings.Join([]string{
		"empty.txt: file is empty",
		"invalid_utf8.txt: not valid UTF-8 at line 3, byte offset 39",
		"no_paragraph.txt: no paragraph (only headings/boilerplate)",
		"whitespace.txt: file is empty",
	}, "\n")
	if err.Error() != want {
		t.Errorf("ParseFS(testdata) error =\n%s\nwant\n%s", err, want)
	}
}
