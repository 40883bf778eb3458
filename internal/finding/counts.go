package finding

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
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

// compareCounts flags counts of one kind about one event (or group) that
// cannot all be true. Each event gives one finding listing every figure
// reported with its sources. Vague amounts ("scores", "dozens") are soft:
// they never contradict a figure on their own.
func (b *builder) compareCounts(cs []*claim.Claim) {
	byKind := map[string][]*claim.Claim{}
	var kinds []string
	for _, c := range cs {
		if c.Vague {
			continue
		}
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
		if ck.Subject == "actor" {
			for _, subject := range entityGroups(group) {
				b.countEvent(chk, ck, subject)
			}
			continue
		}
		pairs := b.eventPairs(group, false)
		pairs = append(pairs, b.contrastPairs(group)...)
		// Different counted groups ("13 service members", "170 civilians") are different figures.
		var same [][2]*claim.Claim
		for _, p := range pairs {
			if p[0].Population == p[1].Population {
				same = append(same, p)
			}
		}
		for _, event := range link(group, same, true) {
			b.countEvent(chk, ck, event)
		}
	}
}

// countEvent reports one event's figures when some cannot both hold.
func (b *builder) countEvent(chk rule.Check, ck rule.CountKind, event []*claim.Claim) {
	if len(event) < 2 {
		return
	}
	// Sides: claims with the same figure, in order of first publication.
	var sides [][]*claim.Claim
	for _, c := range event {
		placed := false
		for k, s := range sides {
			if s[0].Lo == c.Lo && s[0].Hi == c.Hi {
				sides[k] = append(s, c)
				placed = true
				break
			}
		}
		if !placed {
			sides = append(sides, []*claim.Claim{c})
		}
	}
	if len(sides) < 2 {
		return
	}
	sort.SliceStable(sides, func(i, j int) bool { return b.firstPublished(sides[i]) < b.firstPublished(sides[j]) })
	// The pair to show: the first that conflicts, preferring a contradiction
	// over a later, higher figure.
	pi, pj, update, found := -1, -1, true, false
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			a, c := sides[i][0], sides[j][0]
			if countsOverlap(a, c, chk.Tolerance) {
				continue
			}
			// An update only if the lower figure was not repeated once the
			// higher one was out: 58, then 64, then 58 again is a dispute.
			grows := ck.Grows && b.firstPublished(sides[j]) > b.lastPublished(sides[i]) && c.Lo > a.Hi
			if !found || (!grows && update) {
				pi, pj = i, j
			}
			found = true
			update = update && grows
		}
	}
	if !found {
		return
	}
	relation := report.Contradiction
	if update {
		relation = report.Update
	}
	ordered := [][]*claim.Claim{sides[pi], sides[pj]}
	for k, s := range sides {
		if k != pi && k != pj {
			ordered = append(ordered, s)
		}
	}
	subject := b.subjectOf(sides[pi][0], sides[pj][0])
	b.addSides(chk, "count", ck.ID, relation, subject, ordered)
}

// firstPublished is the earliest publication date of a side, as text
// (YYYY-MM-DD sorts as dates do; undated sorts last).
func (b *builder) firstPublished(cs []*claim.Claim) string {
	first := "9999"
	for _, c := range cs {
		if p := b.docs[c.Doc].Published; p != "" && p < first {
			first = p
		}
	}
	return first
}

// lastPublished is the latest publication date of a side ("" when none is dated).
func (b *builder) lastPublished(cs []*claim.Claim) string {
	last := ""
	for _, c := range cs {
		if p := b.docs[c.Doc].Published; p > last {
			last = p
		}
	}
	return last
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
	da, oka := b.published(a)
	dc, okc := b.published(c)
	return oka && okc && da > dc
}

// entityGroups groups claims by the group or person they are about: the
// same actor, or names where one is inside the other ("Hamza" and "Hamza
// bin Laden") unless the short one fits several people. Each key maps to
// one representative, so the work is linear in the claims.
func entityGroups(cs []*claim.Claim) [][]*claim.Claim {
	var keys []string
	seen := map[string]bool{}
	for _, c := range cs {
		if k := c.Subject.Entity; k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	rep := representatives(keys)
	byRep := map[string][]*claim.Claim{}
	var order []string
	for _, c := range cs {
		k := c.Subject.Entity
		if k == "" {
			continue
		}
		r := rep[k]
		if _, ok := byRep[r]; !ok {
			order = append(order, r)
		}
		byRep[r] = append(byRep[r], c)
	}
	out := make([][]*claim.Claim, 0, len(order))
	for _, r := range order {
		out = append(out, byRep[r])
	}
	return out
}

// representatives maps each entity key to the longest name it stands for:
// a name inside exactly one longer name maps to that one.
func representatives(keys []string) map[string]string {
	byWord := map[string][]string{}
	for _, k := range keys {
		if rest, ok := strings.CutPrefix(k, "name:"); ok {
			for _, w := range strings.Fields(rest) {
				byWord[w] = append(byWord[w], k)
			}
		}
	}
	rep := make(map[string]string, len(keys))
	for _, k := range keys {
		rep[k] = k
		rest, ok := strings.CutPrefix(k, "name:")
		if !ok {
			continue
		}
		ws := strings.Fields(rest)
		if len(ws) == 0 {
			continue
		}
		var longer []string
		for _, b := range byWord[ws[0]] {
			if b != k && len(b) > len(k) && sameEntity(k, b) {
				longer = append(longer, b)
			}
		}
		// Keep only the longest candidates: "hamza" inside "hamza laden" and
		// "hamza bin laden" spelled alike is still one person.
		if len(longer) == 1 {
			rep[k] = longer[0]
		}
	}
	// Follow chains to the top: "laden" → "hamza laden" is not taken above
	// when ambiguous, but "masri" → "muhammad masri" → "abu muhammad masri" is.
	for k := range rep {
		r := rep[k]
		for i := 0; i < 8 && rep[r] != r; i++ {
			r = rep[r]
		}
		rep[k] = r
	}
	return rep
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

// contrastWords set two figures of one sentence against each other:
// "officials put the toll at 137, while state media reported 145 dead".
var contrastWords = []string{" while ", " whereas ", " but ", " however", " although ", " though ", " contradicting ", " versus ", " against "}

// contrastPairs are counts of one kind in one sentence that the sentence
// itself sets against each other; other counts within one document are
// not compared (they are mostly parts, or other groups). Only neighbours
// are paired ("37, while a hospital said 44, and state media 51" gives
// 37–44 and 44–51): claims of one document join one event without pairing
// each other, and the text between neighbours is read once, so a sentence
// of many figures costs its length, not its square.
func (b *builder) contrastPairs(cs []*claim.Claim) [][2]*claim.Claim {
	bySent := map[[2]int][]*claim.Claim{}
	var keys [][2]int
	for _, c := range cs {
		k := [2]int{c.Doc, c.Sent}
		if _, ok := bySent[k]; !ok {
			keys = append(keys, k)
		}
		bySent[k] = append(bySent[k], c)
	}
	var out [][2]*claim.Claim
	for _, k := range keys {
		g := bySent[k]
		sort.SliceStable(g, func(i, j int) bool { return g[i].Start < g[j].Start })
		for i := 1; i < len(g); i++ {
			x, y := g[i-1], g[i]
			if x.End > y.Start {
				continue
			}
			between := " " + strings.ToLower(b.docs[x.Doc].Text[x.End:y.Start]) + " "
			for _, w := range contrastWords {
				if strings.Contains(between, w) {
					out = append(out, [2]*claim.Claim{x, y})
					break
				}
			}
		}
	}
	return out
}
