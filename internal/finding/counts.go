package finding

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/text"
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

// compareCounts compares the counts of each kind about one event (or one
// group, for a group's size). Vague amounts ("scores", "dozens") and parts
// of a breakdown are soft: they are shown on the event, never compared.
func (b *builder) compareCounts(ids []int) {
	type key struct {
		kind, pop string // pop is set for counts of a group's size only
		event     int
	}
	groups := map[key][]int{}
	var keys []key
	byKind := map[string][]*claim.Claim{}
	var actorKinds []string
	for _, i := range ids {
		c := &b.claims[i]
		ck, ok := b.rs.Count(c.Kind)
		if !ok {
			continue
		}
		if ck.Subject == "actor" {
			if c.Vague || c.Part {
				continue
			}
			if _, seen := byKind[c.Kind]; !seen {
				actorKinds = append(actorKinds, c.Kind)
			}
			byKind[c.Kind] = append(byKind[c.Kind], c)
			continue
		}
		e := b.eventOf(i)
		if e < 0 {
			continue
		}
		k := key{c.Kind, "", e}
		// "including 16 foreigners": a part that names its group meets the
		// same group's part in other reports.
		if c.Part && c.Population != "" {
			k.pop = c.Population
		}
		if _, seen := groups[k]; !seen {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].event != keys[j].event {
			return keys[i].event < keys[j].event
		}
		if keys[i].kind != keys[j].kind {
			return keys[i].kind < keys[j].kind
		}
		return keys[i].pop < keys[j].pop
	})
	for _, k := range keys {
		chk, ok := b.rs.Check("count", k.kind)
		if !ok {
			continue
		}
		ck, _ := b.rs.Count(k.kind)
		ev := &b.ev.Events[k.event]
		var cs []*claim.Claim
		for _, i := range groups[k] {
			cs = append(cs, &b.claims[i])
		}
		b.countTimeline(chk, ck, ev.ID, ev.Label, b.current(ck, cs, k.pop != "", ev))
	}
	sort.Strings(actorKinds)
	for _, kind := range actorKinds {
		chk, ok := b.rs.Check("count", kind)
		if !ok {
			continue
		}
		ck, _ := b.rs.Count(kind)
		for _, subject := range entityGroups(byKind[kind]) {
			b.countTimeline(chk, ck, "", b.subjectOf(subject[0], subject[len(subject)-1]), subject)
		}
	}
}

// countsOverlap reports whether two counts can both be true, after widening
// each by the check's tolerance.
func countsOverlap(a, c *claim.Claim, tol float64) bool {
	// "Up to 2,000 were killed" against "150 killed": a ceiling says how
	// many may have died; a figure far below it disputes its scale.
	if ceilingAbove(a, c) || ceilingAbove(c, a) {
		return false
	}
	alo, ahi := widenCount(a.Lo, a.Hi, tol)
	clo, chi := widenCount(c.Lo, c.Hi, tol)
	return alo <= chi && clo <= ahi
}

// ceilingShare is how far below a ceiling ("up to 2,000") another figure
// may lie and still be of its scale.
const ceilingShare = 0.2

// ceilingAbove reports a ceiling ("up to n", read [1, n]) and a firm
// figure far below it.
func ceilingAbove(ceil, c *claim.Claim) bool {
	return ceil.Lo == 1 && ceil.Hi >= 20 && !unbounded(ceil.Hi) && !c.Vague && c.Lo > 1 &&
		!unbounded(c.Hi) && float64(c.Hi) < float64(ceil.Hi)*ceilingShare
}

