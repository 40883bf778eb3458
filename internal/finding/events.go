package finding

import (
	"sort"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/report"
)

// events lists every event with all the figures reported for each of its
// facts, in order of publication, whether they disagree or not: a reader
// sees "at least 12" beside 19 though neither contradicts the other.
func (b *builder) events() []report.Event {
	if b.ev == nil {
		return []report.Event{}
	}
	out := make([]report.Event, 0, len(b.ev.Events))
	for ei := range b.ev.Events {
		e := &b.ev.Events[ei]
		re := report.Event{ID: e.ID, Label: e.Label, Kinds: nonNil(e.Kinds), Sites: nonNil(e.Sites), Dated: e.Dated}
		re.Places = append(re.Places, e.PlaceNames...)
		re.Places = nonNil(re.Places)
		if e.When.Lo != 0 || e.When.Hi != 0 {
			re.From, re.To, re.Precision = e.When.Lo.String(), e.When.Hi.String(), e.When.Precision.String()
		}
		for _, d := range e.Docs {
			re.Documents = append(re.Documents, b.docs[d].ID)
		}
		re.Facts = b.facts(e)
		if f, ok := b.dayFact(e.ID); ok {
			re.Facts = append(re.Facts, f)
		}
		out = append(out, re)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].From != out[j].From {
			return out[i].From < out[j].From
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// facts groups an event's claims by fact, each figure in publication order.
func (b *builder) facts(e *event.Event) []report.Fact {
	current := map[*claim.Claim]bool{}
	byKind := map[string][]int{}
	var kinds []string
	for _, i := range e.Claims {
		c := &b.claims[i]
		if c.Type == claim.Breakdown || c.Type == claim.Date {
			// A breakdown's total is a count of the event already; the
			// day each report gives it is listed as compared (dayFact).
			continue
		}
		k := c.Type + "/" + c.Kind
		if c.Type == claim.Responsibility {
			k = "responsibility/"
		}
		if _, ok := byKind[k]; !ok {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], i)
	}
	sort.Strings(kinds)
	out := []report.Fact{}
	for _, k := range kinds {
		ids := byKind[k]
		cs := make([]*claim.Claim, len(ids))
		for n, i := range ids {
			cs[n] = &b.claims[i]
		}
		f := report.Fact{Kind: cs[0].Type, Claim: cs[0].Kind, Label: cs[0].Kind}
		if f.Kind == claim.Responsibility {
			f.Claim, f.Label = "responsibility", "responsibility"
			for _, c := range cs {
				current[c] = true
			}
		} else if ck, ok := b.rs.Count(f.Claim); ok {
			f.Label = ck.Label
			for _, c := range b.current(ck, cs, false, e) {
				current[c] = true
			}
		}
		sort.SliceStable(ids, func(x, y int) bool {
			cx, cy := &b.claims[ids[x]], &b.claims[ids[y]]
			fx, fy := b.firstOf([]*claim.Claim{cx}), b.firstOf([]*claim.Claim{cy})
			if fx != fy {
				return fx < fy
			}
			return cx.Start < cy.Start
		})
		for _, i := range ids {
			c := &b.claims[i]
			d := b.docs[c.Doc]
			v := b.value(c, "")
			f.Figures = append(f.Figures, report.Figure{
				Claim: ClaimID(d.ID, c), Doc: d.ID, Outlet: d.Outlet, Published: d.Published, URL: d.URL,
				Text: v.Text, Lo: v.Lo, Hi: v.Hi, Current: current[c],
				Words: c.Words, Start: c.Start, End: c.End, Why: b.ev.Why[i],
			})
		}
		out = append(out, f)
	}
	return out
}

// dayFact lists the day each report gives the event, as the comparison of
// days read it (from a sentence that tells the attack, a toll's or a
// claim's), in order of publication.
func (b *builder) dayFact(id string) (report.Fact, bool) {
	cs := b.days[id]
	if len(cs) == 0 {
		return report.Fact{}, false
	}
	sort.SliceStable(cs, func(i, j int) bool { return b.firstOf(cs[i:i+1]) < b.firstOf(cs[j:j+1]) })
	f := report.Fact{Kind: claim.Date, Claim: EventDateKind, Label: "day of the attack"}
	for _, c := range cs {
		d := b.docs[c.Doc]
		v := b.value(c, "")
		f.Figures = append(f.Figures, report.Figure{
			Claim: ClaimID(d.ID, c), Doc: d.ID, Outlet: d.Outlet, Published: d.Published, URL: d.URL,
			Text: v.Text, Current: true, Words: c.Words, Start: c.Start, End: c.End, Why: "the day this report gives its own attack",
		})
	}
	return f, true
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
