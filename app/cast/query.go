package cast

import (
	"net/url"
	"slices"
	"sort"
	"strings"
)

// Sort orders of the cast list.
const (
	ByBilling = "billing"
	ByName    = "name"
)

// Query is the state of the cast list: which role, what search text, what
// order. Its zero value is the whole cast in billing order.
type Query struct {
	Role Role   // Unstated means every role
	Q    string // search in actor and character names, case-insensitive, trimmed when used
	Sort string // ByBilling ("") or ByName
}

// ParseQuery reads a query from URL values (?role=recurring&q=yun&sort=name).
// Values it does not know are ignored, each with a complaint for the
// visitor.
func ParseQuery(v url.Values) (Query, []string) {
	var q Query
	var complaints []string
	switch r := v.Get("role"); r {
	case "", "all":
	case "main":
		q.Role = Main
	case "recurring":
		q.Role = Recurring
	default:
		complaints = append(complaints, "There is no role “"+r+"”; showing every role (all, main or recurring).")
	}
	q.Q = strings.TrimSpace(v.Get("q"))
	switch s := v.Get("sort"); s {
	case "", ByBilling:
	case ByName:
		q.Sort = ByName
	default:
		complaints = append(complaints, "There is no order “"+s+"”; showing billing order (billing or name).")
	}
	return q, complaints
}

// Encode returns the query string of q, without the defaults, in a fixed
// order: "role=recurring&q=yun&sort=name".
func (q Query) Encode() string {
	var parts []string
	if q.Role != Unstated {
		parts = append(parts, "role="+q.Role.String())
	}
	if t := strings.TrimSpace(q.Q); t != "" {
		parts = append(parts, "q="+url.QueryEscape(t))
	}
	if q.Sort == ByName {
		parts = append(parts, "sort="+ByName)
	}
	return strings.Join(parts, "&")
}

// Matches reports whether the person matches the role and the search.
func (q Query) Matches(p *Person) bool {
	if q.Role != Unstated {
		found := false
		for _, r := range p.Roles() {
			found = found || r == q.Role
		}
		if !found {
			return false
		}
	}
	needle := strings.ToLower(strings.TrimSpace(q.Q))
	if needle == "" {
		return true
	}
	for _, h := range append([]string{p.Name, p.Character}, p.Aliases...) {
		if strings.Contains(strings.ToLower(h), needle) {
			return true
		}
	}
	return false
}

// Filter returns the people matching q, in its order.
func (c *Cast) Filter(q Query) []*Person {
	var out []*Person
	for _, p := range c.Ordered(q.Sort) {
		if q.Matches(p) {
			out = append(out, p)
		}
	}
	return out
}

// Ordered returns everyone in the order sort names (ByBilling or ByName).
// The list page draws them all in this order and hides those a query does
// not match, so that typing only shows and hides cards.
func (c *Cast) Ordered(sortBy string) []*Person {
	out := slices.Clone(c.People)
	if sortBy == ByName {
		sort.SliceStable(out, func(i, j int) bool { return sortName(out[i].Name) < sortName(out[j].Name) })
	}
	return out
}

// sortName orders by surname, then the rest: "Cho Arden".
func sortName(n string) string {
	f := strings.Fields(strings.ToLower(n))
	if len(f) < 2 {
		return n
	}
	return f[len(f)-1] + " " + strings.Join(f[:len(f)-1], " ")
}
