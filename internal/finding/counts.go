package finding

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/when"
)

func unbounded(hi int64) bool { return hi == quantity.Unbounded }

// countText shows an interval as news would: "47", "4,000–6,000", "140+".
func countText(lo, hi int64) string {
	switch {
	case unbounded(hi):
		return thousands(lo) + "+"
	case lo == hi:
		return thousands(lo)
	}
	return thousands(lo) + "–" + thousands(hi)
}

func thousands(n int64) string {
	s := fmt.Sprint(n)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// compareCounts flags counts of one kind about one subject whose intervals
// cannot both hold. Vague amounts ("scores", "dozens") are soft: they never
// contradict a figure on their own.
func (b *builder) compareCounts(cs []*claim.Claim) {
	byKind := map[string][]*claim.Claim{}
	var kinds []string
	for _, c := range cs {
		if _, ok := byKind[c.Kind]; !ok {
			kinds = append(kinds, c.Kind)
		}
		byKind[c.Kind] = append(byKind[c.Kind], c)
	}
	sort.Strings(kinds)
	for _, kind := range kinds {
		chk, ok := b.rs.Check("count", kind)
		if !ok {
			continue
		}
		ck, _ := b.rs.Count(kind)
		group := byKind[kind]
		var pairs [][2]*claim.Claim
		if ck.Subject == "actor" {
			pairs = entityPairs(group, false)
		} else {
			pairs = b.eventPairs(group, false)
		}
		for _, p := range pairs {
			a, c := p[0], p[1]
			if a.Vague || c.Vague || a.Population != c.Population {
				continue
			}
			if countsOverlap(a, c, chk.Tolerance) {
				continue
			}
			if b.docLater(a, c) {
				a, c = c, a
			}
			relation := report.Contradiction
			if ck.Grows && b.docLater(c, a) && c.Lo > a.Hi {
				relation = report.Update
			}
			subject := b.subjectOf(a, c)
			key := fmt.Sprintf("count|%s|%s|%s|%s", kind, subject, countText(a.Lo, a.Hi), countText(c.Lo, c.Hi))
			b.add(chk, "count", kind, relation, subject, key, []*claim.Claim{a}, []*claim.Claim{c})
		}
	}
}

// countsOverlap reports whether two counts can both be true, after widening
// each by the check's tolerance.
func countsOverlap(a, c *claim.Claim, tol float64) bool {
	alo, ahi := widenCount(a.Lo, a.Hi, tol)
	clo, chi := widenCount(c.Lo, c.Hi, tol)
	return alo <= chi && clo <= ahi
}

func widenCount(lo, hi int64, tol float64) (float64, float64) {
	l, h := float64(lo), float64(hi)
	if unbounded(hi) {
		h = math.Inf(1)
	}
	return l * (1 - tol), h * (1 + tol)
}

// docLater reports whether a's document was published after c's.
func (b *builder) docLater(a, c *claim.Claim) bool {
	da, oka := when.ParseDay(b.docs[a.Doc].Published)
	dc, okc := when.ParseDay(b.docs[c.Doc].Published)
	return oka && okc && da > dc
}

// entityPairs pairs claims about the same group or person.
func entityPairs(cs []*claim.Claim, sameDoc bool) [][2]*claim.Claim {
	var keys []string
	seen := map[string]bool{}
	for _, c := range cs {
		if k := c.Subject.Entity; k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	amb := ambiguousNames(keys)
	var out [][2]*claim.Claim
	for i := 0; i < len(cs); i++ {
		for j := i + 1; j < len(cs); j++ {
			a, c := cs[i], cs[j]
			if a.Doc == c.Doc && !sameDoc {
				continue
			}
			if sameEntity(a.Subject.Entity, c.Subject.Entity, amb) {
				out = append(out, [2]*claim.Claim{a, c})
			}
		}
	}
	return out
}

// subjectOf names what two claims are about, for people to read: the
// group or person, or the event's words ("the Santa Maria attack"), the
// places both name, and the date.
func (b *builder) subjectOf(a, c *claim.Claim) string {
	if a.Subject.Name != "" {
		n := a.Subject.Name
		if len(c.Subject.Name) > len(n) {
			n = c.Subject.Name
		}
		return n
	}
	label := eventLabel(a.Subject.Event, c.Subject.Event)
	var names []string
	for _, p := range places(a) {
		for _, q := range places(c) {
			if p == q {
				n := titleCase(strings.TrimPrefix(p, "name:"))
				if !strings.Contains(strings.ToLower(label), strings.ToLower(n)) {
					names = append(names, n)
				}
			}
		}
	}
	if len(names) > 0 {
		if label != "" {
			label += ", "
		}
		label += strings.Join(names, ", ")
	}
	if a.Subject.HasWhen {
		label += " (" + dateText(a.Subject.When) + ")"
	} else if c.Subject.HasWhen {
		label += " (" + dateText(c.Subject.When) + ")"
	}
	if strings.TrimSpace(label) == "" {
		label = strings.Join(b.idf.shared(a, c, 3), ", ")
	}
	return strings.TrimSpace(label)
}

// eventLabel picks the event words that name the event best: those with a
// name in them ("the Santa Maria attack"), else the shorter.
func eventLabel(x, y string) string {
	hasCap := func(s string) bool {
		for i, r := range s {
			if i > 0 && r >= 'A' && r <= 'Z' {
				return true
			}
		}
		return false
	}
	switch {
	case x == "":
		return y
	case y == "":
		return x
	case hasCap(x) != hasCap(y):
		if hasCap(x) {
			return x
		}
		return y
	case len(y) < len(x):
		return y
	}
	return x
}

// termName turns a term key back into a readable name.
func (b *builder) termName(a, c *claim.Claim, t string) string {
	k, v, _ := strings.Cut(t, ":")
	if k == "actor" {
		if ac, ok := b.rs.Actor(v); ok && ac.Name != "" {
			return ac.Name
		}
	}
	return titleCase(v)
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}
