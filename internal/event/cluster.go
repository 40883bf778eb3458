package event

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/when"
)

// group is a cluster of mentions taken to be one event.
type group struct {
	members []*mention
	scene   scene
	claims  int
	hasMain bool
}

// weekOf and monthOf bucket days for the candidate index.
func weekOf(d when.Day) int { return int(d) / 7 }

func monthOf(d when.Day) int {
	y, m, _ := d.YMD()
	return y*12 + m
}

// cluster joins mentions across documents, in the order given (documents
// by key, each document's own event first): each mention joins the group
// it fits best, judged against all that group's mentions have said, or
// starts one. Only groups that share a place, a country or a week with the
// mention are tried, so the work follows the corpus, not its square.
func cluster(ms []*mention, rel related) []*group {
	var groups []*group
	index := map[string][]int{} // key → groups
	keys := func(sc *scene) []string {
		var ks []string
		for _, p := range sc.places {
			ks = append(ks, p, "spelt:"+skeleton(p))
			// "Samjhauta Express" meets "Samjhauta": the words a name opens
			// or closes with are keys too (see contains).
			if i, j := strings.IndexByte(p, ' '), strings.LastIndexByte(p, ' '); i > 0 {
				if first := p[:i]; len(first) >= len("name:")+4 {
					ks = append(ks, first)
				}
				if last := p[j+1:]; len(last) >= 4 {
					ks = append(ks, "name:"+last)
				}
			}
		}
		for _, p := range sc.states {
			ks = append(ks, p)
		}
		// One man's death meets its other reports by his last name.
		for _, v := range sc.victims {
			if w := nameWords(v); len(w) > 0 {
				ks = append(ks, "victim:"+w[len(w)-1])
			}
		}
		for _, d := range sc.dates {
			// "the 1994 bombing of a Jewish community center" meets the
			// reports of that year's bombing: a year is a key of its own
			// (looked up only by mentions dated to a year; see lookup).
			if y, _, _ := d.Lo.YMD(); d.Precision <= when.PrecYear {
				if y2, _, _ := d.Hi.YMD(); y2 == y {
					ks = append(ks, "year:"+strconv.Itoa(y))
				}
			}
			switch d.Precision {
			case when.PrecDay:
				for w := weekOf(d.Lo - maxGap); w <= weekOf(d.Hi+maxGap); w++ {
					ks = append(ks, "week:"+strconv.Itoa(w))
				}
				fallthrough
			case when.PrecMonth:
				// A month meets the days inside it ("in October 2022").
				for m := monthOf(d.Lo); m <= monthOf(d.Hi) && m <= monthOf(d.Lo)+2; m++ {
					ks = append(ks, "month:"+strconv.Itoa(m))
					if d.Precision == when.PrecMonth {
						// "mon:" finds the groups dated by a month alone.
						ks = append(ks, "mon:"+strconv.Itoa(m))
					}
				}
			}
		}
		if sc.window {
			for w := weekOf(sc.lo); w <= weekOf(sc.hi); w++ {
				ks = append(ks, "week:"+strconv.Itoa(w))
			}
			// A later report's "in February 2007" meets the reports of
			// that month that gave no date.
			for m := monthOf(sc.lo); m <= monthOf(sc.hi); m++ {
				ks = append(ks, "month:"+strconv.Itoa(m))
			}
		}
		return ks
	}
	// lookup is the keys a scene's candidates are found by: a year only for
	// a scene dated to a year, or every day-dated mention would meet every
	// group of its year (twice the comparison's time on 10,000 reports).
	lookup := func(sc *scene) []string {
		ks := keys(sc)
		byYear := false
		for _, d := range sc.dates {
			byYear = byYear || d.Precision == when.PrecYear
		}
		// A dated scene that names a place meets the groups of its weeks,
		// months and places; its country alone gathers too many groups of
		// other times to try them all.
		timed := (len(sc.dates) > 0 || sc.window) && len(sc.places) > 0
		// A scene dated by days meets its weeks' groups and those dated by
		// a month alone ("mon:"), not every group of its month.
		byMonth := false
		for _, d := range sc.dates {
			byMonth = byMonth || d.Precision == when.PrecMonth
		}
		out := ks[:0]
		for _, k := range ks {
			if !byYear && strings.HasPrefix(k, "year:") || timed && strings.HasPrefix(k, "actor:") {
				continue
			}
			if rest, ok := strings.CutPrefix(k, "month:"); ok && !byMonth {
				k = "mon:" + rest
			}
			out = append(out, k)
		}
		return out
	}
	// The own events of reports go first: they anchor the others. Those
	// the reports date go before those that give no day, which any group
	// of their fortnight would take: "yesterday's" attack has its group
	// before a report that names no day chooses one.
	sorted := make([]*mention, 0, len(ms))
	for _, dated := range []bool{true, false} {
		for _, m := range ms {
			if m.main && (len(m.scene.dates) > 0) == dated {
				sorted = append(sorted, m)
			}
		}
	}
	for _, m := range ms {
		if !m.main {
			sorted = append(sorted, m)
		}
	}
	// other holds, per report, the attacks it tells apart from its own on
	// another day a few days away: "it came a day after the market
	// bombings", "the toll of the March 3 bombings".
	mainOf := map[int]*mention{}
	for _, m := range ms {
		if m.main {
			mainOf[m.doc] = m
		}
	}
	other := map[int][]*mention{}
	for _, m := range ms {
		if o := mainOf[m.doc]; o != nil && !m.main && daysAway(m.scene.dates, o.scene.dates) {
			other[m.doc] = append(other[m.doc], m)
			// Its report set it apart from its own event: it joins no
			// group holding that, nor is such a group merged with its.
			m.displaced = true
		}
	}
	// seen[g] == stamp marks groups already weighed for this mention; a
	// stamp per mention spares a map each.
	var seen []int
	stamp := 0
	mark := func(g int) bool {
		for len(seen) <= g {
			seen = append(seen, 0)
		}
		if seen[g] == stamp {
			return false
		}
		seen[g] = stamp
		return true
	}
	for _, m := range sorted {
		stamp++
		mains := 0 // the reports' own events an orphan fits
		// Another event a report names needs more than a date in common:
		// it has no report of its own to stand for it.
		best, bestScore := -1, 0.0
		if !m.main && !m.orphan {
			bestScore = otherNeeds - 1e-9
		}
		for _, k := range lookup(&m.scene) {
			for _, g := range index[k] {
				if !mark(g) {
					continue
				}
				score, ok := fits(&m.scene, &groups[g].scene, rel)
				if !ok || m.displaced && groups[g].has(m.doc) {
					continue // the report itself set it apart from its own event
				}
				if m.own() && groups[g].excludes(m, rel) {
					continue
				}
				if m.main && groups[g].toldApart(m, other, rel) {
					continue
				}
				if m.main && groups[g].hasMain {
					score += priorMainMain
				}
				// An orphan joins a report's own event readily, another
				// mention as any other does.
				if m.orphan && !groups[g].hasMain && score < otherNeeds {
					continue
				}
				if m.orphan && groups[g].hasMain {
					mains++
				}
				if score > bestScore || score == bestScore && best >= 0 && g < best {
					best, bestScore = g, score
				}
			}
		}
		// The prior holds for one story: an orphan that fits several
		// reports' own events joins one only on more than the days its
		// report came out in.
		if mains > 1 && bestScore < otherNeeds+windowFits {
			best = -1
		}
		if best < 0 {
			best = len(groups)
			groups = append(groups, &group{})
		}
		g := groups[best]
		g.members = append(g.members, m)
		if sc := m.scene; m.orphan {
			// An orphan's days are its report's, not the event's: they
			// would draw in whatever else they meet.
			sc.window = false
			g.scene.add(&sc)
		} else {
			g.scene.add(&m.scene)
		}
		g.claims += len(m.claims)
		g.hasMain = g.hasMain || m.main
		for _, k := range keys(&m.scene) {
			if l := index[k]; len(l) == 0 || l[len(l)-1] != best {
				index[k] = append(l, best)
			}
		}
	}
	// A group formed before the mention that ties it to another: merge
	// them, the earlier taking the later, until no two fit.
	for merged := true; merged; {
		merged = false
		for g, gr := range groups {
			if gr == nil {
				continue
			}
			stamp++
			mark(g)
			for _, k := range lookup(&gr.scene) {
				for _, h := range index[k] {
					if groups[h] == nil || !mark(h) {
						continue
					}
					score, ok := fits(&gr.scene, &groups[h].scene, rel)
					if gr.hasMain && groups[h].hasMain {
						score += priorMainMain
					}
					if !ok || score < mergeNeeds || apart(gr, groups[h]) {
						continue
					}
					hr := groups[h]
					gr.members = append(gr.members, hr.members...)
					gr.scene.add(&hr.scene)
					gr.claims += hr.claims
					gr.hasMain = gr.hasMain || hr.hasMain
					groups[h] = nil
					for _, k2 := range keys(&hr.scene) {
						index[k2] = append(index[k2], g)
					}
					merged = true
				}
			}
		}
	}
	// A small group meets the groups its reports' keys bring together, as a
	// mention does, not every group of the corpus.
	adoptStrays(groups, rel, func(sc *scene) []int {
		var out []int
		for _, k := range lookup(sc) {
			for _, h := range index[k] {
				if groups[h] != nil && !slices.Contains(out, h) {
					out = append(out, h)
				}
			}
		}
		return out
	})
	out := groups[:0]
	for _, g := range groups {
		if g != nil {
			out = append(out, g)
		}
	}
	return out
}

