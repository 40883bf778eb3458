package finding

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/report"
)

// compareResponsibility flags events for which sources name different
// responsible actors (neither the same nor one a branch of the other), or
// where one source asserts what another denies. Claims about one event are
// joined through pairs that are alike; a conflict needs one such pair
// between the two sides, and then every claim of the event on each side is
// shown as evidence.
func (b *builder) compareResponsibility(cs []*claim.Claim) {
	chk, ok := b.rs.Check("responsibility", "")
	if !ok {
		return
	}
	idx := map[*claim.Claim]int{}
	for i, c := range cs {
		idx[c] = i
	}
	pairs := b.eventPairs(cs, true)
	// Claims of one document naming the same event words are about it.
	byEvent := map[string][]*claim.Claim{}
	var evKeys []string
	for _, c := range cs {
		if c.Subject.Event == "" {
			continue
		}
		k := fmt.Sprintf("%d|%s", c.Doc, c.Subject.Event)
		if _, ok := byEvent[k]; !ok {
			evKeys = append(evKeys, k)
		}
		byEvent[k] = append(byEvent[k], c)
	}
	for _, k := range evKeys {
		g := byEvent[k]
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*claim.Claim{g[i], g[j]})
			}
		}
	}
	event := make([]int, len(cs))
	for e, members := range link(cs, pairs, false) {
		for _, m := range members {
			event[idx[m]] = e
		}
	}
	find := func(i int) int { return event[i] }
	// Direct conflicts decide which sides meet; the rest is evidence.
	type sidePair struct {
		root   int
		ka, kb string
	}
	conflicts := map[sidePair]bool{}
	var order []sidePair
	for _, p := range pairs {
		a, c := p[0], p[1]
		// Both must have landed in one event; a pair split by the linkage is not reported.
		if !b.conflict(a, c) || find(idx[a]) != find(idx[c]) {
			continue
		}
		ka, kb := b.sideKey(a), b.sideKey(c)
		if ka > kb {
			ka, kb = kb, ka
		}
		sp := sidePair{find(idx[a]), ka, kb}
		if !conflicts[sp] {
			conflicts[sp] = true
			order = append(order, sp)
		}
	}
	// A denial already shown beside a rival actor needs no finding of its own:
	// "the Taliban denied involvement" stands on the other side of "blamed the Taliban".
	covered := func(root int, k string) bool {
		for _, sp := range order {
			if sp.root == root && !strings.HasPrefix(sp.ka, "not:") && !strings.HasPrefix(sp.kb, "not:") && (sp.ka == k || sp.kb == k) {
				return true
			}
		}
		return false
	}
	for _, sp := range order {
		if strings.HasPrefix(sp.ka, "not:") && covered(sp.root, sp.kb) || strings.HasPrefix(sp.kb, "not:") && covered(sp.root, sp.ka) {
			continue
		}
		var sa, sb []*claim.Claim
		for i, c := range cs {
			if find(i) != sp.root {
				continue
			}
			// A denial of one side stands with the other.
			switch b.sideKey(c) {
			case sp.ka, "not:" + sp.kb:
				sa = append(sa, c)
			case sp.kb, "not:" + sp.ka:
				sb = append(sb, c)
			}
		}
		if len(sa) == 0 || len(sb) == 0 {
			continue
		}
		// The side more claims support goes first.
		if len(sb) > len(sa) {
			sa, sb = sb, sa
		}
		subject := b.subjectOf(sa[0], sb[0])
		key := fmt.Sprintf("resp|%d|%s|%s", sp.root, sp.ka, sp.kb)
		b.add(chk, "responsibility", sa[0].Kind, report.Contradiction, subject, key, sa, sb)
		f := &b.out[len(b.out)-1]
		f.Values[0].Text = b.sideText(sa)
		f.Values[1].Text = b.sideText(sb)
		f.Message = render(chk.Message, map[string]string{
			"subject": subject, "label": "responsibility", "kind": "responsibility",
			"a": f.Values[0].Text, "b": f.Values[1].Text,
			"outlet_a": outletOf(f.Evidence[0]), "outlet_b": outletOf(f.Evidence[len(sa)]),
		})
	}
}

// conflict: two assertions of unrelated actors, or one source asserting
// what another denies.
func (b *builder) conflict(a, c *claim.Claim) bool {
	rel := b.related(a.Actor, c.Actor)
	if !a.Deny && !c.Deny {
		return !rel
	}
	return a.Deny != c.Deny && rel
}

// sideKey puts a claim on a side: the top of its actor's hierarchy for an
// assertion (ISKP stands with ISIS); a denial of X stands against X, that
// is with whoever is not X, so it gets its own key.
func (b *builder) sideKey(c *claim.Claim) string {
	k := b.root(c.Actor)
	if c.Deny {
		return "not:" + k
	}
	return k
}

// root is the topmost parent of an actor, or the actor itself.
func (b *builder) root(actor string) string {
	id, ok := strings.CutPrefix(actor, "actor:")
	if !ok {
		return actor
	}
	seen := map[string]bool{}
	for !seen[id] {
		seen[id] = true
		a, ok := b.rs.Actor(id)
		if !ok || a.Parent == "" {
			break
		}
		id = a.Parent
	}
	return "actor:" + id
}

// related: the same actor or one a branch of the other.
func (b *builder) related(x, y string) bool {
	if x == y {
		return true
	}
	ax, okx := strings.CutPrefix(x, "actor:")
	ay, oky := strings.CutPrefix(y, "actor:")
	return okx && oky && b.rs.Related(ax, ay)
}

func (b *builder) sideText(cs []*claim.Claim) string {
	var names, by []string
	seen := map[string]bool{}
	for _, c := range cs {
		n := c.ActorName
		if c.Deny {
			n = "not " + n
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
		who := c.Attributor
		if who == "" {
			who = b.docs[c.Doc].Outlet
		}
		if who != "" && !seen["by:"+who] {
			seen["by:"+who] = true
			by = append(by, c.Kind+" per "+who)
		}
	}
	s := strings.Join(names, " / ")
	if len(by) > 0 {
		s += " (" + strings.Join(by, "; ") + ")"
	}
	return s
}
