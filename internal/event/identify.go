package event

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// mention is what one document says about one event: its own, from the
// headline and opening, or another it names.
type mention struct {
	doc    int
	main   bool
	first  int // offset of its first claim, or -1 for a lede with none
	sent   int // the sentence that names it, or -1
	scene  scene
	claims []int
	why    []string // per claim of claims
	// displaced: its report set it before or after its own event ("a
	// previous attack on the shrine"), so it joins no group holding that.
	displaced bool
	// ownPlaces: for a report's own event, the places of the claims of
	// its opening that joined it ("on the Samjhauta Express" under "terror
	// strikes in Panipat"): an opening tells of one attack.
	ownPlaces []string
	// orphan: a mention of a report that names no attack in its opening
	// (it opens on the rescue, or mid-story): reports loaded together are
	// usually about one story, so it needs no more than a main event does.
	orphan bool
	// daysBefore: its report told it that many days before its own event
	// ("it came a day after the market bombings"); dated so once the own
	// event has a day (see dateBefore).
	daysBefore int
	// offDay: claims it took that its report dates to another day than
	// its own (see Result.OffDay).
	offDay []int
}

// ledeRegion is how many sentences open a report, headline lines
// included: what they place the report's own event in is one place.
const ledeRegion = 4

// Priors: how much more readily a claim joins its report's own event, and
// the own events of two reports join, than two other mentions do.
const (
	priorOwnReport = 2.0 // a claim of the report, without words of another event
	priorMainMain  = 1.0 // reports loaded together are usually about one story
	// sameDocNeeds is the evidence two other mentions of one report need to
	// be one event: a place or a day in common. An analysis names many
	// attacks; little in common does not make them one.
	sameDocNeeds = 2.0
	// mergeNeeds is the evidence two groups need to merge once every
	// mention has found one: a group formed before the mention that links
	// it to another.
	mergeNeeds = 2.0
	// otherNeeds is the evidence a mention other than a report's own
	// event needs to join a group.
	otherNeeds = 1.0
	// priorRetold: a mention that names no place of its own joins its
	// report's other mention of the very same date.
	priorRetold = 1.5
)

// Identify groups the claims of a corpus into events.
func Identify(docs []Doc, claims []claim.Claim) *Result {
	res := &Result{Of: make([]int, len(claims)), Why: make([]string, len(claims)), OffDay: make([]bool, len(claims))}
	for i := range res.Of {
		res.Of[i] = -1
	}
	byDoc := make([][]int, len(docs))
	for i := range claims {
		if isEventClaim(&claims[i]) {
			byDoc[claims[i].Doc] = append(byDoc[claims[i].Doc], i)
		}
	}
	order := docOrder(docs)
	var ms []*mention
	for _, d := range order {
		ms = append(ms, docMentions(d, &docs[d], claims, byDoc[d])...)
	}
	rel := relatedPlaces(docs, ms)
	clusters := cluster(ms, rel)
	for _, cl := range clusters {
		if cl.claims == 0 {
			continue // a lede with no claim: nothing to compare
		}
		e := cl.event(docs, claims)
		for _, m := range cl.members {
			for k, c := range m.claims {
				res.Of[c] = len(res.Events)
				res.Why[c] = m.why[k]
			}
			for _, c := range m.offDay {
				res.OffDay[c] = true
			}
		}
		res.Events = append(res.Events, e)
	}
	return res
}

// docOrder sorts documents by key, so that the events do not depend on the
// order documents were given in.
func docOrder(docs []Doc) []int {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return docs[order[i]].Key < docs[order[j]].Key })
	return order
}

