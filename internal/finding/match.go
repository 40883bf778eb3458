// Package finding compares claims that are about the same subject and the
// same fact, under the checks of the rule files, and builds findings with
// evidence, values, a trace and a side-by-side diff.
package finding

import (
	"math"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/when"
)

// MinSimilarity is how alike two claims' contexts must be (cosine of
// IDF-weighted terms) to be taken as about the same event.
const MinSimilarity = 0.18

// idf weighs context terms by how few documents use them, smoothed so that
// a corpus of two documents still counts shared words.
type idf struct {
	n  float64
	df map[string]int
}

func newIDF(claims []claim.Claim, ndocs int) *idf {
	seen := map[string]map[int]bool{}
	for _, c := range claims {
		for t := range c.Subject.Terms {
			m := seen[t]
			if m == nil {
				m = map[int]bool{}
				seen[t] = m
			}
			m[c.Doc] = true
		}
	}
	x := &idf{n: float64(ndocs), df: make(map[string]int, len(seen))}
	for t, m := range seen {
		x.df[t] = len(m)
	}
	return x
}

// nameBoost weighs names (places, venues, people) above common words: in a
// corpus about one story every document names the place, so rarity alone
// would count the very words that identify the event least.
const nameBoost = 2.0

func (x *idf) weight(t string) float64 {
	df := x.df[t]
	if df == 0 {
		df = 1
	}
	w := math.Log(1 + x.n/float64(df))
	// Groups are left out: one group carries out many attacks.
	if strings.HasPrefix(t, "name:") {
		w *= nameBoost
	}
	return w
}

// similarity is the cosine of two claims' weighted context terms.
func (x *idf) similarity(a, b *claim.Claim) float64 {
	var dot, na, nb float64
	for t, wa := range a.Subject.Terms {
		w := x.weight(t)
		va := wa * w
		na += va * va
		if wb, ok := b.Subject.Terms[t]; ok {
			dot += va * wb * w
		}
	}
	for t, wb := range b.Subject.Terms {
		w := x.weight(t)
		nb += wb * w * wb * w
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// shared lists the strongest terms two claims share, to name the subject.
func (x *idf) shared(a, b *claim.Claim, n int) []string {
	type tw struct {
		t string
		w float64
	}
	var ts []tw
	for t, wa := range a.Subject.Terms {
		if wb, ok := b.Subject.Terms[t]; ok {
			ts = append(ts, tw{t, wa * wb * x.weight(t)})
		}
	}
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && (ts[j].w > ts[j-1].w || ts[j].w == ts[j-1].w && ts[j].t < ts[j-1].t); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
	var out []string
	for _, t := range ts {
		if len(out) == n {
			break
		}
		out = append(out, t.t)
	}
	return out
}

// sameWhen reports whether two claims' event dates can be the same.
func sameWhen(a, b *claim.Claim) bool {
	if !a.Subject.HasWhen || !b.Subject.HasWhen {
		return true
	}
	return overlapAt(a.Subject.When, b.Subject.When)
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
		a, b = b, a
	}
	for i := 0; i+len(wa) <= len(wb); i++ {
		ok := true
		for k := range wa {
			if wa[k] != wb[i+k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// samePlaceAndTime: two claims whose events are named with a shared place
// and dated alike, at least one to the month ("the attack near Moscow on
// Friday", "the attack at the Crocus City Hall in the Moscow area on March
// 22") are about one event even when their sentences share few words. An
// undated mention ("the Peshawar market bombing") meets a dated one when
// its report came out within two months after that date: news speaks of
// recent events without dating them.
func (b *builder) samePlaceAndTime(a, c *claim.Claim) bool {
	if !sharedPlace(a, c) {
		return false
	}
	switch {
	case a.Subject.HasWhen && c.Subject.HasWhen:
		if !overlapAt(a.Subject.When, c.Subject.When) {
			return false
		}
		return a.Subject.When.Precision <= when.PrecMonth || c.Subject.When.Precision <= when.PrecMonth
	case a.Subject.HasWhen:
		return b.soonAfter(c, a.Subject.When)
	case c.Subject.HasWhen:
		return b.soonAfter(a, c.Subject.When)
	}
	return false
}

// soonAfter: the claim's document was published within two months after d.
func (b *builder) soonAfter(c *claim.Claim, d when.Date) bool {
	pub, ok := b.published(c)
	return ok && d.Precision <= when.PrecMonth && pub >= d.Lo && pub <= d.Hi+62
}

// disjointPlaces: both events are named by places, and none is shared
// ("a checkpoint in Bannu", "a market in Peshawar"): different events,
// however alike the words around them.
func disjointPlaces(a, c *claim.Claim) bool {
	pa, pc := places(a), places(c)
	if len(pa) == 0 || len(pc) == 0 {
		return false
	}
	for _, p := range pa {
		for _, q := range pc {
			if p == q {
				return false
			}
		}
	}
	return true
}

// places are a claim's place names, states left out (a report about a
// bombing in Peshawar names Pakistan, and so does one about Bannu).
func places(c *claim.Claim) []string {
	var out []string
	for _, p := range c.Subject.Places {
		if strings.HasPrefix(p, "name:") {
			out = append(out, p)
		}
	}
	return out
}

// sharedPlace: both events are named by a place they share.
func sharedPlace(a, c *claim.Claim) bool {
	for _, p := range places(a) {
		for _, q := range places(c) {
			if p == q {
				return true
			}
		}
	}
	return false
}

// otherKinds: both events are named by kinds of attack and they share none
// ("a drone strike in Kabul", "a suicide bomber outside Kabul airport").
// Two reports that date their event to the same day are not parted by it:
// one attack with guns and bombs is told as a shooting by one outlet and as
// a bombing by another.
func otherKinds(a, c *claim.Claim) bool {
	if len(a.Subject.Kinds) == 0 || len(c.Subject.Kinds) == 0 {
		return false
	}
	if a.Subject.HasWhen && c.Subject.HasWhen && a.Subject.When.Precision == when.PrecDay &&
		c.Subject.When.Precision == when.PrecDay && a.Subject.When.Lo == c.Subject.When.Lo {
		return false
	}
	for _, k := range a.Subject.Kinds {
		for _, l := range c.Subject.Kinds {
			if k == l {
				return false
			}
		}
	}
	return true
}

// otherSites: both claims' clauses name kinds of venue and share none ("a
// car bomb near the interior ministry", "the bombing at the Kaaj education
// centre"): other attacks, or other parts of one attack.
func otherSites(a, c *claim.Claim) bool {
	if len(a.Subject.Sites) == 0 || len(c.Subject.Sites) == 0 {
		return false
	}
	for _, s := range a.Subject.Sites {
		if slices.Contains(c.Subject.Sites, s) {
			return false
		}
	}
	return true
}

// toldBefore: claim a's event is undated, and a's report came out before
// c's event happened, so a cannot be about it ("The blast at Uliesh Square
// killed 19", published in 2018, is not the 2023 siege at the Uliesh mall).
func (b *builder) toldBefore(a, c *claim.Claim) bool {
	if a.Subject.HasWhen || !c.Subject.HasWhen {
		return false
	}
	pub, ok := b.published(a)
	return ok && pub < c.Subject.When.Lo
}