func widenCount(lo, hi int64, tol float64) (float64, float64) {
	l, h := float64(lo), float64(hi)
	if unbounded(hi) {
		h = math.Inf(1)
	}
	return l * (1 - tol), h * (1 + tol)
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
				// "laurent-désiré" is looked up as "laurent" too (see sameWord).
				if first, _, ok := strings.Cut(w, "-"); ok && first != "" {
					byWord[first] = append(byWord[first], k)
				}
				// "hakeemullah" is looked up as "hakimullah" is (see sameWord).
				if len(w) >= spellingLen {
					byWord[spelt+text.Skeleton(w)] = append(byWord[spelt+text.Skeleton(w)], k)
				}
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
		cands := byWord[ws[0]]
		if len(ws[0]) >= spellingLen {
			cands = append(slices.Clip(cands), byWord[spelt+text.Skeleton(ws[0])]...)
		}
		for _, b := range cands {
			if b != k && len(b) > len(k) && sameEntity(k, b) && !slices.Contains(longer, b) {
				longer = append(longer, b)
			}
		}
		// Keep only the longest candidates: "hamza" inside "hamza laden" and
		// "hamza bin laden" spelled alike is still one person, and
		// "shishani" inside "omar shishani" inside "abu omar shishani" too.
		var widest []string
		for _, c := range longer {
			inside := false
			for _, d := range longer {
				if d != c && len(d) > len(c) && sameEntity(c, d) {
					inside = true
				}
			}
			if !inside {
				widest = append(widest, c)
			}
		}
		if len(widest) == 1 {
			rep[k] = widest[0]
		}
	}
	// Follow chains to the top: "laden" → "hamza laden" is not taken above
	// when ambiguous, but "masri" → "muhammad masri" → "abu muhammad masri" is.
	top := func() {
		for k := range rep {
			r := rep[k]
			for i := 0; i < 8 && rep[r] != r; i++ {
				r = rep[r]
			}
			rep[k] = r
		}
	}
	top()
	// "ASG" is the "Abu Sayyaf Group" when the names with those initials
	// ("Abu Sayyaf", "Abu Sayyaf Group") stand for one.
	for _, k := range keys {
		rest, ok := strings.CutPrefix(k, "name:")
		if ws := strings.Fields(rest); !ok || len(ws) != 1 || len(ws[0]) < 3 || rep[k] != k {
			continue
		}
		full := map[string]bool{}
		for _, b := range keys {
			if r, ok := strings.CutPrefix(b, "name:"); ok && b != k && (initialsAre(rest, strings.Fields(r)) || codeFor(rest, strings.Fields(r))) {
				full[rep[b]] = true
			}
		}
		if len(full) == 1 {
			for r := range full {
				rep[k] = r
			}
		}
	}
	top()
	return rep
}

// codeFor reports a code of letters and a number that stands for a name
// with that number in it: "M-19" is the "April 19 Movement", "M23" the
// "March 23 Movement" (each letter the first of another of its words).
func codeFor(code string, words []string) bool {
	code = strings.ReplaceAll(code, "-", "")
	i := strings.IndexFunc(code, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 1 || i > 3 || !slices.Contains(words, code[i:]) || strings.ContainsFunc(code[i:], func(r rune) bool { return r < '0' || r > '9' }) {
		return false
	}
	number := code[i:]
	return eachMatched([]byte(code[:i]), words, func(l byte, w string) bool { return w != number && w != "" && w[0] == l })
}

// initialsAre reports a word made of the first letters of the words,
// maybe with a group's head noun the name leaves out: "ASG" is "Abu
// Sayyaf" (Group), "MILF" "Moro Islamic Liberation" (Front).
func initialsAre(w string, words []string) bool {
	if len(w) == len(words)+1 && strings.IndexByte("gfmaop", w[len(w)-1]) >= 0 {
		w = w[:len(w)-1]
	}
	if len(words) != len(w) || len(words) < 2 {
		return false
	}
	for i, x := range words {
		if x == "" || x[0] != w[i] {
			return false
		}
	}
	return true
}

// subjectOf names the group or person two claims are about: the longer name.
func (b *builder) subjectOf(a, c *claim.Claim) string {
	n := a.Subject.Name
	if len(c.Subject.Name) > len(n) {
		n = c.Subject.Name
	}
	return n
}

// sameEntity reports whether two entity keys can name the same group or
// person: equal, or one name's words inside the other's ("Hamza" and
// "Hamza bin Laden"); representatives decides when that is ambiguous.
func sameEntity(a, b string) bool {
	if a == b {
		return a != ""
	}
	if !strings.HasPrefix(a, "name:") || !strings.HasPrefix(b, "name:") {
		return false
	}
	wa := strings.Fields(strings.TrimPrefix(a, "name:"))
	wb := strings.Fields(strings.TrimPrefix(b, "name:"))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for i := 0; i+len(wa) <= len(wb); i++ {
		if slices.EqualFunc(wa, wb[i:i+len(wa)], sameWord) {
			return true
		}
	}
	return false
}

// sameWord reports one word of a name as either writes it: a compound
// given name is often shortened to its first part ("Laurent-Désiré
// Kabila", "Laurent Kabila"), and a long word is spelt in more than one
// way.
func sameWord(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-") ||
		len(a) >= spellingLen && len(b) >= spellingLen && text.Skeleton(a) == text.Skeleton(b)
}

// spellingLen is the shortest word two transliterations of one name are
// matched in by their skeletons ("Hakimullah", "Hakeemullah"): a short
// word's skeleton is shared by other names. spelt prefixes the index's
// skeleton keys.
const (
	spellingLen = 6
	spelt       = "skeleton:"
)

// contrastWords set two figures of one sentence against each other:
// "officials put the toll at 137, while state media reported 145 dead".
var contrastWords = []string{" while ", " whereas ", " but ", " however", " although ", " though ", " contradicting ", " versus ", " against "}