// docMentions assigns a document's event claims to its own event when
// their words allow it, and to other mentions, merged when alike, when
// their words name another event.
func docMentions(d int, doc *Doc, claims []claim.Claim, ids []int) []*mention {
	// "in the Khwaja Hasan area of Gardez": the report's own places one
	// inside another are one place for its claims.
	inside := map[[2]string]bool{}
	for _, p := range doc.Related {
		inside[p], inside[[2]string{p[1], p[0]}] = true, true
	}
	rel := func(p, q string) bool {
		return inside[[2]string{p, q}] || contains(p, q) || contains(q, p) || sameSpelling(p, q)
	}
	var main *mention
	var out []*mention
	if doc.HasLede {
		main = &mention{doc: d, main: true, first: -1, sent: -1, scene: sceneOf(&doc.Lede, doc, true)}
		out = append(out, main)
	}
	sort.SliceStable(ids, func(i, j int) bool { return claims[ids[i]].Start < claims[ids[j]].Start })
	var days []int // the days sentences give their attacks: set beside the rest
	for _, ci := range ids {
		c := &claims[ci]
		if c.Type == claim.Date {
			days = append(days, ci)
			continue
		}
		sc := sceneOf(&c.Subject, doc, false)
		if main == nil && !c.Subject.HasWhen && doc.HasPub {
			// A report that names no attack in its opening tells its
			// story's news: the days before it came out, as a lede does.
			sc.lo, sc.hi, sc.window = doc.Published-recentDays, doc.Published, true
		}
		if c.Subject.SamePlace && main != nil {
			// "an attack on the same shrine in October 2022": the report's place.
			sc.places = append(sc.places, main.scene.places...)
			sc.states = append(sc.states, main.scene.states...)
		}
		// "A day earlier, officials said 29 had been killed" dates an earlier
		// figure of the same attack, not another attack.
		displaced := c.Subject.Displaced && !c.Earlier
		if main != nil && !displaced && !period(c, &main.scene) {
			if score, ok, why := fit(&sc, &main.scene, rel, true); ok && score+priorOwnReport > 0 && !twoDays(claims, ids, c, &sc, &main.scene) {
				main.take(ci, c, "the report's own event"+because(why))
				// "the seven killed by the market bomb on Monday" in a report
				// of Tuesday's bus bombing: its figure may be the own event's,
				// misdated, but its day is no day of that event. Two days
				// written out in full are a slip to show.
				if otherDay(&sc, &main.scene) && !(written(sc.dates) && written(main.scene.dates)) {
					main.offDay = append(main.offDay, ci)
				}
				if c.Sent < ledeRegion {
					for _, p := range sc.places {
						// A claim that tells an attack of its own kind in
						// another town ("two car bombs killed 46 in Homs",
						// the same day) is no sign the towns are one place;
						// a venue ("on the Samjhauta Express") lies in one.
						if len(c.Subject.Kinds) == 0 || slices.Contains(sc.venues, p) {
							main.ownPlaces = appendNew(main.ownPlaces, p)
						}
					}
				}
				continue
			}
		}
		best, bestScore, bestWhy := (*mention)(nil), 0.0, ""
		for _, m := range out {
			if m.main {
				continue
			}
			score, ok, why := fit(&sc, &m.scene, rel, true)
			if !ok {
				continue
			}
			if c.Subject.EventSent >= 0 && m.sent == c.Subject.EventSent {
				score += sameDocNeeds // one sentence names it, unless its clauses say otherwise
				why = strings.TrimPrefix(why+", the same sentence names it", ", ")
			} else if retold(&sc, &m.scene) {
				score += priorRetold
				why = strings.TrimPrefix(why+", told again with the same date and no other place", ", ")
			}
			if score >= sameDocNeeds && score > bestScore {
				best, bestScore, bestWhy = m, score, why
			}
		}
		if best != nil {
			best.scene.add(&sc)
			best.take(ci, c, "another event this report names"+because(bestWhy))
			continue
		}
		why := "an event of its own sentence"
		if main != nil {
			_, _, w := fit(&sc, &main.scene, rel, true)
			why = "another event than the report's own (" + w + ")"
			switch {
			case displaced:
				why = "another event than the report's own (offset in time from it)"
			case period(c, &main.scene):
				why = "a year or more, not the report's own event (" + c.Subject.When.Text + ")"
			}
		}
		m := &mention{doc: d, first: c.Start, sent: c.Subject.EventSent, scene: sc, displaced: main != nil && (displaced || period(c, &main.scene)), orphan: main == nil && !displaced}
		if m.displaced && !c.Subject.HasWhen {
			m.daysBefore = c.Subject.DaysBefore
		}
		m.take(ci, c, why)
		out = append(out, m)
	}
	for _, ci := range days {
		attachDay(out, ci, &claims[ci], doc, rel)
	}
	dateBefore(main, out)
	return out
}

// dateBefore dates the mentions a report told some days before its own
// event, once that event has a day: "Car bombs went off on Friday … it
// came a day after the market bombings" puts those on Thursday.
func dateBefore(main *mention, ms []*mention) {
	if main == nil || len(main.scene.dates) != 1 {
		return
	}
	d := main.scene.dates[0]
	if d.Precision != when.PrecDay || d.Hi-d.Lo > 1 {
		return
	}
	for _, m := range ms {
		if m.daysBefore > 0 && len(m.scene.dates) == 0 {
			n := when.Day(m.daysBefore)
			m.scene.dates = []when.Date{{Lo: d.Lo - n, Hi: d.Hi - n, Precision: when.PrecDay, Relative: true,
				Text: strconv.Itoa(m.daysBefore) + " days before " + d.Lo.String()}}
		}
	}
}

