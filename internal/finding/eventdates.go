package finding

import (
	"math"
	"sort"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// EventDateKind is the claim kind of the day a report gives its own
// attack, as findings name it.
const EventDateKind = claim.EventDay

// dateSlack is how many days apart two reports may date one attack before
// it is a disagreement when either dates it by the night ("late on
// Friday", "overnight", "in the early hours of Saturday"): a siege that
// began late on Friday and ended on Saturday, or a day's difference of
// time zones at night, is one attack. Days given plainly must agree.
const dateSlack = 1

// ledeSents is how many sentences open a report (with its headline): where
// it dates its own attack. Later sentences date what followed.
const ledeSents = 4

// compareEventDates flags reports that date their own attack to days that
// cannot both hold: one event, one report "on Saturday, January 3", another
// "Friday's attack" a week later. A report is read only where every claim
// it makes about the event gives it one day.
func (b *builder) compareEventDates() {
	chk, ok := b.rs.Check(EventDateKind, "")
	if !ok || b.ev == nil {
		return
	}
	byEvent := map[int][]int{}
	for i := range b.claims {
		if e := b.eventOf(i); e >= 0 {
			byEvent[e] = append(byEvent[e], i)
		}
	}
	for e := range b.ev.Events {
		b.eventDate(chk, &b.ev.Events[e], byEvent[e])
	}
}

// eventDate compares the days one event's reports give it.
func (b *builder) eventDate(chk rule.Check, ev *event.Event, ids []int) {
	main := map[int]bool{}
	for k, d := range ev.Docs {
		if k < len(ev.Main) && ev.Main[k] {
			main[d] = true
		}
	}
	// Each report's day for the event, and the claim that gives it. A
	// report's opening dates its own attack in any words ("on Friday"); a
	// day written out in full ("September 8, 1999") dates it anywhere, and
	// dates the attack a report recalls too.
	day := map[int]*claim.Claim{}
	second := map[int]*claim.Claim{} // a report's other day, written out like the first
	mixed := map[int]bool{}
	off := map[int][]*claim.Claim{}
	var docs []int
	for _, i := range ids {
		c := &b.claims[i]
		w := c.Subject.When
		// (A toll's day, not a claim's: "a day after the blast – on May
		// 14 – the group claimed it" dates the claim.)
		// Who carried it out is told with the attack's own day ("troops
		// fired on the crowd on April 13, 1919"); a claim or blame is not.
		written := !w.Relative && c.Subject.HasWhen && (c.Type == claim.Count || c.Type == claim.Date || c.Type == claim.Responsibility && c.Kind == carriedOutStance && !c.Deny)
		if !(main[c.Doc] && c.Sent < ledeSents || written) || !c.Subject.HasWhen || c.Earlier || c.Subject.Displaced || w.Precision != when.PrecDay || w.Hi-w.Lo > dateSlack || !c.Subject.Told {
			continue
		}
		// A day the report sets beside another than its own event's gives
		// the event no day; beside a day it does give, the report tells of
		// two days, and dates nothing.
		if b.ev.OffDay[i] {
			off[c.Doc] = append(off[c.Doc], c)
			continue
		}
		if prev, ok := day[c.Doc]; ok {
			if !when.Overlap(prev.Subject.When, w) {
				// The report itself gives two days: both written out
				// ("May 13, 2008" and "May 13, 2018") are a slip to show;
				// otherwise it may tell of two attacks.
				if written && !prev.Subject.When.Relative && second[c.Doc] == nil {
					second[c.Doc] = c
				} else {
					mixed[c.Doc] = true
				}
			}
			continue
		}
		day[c.Doc] = c
		docs = append(docs, c.Doc)
	}
	var grouped []*side
	for _, d := range docs {
		for _, c := range off[d] {
			mixed[d] = mixed[d] || !when.Overlap(c.Subject.When, day[d].Subject.When)
		}
		if mixed[d] {
			continue
		}
		for _, c := range []*claim.Claim{day[d], second[d]} {
			if c == nil {
				continue
			}
			c := b.dateClaim(c)
			if b.days == nil {
				b.days = map[string][]*claim.Claim{}
			}
			b.days[ev.ID] = append(b.days[ev.ID], c)
			placed := false
			for _, s := range grouped {
				if s.fits(c) {
					s.add(c)
					placed = true
					break
				}
			}
			if !placed {
				grouped = append(grouped, newSide(c))
			}
		}
	}
	sides := make([][]*claim.Claim, len(grouped))
	for k, s := range grouped {
		sides[k] = s.claims
	}
	if len(sides) < 2 {
		return
	}
	sort.SliceStable(sides, func(i, j int) bool { return len(sides[i]) > len(sides[j]) })
	var pairs []report.SidePair
	in := make([]bool, len(sides))
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if b.datesClash(sides[i], sides[j]) {
				pairs = append(pairs, report.SidePair{A: sideName(i), B: sideName(j)})
				in[i], in[j] = true, true
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	// Sides in no clash are left out; the names follow the sides kept.
	var kept [][]*claim.Claim
	rename := map[string]string{}
	for i, s := range sides {
		if in[i] {
			rename[sideName(i)] = sideName(len(kept))
			kept = append(kept, s)
		}
	}
	b.addSides(chk, "date", EventDateKind, report.Contradiction, ev.Label, kept)
	f := &b.out[len(b.out)-1]
	f.Event = ev.ID
	for _, p := range pairs {
		f.Pairs = append(f.Pairs, report.SidePair{A: rename[p.A], B: rename[p.B], Relation: report.Contradiction})
	}
	f.ID = findingID(*f)
}

// side is the reports that date one event alike, and the days every one
// of them allows: its own, and a day either side for a night's.
type side struct {
	claims []*claim.Claim
	// The days a plain day must meet (lo..hi), and a night's (nlo..nhi):
	// one off from the plain reports' days.
	lo, hi, nlo, nhi when.Day
}

func newSide(c *claim.Claim) *side {
	s := &side{lo: math.MinInt32, hi: math.MaxInt32, nlo: math.MinInt32, nhi: math.MaxInt32}
	s.add(c)
	return s
}

func (s *side) add(c *claim.Claim) {
	s.claims = append(s.claims, c)
	d := c.Date
	if c.Subject.Night {
		s.lo, s.hi = max(s.lo, d.Lo-dateSlack), min(s.hi, d.Hi+dateSlack)
		s.nlo, s.nhi = max(s.nlo, d.Lo-dateSlack), min(s.nhi, d.Hi+dateSlack)
		return
	}
	s.lo, s.hi = max(s.lo, d.Lo), min(s.hi, d.Hi)
	s.nlo, s.nhi = max(s.nlo, d.Lo-dateSlack), min(s.nhi, d.Hi+dateSlack)
}

// fits reports a day every day of the side allows: a night's day one off
// may join a side, but not through a night report to a plain day that it
// is not ("late on Wednesday" holds Thursday; "Wednesday" does not).
func (s *side) fits(c *claim.Claim) bool {
	lo, hi := s.lo, s.hi
	if c.Subject.Night {
		lo, hi = s.nlo, s.nhi
	}
	return c.Date.Hi >= lo && c.Date.Lo <= hi
}

// datesClash reports two sides with a report each whose day for the
// attack the other could have given: neither day is after the other
// report came out. A day after it is a later turn of the story (a funeral,
// an arrest, a toll given on Sunday), not another day for the attack.
func (b *builder) datesClash(x, y []*claim.Claim) bool {
	for _, c := range x {
		for _, d := range y {
			pc, okc := b.published(c)
			pd, okd := b.published(d)
			if okc && okd && c.Date.Hi <= pd && d.Date.Hi <= pc {
				return true
			}
		}
	}
	return false
}

// dateClaim is the day a claim's event is given, as a claim of its own:
// the date's words, in the sentence that holds them.
func (b *builder) dateClaim(c *claim.Claim) *claim.Claim {
	w := c.Subject.When
	d := &claim.Claim{
		Doc: c.Doc, Type: claim.Date, Kind: EventDateKind,
		Start: w.Start, End: w.End, Words: w.Text, Date: w,
		Sent: c.Sent, SentStart: c.SentStart, SentEnd: c.SentEnd, Subject: c.Subject,
	}
	if w.Start < c.SentStart || w.End > c.SentEnd {
		doc := b.docs[c.Doc].Text
		for _, s := range text.Sentences(doc) {
			if s.Start <= w.Start && w.End <= s.End {
				d.SentStart, d.SentEnd = s.Start, s.End
				break
			}
		}
	}
	if w.Text == "" || d.Start >= d.End {
		d.Start, d.End, d.Words = c.Start, c.End, c.Words
	}
	d.Trace = append([]string{w.Trace}, "the day this report gives its own attack")
	return d
}

// gap is how many days lie between two dates; 0 when they meet.
func gap(a, b when.Date) int {
	if when.Overlap(a, b) {
		return 0
	}
	if a.Lo > b.Hi {
		return int(a.Lo - b.Hi)
	}
	return int(b.Lo - a.Hi)
}
