package content

import (
	"slices"
	"testing"
)

func TestIsHeadingLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Partner Track Season 2", true},
		{"Partner Track Season 2\u00a0Renewal Status", true},
		{"Has Partner Track been renewed for season 2?", true},
		{"What We Expected From the Second Season of Partner Track on Netflix?", true},
		{"Partner Track wasn't popular enough", true},
		{"If the show does get renewed? Where can we expect the show to head next?", false},
		{"Official Renewal Status: Not yet renewed.", false},
		{"Georgia Lee talked to Deadline soon after season 1 came out and talked about where they would go in season 2. Here are some of the most important points:", false},
		{"The regular members of Partner Track Season 2 Cast are:", false},
		{"Expect more from the Rachel-Tyler-Ingrid trio.", false},
		{"Netflix Has Cancelled Season 2 of “Partner Track.”", false},
		{"It ended, and then,", false},
		{"• Rob Heaps as Nick Laren", false},
		{"Week Period Hours Viewed(M) Rank Week in Top 10 August 21st, 2022 to August 28th, 2022 16,660,000 7 1 August 28th, 2022 to September 4th, 2022 31,140,000 (+87%) 4 2", false},
		{"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen", false},
	}
	for _, tt := range tests {
		if got := isHeadingLike(tt.text); got != tt.want {
			t.Errorf("isHeadingLike(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsTitleLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Netflix Has Cancelled Season 2 of “Partner Track.”", true},
		{"Partner Track Season 2: Is It Renewed Or Canceled?", true},
		{"Partner Track Season 2 Release Date, Plot, Cast, Trailer & More", true},
		{"Netflix’s latest legal drama is now streaming and following in the footsteps of The Lincoln Lawyer, adapts a popular book and is almost certainly eyeing a second season at Netflix but will it get it? Here’s everything we know about season 2 and how well the show is performing on the service.", false},
		{"It was short. Two sentences.", false},
		{"Here are the points:", false},
		{"• A bullet", false},
	}
	for _, tt := range tests {
		if got := isTitleLike(tt.text); got != tt.want {
			t.Errorf("isTitleLike(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestBuildBlocks(t *testing.T) {
	type shape struct {
		kind  Kind
		line  int
		items int
	}
	lines := func(texts ...string) []srcLine {
		var out []srcLine
		for i, s := range texts {
			out = append(out, srcLine{n: 10 + i, text: s})
		}
		return out
	}
	tests := []struct {
		name  string
		group []srcLine
		want  []shape
	}{
		{"heading then text", lines("Partner Track Storyline", "The show is about a lawyer."),
			[]shape{{Heading, 10, 0}, {Paragraph, 11, 0}}},
		{"info box", lines("Seasons Aired 1", "Episodes 10", "Language English"),
			[]shape{{Lines, 10, 3}}},
		{"two short lines are not a box", lines("Seasons Aired 1", "Episodes 10"),
			[]shape{{Heading, 10, 0}, {Heading, 11, 0}}},
		{"box broken by a sentence", lines("Seasons Aired 1", "Episodes 10.", "Language English"),
			[]shape{{Heading, 10, 0}, {Paragraph, 11, 0}, {Heading, 12, 0}}},
		{"heading, bullets, paragraph", lines("Cast", "• One", "•Two", "• Three", "That is all."),
			[]shape{{Heading, 10, 0}, {List, 11, 3}, {Paragraph, 14, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []shape
			for _, b := range buildBlocks(tt.group) {
				got = append(got, shape{b.Kind, b.Line, len(b.Items)})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("buildBlocks = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBoilerplateKind(t *testing.T) {
	tests := []struct {
		text string
		kind string // "" when the line is content
	}{
		{"Cookies help us deliver our Services. By using our Services, you agree to our use of cookies.\u00a0Learn More.", RemovedCookieBanner},
		{"Join us on Whatsapp", RemovedWhatsApp},
		{"JOIN US ON WHATSAPP", RemovedWhatsApp},
		{"👉🏼Brahmastra Cast & Movie Release Date", RemovedPromoLink},
		{"👉🏼 10 Emily Blunt Movies Worth Watching for You!", RemovedPromoLink},
		{"🚨 Don’t Miss These", RemovedPromoLink},
		{"🚨 Don't miss these", RemovedPromoLink},
		{"Credit: Twitter", RemovedImageCredit},
		{"Image credit: Netflix", RemovedImageCredit},
		{"Leave A Reply", RemovedCommentPrompt},
		{"Leave a Comment", RemovedCommentPrompt},
		{"Your email address will not be published.", RemovedCommentPrompt},
		{"Would you have liked more episodes of Partner Track on Netflix? Tell us in the comments below.", ""},
		{"Would you like to see more episodes of Netflix’s Partner Track? Let us know in the comments.", ""},
		{"Partner Track Season 2", ""},
		{"Credit: the cast deserves a lot of it for carrying the show.", ""},
		{"Leave a comment if you liked it.", ""},
		{"🚨 Breaking news", ""},
	}
	for _, tt := range tests {
		kind, ok := boilerplateKind(tt.text)
		if kind != tt.kind || ok != (tt.kind != "") {
			t.Errorf("boilerplateKind(%q) = %q, %v; want %q", tt.text, kind, ok, tt.kind)
		}
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Heading: "heading", Paragraph: "paragraph", List: "list", Lines: "lines", 0: "Kind(0)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}
