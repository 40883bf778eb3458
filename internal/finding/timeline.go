package finding

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// current picks, from the counts of one kind about one event, each
// report's own figures: not the earlier ones it recalls ("the initial toll
// was 24"), not parts or vague amounts. A revised figure ("rose to 36")
// wins over others; of several, the first, as a report leads with its
// figure, or a later one that makes it more precise. Two figures the report sets against each other ("137, while
// state media reported 145") are both its own: it quotes two sources.
//
// parts: the claims are the parts of totals for one group, compared as
// figures of their own. ev, when known, is the event they are about.
func (b *builder) current(ck rule.CountKind, cs []*claim.Claim, parts bool, ev *event.Event) []*claim.Claim {
	byDoc := map[int][]*claim.Claim{}
	var docs []int
	onlyEarlier := map[int]*claim.Claim{} // a report's last earlier figure, while it gives no other
	vagueLo := map[int]int64{}            // the least a report's words for everyone ("scores") allow
	firm := map[int]bool{}                // reports that give a figure in numbers
	for _, c := range cs {
		if !c.Vague && c.Part == parts {
			firm[c.Doc] = true
		}
	}
	// "killed hundreds": a report's only toll is a word for one (not an
	// arrest's "dozens", too loose to set against a count of eight).
	var vagueOnly []*claim.Claim
	vagueOf := map[int][]*claim.Claim{} // words for everyone beside a report's figures
	for _, c := range cs {
		if c.Vague && c.Part == parts && c.Population == "" && !c.Earlier {
			vagueLo[c.Doc] = max(vagueLo[c.Doc], c.Lo)
			if !firm[c.Doc] && ck.Victims {
				vagueOnly = append(vagueOnly, c)
			} else if ck.Victims {
				vagueOf[c.Doc] = append(vagueOf[c.Doc], c)
			}
		}
		if c.Vague || c.Part != parts {
			continue
		}
		if c.Earlier {
			if _, ok := byDoc[c.Doc]; !ok {
				if e := onlyEarlier[c.Doc]; e == nil || c.Start > e.Start {
					onlyEarlier[c.Doc] = c
				}
			}
			continue
		}
		if _, ok := byDoc[c.Doc]; !ok {
			docs = append(docs, c.Doc)
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], c)
	}
	// "Initial reports said at least 13 were killed", and no later figure:
	// the report's figure is still the one it gives.
	for d, c := range onlyEarlier {
		if _, ok := byDoc[d]; !ok {
			docs = append(docs, d)
			byDoc[d] = []*claim.Claim{c}
		}
	}
	sort.Ints(docs)
	var out []*claim.Claim
	for _, c := range vagueOnly {
		if len(out) == 0 || out[len(out)-1].Doc != c.Doc {
			out = append(out, c)
		}
	}
	for _, d := range docs {
		g := byDoc[d]
		sort.SliceStable(g, func(i, j int) bool { return g[i].Start < g[j].Start })
		// A count of everyone ("35 people") is the report's own over a
		// count of some ("two security guards"), which is mostly a part.
		pick := g
		var everyone, beyond []*claim.Claim
		for _, c := range g {
			if c.Population == "" {
				everyone = append(everyone, c)
			}
		}
		if len(everyone) == 0 && vagueLo[d] > 0 {
			// "Scores of civilians were killed … 10 soldiers were killed":
			// a group fewer than the report's words for everyone is a part
			// of them, not its figure for all.
			var beyondVague []*claim.Claim
			for _, c := range g {
				if c.Lo >= vagueLo[d] {
					beyondVague = append(beyondVague, c)
				}
			}
			if len(beyondVague) == 0 {
				continue
			}
			pick = beyondVague
		}
		if len(everyone) > 0 {
			pick = everyone
			// "at least 30 civilian deaths" beside "21 people confirmed
			// dead": more than everyone counted is no part of them, but
			// another figure for all.
			var most int64 // the most everyone's figures allow
			for _, c := range everyone {
				most = max(most, c.Hi) // "at least 30" allows any number
			}
			for _, c := range g {
				if c.Population != "" && c.Lo > most {
					beyond = append(beyond, c)
				}
			}
		}
		out = append(out, beyond...)
		// "A suicide bomber struck", "a woman was slaughtered" is one only
		// if the report counts no other way; nor does it stand against
		// the report's other figures.
		var counted []*claim.Claim
		for _, c := range pick {
			if !c.Article {
				counted = append(counted, c)
			}
		}
		if len(counted) > 0 {
			pick = counted
		}
		// "Uzbek Opposition, Gov't Dispute Death Toll": a report whose
		// headline says the toll is disputed gives each side's figure as
		// its own.
		if b.disputeReport(d) && len(pick) > 1 {
			out = append(out, distinctFigures(placedIn(pick, ev))...)
			continue
		}
		if pairs := b.contrasted(pick); len(pairs) > 0 {
			out = append(out, pairs...)
			// "Authorities confirmed 85 killed", then further down "an
			// eyewitness saw over 20 bodies, but unofficial sources said
			// more than 100 died": the report's lead figure still stands
			// beside the two it sets against each other.
			if first := pick[0]; first.Sent < pairs[0].Sent && !slices.Contains(pairs, first) && !first.Article {
				out = append(out, first)
			}
			continue
		}
		var revised []*claim.Claim
		for _, c := range pick {
			if c.Revised {
				revised = append(revised, c)
			}
		}
		unrevised := pick
		if len(revised) > 0 {
			pick = revised
		}
		// The first figure, made more precise by a later one it allows: a
		// headline's "over a dozen dead" is the text's "at least 15".
		best := pick[0]
		for _, c := range pick[1:] {
			if countsOverlap(c, best, 0) && (c.Lo > best.Lo || c.Lo == best.Lo && c.Hi < best.Hi) {
				best = c
			}
			// A headline's "Kill 23" drops the text's "at least 23": the
			// bound is the report's figure.
			if c.Lo == best.Lo && unbounded(c.Hi) && !unbounded(best.Hi) && b.inHeadline(best) && !b.inHeadline(c) {
				best = c
			}
		}
		// "raised the toll from 22 to 30" beside "killed at least 30": a
		// toll still rising, and the report's own bound on the same number
		// is its figure (a toll revised down stays exact).
		if best.Revised && !unbounded(best.Hi) && b.roseTo(best, cs) {
			for _, c := range g {
				if c.Lo == best.Lo && unbounded(c.Hi) && !c.Earlier {
					best = c
					break
				}
			}
		}
		out = append(out, best)
		// A revised figure ("rose to 36") is the report's last word, but
		// for another source's higher toll that its report tells beside it
		// ("the toll climbed to 34, according to local leaders"; "security
		// sources said 43 were killed"); a lower one is mostly the toll
		// before it rose.
		if len(revised) == 0 {
			out = append(out, b.alsoOwn(best, pick, g, mainIn(ev, d))...)
			out = append(out, b.aboveInWords(best, vagueOf[d])...)
		} else {
			for _, c := range unrevised {
				if !c.Revised && !c.Earlier && !c.Article && c.Lo > best.Hi && b.sourced(c, best) && !b.toldEarlier(c) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// roseTo reports a revised figure that its report says rose from a lower
// earlier one: "raised the death toll from 22 to 30".
func (b *builder) roseTo(c *claim.Claim, cs []*claim.Claim) bool {
	for _, e := range cs {
		if e.Doc == c.Doc && e.Earlier && e.Sent == c.Sent && e.Hi < c.Lo {
			return true
		}
	}
	return false
}

// alsoOwn picks the figures a report gives besides its first that are
// its own too: two counts of everyone that cannot both hold ("54 killed"
// in the lead, "57 dead" further down) are both the report's, and set
// against the other reports. A figure well below the first is mostly a
// part of it ("six Britons"), unless its words call it a toll; one of two
// figures in a sentence is a breakdown ("70 in one village and 30 in the
// other"); one in a sentence about what was first reported is history.
//
// own is false for an event the report only recalls: there a second figure
// stands only in a sentence that names the attack itself, as "the attack
// left 103 dead" may be the next attack the report tells of.
func (b *builder) alsoOwn(best *claim.Claim, pick, all []*claim.Claim, own bool) []*claim.Claim {
	var out []*claim.Claim
	// The report's other tellings of its own figure, one a sentence (a
	// headline's "kills 157" is the text's "a rights group said 157 died"):
	// found once, as every figure asks.
	tellings := []*claim.Claim{best}
	for _, d := range all {
		if d.Lo == best.Lo && d.Hi == best.Hi && !slices.ContainsFunc(tellings, func(t *claim.Claim) bool { return t.Sent == d.Sent }) {
			tellings = append(tellings, d)
		}
	}
	for _, c := range pick {
		if c == best || c.Article || oneFigure(c, best) || !c.Total && float64(c.Hi) < float64(best.Lo)*partShare && !b.sourcedAny(c, tellings) || !own && c.Subject.EventSent != c.Sent || b.toldEarlier(c) {
			continue
		}
		alone := true
		for _, d := range all {
			if d != c && d.Sent == c.Sent {
				alone = false
			}
		}
		if alone {
			out = append(out, c)
		}
	}
	return out
}

// aboveInWords picks a report's words for more dead than its figure, in a
// sentence of their own: "officials said 26 were killed … hundreds had
// died, witnesses said" are two tolls the report gives. Words for fewer
// ("several were children") are mostly a part of the figure.
func (b *builder) aboveInWords(best *claim.Claim, vague []*claim.Claim) []*claim.Claim {
	for _, c := range vague {
		if c.Lo > best.Hi && c.Sent != best.Sent {
			return []*claim.Claim{c}
		}
	}
	return nil
}

// sourcedAny is sourced for any telling of the report's own figure.
func (b *builder) sourcedAny(c *claim.Claim, tellings []*claim.Claim) bool {
	for _, d := range tellings {
		if d != c && b.sourced(c, d) {
			return true
		}
	}
	return false
}

// sourced reports two figures for everyone, each in a sentence of its own
// that says who gave it ("the government said 85 were killed"; "survivors
// put the toll at 400"): two sources' tolls, not a toll and a part of it.
func (b *builder) sourced(c, best *claim.Claim) bool {
	// "killed two" beside a toll of 100 is some other deed of the day.
	if c.Population != "" || best.Population != "" || c.Sent == best.Sent || c.Hi*10 < best.Lo {
		return false
	}
	t := b.docs[c.Doc].Text
	told := func(x *claim.Claim) bool {
		if x.SentEnd > len(t) || x.SentStart >= x.SentEnd {
			return false
		}
		sent := " " + strings.ToLower(t[x.SentStart:x.SentEnd]) + " "
		if strings.Contains(sent, " according to ") {
			return true
		}
		for _, w := range b.rs.Words.Reporting {
			w = strings.ToLower(w)
			if strings.Contains(sent, " "+w+" ") {
				return true
			}
			// "official sources claim only 100": the present tense too.
			if stem, ok := strings.CutSuffix(w, "ed"); ok {
				for _, p := range []string{stem, stem + "e"} {
					if strings.Contains(sent, " "+p+" ") || strings.Contains(sent, " "+p+"s ") {
						return true
					}
				}
			}
		}
		return false
	}
	// "It took one night to massacre more than 400. Though official
	// sources claim only 100 were killed": a rival's figure, set against
	// the report's own by the words that open its sentence.
	return told(c) && (told(best) || b.opensAgainst(c))
}

// opensAgainst reports a claim whose sentence opens by setting itself
// against the one before: "Though", "But", "However".
func (b *builder) opensAgainst(c *claim.Claim) bool {
	t := b.docs[c.Doc].Text
	if c.SentEnd > len(t) || c.SentStart >= c.SentEnd {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(t[c.SentStart:c.SentEnd]), " ")
	switch strings.ToLower(strings.Trim(first, ",")) {
	case "though", "although", "but", "however", "yet":
		return true
	}
	return false
}

// toldEarlier reports a claim whose sentence says, anywhere, that what it
// tells was said first ("Local officials first reported the raids, with
// one source putting the toll at around 50"): no second figure of the
// report's own, though too far from the word to be marked earlier.
func (b *builder) toldEarlier(c *claim.Claim) bool {
	t := b.docs[c.Doc].Text
	if c.SentEnd > len(t) || c.SentStart >= c.SentEnd {
		return false
	}
	sent := " " + strings.ToLower(t[c.SentStart:c.SentEnd]) + " "
	// "The government figure greatly conflicts with initial reports …
	// that around 2,000 were slaughtered": a rival figure, still held.
	for _, w := range []string{" conflict", " contradict", " disput", " at odds"} {
		if strings.Contains(sent, w) {
			return false
		}
	}
	for _, w := range b.rs.Words.Earlier {
		if i := strings.Index(sent, " "+strings.ToLower(w)+" "); i >= 0 && i < c.Start-c.SentStart+1 {
			return true
		}
	}
	return false
}

// mainIn reports an event that is document d's own, or no event known.
func mainIn(ev *event.Event, d int) bool {
	if ev == nil {
		return true
	}
	for i, doc := range ev.Docs {
		if doc == d {
			return ev.Main[i]
		}
	}
	return false
}

// oneFigure reports two figures that are one: they overlap, or one is an
// approximation that stops short of the other ("nearly 200" in the text,
// "200 wounded" in the headline).
func oneFigure(a, b *claim.Claim) bool {
	if countsOverlap(a, b, 0) {
		return true
	}
	return (!a.Exact || !b.Exact) && (a.Hi+1 == b.Lo || b.Hi+1 == a.Lo)
}

// partShare is how far below a report's first figure another may be and
// not be read as a part of it.
const partShare = 0.67

// inHeadline reports a claim on a report's first line when that line is a
// headline: it ends with no full stop.
func (b *builder) inHeadline(c *claim.Claim) bool {
	if c.Sent != 0 {
		return false
	}
	line := strings.TrimSpace(b.docs[c.Doc].Text[c.SentStart:c.SentEnd])
	return line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?\"”")
}

// contrasted returns the figures of one report that one of its sentences
// sets against each other: neighbours with a contrast word between them.
func (b *builder) contrasted(g []*claim.Claim) []*claim.Claim {
	var out []*claim.Claim
	for i := 1; i < len(g); i++ {
		x, y := g[i-1], g[i]
		if x.End > y.Start || x.Lo == y.Lo && x.Hi == y.Hi {
			continue
		}
		// "The military faulted the claim that over 2,000 were killed …
		// 150 people were killed": the disputed figure is another source's.
		if b.disputed(x) || b.disputed(y) {
			if len(out) == 0 || out[len(out)-1] != x {
				out = append(out, x)
			}
			out = append(out, y)
			continue
		}
		if x.Sent != y.Sent {
			// "However, the ministry said 50 were killed": a sentence that
			// opens against what came before quotes another source, however
			// many sentences back the first figure was.
			if opensContrast(b.docs[y.Doc].Text[y.SentStart:y.Start]) {
				if len(out) == 0 || out[len(out)-1] != x {
					out = append(out, x)
				}
				out = append(out, y)
			}
			continue
		}
		between := " " + strings.ToLower(b.docs[x.Doc].Text[x.End:y.Start]) + " "
		for _, w := range contrastWords {
			if strings.Contains(between, w) {
				if len(out) == 0 || out[len(out)-1] != x {
					out = append(out, x)
				}
				out = append(out, y)
				break
			}
		}
	}
	return out
}

// disputed reports a figure that its sentence gives as a claim someone
// disputes: "faulted the claim that over 2,000 people were killed",
// "rejected reports of 300 dead", "disputed the figure of 80",
// "conflicting accounts put the number at 20".
func (b *builder) disputed(c *claim.Claim) bool {
	from := max(c.SentStart, c.Start-disputeReach)
	return disputesFigure(strings.Fields(strings.ToLower(b.docs[c.Doc].Text[from:c.Start])), ",", 4)
}

// disputesFigure reports a verb of dispute followed, within reach words,
// by a noun for what a source said: "rejected reports", "Dispute Death
// Toll". cut is what to trim from each word's ends.
func disputesFigure(words []string, cut string, reach int) bool {
	for i, w := range words {
		if !disputeVerbs[strings.Trim(w, cut)] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+reach; k++ {
			if sourceClaims[strings.Trim(words[k], cut)] {
				return true
			}
		}
	}
	return false
}

// disputeReport reports a document whose headline says a toll is in
// dispute: "Opposition, Government Dispute Death Toll", "Conflicting
// tolls in …".
func (b *builder) disputeReport(doc int) bool {
	d := &b.docs[doc]
	head := d.Title
	if head == "" {
		head, _, _ = strings.Cut(d.Text, "\n")
		if len(head) > headlineLen {
			return false
		}
	}
	return disputesFigure(strings.Fields(strings.ToLower(head)), ",:", 3)
}

// headlineLen is the longest first line taken for a headline.
const headlineLen = 160

// placedIn keeps the claims that name no place the event does not hold:
// "542 were killed in Andijan and 203 died in clashes in Pakhtabad".
func placedIn(cs []*claim.Claim, ev *event.Event) []*claim.Claim {
	if ev == nil {
		return cs
	}
	var out []*claim.Claim
	for _, c := range cs {
		in := true
		for _, p := range c.Subject.Places {
			if strings.HasPrefix(p, "name:") && !slices.Contains(ev.Places, p) {
				in = false
			}
		}
		if in {
			out = append(out, c)
		}
	}
	return out
}

// distinctFigures is the claims with one of each figure, in order.
func distinctFigures(cs []*claim.Claim) []*claim.Claim {
	var out []*claim.Claim
	for _, c := range cs {
		dup := false
		for _, o := range out {
			dup = dup || o.Lo == c.Lo && o.Hi == c.Hi
		}
		if !dup && !c.Article {
			out = append(out, c)
		}
	}
	return out
}

// disputeReach is how many bytes before a figure its dispute may stand.
const disputeReach = 160

// disputeVerbs and sourceClaims: a verb that disputes what another source
// said, and the nouns for what it said.
var (
	disputeVerbs = map[string]bool{"faulted": true, "dispute": true, "disputed": true, "disputes": true, "rejected": true, "rejects": true, "denied": true, "denies": true, "dismissed": true, "dismisses": true, "contested": true, "questioned": true, "contradicted": true, "refuted": true,
		// "Contradictory accounts gave the number as 20": accounts at odds.
		"contradictory": true, "conflicting": true, "differing": true}
	sourceClaims = map[string]bool{"claim": true, "claims": true, "report": true, "reports": true, "figure": true, "figures": true, "estimate": true, "estimates": true, "toll": true, "tally": true, "account": true, "accounts": true}
)

// opensContrast reports words before a figure that set its sentence
// against what came before: "However, …", "But …", "The spokesman,
// however, reported …", or another source's word: "A third source put
// the toll at around 80".
func opensContrast(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	if len(f) > 0 && f[0] == "but" {
		return true
	}
	for i, w := range f {
		w = strings.Trim(w, ",")
		if w == "however" {
			return true
		}
		// "The military gave a lower death toll of 60": a figure set
		// against the one before by its comparative.
		if (w == "a" || w == "an") && i+1 < len(f) && comparatives[f[i+1]] {
			if i+2 == len(f) {
				return true // the figure's own words name the toll
			}
			for k := i + 2; k < len(f) && k <= i+4; k++ {
				if sourceClaims[strings.Trim(f[k], ",")] {
					return true
				}
			}
		}
		if otherSource[w] || w == "a" && i+1 < len(f) && ordinalSource[f[i+1]] {
			for k := i + 1; k < len(f) && k <= i+4; k++ {
				if sourceNouns[strings.Trim(f[k], ",")] {
					return true
				}
			}
		}
	}
	return false
}

// comparatives set one figure against another: "a lower death toll".
var comparatives = map[string]bool{"lower": true, "higher": true, "smaller": true, "larger": true, "bigger": true, "different": true, "lesser": true, "greater": true}

// otherSource and ordinalSource before a source noun name a source other
// than the one before: "another police source", "a third source".
var (
	otherSource   = map[string]bool{"another": true, "other": true}
	ordinalSource = map[string]bool{"second": true, "third": true, "fourth": true, "different": true}
	sourceNouns   = map[string]bool{"source": true, "sources": true, "official": true, "officials": true, "officer": true, "witness": true, "witnesses": true, "spokesman": true, "spokeswoman": true, "hospital": true, "doctor": true, "account": true, "report": true, "tally": true}
)

// maxWeighedSides bounds the figures of one fact weighed pair by pair.
const maxWeighedSides = 64

// revisionDays is how long after a report a higher figure revises it.
const revisionDays = 30

// relation says how two reports' figures for one fact stand: "" when both
// can hold at once, report.Contradiction when they cannot, report.Update
// when the later departs upward from the earlier as a growing toll does
// ("at least 19" on the day, 22 the next), or downward in words that say
// it was revised.
func (b *builder) relation(ck rule.CountKind, tol float64, x, y *claim.Claim) string {
	// Two counted groups ("13 service members", "170 civilians") are two
	// facts; a group and everyone ("54 worshippers", "56 people") are one.
	if x.Population != "" && y.Population != "" && !sameGroup(x.Population, y.Population, b.rs.Groups) {
		return ""
	}
	// "dozens" against 107: a word for an amount is loose at its top, and
	// reports use it for more than its words allow; "hundreds" against 150
	// still cannot both hold.
	if x.Vague != y.Vague {
		v := *x
		if y.Vague {
			v = *y
		}
		if !unbounded(v.Hi) {
			v.Hi *= 2
		}
		if x.Vague {
			x = &v
		} else {
			y = &v
		}
	}
	overlap := countsOverlap(x, y, tol)
	px, okx := b.pub[x.Doc].day, b.pub[x.Doc].ok
	py, oky := b.pub[y.Doc].day, b.pub[y.Doc].ok
	if x.Doc == y.Doc || !okx || !oky || px == py || !ck.Grows && !ck.Shrinks {
		if overlap {
			return ""
		}
		return report.Contradiction
	}
	early, late := x, y
	if px > py {
		early, late = y, x
		px, py = py, px
	}
	// Only a figure or a lower bound is departed from: a later 500 within
	// an earlier "about 500" says nothing new. A toll rises in the weeks
	// after an attack; a figure that fits one given months before is a
	// summary, not news.
	firm := early.Exact || unbounded(early.Hi) || early.Lo == early.Hi
	departs := late.Lo > early.Lo
	if ck.Shrinks {
		// Patients go home: a later, lower figure revises the earlier; an
		// open upper bound ("at least 30") is no firm figure to fall from.
		firm = early.Exact || early.Lo == early.Hi
		departs = late.Hi < early.Hi
	}
	recent := py-px <= revisionDays
	switch {
	case departs && recent && (firm || !overlap):
		return report.Update
	case overlap:
		return ""
	case late.Revised:
		return report.Update
	}
	return report.Contradiction
}

// sameGroup reports two counted groups one of which qualifies the other's
// noun: "rice farmers" are farmers; "service members" are not civilians.
func sameGroup(a, b string, variants map[string]string) bool {
	// "30 civilian deaths" and "eight civilians": a noun used as a
	// modifier loses its plural; "troopers" and "soldiers" are one group
	// in the rules' words.
	a, b = groupVariant(groupSingular(a), variants), groupVariant(groupSingular(b), variants)
	if a == b {
		return true
	}
	// "schoolgirls" and "girls": a compound that ends with the other word.
	if !strings.Contains(a, " ") && !strings.Contains(b, " ") && min(len(a), len(b)) >= 4 && (strings.HasSuffix(a, b) || strings.HasSuffix(b, a)) {
		return true
	}
	ha, hb := a[strings.LastIndexByte(a, ' ')+1:], b[strings.LastIndexByte(b, ' ')+1:]
	return ha == hb && (strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a))
}

// groupVariant names a counted group (singular) as the rules' group
// variants do: the whole group, or its last word ("Kelvan trooper" is a
// "Kelvan soldier").
func groupVariant(g string, variants map[string]string) string {
	if v, ok := variants[g]; ok {
		return v
	}
	i := strings.LastIndexByte(g, ' ') + 1
	if v, ok := variants[g[i:]]; ok {
		return g[:i] + v
	}
	return g
}

// groupSingular is a counted group with its last word made singular.
func groupSingular(g string) string {
	i := strings.LastIndexByte(g, ' ') + 1
	w := g[i:]
	switch {
	case strings.HasSuffix(w, "ies"):
		w = strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "men"):
		w = strings.TrimSuffix(w, "men") + "man"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = strings.TrimSuffix(w, "s")
	}
	return g[:i] + w
}