// strayGroup is how many mentions a group may hold and still be taken in
// by a larger one whose reports its reports fit (see adoptStrays).
const strayGroup = 3

// adoptStrays gives a small group (a report or three whose own events
// stayed apart) to the one larger group whose reports its reports fit, one
// by one, in half of the pairs or more: "the attack", undated and unplaced
// but for its country, beside the reports of the one attack of its days,
// though a misdated report of theirs keeps their gathered days from
// fitting it.
func adoptStrays(groups []*group, rel related, near func(*scene) []int) {
	for i, g := range groups {
		if g == nil || len(g.members) > strayGroup || !g.hasMain {
			continue
		}
		m := g.members[0]
		var cands []int
		for _, mm := range g.members {
			if mm.main {
				for _, j := range near(&mm.scene) {
					if !slices.Contains(cands, j) {
						cands = append(cands, j)
					}
				}
			}
		}
		found := -1
		for _, j := range cands {
			h := groups[j]
			if j == i || h == nil || !h.hasMain || h.has(m.doc) || len(h.members) <= len(g.members) || apart(g, h) || placedAndDatedApart(&g.scene, &h.scene, rel) {
				continue
			}
			fit, mains := 0, 0
			for _, o := range h.members {
				if !o.main {
					continue
				}
				for _, mm := range g.members {
					if !mm.main {
						continue
					}
					mains++
					// Two reports that date their attacks to different days
					// fit only on other evidence: "a shooting" two days apart
					// is as likely another shooting.
					if score, ok := fits(&mm.scene, &o.scene, rel); ok && (score > 0 || !datedApart(&mm.scene, &o.scene)) {
						fit++
					}
				}
			}
			if mains >= 2 && fit*2 >= mains {
				if found >= 0 {
					found = -2 // more than one group would take it
					break
				}
				found = j
			}
		}
		if found >= 0 {
			h := groups[found]
			h.members = append(h.members, g.members...)
			h.claims += g.claims
			groups[i] = nil
		}
	}
}

