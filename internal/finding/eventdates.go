package finding

import (
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// EventDateKind is the claim kind of the day a report gives its own
// attack, as findings name it.
const EventDateKind = "event-date"

// dateSlack is how many days apart two reports may date one attack before
// it is a disagreement when either dates it by the night ("late on
// Friday", "overnight", "in the early hours of Saturday"): a siege that
// began late on Friday and ended on Saturday, or a day's difference of
// time zones at night, is one attack. Days given plainly must agree.
const dateSlack = 1

// nightWords around a date put the attack at the turn of a day; "hours"
// does after "small" or "wee" ("early" is one already), not in "over a
// period of three hours on Tuesday".
var nightWords = map[string]bool{"late": true, "overnight": true, "night": true, "midnight": true, "early": true, "evening": true, "dawn": true}

// slack is how many days apart two reports' days for one attack may be.
func (b *builder) slack(x, y *claim.Claim) int {
	if b.atNight(x) || b.atNight(y) {
		return dateSlack
	}
	return 0
}

// atNight reports night words within a few words of a claim's date.
func (b *builder) atNight(c *claim.Claim) bool {
	t := b.docs[c.Doc].Text
	w := c.Date
	if w.End <= w.Start || w.End > len(t) {
		return true // no words to read: allow the day
	}
	lo, hi := max(0, w.Start-attackReach), min(len(t), w.End+attackReach/2)
	prev := ""
	for _, tk := range text.Tokenize(t, lo, hi) {
		if nightWords[tk.Lower] || tk.Lower == "hours" && (prev == "small" || prev == "wee") {
			return true
		}
		prev = tk.Lower
	}
	return false
}

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
	var docs []int
	for _, i := range ids {
		c := &b.claims[i]
		w := c.Subject.When
		// (A toll's day, not a claim's: "a day after the blast – on May
		// 14 – the group claimed it" dates the claim.)
		// Who carried it out is told with the attack's own day ("troops
		// fired on the crowd on April 13, 1919"); a claim or blame is not.
		written := !w.Relative && c.Subject.HasWhen && (c.Type == claim.Count || c.Type == claim.Responsibility && c.Kind == carriedOutStance && !c.Deny)
		if !(main[c.Doc] && c.Sent < ledeSents || written) || !c.Subject.HasWhen || c.Earlier || c.Subject.Displaced || w.Precision != when.PrecDay || w.Hi-w.Lo > dateSlack || !b.besideAttack(c.Doc, w) {
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
	var sides [][]*claim.Claim
	for _, d := range docs {
		if mixed[d] {
			continue
		}
		for _, c := range []*claim.Claim{day[d], second[d]} {
			if c == nil {
				continue
			}
			c := b.dateClaim(c)
			placed := false
			for k, s := range sides {
				if gap(s[0].Date, c.Date) <= b.slack(s[0], c) {
					sides[k] = append(s, c)
					placed = true
					break
				}
			}
			if !placed {
				sides = append(sides, []*claim.Claim{c})
			}
		}
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

// besideAttack reports a date written in the clause of a word for the
// attack: after it ("the attack on Sunday", "militants attacked a base in
// the town over a period of three hours on Tuesday") or just before it
// ("Friday's bombing", "on Sunday gunmen stormed …"). Not the day of a
// toll, of its telling, or of an accusation ("Syria on Sunday accused
// rebels of carrying out a massacre"), nor of a clause of its own ("on
// Sunday, trying to make sense of a massacre").
func (b *builder) besideAttack(doc int, w when.Date) bool {
	t := b.docs[doc].Text
	if w.End <= w.Start || w.End > len(t) {
		return false
	}
	toks := text.Tokenize(t, max(0, w.Start-clauseReach), w.Start)
	next := w.Start
	before := 0 // the clause's words before the date
	for i := len(toks) - 1; i >= 0; i-- {
		// A line's end (a headline's) ends the clause too.
		if clauseBreak(toks, i) || b.notAttackDay(toks[i].Lower) || strings.Contains(t[toks[i].End:next], "\n") {
			break
		}
		if !dateOpeners[toks[i].Lower] {
			before++
		}
		// "43 farmers killed by the group were buried on Sunday": a verb of
		// its own between the attack's word and the date has the day.
		if beForms[toks[i].Lower] && i+1 < len(toks) && !b.attackWords().match(toks, i+1) {
			break
		}
		// "killing seven as gunfire still echoed on Saturday": the date
		// is the subordinate clause's.
		// "killed eight and posed a challenge to the government on Tuesday":
		// another verb, coordinated, has the day.
		if subordinators[toks[i].Lower] || toks[i].Lower == "and" && i+1 < len(toks) && strings.HasSuffix(toks[i+1].Lower, "ed") && !b.attackWords().match(toks, i+1) {
			break
		}
		if b.attackWords().match(toks, i) {
			return true
		}
		next = toks[i].Start
	}
	// After the date, the attack's word is the date's only when the date
	// opens its clause ("On Sunday, gunmen attacked"), or qualifies the
	// word ("Friday's bombing"): not "the toll had been put at 321 on
	// Tuesday, with 500 wounded".
	reach := min(len(t), w.End+attackReach)
	if before > 0 {
		reach = min(len(t), w.End+possessiveReach)
	}
	toks = text.Tokenize(t, w.End, reach)
	prev := w.End
	for i := range toks {
		if b.attackWords().match(toks, i) {
			return true // ", killing 90": the attack's own participle
		}
		if clauseBreak(toks, i) || toks[i].Text == "," && i+1 < len(toks) && strings.HasSuffix(toks[i+1].Lower, "ing") && !b.attackWords().match(toks, i+1) ||
			b.notAttackDay(toks[i].Lower) || strings.Contains(t[prev:toks[i].Start], "\n") {
			return false
		}
		prev = toks[i].End
	}
	return false
}

// subordinators open a clause of their own, comma or not.
var subordinators = map[string]bool{"as": true, "while": true, "when": true, "after": true, "before": true, "until": true, "since": true, "because": true}

// dateOpeners may stand before a date at the head of its clause.
var dateOpeners = map[string]bool{"on": true, "early": true, "late": true, "last": true, "this": true, "the": true, "in": true, "by": true}

// possessiveReach is how far after a date a word for the attack it
// qualifies stands: "Friday's suicide bombing".
const possessiveReach = 20

// beForms open a passive or a copula: "were buried", "was held".
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}

// notAttackDay reports a word whose day a date beside it is: a toll's
// turn, a telling, an accusation.
func (b *builder) notAttackDay(w string) bool {
	return claim.Accusing(w) || b.notDayWords()[w]
}

// attackReach is how many bytes from a date the word for the attack may
// stand; clauseReach how far back it may open the date's clause.
const (
	attackReach = 40
	clauseReach = 160
)

// clauseOpeners after a comma start a clause of their own: a date after
// them dates what that clause tells ("…, and funerals were held on Friday").
var clauseOpeners = map[string]bool{"and": true, "but": true, "while": true, "which": true, "who": true, "after": true, "before": true, "when": true, "as": true, "then": true, "until": true, "since": true}

// notDayWords are the rules' words of telling and of a toll's revision:
// a day right after them is the telling's or the revised toll's.
func (b *builder) notDayWords() map[string]bool {
	if b.tellWords == nil {
		b.tellWords = map[string]bool{"toll": true}
		for _, list := range [][]string{b.rs.Words.Reporting, b.rs.Words.Revisions} {
			for _, w := range list {
				if !strings.Contains(w, " ") {
					b.tellWords[strings.ToLower(w)] = true
				}
			}
		}
	}
	return b.tellWords
}

// clauseBreak reports a token at i that ends the clause before it.
func clauseBreak(toks []text.Token, i int) bool {
	switch toks[i].Text {
	case ";", ".", "!", "?", ":":
		return true
	case ",":
		return i+1 < len(toks) && clauseOpeners[toks[i+1].Lower]
	}
	return false
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

// wordSet matches the rules' words for an attack at a token.
type wordSet struct{ byFirst map[string][][]string }

// The verbs of counts of victims ("a bomb killed 96") tell the attack too.
func (b *builder) attackWords() *wordSet {
	if b.attacks == nil {
		b.attacks = &wordSet{byFirst: map[string][][]string{}}
		words := slices.Clone(b.rs.Words.Events)
		for _, k := range b.rs.Counts {
			if k.Victims {
				words = append(words, k.Verbs...)
			}
		}
		for _, w := range words {
			f := strings.Fields(strings.ToLower(w))
			if len(f) > 0 {
				b.attacks.byFirst[f[0]] = append(b.attacks.byFirst[f[0]], f)
			}
		}
	}
	return b.attacks
}

func (s *wordSet) match(toks []text.Token, i int) bool {
	for _, ph := range s.byFirst[toks[i].Lower] {
		if i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for k, w := range ph {
			if strings.TrimSuffix(strings.TrimSuffix(toks[i+k].Lower, "'s"), "’s") != w {
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
