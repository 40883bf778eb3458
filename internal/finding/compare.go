package finding

import (
	"sort"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
)

// Result is the findings of a corpus and its events with every figure.
type Result struct {
	Findings    []report.Finding
	Events      []report.Event
	Diagnostics diag.List
}

// Compare finds the disagreements among claims: figures and responsibility
// within each event, dated facts and sizes of each group or person, and
// totals whose parts do not add up.
func Compare(rs *rule.Set, docs []document.Document, claims []claim.Claim, ev *event.Result) Result {
	b := &builder{rs: rs, docs: docs, claims: claims, ev: ev, pub: make([]pubDay, len(docs))}
	for i, d := range docs {
		b.pub[i].day, b.pub[i].ok = when.ParseDay(d.Published)
	}
	var dates []*claim.Claim
	var counts, resps []int
	for i := range claims {
		c := &claims[i]
		switch c.Type {
		case claim.Count:
			counts = append(counts, i)
		case claim.Date:
			if c.Kind != claim.EventDay { // an attack's day is compared within its event
				dates = append(dates, c)
			}
		case claim.Responsibility:
			resps = append(resps, i)
		case claim.Breakdown:
			b.arithmetic(i)
		}
	}
	b.compareCounts(counts)
	b.compareDates(dates)
	b.compareResponsibility(resps)
	b.compareEventDates()
	b.compareWeekdays()
	out := b.out
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rule.SeverityRank(out[i].Severity), rule.SeverityRank(out[j].Severity)
		if ri != rj {
			return ri > rj
		}
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].ID < out[j].ID
	})
	return Result{Findings: out, Events: b.events(), Diagnostics: b.diags}
}

// eventOf returns the index of claim i's event, or -1.
func (b *builder) eventOf(i int) int {
	if b.ev == nil || i >= len(b.ev.Of) {
		return -1
	}
	return b.ev.Of[i]
}
