package timeline

import (
	"regexp"
	"strings"
)

// captures returns the named groups of a match other than the dates.
func captures(p *regexp.Regexp, m []int, text string) map[string]string {
	out := map[string]string{}
	for i, name := range p.SubexpNames() {
		if name == "" || name == "d" || name == "d2" || m[2*i] < 0 {
			continue
		}
		out[name] = text[m[2*i]:m[2*i+1]]
	}
	return out
}

// label fills the kind's label with the claim's named groups.
func label(k Kind, c Claim) string {
	l := k.Label
	for name, v := range c.fill {
		l = strings.ReplaceAll(l, "{"+name+"}", v)
	}
	return l
}

// judge groups an event's claims by date, decides its status and where it
// stands.
func judge(e *Event) {
	index := map[string]int{}
	for _, c := range e.Claims {
		i, ok := index[c.Norm()]
		if !ok {
			i = len(e.Groups)
			index[c.Norm()] = i
			e.Groups = append(e.Groups, Group{Norm: c.Norm()})
		}
		e.Groups[i].Claims = append(e.Groups[i].Claims, c)
	}
	e.Status = Agree
	if len(e.Groups) > 1 {
		e.Status = Precision
	}
	for i := range e.Groups {
		for j := i + 1; j < len(e.Groups); j++ {
			if !claimsCompatible(e.Groups[i].Claims[0], e.Groups[j].Claims[0]) {
				e.Status = Conflict
			}
		}
	}
	best := 0
	for i := 1; i < len(e.Groups); i++ {
		if better(e.Status, e.Groups[i], e.Groups[best]) {
			best = i
		}
	}
	c := e.Groups[best].Claims[0]
	e.When, e.Until = c.Date, c.Until
}

func claimsCompatible(a, b Claim) bool {
	if !compatible(a.Date, b.Date) {
		return false
	}
	if a.Until != nil && b.Until != nil {
		return compatible(*a.Until, *b.Until)
	}
	return true
}

// better reports whether group g should place the event rather than h: in
// a conflict, the date more articles give; otherwise, and on a tie, the
// more precise date, a written year before an inferred one, then the date
// more articles give.
func better(s Status, g, h Group) bool {
	ng, nh := len(g.Articles()), len(h.Articles())
	if s == Conflict && ng != nh {
		return ng > nh
	}
	dg, dh := g.Claims[0].Date, h.Claims[0].Date
	if pg, ph := dg.precision(), dh.precision(); pg != ph {
		return pg > ph
	}
	if dg.YearInferred != dh.YearInferred {
		return !dg.YearInferred
	}
	return ng > nh
}

// before orders events by date (a year alone before its months, a month
// before its days), events with no known year last, then by kind order.
func before(a, b Event) bool {
	ka, kb := sortKey(a.When), sortKey(b.When)
	for i := range ka {
		if ka[i] != kb[i] {
			return ka[i] < kb[i]
		}
	}
	return a.order < b.order
}

func sortKey(d Date) [3]int {
	y := d.Year
	if y == 0 {
		y = 1 << 20
	}
	return [3]int{y, d.Month, d.Day}
}