// placedAndDatedApart reports two groups that each name where their
// attack was, with no place in common, and date it to days too far apart
// for one attack: a theatre in Mariupol on the 16th and a base in Yavoriv
// on the 13th, whatever the reports that name only the country say.
func placedAndDatedApart(a, b *scene, rel related) bool {
	if len(a.places) == 0 || len(b.places) == 0 || placeInCommon(a, b, rel) {
		return false
	}
	for _, x := range a.dates {
		for _, y := range b.dates {
			if x.Precision == when.PrecDay && y.Precision == when.PrecDay && dayGap(x, y) > maxGap {
				return true
			}
		}
	}
	return false
}

// datedApart reports two scenes that both give dates, and dates that do
// not overlap.
func datedApart(a, b *scene) bool {
	for _, x := range a.dates {
		for _, y := range b.dates {
			if dayGap(x, y) > 0 {
				return true
			}
		}
	}
	return false
}

// event describes a group for the report.
func (g *group) event(docs []Doc, claims []claim.Claim) Event {
	e := Event{Kinds: byCount(g.members, func(m *mention) []string { return m.scene.kinds }),
		Sites:  byCount(g.members, func(m *mention) []string { return m.scene.sites }),
		Places: rarelyDropped(g.members, func(m *mention) []string { return m.scene.places })}
	if len(e.Places) == 0 {
		e.Places = rarelyDropped(g.members, func(m *mention) []string { return m.scene.states })
	}
	for _, p := range e.Places {
		e.PlaceNames = append(e.PlaceNames, g.placeName(docs, p))
	}
	e.When, e.Dated = g.date()
	first := g.members[0]
	for _, m := range g.members {
		if m.main != first.main && m.main || m.main == first.main && docs[m.doc].Key < docs[first.doc].Key {
			first = m
		}
	}
	e.ID = eventID(docs[first.doc].Key, first.first)
	seen := map[int]int{}
	for _, m := range g.members {
		if k, ok := seen[m.doc]; ok {
			e.Main[k] = e.Main[k] || m.main
		} else {
			seen[m.doc] = len(e.Docs)
			e.Docs = append(e.Docs, m.doc)
			e.Main = append(e.Main, m.main)
		}
		e.Claims = append(e.Claims, m.claims...)
	}
	sort.Ints(e.Claims)
	e.Label = label(e)
	return e
}

