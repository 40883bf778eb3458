package finding

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/diff"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
)

// builder collects findings, merging those that repeat one disagreement.
type builder struct {
	rs     *rule.Set
	docs   []document.Document
	claims []claim.Claim
	ev     *event.Result
	out    []report.Finding
	diags  diag.List // what the comparison could not do in full
	// days are, per event, the day each report gives it, as compared:
	// the event lists them whether they disagree or not.
	days map[string][]*claim.Claim

	generics  map[string]bool     // words.generic_actors, folded
	named     map[string]bool     // phrase actors written with capitals: names
	countries map[string]bool     // the places of words.demonyms, folded
	faiths    map[string]bool     // words.faiths, folded
	places    map[string]string   // words.demonyms, folded adjective → place
	allies    map[[2]string]bool  // actors held responsible together, per event
	joints    map[string][]string // the groups a person acts for ("its spokesman X"), per event
	initials  map[[2]string]bool  // a name and the initials a report gives it
	sole      string              // the one group an event's responsibility claims name, "-" for more
	index     map[string]int      // merge key → finding
	pub       []pubDay            // per document, parsed once: the pair tests ask often
}

// pubDay is a document's publication day, when it has one.
type pubDay struct {
	day when.Day
	ok  bool
}

// published returns the publication day of claim c's document.
func (b *builder) published(c *claim.Claim) (when.Day, bool) {
	p := b.pub[c.Doc]
	return p.day, p.ok
}

// sideNames label the sides of a finding.
const sideNames = "abcdefghijklmnopqrstuvwxyz"

func sideName(i int) string {
	if i < len(sideNames) {
		return sideNames[i : i+1]
	}
	return fmt.Sprint(i)
}

// add records a disagreement between side a and side b claims; a finding
// with the same merge key takes the new passages as further evidence.
func (b *builder) add(chk rule.Check, kind, claimKind, relation, subject, mergeKey string, a, c []*claim.Claim) {
	if b.index == nil {
		b.index = map[string]int{}
	}
	if i, ok := b.index[mergeKey]; ok {
		f := &b.out[i]
		for _, x := range a {
			f.Evidence = appendEvidence(f.Evidence, b.evidence(x, "a"))
		}
		for _, x := range c {
			f.Evidence = appendEvidence(f.Evidence, b.evidence(x, "b"))
		}
		return
	}
	b.index[mergeKey] = len(b.out)
	b.addSides(chk, kind, claimKind, relation, subject, [][]*claim.Claim{a, c})
}

// addSides records a disagreement among two or more sides, each a set of
// claims that agree. The first two sides are the pair the message and the
// side-by-side diff show; further sides are listed as values and evidence.
func (b *builder) addSides(chk rule.Check, kind, claimKind, relation, subject string, sides [][]*claim.Claim) {
	f := report.Finding{
		Rule: chk.ID, Kind: kind, Claim: claimKind, Relation: relation,
		Severity: chk.Severity, Subject: subject,
	}
	if relation == report.Update && chk.Severity != "info" {
		f.Severity = "low"
	}
	var per [][]report.Evidence
	for i, side := range sides {
		f.Values = append(f.Values, b.value(side[0], sideName(i)))
		var ev []report.Evidence
		// A passage once per side; "rejected involvement" and "rejected
		// involvement and blamed the government" open at one word but
		// say two things, and both stay.
		seen := map[[3]int]bool{}
		for _, x := range side {
			if k := [3]int{x.Doc, x.Start, x.End}; !seen[k] {
				seen[k] = true
				ev = append(ev, b.evidence(x, sideName(i)))
			}
		}
		per = append(per, ev)
		f.Evidence = append(f.Evidence, ev...)
	}
	ea, eb := pickPair(per[0], per[1])
	if ea.Doc != eb.Doc || ea.QuoteStart != eb.QuoteStart {
		l, r := diff.Passages(ea.Quote, eb.Quote,
			diff.Span{Start: ea.Start - ea.QuoteStart, End: ea.End - ea.QuoteStart},
			diff.Span{Start: eb.Start - eb.QuoteStart, End: eb.End - eb.QuoteStart})
		f.Diff = &report.SideBySide{Left: l, Right: r}
	}
	label := claimKind
	if k, ok := b.rs.Count(claimKind); ok && k.Label != "" {
		label = k.Label
	}
	f.Message = render(chk.Message, map[string]string{
		"subject": subject, "label": label, "kind": kind,
		"a": f.Values[0].Text, "b": f.Values[1].Text,
		"outlet_a": outletOf(ea), "outlet_b": outletOf(eb),
	})
	if len(sides) > 2 {
		var more []string
		for i := range sides[2:] {
			more = append(more, f.Values[i+2].Text+" ("+outletOf(per[i+2][0])+")")
		}
		f.Message += "; also " + strings.Join(more, ", ")
	}
	if relation == report.Update {
		f.Message += " (the later report may have updated the figure)"
	}
	f.ID = findingID(f)
	b.out = append(b.out, f)
}

