package bench

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// writer is one outlet writing one report: the figures it gives, which may
// differ from the truth and from other outlets, and the text so far.
type writer struct {
	w    *world
	r    *rand.Rand
	e    *event // the event reported
	past *event // an earlier event a paragraph recalls
	grp  *group // the group a background paragraph describes
	pub  time.Time

	k, kp1, kp2, inj, det int
	kVague, kAtLeast      bool
	fyear, lo, hi         int
	kwhen                 string // when the group's founder was killed, as worded

	sb    strings.Builder
	words int
	used  map[string]bool // templates already on this page

	// Where the text speaks of an earlier event, for the tests that check
	// findings against the truth: each sentence that filled a past slot.
	recalls  []recall
	pastUsed bool
}

// recall is a byte range of a report that is about an earlier event.
type recall struct {
	start, end int
	e          *event
}

// view is the figure an outlet gives for a true count: mostly the truth, a
// lower first count on the day itself, sometimes a figure off by a little
// (a real conflict) or a later, higher toll, sometimes only "dozens".
func (wr *writer) view(truth int, early bool) (n int, vague bool) {
	r := wr.r
	if early {
		return max(1, truth*(60+r.IntN(41))/100), false
	}
	switch x := r.IntN(100); {
	case x < 68:
		return truth, false
	case x < 80:
		d := 1 + r.IntN(max(2, truth/8))
		if r.IntN(2) == 0 && truth > d {
			d = -d
		}
		return truth + d, false
	case x < 92:
		return truth + 1 + r.IntN(max(2, truth/4)), false
	}
	return truth, truth >= 24
}

// figures fixes the numbers this report gives.
func (wr *writer) figures(early bool) {
	r, e := wr.r, wr.e
	wr.k, wr.kVague = wr.view(e.killed, early)
	wr.kAtLeast = r.IntN(3) == 0
	wr.inj, _ = wr.view(e.injured, early)
	wr.det, _ = wr.view(e.detained, early)
	wr.kp1 = 1 + r.IntN(max(1, wr.k/3))
	wr.kp2 = 1 + r.IntN(max(1, wr.k/3))
	if r.IntN(30) == 0 { // the parts outrun the total, as hurried copy does
		wr.kp2 = wr.k
	}
	wr.background(e.claimer)
}

// background fixes what this report says about a group's history.
func (wr *writer) background(g *group) {
	r := wr.r
	wr.grp = g
	wr.fyear = g.founded.Year()
	if r.IntN(8) == 0 {
		wr.fyear += 1 + r.IntN(2)
	}
	wr.lo, wr.hi = g.lo, g.hi
	if r.IntN(3) == 0 { // another think tank's estimate
		wr.lo = wr.lo * (70 + r.IntN(60)) / 100
		wr.hi = wr.hi * (80 + r.IntN(60)) / 100
		wr.hi = max(wr.hi, wr.lo+100)
	}
	k := g.killed
	if r.IntN(10) == 0 {
		k = k.AddDate(-1, 0, 0)
	}
	switch {
	case !k.Before(wr.pub):
		wr.kwhen = ""
	case k.Year() == wr.pub.Year()-1 && r.IntN(2) == 0:
		wr.kwhen = "last year"
	case r.IntN(3) == 0:
		wr.kwhen = "in " + strconv.Itoa(k.Year())
	default:
		wr.kwhen = "in " + k.Month().String() + " " + strconv.Itoa(k.Year())
	}
}

// say adds sentences as one paragraph.
func (wr *writer) say(tmpls ...string) {
	for i, t := range tmpls {
		wr.pastUsed = false
		s := wr.expand(t)
		if i > 0 {
			wr.sb.WriteByte(' ')
		}
		if wr.pastUsed {
			wr.recalls = append(wr.recalls, recall{wr.sb.Len(), wr.sb.Len() + len(s), wr.past})
		}
		wr.sb.WriteString(s)
		wr.words += strings.Count(s, " ") + 1
	}
	wr.sb.WriteString("\n\n")
}