// countTimeline reports the figures of one fact that disagree: each side
// is one figure with every report that gives it, in order of first
// publication; the pairs say which sides cannot both hold and which
// revise which. Sides that disagree with none are left to the event.
func (b *builder) countTimeline(chk rule.Check, ck rule.CountKind, eventID, subject string, cs []*claim.Claim) {
	// A side is one figure given on one day: the same figure repeated a
	// year later is another point of the timeline, and may stand against
	// a figure given between.
	type sideKey struct {
		lo, hi int64
		day    pubDay
	}
	var sides [][]*claim.Claim
	index := map[sideKey]int{}
	for _, c := range cs {
		k := sideKey{c.Lo, c.Hi, b.pub[c.Doc]}
		if i, ok := index[k]; ok {
			sides[i] = append(sides[i], c)
			continue
		}
		index[k] = len(sides)
		sides = append(sides, []*claim.Claim{c})
	}
	if len(sides) < 2 {
		return
	}
	sort.SliceStable(sides, func(i, j int) bool { return b.firstOf(sides[i]) < b.firstOf(sides[j]) })
	type pair struct {
		i, j     int
		relation string
	}
	var pairs []pair
	in := make([]bool, len(sides))
	// Within a side, claims differ only in what relation reads besides the
	// figure and the day: whether they say the figure was revised, and the
	// group counted. One claim of each kind stands for the side, so many
	// reports of one figure cost their number, not its square.
	reps := make([][]*claim.Claim, len(sides))
	for k, s := range sides {
		seen := map[string]bool{}
		for _, c := range s {
			key := fmt.Sprint(c.Revised, c.Population)
			if !seen[key] {
				seen[key] = true
				reps[k] = append(reps[k], c)
			}
		}
	}
	// Every two figures are weighed, unless there are so many that the
	// pairs would outgrow the corpus: then each is weighed against the
	// next, in order of publication, and a diagnostic says so.
	span := len(sides)
	if len(sides) > maxWeighedSides {
		span = 2
		b.diags = append(b.diags, diag.Diagnostic{
			Code: "many-figures", Severity: diag.Warning,
			Message: fmt.Sprintf("%s, %s: %d figures; each is set against the next one only", subject, ck.ID, len(sides)),
		})
	}
	for i := range sides {
		for j := i + 1; j < len(sides) && j < i+span; j++ {
			rel := ""
			for _, x := range reps[i] {
				for _, y := range reps[j] {
					switch r := b.relation(ck, chk.Tolerance, x, y); {
					case r == report.Contradiction:
						rel = r
					case r == report.Update && rel == "":
						rel = r
					}
				}
			}
			if rel != "" {
				pairs = append(pairs, pair{i, j, rel})
				in[i], in[j] = true, true
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	// The pair the message and the diff show: the first contradiction, else
	// the first update; then every other side that is in a pair.
	show := pairs[0]
	for _, p := range pairs {
		if p.relation == report.Contradiction {
			show = p
			break
		}
	}
	relation := show.relation
	order := []int{show.i, show.j}
	for k := range sides {
		if in[k] && k != show.i && k != show.j {
			order = append(order, k)
		}
	}
	name := make([]string, len(sides))
	ordered := make([][]*claim.Claim, len(order))
	for n, k := range order {
		name[k] = sideName(n)
		ordered[n] = sides[k]
	}
	var sp []report.SidePair
	for _, p := range pairs {
		sp = append(sp, report.SidePair{A: name[p.i], B: name[p.j], Relation: p.relation})
	}
	sort.SliceStable(sp, func(i, j int) bool { return sp[i].A+sp[i].B < sp[j].A+sp[j].B })
	b.addSides(chk, "count", ck.ID, relation, subject, ordered)
	f := &b.out[len(b.out)-1]
	f.Event, f.Pairs = eventID, sp
	f.ID = findingID(*f)
}

// firstOf is a side's first publication day and document, for ordering:
// undated documents go last.
func (b *builder) firstOf(cs []*claim.Claim) string {
	first := "~"
	for _, c := range cs {
		k := "~" + b.docs[c.Doc].ID
		if p := b.pub[c.Doc]; p.ok {
			k = p.day.String() + " " + b.docs[c.Doc].ID
		}
		if k < first {
			first = k
		}
	}
	return first
}