// attachDay sets the day a sentence gives its attack beside the mention
// of its report that attack is: the report's own when it fits, else the
// other mention that fits best, named by the same sentence or by enough
// besides. A day that fits none is left out: it would be an event of one
// date, with nothing to tell it from the others.
func attachDay(ms []*mention, ci int, c *claim.Claim, doc *Doc, rel related) {
	sc := sceneOf(&c.Subject, doc, false)
	var best *mention
	bestScore, bestWhy := 0.0, ""
	for _, m := range ms {
		score, ok, why := fit(&sc, &m.scene, rel, true)
		if !ok {
			continue
		}
		switch {
		case m.main:
			if c.Subject.Displaced || period(c, &m.scene) {
				continue
			}
			score += priorOwnReport
			why = "the report's own event" + because(why)
		case c.Subject.EventSent >= 0 && m.sent == c.Subject.EventSent:
			score += sameDocNeeds
			why = "another event this report names" + because(why) + ", the same sentence names it"
		default:
			why = "another event this report names" + because(why)
		}
		if score >= sameDocNeeds && score > bestScore {
			best, bestScore, bestWhy = m, score, why
		}
	}
	if best != nil {
		// Not take: a day joins no figures, and moves no event's first
		// mention.
		best.claims = append(best.claims, ci)
		best.why = append(best.why, bestWhy)
	}
}

// retold reports a scene that names no place of its own and gives the
// very date another scene of its report gives: "the 2009 massacre of 57
// in the Philippines" after "the killing of 57 in Maguindanao in 2009" is
// that attack told again, not another of the same year.
func retold(a, b *scene) bool {
	if len(a.places) > 0 {
		return false
	}
	for _, d := range a.dates {
		for _, e := range b.dates {
			// A day in common already joins them.
			if d.Lo == e.Lo && d.Hi == e.Hi && d.Precision != when.PrecDay {
				return true
			}
		}
	}
	return false
}

func (m *mention) take(ci int, c *claim.Claim, why string) {
	if m.first < 0 || c.Start < m.first {
		m.first = c.Start
	}
	m.claims = append(m.claims, ci)
	m.why = append(m.why, why)
	addFigure(c, &m.scene)
}

// twoDays reports a claim whose report writes out another day for it than
// for its own event ("went off on March 4 … the toll of the March 3
// bombings reached nine"): two attacks, unless a figure of
// the claim's sentence says a day was misdated ("63 killed" on May 13 and
// on May 15).
func twoDays(claims []claim.Claim, ids []int, c *claim.Claim, sc, own *scene) bool {
	// Only a day told beside a word for the attack: not a telling's
	// ("as reported to Reuters on August 17").
	if !c.Subject.Told || !otherDay(sc, own) {
		return false
	}
	// A weekday may be the toll's or the telling's, not the attack's:
	// only one beside a site the own event has none of ("on Wednesday
	// … at a school") tells another attack.
	if !written(sc.dates) || !written(own.dates) {
		if len(sc.sites) == 0 || len(own.sites) > 0 {
			return false
		}
	}
	var figures scene
	for _, i := range ids {
		if o := &claims[i]; o.Doc == c.Doc && o.Sent == c.Sent {
			addFigure(o, &figures)
		}
	}
	return !sharesFigure(&figures, own)
}

// otherDay reports two scenes dated each to one day, not the same one.
func otherDay(a, b *scene) bool {
	return toTheDay(a.dates) && toTheDay(b.dates) && !datesMeet(a.dates, b.dates)
}

// addFigure adds to sc the exact count c gives, if it marks an attack.
func addFigure(c *claim.Claim, sc *scene) {
	if c.Type == claim.Count && c.Exact && c.Lo == c.Hi && c.Lo >= distinctFigure && c.Population == "" {
		sc.figures = appendNew(sc.figures, fmt.Sprintf("%s:%d", c.Kind, c.Lo))
	}
}

// distinctFigure is the smallest exact count that marks an attack: two
// reports that both say 150 were killed tell of one attack more surely
// than two that say 3.
const distinctFigure = 10

func because(why string) string {
	if why == "" {
		return ""
	}
	return ": " + why
}

