package finding

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// compareDates flags dated facts about the same group or person (founded,
// killed) whose dates cannot meet at their common precision; each subject
// gives one finding listing every date reported with its sources.
func (b *builder) compareDates(cs []*claim.Claim) {
	byKind := map[string][]*claim.Claim{}
	var kinds []string
	for _, c := range cs {
		if _, ok := byKind[c.Kind]; !ok {
			kinds = append(kinds, c.Kind)
		}
		byKind[c.Kind] = append(byKind[c.Kind], c)
	}
	for _, kind := range kinds {
		chk, ok := b.rs.Check("date", kind)
		if !ok {
			continue
		}
		group := byKind[kind]
		for _, subject := range entityGroups(group) {
			b.dateSubject(chk, kind, subject)
		}
	}
}

// dateSubject reports one subject's dates when some cannot meet.
func (b *builder) dateSubject(chk rule.Check, kind string, cs []*claim.Claim) {
	var sides [][]*claim.Claim
	for _, c := range cs {
		placed := false
		for k, s := range sides {
			if s[0].Date.Lo == c.Date.Lo && s[0].Date.Hi == c.Date.Hi {
				sides[k] = append(s, c)
				placed = true
				break
			}
		}
		if !placed {
			sides = append(sides, []*claim.Claim{c})
		}
	}
	// Every two dates that cannot meet; "2007" and "December 2007" agree.
	var pairs [][2]int
	in := make([]bool, len(sides))
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if !overlapAt(sides[i][0].Date, sides[j][0].Date) {
				pairs = append(pairs, [2]int{i, j})
				in[i], in[j] = true, true
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	pi, pj := pairs[0][0], pairs[0][1]
	if sides[pi][0].Date.Lo > sides[pj][0].Date.Lo {
		pi, pj = pj, pi
	}
	order := []int{pi, pj}
	for k := range sides {
		if in[k] && k != pi && k != pj {
			order = append(order, k)
		}
	}
	name := make([]string, len(sides))
	ordered := make([][]*claim.Claim, len(order))
	for n, k := range order {
		name[k] = sideName(n)
		ordered[n] = sides[k]
	}
	subject := b.subjectOf(sides[pi][0], sides[pj][0])
	b.addSides(chk, "date", kind, report.Contradiction, subject, ordered)
	f := &b.out[len(b.out)-1]
	for _, p := range pairs {
		x, y := name[p[0]], name[p[1]]
		if y < x {
			x, y = y, x
		}
		f.Pairs = append(f.Pairs, report.SidePair{A: x, B: y, Relation: report.Contradiction})
	}
	sort.Slice(f.Pairs, func(i, j int) bool { return f.Pairs[i].A+f.Pairs[i].B < f.Pairs[j].A+f.Pairs[j].B })
	f.ID = findingID(*f)
}

// arithmetic flags a total whose listed parts add up to more than it.
func (b *builder) arithmetic(i int) {
	c := &b.claims[i]
	chk, ok := b.rs.Check("arithmetic", c.Kind)
	if !ok {
		return
	}
	var lo, hi int64
	parts := make([]string, len(c.Parts))
	for i, p := range c.Parts {
		lo += p.Lo
		if unbounded(p.Hi) || unbounded(hi) {
			hi = c.Hi
		} else {
			hi += p.Hi
		}
		parts[i] = countText(p.Lo, p.Hi)
	}
	words := strings.Join(parts, " + ")
	if lo <= c.Hi {
		return // parts may be a partial list ("including …"); only more than the total is wrong
	}
	sum := *c
	sum.Lo, sum.Hi = lo, hi
	// The finding is about the total's event; a total of no event is
	// named by its own words ("detained 11 suspects (2024-02-06)").
	ev := b.eventOf(i)
	subject := c.Words
	if ev >= 0 {
		subject = b.ev.Events[ev].Label
	} else {
		if i := strings.Index(subject, ", including"); i > 0 {
			subject = subject[:i]
		} else if i := strings.IndexAny(subject, ".;"); i > 0 {
			subject = subject[:i]
		}
		if c.Subject.HasWhen {
			subject += " (" + dateText(c.Subject.When) + ")"
		}
	}
	key := fmt.Sprintf("arith|%d|%d", c.Doc, c.Start)
	b.add(chk, "arithmetic", c.Kind, report.Inconsistent, subject, key, []*claim.Claim{c}, []*claim.Claim{&sum})
	last := &b.out[len(b.out)-1]
	last.Values[1].Text = fmt.Sprintf("%s = %s", words, countText(lo, hi))
	last.Values[0].Text = "total " + last.Values[0].Text
	last.Diff = nil
	last.Evidence = last.Evidence[:1]
	if ev >= 0 {
		last.Event = b.ev.Events[ev].ID
	}
	last.Message = render(chk.Message, map[string]string{
		"subject": subject, "label": c.Kind, "kind": "arithmetic",
		"a": last.Values[0].Text, "b": last.Values[1].Text,
		"outlet_a": outletOf(last.Evidence[0]), "outlet_b": outletOf(last.Evidence[0]),
	})
}