// placeName is a place as the group's reports write it, most of them
// alike; a key no report spells is shown from the key.
func (g *group) placeName(docs []Doc, key string) string {
	count := map[string]int{}
	best := ""
	for _, m := range g.members {
		s, ok := docs[m.doc].Names[key]
		// "KIRKUK, Iraq –": a dateline's capitals are its style, not the
		// name's spelling.
		if !ok || len(s) > 3 && s == strings.ToUpper(s) {
			continue
		}
		count[s]++
		if count[s] > count[best] || count[s] == count[best] && s < best {
			best = s
		}
	}
	if best == "" {
		return name(key)
	}
	return best
}

// date is the date most of the group's mentions give, or the span of the
// days its reports came out.
func (g *group) date() (when.Date, bool) {
	count := map[[2]when.Day]int{}
	var best when.Date
	n := 0
	for _, m := range g.members {
		for _, d := range m.scene.dates {
			k := [2]when.Day{d.Lo, d.Hi}
			count[k]++
			if count[k] > n || count[k] == n && d.Precision < best.Precision {
				best, n = d, count[k]
			}
		}
	}
	if n > 0 {
		return best, true
	}
	if g.scene.hasLatest {
		return when.Date{Lo: g.scene.latest, Hi: g.scene.latest, Precision: when.PrecDay}, false
	}
	return when.Date{}, false
}

// rarelyDropped lists the places the members give, most given first,
// without those a fifth as often given as the first: one report's odd
// capital ("KABUL: SUICIDE bombers …") does not name the event.
func rarelyDropped(ms []*mention, get func(*mention) []string) []string {
	order, count := counted(ms, get)
	out := order[:0]
	for _, v := range order {
		if count[v]*5 >= count[order[0]] {
			out = append(out, v)
		}
	}
	return out
}

// byCount lists the values the members give, most given first.
func byCount(ms []*mention, get func(*mention) []string) []string {
	order, _ := counted(ms, get)
	return order
}