// relatedPlaces relates the places any report names one inside or beside
// the other ("in Khyber Pakhtunkhwa's Hangu", "the Crocus City Hall near
// Moscow"), and those each report's opening names together: a report
// naming only one of them is about the same place.
func relatedPlaces(docs []Doc, ms []*mention) related {
	pairs := map[[2]string]bool{}
	for _, d := range docs {
		for _, p := range d.Related {
			pairs[p] = true
			pairs[[2]string{p[1], p[0]}] = true
		}
	}
	for _, m := range ms {
		if !m.main {
			continue
		}
		ps := m.scene.places
		for i := range ps {
			for j := range ps {
				if i != j {
					pairs[[2]string{ps[i], ps[j]}] = true
				}
			}
			for _, q := range m.ownPlaces {
				if q != ps[i] {
					pairs[[2]string{ps[i], q}], pairs[[2]string{q, ps[i]}] = true, true
				}
			}
		}
	}
	// Clustering asks about the same few keys many times over: their
	// skeletons are worked out once.
	skeletons := map[string]string{}
	skel := func(k string) string {
		s, ok := skeletons[k]
		if !ok {
			s = skeleton(k)
			skeletons[k] = s
		}
		return s
	}
	return func(p, q string) bool {
		if pairs[[2]string{p, q}] || contains(p, q) || contains(q, p) {
			return true
		}
		return spelledAlike(p, q, skel(p), skel(q))
	}
}

// sameSpelling reports two spellings of one name as transliteration makes
// them: "Koocha Risaldar" and "Kocha Risaldar", "Shah Cheragh" and "Shah
// Cherag". Short skeletons say too little to match.
func sameSpelling(p, q string) bool {
	return spelledAlike(p, q, skeleton(p), skeleton(q))
}

// spelledAlike is sameSpelling given the keys' skeletons.
func spelledAlike(p, q, sp, sq string) bool {
	return sp == sq && (len(sp) >= 5 || sameLetters(p, q) || longAlike(p, q, sp)) || accentsApart(p, q)
}

// longAlike reports two long names of one short skeleton that open and
// close alike: "Bentalha" and "Benthalia", where a skeleton of four letters
// alone would join short names of other places ("Wana" and "Wien").
func longAlike(p, q, sp string) bool {
	_, p, _ = strings.Cut(p, ":")
	_, q, _ = strings.Cut(q, ":")
	return len(sp) == 4 && len(p) >= 7 && len(q) >= 7 && p[0] == q[0] && p[len(p)-1] == q[len(q)-1]
}

// sameLetters reports two names of one skeleton written with the same
// letters in another order: "Wagah" and "Wagha", where the short skeleton
// alone ("wg") would join "Waga" and "Wiggo" too.
func sameLetters(p, q string) bool {
	_, p, _ = strings.Cut(p, ":")
	_, q, _ = strings.Cut(q, ":")
	if len(p) != len(q) || len(p) < 5 || p == q {
		return false
	}
	var count [256]int
	for i := 0; i < len(p); i++ {
		count[p[i]]++
		count[q[i]]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// accentsApart reports two keys that differ only in accents: "Suruç" and
// "Suruc", of any length.
func accentsApart(p, q string) bool {
	return p != q && text.Plain(p) == text.Plain(q)
}

// skeleton is a place key's name as its spellings share it.
func skeleton(key string) string {
	_, v, _ := strings.Cut(key, ":")
	// "Gilgit-Baltistan" and "Gilgit Baltistan": a hyphen between the
	// words of a place's name is a space.
	return text.Skeleton(strings.ReplaceAll(v, "-", " "))
}

// contains reports a place name that opens or closes another: "Crocus"
// and "Crocus City Hall", "Waziristan" and "North Waziristan".
func contains(long, short string) bool {
	l, ok1 := strings.CutPrefix(long, "name:")
	s, ok2 := strings.CutPrefix(short, "name:")
	if !ok1 || !ok2 || len(s) < 4 || len(l) <= len(s) {
		return false
	}
	return strings.HasPrefix(l, s) && l[len(s)] == ' ' || strings.HasSuffix(l, s) && l[len(l)-len(s)-1] == ' ' || abbreviated(l, s)
}

// abbreviated reports a name whose last word is cut short in the other
// ("Samjhauta Exp" for "Samjhauta Express"), the words before the same.
func abbreviated(long, short string) bool {
	i := strings.LastIndexByte(short, ' ')
	if i < 0 || !strings.HasPrefix(long, short[:i+1]) {
		return false
	}
	cut, whole := short[i+1:], long[i+1:]
	return len(cut) >= 3 && !strings.Contains(whole, " ") && len(whole) > len(cut) && strings.HasPrefix(whole, cut)
}

// eventID hashes what identifies an event's first mention.
func eventID(key string, first int) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s|%d", key, first)
	return "e-" + strconv.FormatUint(h.Sum64()&0xffffffffffff, 16)
}

// period reports a claim dated only to a year or more ("in 2018, 1,692
// people were killed") in a report whose own event is a day: it counts a
// period, or an older event, not the report's.
func period(c *claim.Claim, main *scene) bool {
	if !c.Subject.HasWhen || c.Subject.When.Precision < when.PrecYear {
		return false
	}
	if main.window {
		return true
	}
	for _, d := range main.dates {
		if d.Precision <= when.PrecMonth {
			return true
		}
	}
	return false
}
