package cast

import (
	"strings"
)

// disagreements compares what the articles say about a person: the role,
// the character's name, and aspects of the character's descriptions (the
// heritage, the law firm).
func (x *extractor) disagreements(p *Person) []Disagreement {
	var out []Disagreement
	if d, ok := roleDisagreement(p); ok {
		out = append(out, d)
	}
	if d, ok := characterDisagreement(p); ok {
		out = append(out, d)
	}
	var heritageVals, firmVals []Value
	for _, d := range p.Descriptions {
		if d.OfActor {
			continue
		}
		text := d.Sentence[d.Start:d.End]
		for _, m := range heritage().FindAllStringSubmatchIndex(text, -1) {
			heritageVals = addValue(heritageVals, text[m[2]:m[3]], shift(d.Ref, m[2], m[3]))
		}
		taken := make([]bool, len(text))
		for _, f := range x.firms {
			for _, m := range wordRe(f).FindAllStringSubmatchIndex(text, -1) {
				if taken[m[2]] {
					continue
				}
				for i := m[2]; i < m[3]; i++ {
					taken[i] = true
				}
				firmVals = addValue(firmVals, f, shift(d.Ref, m[2], m[3]))
			}
		}
	}
	if len(heritageVals) > 1 {
		out = append(out, Disagreement{Topic: "Heritage", Values: heritageVals, Conflict: true, Why: why(heritageVals)})
	}
	if len(firmVals) > 1 {
		conflict := !shortForms(firmVals)
		w := why(firmVals)
		if !conflict {
			w += " One name is a shorter form of the other."
		}
		out = append(out, Disagreement{Topic: "Law firm", Values: firmVals, Conflict: conflict, Why: w})
	}
	return out
}

// shift makes a ref to part of a description.
func shift(r Ref, start, end int) Ref {
	r.Start, r.End = r.Start+start, r.Start+end
	return r
}

// addValue adds a ref to the value with the same text, or a new value.
func addValue(vs []Value, text string, r Ref) []Value {
	for i := range vs {
		if strings.EqualFold(vs[i].Text, text) {
			vs[i].Refs = append(vs[i].Refs, r)
			return vs
		}
	}
	return append(vs, Value{Text: text, Refs: []Ref{r}})
}

// shortForms reports whether every value starts with the words of the
// shortest one.
func shortForms(vs []Value) bool {
	short := vs[0].Text
	for _, v := range vs {
		if len(v.Text) < len(short) {
			short = v.Text
		}
	}
	for _, v := range vs {
		if v.Text != short && !strings.HasPrefix(v.Text, short+" ") {
			return false
		}
	}
	return true
}

// why says who says what: "A2 says “x”; A4 says “y”." with article ids in
// place of labels, which the caller (who knows labels) does not need: the
// ids are replaced by the UI. Here the text names the values only.
func why(vs []Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		n := len(v.Articles())
		w := "article says"
		if n > 1 {
			w = "articles say"
		}
		parts[i] = itoa(n) + " " + w + " “" + v.Text + "”"
	}
	return strings.Join(parts, "; ") + "."
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// roleDisagreement is a person listed as main in one place and recurring
// in another.
func roleDisagreement(p *Person) (Disagreement, bool) {
	if len(p.Roles()) < 2 {
		return Disagreement{}, false
	}
	var vs []Value
	for _, r := range p.Roles() {
		v := Value{Text: r.String()}
		for _, l := range p.Listings {
			if l.Role == r {
				v.Refs = append(v.Refs, l.Ref)
			}
		}
		vs = append(vs, v)
	}
	d := Disagreement{Topic: "Role", Values: vs, Conflict: true, Why: why(vs)}
	for _, a := range vs[0].Articles() {
		if contains(vs[1].Articles(), a) {
			d.Why += " One article says both."
			break
		}
	}
	return d, true
}

// characterDisagreement is a person said to play characters whose names
// are not one another's short forms.
func characterDisagreement(p *Person) (Disagreement, bool) {
	var vs []Value
	for _, l := range p.Listings {
		if l.CharRef == nil {
			continue
		}
		if l.Character != p.Character && !contains(p.Aliases, l.Character) {
			vs = addValue(vs, l.Character, *l.CharRef)
		}
	}
	if len(vs) == 0 {
		return Disagreement{}, false
	}
	main := Value{Text: p.Character}
	for _, l := range p.Listings {
		if l.CharRef != nil && (l.Character == p.Character || contains(p.Aliases, l.Character)) {
			main.Refs = append(main.Refs, *l.CharRef)
		}
	}
	vs = append([]Value{main}, vs...)
	return Disagreement{Topic: "Character", Values: vs, Conflict: true, Why: why(vs)}, true
}