func counted(ms []*mention, get func(*mention) []string) ([]string, map[string]int) {
	count := map[string]int{}
	var order []string
	for _, m := range ms {
		for _, v := range get(m) {
			if count[v] == 0 {
				order = append(order, v)
			}
			count[v]++
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	return order, count
}

// label names an event for people: its kind, its places and its date.
func label(e Event) string {
	var b strings.Builder
	if len(e.Kinds) > 0 {
		b.WriteString(e.Kinds[0])
	} else {
		b.WriteString("attack")
	}
	shown := 0
	for _, p := range e.PlaceNames {
		if shown == 2 {
			break
		}
		if partOfAnother(p, e.PlaceNames) {
			continue // "Hayat" beside "Hayat Hotel"
		}
		if shown == 0 {
			b.WriteString(" in ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(p)
		shown++
	}
	if e.When.Lo != 0 || e.When.Hi != 0 {
		if e.Dated {
			b.WriteString(" (" + dateText(e.When) + ")")
		} else {
			b.WriteString(" (reported " + e.When.Lo.String() + ")")
		}
	}
	return b.String()
}

// partOfAnother reports a name whose words another name of the list holds.
func partOfAnother(p string, names []string) bool {
	for _, q := range names {
		if len(q) > len(p) && strings.Contains(" "+strings.ToLower(q)+" ", " "+strings.ToLower(p)+" ") {
			return true
		}
	}
	return false
}

// ownChecked bounds how many of a group's own mentions a new own mention
// is checked against one by one: enough to keep a chain of placeless
// reports from joining two attacks, and linear in the corpus.
const ownChecked = 24

// own reports a mention that names its event with words of its own (a
// report's main event, or "a car bombing in Kandahar").
func (m *mention) own() bool { return m.main || m.scene.own }

// excludes reports a group holding an own mention that m cannot be the
// same event as: what the group says as a whole may fit (a report with no
// place joined it, then another's place), but two reports that each name
// their attack, in France and in Kenya, are two attacks.
func (g *group) excludes(m *mention, rel related) bool {
	n := 0
	for i := len(g.members) - 1; i >= 0 && n < ownChecked; i-- {
		o := g.members[i]
		if !o.own() || o.doc == m.doc {
			continue
		}
		n++
		// A figure the group's reports share with m vouches for each of
		// them: one report's misdated day does not set m apart.
		vouched := o.scene
		vouched.figures = g.scene.figures
		// A report that gave no day stood for the days it came out in;
		// the group's reports have since dated the attack, and a later
		// look back is weighed against that day, not those.
		if len(o.scene.dates) == 0 && o.scene.window && len(g.scene.dates) > 0 {
			vouched.dates, vouched.window = g.scene.dates, false
		}
		if _, ok := fits(&m.scene, &vouched, rel); !ok {
			return true
		}
	}
	return false
}

// toldApart reports a group set apart from m by a report that told one of
// them as another attack a few days from its own: "car bombs went off on
// Friday; it came a day after the market bombings" sets a report of
// Thursday's market bombings apart from Friday's, both ways round.
func (g *group) toldApart(m *mention, other map[int][]*mention, rel related) bool {
	if len(other) == 0 {
		return false // most corpora: no report tells such another attack
	}
	// apart: own's report told x as another attack; o is a report's own
	// event of x's day, not own's.
	apart := func(own, x, o *mention) bool {
		if !datesMeet(o.scene.dates, x.scene.dates) || datesMeet(o.scene.dates, own.scene.dates) {
			return false
		}
		_, ok := fits(&o.scene, &x.scene, rel)
		return ok
	}
	for _, o := range g.members {
		if !o.main || o.doc == m.doc {
			continue
		}
		for _, x := range other[o.doc] {
			if apart(o, x, m) {
				return true
			}
		}
		for _, x := range other[m.doc] {
			if apart(m, x, o) {
				return true
			}
		}
	}
	return false
}

// daysAway reports dates to the day that are a few days from the own
// event's day (and none on it): another attack its report tells of.
func daysAway(ds, own []when.Date) bool {
	if len(ds) == 0 || len(own) == 0 || datesMeet(ds, own) {
		return false
	}
	toDay := func(d when.Date) bool { return d.Precision == when.PrecDay && d.Hi-d.Lo <= 1 }
	for _, d := range ds {
		for _, o := range own {
			if !toDay(d) || !toDay(o) || dayGap(d, o) > misdateGap {
				return false
			}
		}
	}
	return true
}

// datesMeet reports two lists of dates with a day in common.
func datesMeet(a, b []when.Date) bool {
	for _, x := range a {
		for _, y := range b {
			if when.Overlap(x, y) {
				return true
			}
		}
	}
	return false
}

// has reports whether a mention of document d is in the group.
func (g *group) has(d int) bool {
	for _, m := range g.members {
		if m.doc == d {
			return true
		}
	}
	return false
}

// apart reports two groups one report set apart: a mention it displaced
// from its own event in one, that event in the other.
func apart(g, h *group) bool {
	for _, m := range g.members {
		if m.displaced && h.has(m.doc) {
			return true
		}
	}
	for _, m := range h.members {
		if m.displaced && g.has(m.doc) {
			return true
		}
	}
	return false
}