func (wr *writer) junk(n int) {
	for range n {
		wr.say(wr.fresh(junkLines))
	}
}

// body writes the report as news pages run: the lead with the toll, who
// is blamed, the details, then background and older attacks, then copy on
// other matters until the page is long enough, with scraped page furniture
// around it.
func (wr *writer) body(target int) {
	r, e := wr.r, wr.e
	if r.IntN(4) == 0 {
		wr.junk(1 + r.IntN(3))
	}
	wr.say(wr.fresh(leadTemplates), wr.fresh(leadFollowers))
	switch x := r.IntN(10); {
	case x < 5:
		wr.say(wr.fresh(claimTemplates))
	case x < 8 && e.denies:
		wr.say(wr.fresh(blameTemplates), wr.fresh(denyTemplates))
	case x < 8:
		wr.say(wr.fresh(blameTemplates))
	}
	wr.say(wr.fresh(quoteTemplates))
	details := [][]string{detentionTemplates, injuryTemplates, casualtyTemplates, breakdownTemplates, claimTemplates, aftermathTemplates, quoteTemplates}
	r.Shuffle(len(details), func(i, j int) { details[i], details[j] = details[j], details[i] })
	for _, d := range details[:2+r.IntN(len(details)-1)] {
		wr.say(wr.fresh(d))
	}
	backgrounds, recalls := 0, 0
	for wr.words < target {
		switch x := r.IntN(100); {
		case x < 12 && backgrounds < 2:
			backgrounds++
			wr.about(pick(r, []*group{e.claimer, e.blamed, pick(r, wr.w.groups)}))
		case x < 20 && recalls < 3:
			recalls++
			wr.recall()
		case x < 30:
			wr.say(wr.fresh(quoteTemplates), wr.fresh(aftermathTemplates))
		case x < 50:
			wr.say(wr.fresh(politicsFiller), wr.composedFiller(), wr.composedFiller())
		case x < 68:
			wr.say(wr.fresh(economyFiller), wr.fresh(economyFiller), wr.composedFiller())
		case x < 80:
			wr.say(wr.fresh(sportFiller), wr.fresh(sportFiller))
		default:
			wr.say(wr.fresh(societyFiller), wr.composedFiller())
		}
	}
	if r.IntN(5) < 2 {
		wr.junk(1)
		for range 3 + r.IntN(4) {
			o := pick(r, wr.w.events)
			wr.say(capitalize(o.kind) + " in " + o.place + ": what we know so far")
		}
		wr.junk(1 + r.IntN(2))
	}
}

// fresh picks a template this page has not used yet, if a few tries find
// one; pages do repeat a stock sentence now and then.
func (wr *writer) fresh(ts []string) string {
	t := pick(wr.r, ts)
	for i := 0; i < 4 && wr.used[t]; i++ {
		t = pick(wr.r, ts)
	}
	wr.used[t] = true
	return t
}

// leadFollowers may follow the lead sentence.
var leadFollowers = append(append([]string{}, injuryTemplates...), aftermathTemplates...)

// about writes a background paragraph on a group.
func (wr *writer) about(g *group) {
	wr.background(g)
	ts := []string{wr.fresh(foundTemplates), wr.fresh(sizeTemplates)}
	if wr.kwhen != "" && wr.r.IntN(2) == 0 {
		ts = append(ts, wr.fresh(leaderTemplates))
	}
	wr.say(ts...)
}

// recall writes a paragraph on an earlier event, if there is one.
func (wr *writer) recall() {
	for range 5 {
		p := pick(wr.r, wr.w.events)
		if p != wr.e && p.day.Before(wr.pub.AddDate(0, 0, -7)) {
			wr.past = p
			wr.say(wr.fresh(pastTemplates))
			return
		}
	}
}
