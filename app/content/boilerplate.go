package content

import (
	"strings"
	"unicode"
)

// boilerplateKind reports whether the trimmed line text is site
// boilerplate rather than article content, and if so which kind (one of
// the Removed* labels). Lines are matched by rule (whole line or prefix,
// case-insensitive), never by position.
//
// Editorial lines that merely mention comments, such as "Would you have
// liked more episodes...? Tell us in the comments below.", are content and
// are not matched.
//
// Every rule but the cookie banner's and the promotional links' matches a
// line of a few words, so a longer line that starts with neither is not
// normalised at all: normalising every line was half of the parse.
func boilerplateKind(text string) (string, bool) {
	if !strings.HasPrefix(text, "👉") && !strings.HasPrefix(text, "🚨") && !hasPrefixFold(text, "cookies") &&
		!atMostWords(text, maxBoilerplateWords) {
		return "", false
	}
	norm := normalizeApostrophes(strings.ToLower(strings.Join(strings.Fields(text), " ")))
	switch {
	case strings.HasPrefix(norm, "cookies help us deliver our services"):
		return RemovedCookieBanner, true
	case norm == "join us on whatsapp":
		return RemovedWhatsApp, true
	case strings.HasPrefix(norm, "👉"):
		// "👉🏼Breaking Bad Season 6 Release Date..." links to other posts.
		return RemovedPromoLink, true
	case strings.HasPrefix(norm, "🚨") && strings.Contains(norm, "don't miss"):
		// "🚨 Don’t Miss These" introduces a run of promotional links.
		return RemovedPromoLink, true
	case isImageCredit(norm):
		return RemovedImageCredit, true
	case commentPrompts[norm]:
		return RemovedCommentPrompt, true
	}
	return "", false
}

// maxBoilerplateWords is the most words a credit line ("image credits:"
// and four words: 6) or a comment prompt (7) has.
const maxBoilerplateWords = 7

// atMostWords reports whether s has at most n words (runs of non-space).
func atMostWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if words++; words > n {
				return false
			}
			in = true
		}
	}
	return true
}

// commentPrompts are the comment-form prompts, lower-cased, whole line.
var commentPrompts = map[string]bool{
	"leave a reply":   true,
	"leave a comment": true,
	"your email address will not be published.": true,
}

// normalizeApostrophes replaces typographic single quotes with ASCII ones.
func normalizeApostrophes(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '’' || r == '‘' {
			return '\''
		}
		return r
	}, s)
}