func appendEvidence(list []report.Evidence, e report.Evidence) []report.Evidence {
	for _, x := range list {
		if x.Doc == e.Doc && x.Start == e.Start && x.End == e.End && x.Side == e.Side {
			return list
		}
	}
	return append(list, e)
}

func outletOf(e report.Evidence) string {
	if e.Outlet != "" {
		return e.Outlet
	}
	return e.Doc
}

// evidence quotes a claim's sentence with its place in the document.
func (b *builder) evidence(c *claim.Claim, side string) report.Evidence {
	d := b.docs[c.Doc]
	return report.Evidence{
		Side: side, Doc: d.ID, Outlet: d.Outlet, Published: d.Published,
		Quote: d.Text[c.SentStart:c.SentEnd], QuoteStart: c.SentStart, QuoteEnd: c.SentEnd,
		Start: c.Start, End: c.End, Words: c.Words,
		Value: b.value(c, side).Text, Attributor: c.Attributor,
		Trace: append([]string(nil), c.Trace...),
	}
}

// value normalises a claim's value for the report.
func (b *builder) value(c *claim.Claim, side string) report.Value {
	v := report.Value{Side: side}
	switch c.Type {
	case claim.Count, claim.Breakdown:
		lo := c.Lo
		v.Lo = &lo
		if !unbounded(c.Hi) {
			hi := c.Hi
			v.Hi = &hi
		}
		v.Text = countText(c.Lo, c.Hi)
		if c.Population != "" {
			v.Text += " " + c.Population
		}
	case claim.Date:
		v.From, v.To = c.Date.Lo.String(), c.Date.Hi.String()
		v.Precision = c.Date.Precision.String()
		v.Text = dateText(c.Date)
	case claim.Responsibility:
		v.Actor = actorShown(c)
		v.Stance = c.Kind
		v.Text = v.Actor
		if c.Deny {
			v.Text = "not " + v.Actor
		}
		if c.Attributor != "" {
			v.Text += " (" + c.Kind + ", per " + c.Attributor + ")"
		} else {
			v.Text += " (" + c.Kind + ")"
		}
	}
	return v
}

// findingID is stable across runs: a hash of what the finding is about.
func findingID(f report.Finding) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s|%s|%s|%s", f.Rule, f.Kind, f.Claim, f.Subject)
	keys := make([]string, 0, len(f.Evidence))
	for _, e := range f.Evidence {
		keys = append(keys, fmt.Sprintf("%s:%d:%d", e.Doc, e.Start, e.End))
	}
	sort.Strings(keys)
	fmt.Fprint(h, strings.Join(keys, ","))
	return fmt.Sprintf("%s-%012x", f.Kind[:1], h.Sum64()&0xffffffffffff)
}

// render fills a message template's {fields}.
func render(tmpl string, vals map[string]string) string {
	if tmpl == "" {
		tmpl = "{outlet_a} says {a}; {outlet_b} says {b}"
	}
	var sb strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			sb.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			sb.WriteString(tmpl)
			break
		}
		sb.WriteString(tmpl[:i])
		key := tmpl[i+1 : i+j]
		if v, ok := vals[key]; ok {
			sb.WriteString(v)
		} else {
			sb.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
	return sb.String()
}

// pickPair chooses the passages to diff: the first of each side, unless
// they are one sentence, then the first pair from two sentences.
func pickPair(a, b []report.Evidence) (report.Evidence, report.Evidence) {
	for _, x := range a {
		for _, y := range b {
			if x.Doc != y.Doc || x.QuoteStart != y.QuoteStart {
				return x, y
			}
		}
	}
	return a[0], b[0]
}

// ClaimID is stable across runs: a hash of the claim's document, kind and
// place in the text.
func ClaimID(doc string, c *claim.Claim) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s|%s|%s|%d|%d", doc, c.Type, c.Kind, c.Start, c.End)
	return fmt.Sprintf("k-%012x", h.Sum64()&0xffffffffffff)
}
