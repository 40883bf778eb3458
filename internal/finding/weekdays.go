package finding

import (
	"fmt"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
)

// weekdayNames name when.Day.Weekday's numbers.
var weekdayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// compareWeekdays flags a report that names a weekday with a day it does
// not fall on ("Monday (August 13th)" in a year when the 13th was a
// Sunday): one of the two is wrong, whichever the other reports give.
func (b *builder) compareWeekdays() {
	chk, ok := b.rs.Check(EventDateKind, "")
	if !ok {
		return
	}
	seen := map[[2]int]bool{} // doc, offset of the date
	for i := range b.claims {
		c := &b.claims[i]
		ev := b.eventOf(i)
		for _, w := range []when.Date{c.Subject.When, c.Date} {
			if w.Weekday == 0 || w.Precision != when.PrecDay || w.Lo != w.Hi || w.Lo.Weekday() == int(w.Weekday)-1 {
				continue
			}
			k := [2]int{c.Doc, w.Start}
			if seen[k] {
				continue
			}
			seen[k] = true
			b.weekdayClash(chk, c, w, ev)
		}
	}
}

// weekdayClash adds the finding for one date whose weekday is wrong: the
// weekday named against the day, both from the same words.
func (b *builder) weekdayClash(chk rule.Check, c *claim.Claim, w when.Date, ev int) {
	d := b.dateClaim(&claim.Claim{Doc: c.Doc, Sent: c.Sent, SentStart: c.SentStart, SentEnd: c.SentEnd,
		Start: c.Start, End: c.End, Words: c.Words, Subject: claim.Subject{When: w, HasWhen: true}})
	named := *d
	named.Trace = append([]string{fmt.Sprintf("'%s' names a %s", w.Text, weekdayNames[w.Weekday-1])}, d.Trace[1:]...)
	subject := fmt.Sprintf("the day of %s", w.Text)
	if ev >= 0 {
		subject = b.ev.Events[ev].Label
	}
	b.addSides(chk, "date", EventDateKind, report.Contradiction, subject, [][]*claim.Claim{{&named}, {d}})
	f := &b.out[len(b.out)-1]
	f.Values[0].Text = weekdayNames[w.Weekday-1]
	f.Values[1].Text = fmt.Sprintf("%s (a %s)", w.Lo, weekdayNames[w.Lo.Weekday()])
	f.Message = fmt.Sprintf("%s names %s, but %s was a %s", outletOf(f.Evidence[0]), w.Text, w.Lo, weekdayNames[w.Lo.Weekday()])
	if ev >= 0 {
		f.Event = b.ev.Events[ev].ID
	}
	f.Pairs = []report.SidePair{{A: "a", B: "b", Relation: report.Contradiction}}
	f.ID = findingID(*f)
}
