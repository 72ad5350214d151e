package content

import (
	"reflect"
	"strings"
	"testing"
)

// sameContent compares everything but Raw.
func sameContent(t *testing.T, got, want *Article) {
	t.Helper()
	g, w := *got, *want
	g.Raw, w.Raw = "", ""
	if !reflect.DeepEqual(g, w) {
		t.Errorf("articles differ:\n got %+v\nwant %+v", g, w)
	}
}

func TestParseToleratesCRLFAndBOM(t *testing.T) {
	for _, file := range seedFiles(t) {
		raw := mustRead(t, file)
		want := parseSeed(t, file)
		variants := map[string]string{
			"crlf": strings.ReplaceAll(raw, "\n", "\r\n"),
			"bom":  "\uFEFF" + raw,
		}
		for name, v := range variants {
			got, err := Parse(file, []byte(v))
			if err != nil {
				t.Fatalf("%s %s: %v", file, name, err)
			}
			if got.Raw != v {
				t.Errorf("%s %s: Raw not kept byte for byte", file, name)
			}
			sameContent(t, got, want)
		}
	}
}

func TestParseDerivedTitle(t *testing.T) {
	tests := []struct {
		name, data, title, source string
		line                      int
	}{
		{
			name:   "first heading",
			data:   "It ran. It ended.\n\nRenewal Status\n\nNot renewed yet.\n",
			title:  "Renewal Status",
			source: "first heading, line 3",
		},
		{
			name:   "first sentence, clipped",
			data:   "Partner Track is a legal drama that ran for one season on Netflix before it was canceled in November 2022. It ended.\n",
			title:  "Partner Track is a legal drama that ran for one season on Netflix before it was…",
			source: "first sentence, line 1",
		},
		{
			name:   "first sentence, short",
			data:   "\n\nIt ran for one season. It ended in November 2022.\n",
			title:  "It ran for one season.",
			source: "first sentence, line 3",
		},
		{
			name:   "not alone in its block",
			data:   "Partner Track\nIt ran for one season on Netflix.\n",
			title:  "Partner Track",
			source: "first heading, line 1",
		},
		{
			name:  "real headline",
			data:  "Join us on Whatsapp\n\nPartner Track Ends\n\nIt ran for one season.\n",
			title: "Partner Track Ends",
			line:  3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			derived := tt.line == 0
			if a.Title != tt.title || a.TitleSource != tt.source || a.TitleLine != tt.line || a.TitleDerived != derived {
				t.Errorf("title = %q source %q line %d derived %v; want %q source %q line %d derived %v",
					a.Title, a.TitleSource, a.TitleLine, a.TitleDerived, tt.title, tt.source, tt.line, derived)
			}
			for _, w := range strings.Fields(strings.TrimSuffix(a.Title, "…")) {
				if !strings.Contains(tt.data, w) {
					t.Errorf("title word %q is not in the text", w)
				}
			}
		})
	}
}

func TestClipWords(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"short one", 80, "short one"},
		{"alpha beta gamma", 10, "alpha beta…"},
		{"alpha, beta gamma", 8, "alpha…"},
		{"supercalifragilistic", 5, "super…"},
	}
	for _, tt := range tests {
		if got := clipWords(tt.in, tt.limit); got != tt.want {
			t.Errorf("clipWords(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
	}
}

func TestParseBoilerplateInsideBlock(t *testing.T) {
	data := "Headline Here\n\nCaption line\nCredit: Twitter\n👉🏼Other post\nName Partner Track\nEpisodes 10\nLanguage English\n\nSome text.\n"
	a, err := Parse("x.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []Kind
	for _, b := range a.Blocks {
		kinds = append(kinds, b.Kind)
	}
	// The caption and the box share a source block; boilerplate between
	// them is removed and the four kept lines form one Lines box.
	if want := []Kind{Lines, Paragraph}; !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds = %v, want %v", kinds, want)
	}
	if len(a.Removed) != 2 || a.Removed[0].Line != 4 || a.Removed[1].Line != 5 {
		t.Errorf("Removed = %+v", a.Removed)
	}
	if got := a.ContentLines(); !reflect.DeepEqual(got, []int{1, 3, 6, 7, 8, 10}) {
		t.Errorf("ContentLines = %v", got)
	}
}
