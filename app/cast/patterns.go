package cast

import (
	"regexp"

	"partnertrack/app/internal/lazyre"
)

// Name patterns. They say what a name looks like, never which names exist.
const (
	// name is a person's name: two or three capitalised words, the last
	// possibly double-barrelled ("Charles Randolph-Wright").
	name = `[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}`
	// nameList is names separated by commas and "and".
	nameList = name + `(?:, ` + name + `)*(?:,? and ` + name + `)?`
	// charName is a character's name as a cast list writes it: capitalised
	// words, with quoted nicknames and hyphens ("Zi-Xin ‘Z’ Min", "Z").
	charName = `[A-Z][\w’'‘-]*(?: [A-Z‘'][\w’'‘-]*)*`
)

func re(s string) *regexp.Regexp { return regexp.MustCompile(s) }

// castLine is a cast-list line: "Actor as Character" with an optional
// ", description".
var castLine = lazyre.New(`^(` + name + `) as (` + charName + `)(?:, (.+?))?\.?$`)

// Words of a list's lead-in that say which part of the cast it is.
var (
	leadInMain      = lazyre.New(`(?i)\b(?:regular|main|lead|starring)\b`)
	leadInRecurring = lazyre.New(`(?i)\b(?:recurring|guest)\b`)
	castHeading     = lazyre.New(`(?i)\bcast\b`)
)

// proseRole is prose that names cast members and says their part. The
// first group is the list of names; the rest of the match is the basis.
type proseRole struct {
	re   *regexp.Regexp
	role Role
}

// proseRoles returns the prose patterns that give cast members' parts,
// built on first use (lazyre.Table: the wasm never extracts, and does not
// link them).
func proseRoles() []proseRole { return proseRolesTable.Get(buildProseRoles) }

var proseRolesTable lazyre.Table[[]proseRole]

func buildProseRoles() []proseRole {
	return []proseRole{
		{re(`(` + nameList + `),? stars? in the (?:show|series)`), Main},
		{re(`\bthe (?:series|show) stars (` + nameList + `)(?:\.|$)`), Main},
		{re(`(` + nameList + `) (?:were|was) cast as (?:lead|main|series regular)s?(?: actors?)?`), Main},
		{re(`(` + nameList + `) joined the (?:show|series|cast) in (?:a )?recurring roles?`), Recurring},
		{re(`(` + nameList + `) (?:was|were) cast in a recurring (?:capacity|role)`), Recurring},
	}
}

// proseCharacter is prose that pairs one actor with a character. Groups
// are named actor, char, desc (optional) and fame (optional, words about
// the actor).
type proseCharacter struct {
	re   *regexp.Regexp
	role Role
}

// proseCharacters returns the prose patterns that say who plays whom,
// built on first use.
func proseCharacters() []proseCharacter { return proseCharactersTable.Get(buildProseCharacters) }

var proseCharactersTable lazyre.Table[[]proseCharacter]

func buildProseCharacters() []proseCharacter {
	return []proseCharacter{
		{re(`\bstars (?P<actor>` + name + `)(?: (?P<fame>from .+?[ \x{00A0}]fame))? as (?P<char>` + charName + `)(?:, (?P<desc>.+?))?\.?$`), Main},
		{re(`(?P<actor>` + name + `), who (?:portrays|plays) (?P<char>` + charName + `)\b`), Unstated},
		{re(`\b(?P<char>[A-Z][a-z]+)\b[^().]{0,20}\(played by (?P<actor>` + name + `)\)`), Unstated},
	}
}

// Descriptions of a character in prose, after its full name: an
// appositive ("Ingrid Yun, an ambitious … lawyer") or "Ingrid Yun is a …".
// %s is the quoted full name.
const (
	appositive = `%s, ((?:a|an|the) [^,]+?)(?:,|\.?$)`
	isA        = `%s is ((?:a|an) [^,]+?)(?:,|\.?$)`
)

// relation is a relationship in a description: "Ingrid’s best friend".
// Groups: the other character's name, the qualifier, the kind.
var relation = lazyre.New(`\b([A-Z][\w-]+)[’']s ((?:other|younger|older|elder|ex-|former) )?(best friend|friend|love interest|sister|brother|mother|father|boyfriend|girlfriend|husband|wife|one-night stand|paralegal|boss|mentor|rival|partner)\b`)

// romance marks a sentence about a romance between the two characters it
// names.
var romance = lazyre.New(`(?i)\b(?:relationship|romance|romantic|back together)\b`)

// Mention kinds.
var (
	quoteMark  = lazyre.New(`[“”"]`)
	reportVerb = lazyre.New(`\b(?:said|says|told|tells|spoke|talked|tweeted|teased|interview|expressed)\b`)
)

// heritage is a description of a character's heritage: "Korean American".
var heritage = lazyre.New(`\b([A-Z][a-z]+ American)\b`)

// firmPatterns returns the patterns of the words that introduce a firm,
// built on first use. Firm names are found after them; all their other
// occurrences are then found by name.
func firmPatterns() []*regexp.Regexp { return firmPatternsTable.Get(buildFirmPatterns) }

var firmPatternsTable lazyre.Table[[]*regexp.Regexp]

func buildFirmPatterns() []*regexp.Regexp {
	return []*regexp.Regexp{
		re(`\b(?:law|legal) firm,? ([A-Z][a-z]+(?: (?:&|[A-Z][a-z]+))*)`),
		re(`\bat ([A-Z][a-z]+(?: (?:&|[A-Z][a-z]+))*) (?:law|legal) firm\b`),
	}
}

// possibleName is a capitalised pair of words that may be a person's name.
var possibleName = lazyre.New(`\b[A-Z][a-z]+ [A-Z][a-z]+\b`)
