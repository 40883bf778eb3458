package claim

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// temporalStops between a predicate and a date mean the date belongs to
// another event: "occurred three days after the Aug. 4 explosion".
var temporalStops = map[string]bool{"after": true, "before": true, "since": true, "until": true, "following": true, "anniversary": true, "ahead": true, "than": true}

// facts reads dated facts (founded, killed) from one sentence: each date is
// bound to the nearest predicate before it in its clause; a reporting verb
// there ("confirmed his death on April 12") makes it the date of the report.
func (x *Extractor) facts(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	if c, ok := x.factRow(di, si); ok {
		return []Claim{c}
	}
	var out []Claim
	prevEnd := -1 // token after the previous date
	dates := di.dates[si]
	if len(dates) == 0 && si > 0 && dateHeading(di.toks[si-1], di.dates[si-1]) {
		dates = di.dates[si-1] // read as if it opened this line
	}
	for _, d := range dates {
		ti := tokIndex(toks, d.Start)
		tj := tokIndex(toks, d.End)
		after := prevEnd
		prevEnd = tj
		if ti >= len(toks) {
			continue
		}
		// "the 1998 bombings", "the catastrophic Aug. 4 explosion": the date
		// names another event; "in the late 1960s" is a decade, a time.
		if ti > 0 && toks[ti-1].Lower == "the" && !(decade(d) && !namesNoun(toks, tj)) {
			continue
		}
		// "Jul 29: The leader … has died", "Nov. 1 (UPI) -- X was killed":
		// a dateline's date is the report's.
		if d.Precision == when.PrecDay && datelineDate(toks, ti, tj) {
			continue
		}
		if tj < len(toks) {
			if _, _, ok := x.events.match(toks, tj); ok {
				continue
			}
			// "founded 1970 schools": a number of things, not a year
			// ("founded in 1970 when" is one).
			if bareNumber(d.Text) && ti > 0 && isLowerWord(toks[ti-1]) && !isPossessive(toks[ti-1]) && !prepositions[toks[ti-1].Lower] && isLowerWord(toks[tj]) && !x.factNounAt(toks, tj) && !prepositions[toks[tj].Lower] && toks[tj].Lower != "and" && toks[tj].Lower != "as" {
				continue
			}
		}
		k, fi, isNoun := x.predicateBefore(toks, ti)
		owned := false // the date stands between its noun and the noun's owner
		// A later date needs its own predicate after the one before it:
		// "X, who proclaimed the caliphate in 2014, was killed in 2019" has
		// two facts; "on Aug. 7, the anniversary of the 1998 bombings" one.
		if after >= 0 && k < after {
			continue
		}
		if k < 0 {
			// "In 2014, X founded Y"; "2002 – 2004: small groups … formed
			// the TTP"; "It was not until December 13, 2007 that the group
			// was formed".
			if v, _, ok := x.factNouns.match(toks, tj); ok && tj < len(toks) && ti > 0 && isPossessive(toks[ti-1]) {
				// "the movement's 1964 founding", "Fatah's 1965 founding":
				// the noun the date qualifies, of the one before the date.
				k, fi, isNoun, owned = tj, v, true, true
			} else if ti <= 2 || cleftDate(toks, tj) {
				k, fi, isNoun = x.predicateAfter(toks, tj)
			} else if tj+1 < len(toks) && toks[tj].Lower == "to" {
				// "left the FARC in 1972 to form the M-19": the date of
				// what the purpose clause founds.
				if v, n, ok := x.factVerbs.match(toks, tj); ok && n == 2 {
					k, fi = tj+1, v // "to found", a phrase of its own: "found" alone is of finding
				} else if v, _, ok := x.factVerbs.match(toks, tj+1); ok {
					k, fi = tj+1, v
				}
			} else if j, v, ok := x.coordinatedFounding(di, si, tj); ok {
				// "met in Beni in 1995, agreed to unite and formed the
				// Allied Democratic Forces": one subject's dated predicates.
				k, fi = j, v
			}
			if k < 0 {
				continue
			}
		}
		if x.factHedged(toks) || deniedBefore(toks, k) {
			continue
		}
		var r ref
		switch {
		case k == 0 && !isNoun && toks[0].Lower != "to":
			// "Founded in May 1976 by V. Prabhakaran, the Tamil Tigers …",
			// "Set up in the early 1990s with al-Qaeda money, Abu Sayyaf …":
			// the participle's subject opens the main clause.
			r = x.frontedSubject(di, si, tj)
		case owned:
			r = x.possessorBefore(di, si, ti)
		case isNoun:
			r = x.nounOwner(di, si, k, tj)
		case passive(toks, k) || x.intransitive[toks[k].Lower] || x.reducedRelative(toks, di.ments[si], k):
			r = x.subjectBefore(di, si, raisedFrom(toks, k))
			if !r.ok {
				if r2, ok := x.leadingConjunct(di, si, raisedFrom(toks, k)); ok {
					r = r2
				}
			}
			// "the military chief of the Sulu Front was killed", "the
			// rebel commander was killed on Tuesday": a man told by his
			// role is the one whose death the report's opening names.
			if x.rs.Facts[fi].ID == killedFact && roleSubject(toks, raisedFrom(toks, k), r) {
				if v, ok := x.openingVictim(di); ok {
					r = v
				} else {
					continue
				}
			}
		default:
			// Active voice: the fact is about the object ("the Taliban killed
			// its leader Sanaullah Ghafari"), never the subject, who did it;
			// "killed eight people" is a count, not a person's death.
			r = x.objectAfter(di, si, k, true)
			// "Arafat and 15 others founded Fatah": what is founded is an
			// organisation, whatever its name looks like.
			if !r.ok && x.rs.Facts[fi].ID != killedFact {
				r = x.foundedName(di, si, k)
			}
		}
		if from := x.subjectlessLine(di, si, k); !r.ok && !isNoun && from >= 0 {
			// "• Was established in 1964 as the military wing of …", under
			// a heading that names the group: the line's subject is the
			// group the text is about.
			r = x.resolveGroup(di, si, from)
		}
		if !r.ok {
			continue
		}
		// "Active from 1974 to 1990, the M-19 …": the span's start.
		if toks[k].Lower == "active" && d.Precision >= when.PrecYear {
			if y, _, _ := d.Lo.YMD(); d.Hi > when.DayOf(y, 12, 31) {
				d.Hi, d.Precision = when.DayOf(y, 12, 31), when.PrecYear
			}
		}
		// "was born in 1970" founds a group; a man's birth is no fact.
		if toks[k].Lower == "born" || k+1 < len(toks) && toks[k+1].Lower == "born" {
			if r.m.person || !x.groupLike(r.m) {
				continue
			}
		}
		f := x.rs.Facts[fi]
		start, end := toks[minInt(k, ti)].Start, d.End
		if k > tj || d.End <= start {
			end = toks[k].End // a heading's date is on the line before
		}
		c := x.factClaim(di, si, fi, r, d, start, end, fmt.Sprintf("%s '%s' → %s of %s", kindWord(isNoun), toks[k].Text, f.ID, r.m.name))
		if w := subjectWord(toks, k); r.via != "" && w != "" {
			c.Trace = append(c.Trace, fmt.Sprintf("'%s' read as %s (%s)", w, r.m.name, r.via))
		} else if r.via != "" {
			c.Trace = append(c.Trace, fmt.Sprintf("a line with no subject, read as about %s (%s)", r.m.name, r.via))
		}
		out = append(out, c)
		// "A, the group's military chief, and B, its head, were killed
		// early Sunday": the fact is of both.
		if r2, ok := x.conjunctPerson(di, si, r); ok && (passive(toks, k) || x.intransitive[toks[k].Lower]) && !isNoun {
			c2 := x.factClaim(di, si, fi, r2, d, start, end, fmt.Sprintf("%s '%s' → %s of %s (joined to %s by 'and')", kindWord(isNoun), toks[k].Text, f.ID, r2.m.name, r.m.name))
			out = append(out, c2)
		}
	}
	if len(out) == 0 {
		out = append(out, x.factsInEvent(di, si)...)
	}
	if len(out) == 0 && di.hasRef {
		if told, ok := x.tellingDate(di.toks[si], di.dates[si]); ok {
			out = append(out, x.perfectFacts(di, si, &told)...)
		} else if inOpening(di, si) {
			out = append(out, x.perfectFacts(di, si, nil)...)
		}
	}
	return out
}

// tellingDate finds the date of a telling that a perfect tense follows:
// "officials said in March that al-Shishani had died" dates the death by
// March at the latest, as the labels of news read it: in March.
func (x *Extractor) tellingDate(toks []text.Token, dates []when.Date) (when.Date, bool) {
	for _, d := range dates {
		ti, tj := tokIndex(toks, d.Start), tokIndex(toks, d.End)
		if tj >= len(toks) || toks[tj].Lower != "that" {
			continue
		}
		// The verb of telling right before the date, or a preposition
		// between: "said in March that", "announced Tuesday that".
		j := ti - 1
		if j > 0 && (toks[j].Lower == "in" || toks[j].Lower == "on") {
			j--
		}
		if j >= 0 {
			if _, n, ok := x.reporting.match(toks, j); ok && j+n >= ti-1 {
				return d, true
			}
		}
	}
	return when.Date{}, false
}

// fightWords name a fight a person may die in, beside the rules' attack words.
var fightWords = map[string]bool{"battle": true, "clash": true, "clashes": true, "fighting": true, "firefight": true, "gunfight": true, "gunbattle": true, "shootout": true}

// factsInEvent dates a fact by the attack or fight it happened in, when the
// date is that event's: "believed to have died during a battle that killed
// 20 people on Wednesday night", "killed by the French strike that took
// place earlier this month".
func (x *Extractor) factsInEvent(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	// "Abu Ayyub al-Masri and Abu Omar al-Baghdadi died in an attack on a
	// safe house", undated, in a report's opening: the news of the days
	// before it came out, as a perfect tense there is.
	recent := len(di.dates[si]) == 0 && inOpening(di, si) && di.hasRef
	if len(di.dates[si]) == 0 && !recent || x.hasHedge(toks, 0, len(toks)) {
		return nil
	}
	for k := 1; k < len(toks); k++ {
		// Only a fact that befalls a person in an event (one whose rules
		// list intransitive verbs: "died") is dated by that event.
		fi, n, ok := x.factVerbs.match(toks, k)
		if !ok || len(x.rs.Facts[fi].Intransitive) == 0 {
			continue
		}
		// "in", "during" or "by", then the event within a few words.
		p := k + n
		if p >= len(toks) || toks[p].Lower != "in" && toks[p].Lower != "during" && toks[p].Lower != "by" {
			continue
		}
		ev := -1
		for e := p + 1; e < len(toks) && e <= p+4; e++ {
			if _, _, ok := x.events.match(toks, e); ok || fightWords[toks[e].Lower] {
				ev = e
				break
			}
			if toks[e].Kind == text.Punct {
				break
			}
		}
		if ev < 0 {
			continue
		}
		// The event's date: the first one after it in its clause, with no
		// other fact or telling between.
		var d when.Date
		found := false
		for _, dd := range di.dates[si] {
			ti := tokIndex(toks, dd.Start)
			if ti <= ev {
				continue
			}
			good := true
			for j := ev + 1; j < ti; j++ {
				if _, _, ok := x.factVerbs.match(toks, j); ok && toks[j].Lower != "killed" && toks[j].Lower != "killing" {
					good = false
				}
				if _, _, ok := x.reporting.match(toks, j); ok || toks[j].Text == ";" || temporalStops[toks[j].Lower] {
					good = false
				}
			}
			if good {
				d, found = dd, true
			}
			break
		}
		if !found && recent {
			d = when.Date{Lo: di.ref - recentWindow, Hi: di.ref, Precision: when.PrecDay, Relative: true,
				Start: toks[k].Start, End: toks[ev].End}
			d.Text = di.text[d.Start:d.End]
			d.Trace = fmt.Sprintf("'%s'%s: news of the %d days before %s", d.Text, recentNote, recentWindow, di.ref)
			found = true
		}
		if !found {
			continue
		}
		var r ref
		if passive(toks, k) || x.intransitive[toks[k].Lower] || k > 0 && toks[k-1].Lower == "been" {
			r = x.subjectBefore(di, si, raisedFrom(toks, k))
		} else {
			continue
		}
		if r.ok && x.isGroup(r.m) {
			continue // "two leaders of the Sulu Front have been killed in a raid"
		}
		if !r.ok || r.m.locative {
			continue
		}
		why := fmt.Sprintf("verb '%s' %s '%s' → %s of %s, dated by that event", toks[k].Text, toks[p].Text, toks[ev].Text, x.rs.Facts[fi].ID, r.m.name)
		out := []Claim{x.factClaim(di, si, fi, r, d, toks[k].Start, d.End, why)}
		// "Abu Ayyub al-Masri and Abu Omar al-Baghdadi died in an attack":
		// the fact is of both.
		if r2, ok := x.conjunctPerson(di, si, r); ok {
			out = append(out, x.factClaim(di, si, fi, r2, d, toks[k].Start, d.End, why+" (joined by 'and')"))
		}
		return out
	}
	return nil
}

// openingSents is how many sentences open a report: the headline and lede,
// where a perfect tense tells the news.
const openingSents = 4

// inOpening reports a sentence among a report's first openingSents
// sentences of prose: bylines, a publication's date and "Comments" lines
// (fewer than eight words) do not count.
func inOpening(di *docInfo, si int) bool {
	if di.openingEnd < 0 { // found once: every sentence asks
		n, k := 0, 0
		for ; k < len(di.toks) && n < openingSents; k++ {
			words := 0
			for _, t := range di.toks[k] {
				if t.Kind == text.Word {
					words++
				}
			}
			if words >= 8 {
				n++
			}
		}
		di.openingEnd = k
	}
	return si < di.openingEnd
}

// roleSubject reports a subject before token k told by a man's role, not
// his name: "the rebel commander", "the military chief of the Sulu Front"
// (r, if read, is the group after "of").
func roleSubject(toks []text.Token, k int, r ref) bool {
	j := k - 1
	for j >= 0 && (auxiliaries[toks[j].Lower] || toks[j].Lower == "been" || adverb(toks[j])) {
		j--
	}
	if r.ok && !r.m.person {
		// "chief of the Sulu Front": the role stands before "of".
		a := r.m.a - 1
		for a >= 0 && (toks[a].Lower == "the" || isLowerWord(toks[a]) && !leaderNouns[leaderWord(toks[a].Lower)] && toks[a].Lower != "of") {
			a--
		}
		return a >= 1 && toks[a].Lower == "of" && leaderNouns[leaderWord(toks[a-1].Lower)] && r.m.b == j+1
	}
	return !r.ok && j >= 1 && leaderNouns[leaderWord(toks[j].Lower)] && (toks[j-1].Lower == "the" || j >= 2 && toks[j-2].Lower == "the")
}

// openingVictim is the one man whose death the report's opening tells.
func (x *Extractor) openingVictim(di *docInfo) (ref, bool) {
	keys := x.victims(di)
	if len(keys) != 1 {
		return ref{}, false
	}
	for si, ms := range di.ments {
		for _, m := range ms {
			if m.key == keys[0] {
				return ref{m: m, sent: si, ok: true}, true
			}
		}
	}
	return ref{}, false
}

// factNounAt reports a fact's noun at k: "the 1964 founding".
func (x *Extractor) factNounAt(toks []text.Token, k int) bool {
	_, _, ok := x.factNouns.match(toks, k)
	return ok
}

// bareNumber reports a date written as digits alone: "1970".
func bareNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// recentWindow is how far back "has been killed" in a report's opening
// reaches: news of the days before it was published.
const recentWindow = 7

// pastWords say a perfect tense tells of the past, not news: "has been
// reported dead before", "has been killed in the past".
var pastWords = map[string]bool{"before": true, "past": true, "previously": true, "prematurely": true, "repeatedly": true, "times": true, "occasions": true, "earlier": true, "ever": true, "never": true}

// perfectAux open a perfect tense; "had" is the perfect of reported
// speech in an opening ("the army said X had been killed").
var perfectAux = map[string]bool{"has": true, "have": true, "had": true}

// recentNote marks the date of a fact read from a perfect tense in a
// report's opening.
const recentNote = " in the report's opening"

// deniedBefore reports a denial whose clause holds the predicate at k:
// "the outlet had denied that he was killed in March" tells of no death
// in March.
func deniedBefore(toks []text.Token, k int) bool {
	for j := 0; j < k; j++ {
		if !denies(toks[j]) {
			continue
		}
		for e := j + 1; e < k && e <= j+4; e++ {
			if toks[e].Lower == "that" || toks[e].Lower == "reports" {
				return true
			}
		}
	}
	return false
}

// tellingNote marks the trace of a fact dated by an earlier telling.
const tellingNote = " after a telling dated"

// dropRecentIfDated keeps a fact read from "X has died" in a report's
// opening only when the report dates no fact of that kind elsewhere: "the
// leader has died" announces what "he died two years ago" dates.
func dropRecentIfDated(cs []Claim) []Claim {
	dated := map[string]bool{}
	for _, c := range cs {
		// "officials said in March that he had died": an earlier report
		// of the death, dated by its telling, does not date this one.
		if c.Type == Date && !strings.Contains(c.Date.Trace, recentNote) && !strings.Contains(c.Date.Trace, tellingNote) {
			dated[c.Kind] = true
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Type == Date && strings.Contains(c.Date.Trace, recentNote) && dated[c.Kind] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// perfectFacts reads an undated fact told in the perfect tense, "X has
// been killed", "a strike has killed X", "the group has been formed": in
// a report's opening, news of the days before the report, dated so; after
// a dated telling ("said in March that X had died"), dated by the telling.
func (x *Extractor) perfectFacts(di *docInfo, si int, told *when.Date) []Claim {
	toks := di.toks[si]
	// "On May 2, officials had told reporters he had died": a telling with
	// a date of its own dates the news otherwise.
	for _, d := range di.dates[si] {
		if told != nil {
			break
		}
		ti, tj := tokIndex(toks, d.Start), tokIndex(toks, d.End)
		for j := max(0, ti-3); j < len(toks) && j <= tj+4; j++ {
			if _, _, ok := x.reporting.match(toks, j); ok {
				return nil
			}
		}
	}
	for _, t := range toks {
		if pastWords[t.Lower] {
			return nil
		}
	}
	if x.hasHedge(toks, 0, len(toks)) {
		return nil
	}
	for k := 1; k < len(toks); k++ {
		fi, n, ok := x.factVerbs.match(toks, k)
		if !ok {
			continue
		}
		// "has been killed", "has reportedly been killed", "have killed",
		// "had been killed".
		j := k - 1
		for j > 0 && (skippable[toks[j].Lower] || toks[j].Lower == "been") && !perfectAux[toks[j].Lower] {
			j--
		}
		if !perfectAux[toks[j].Lower] {
			continue
		}
		been := false
		for _, t := range toks[j+1 : k] {
			been = been || t.Lower == "been"
		}
		var r ref
		if been || x.intransitive[toks[k].Lower] {
			r = x.subjectBefore(di, si, raisedFrom(toks, j))
		} else {
			r = x.subjectAfter(di, si, k+n-1)
		}
		// "Two senior leaders of the Sulu Front have been killed": what
		// befalls a person is not the group's, named after "of".
		if r.ok && len(x.rs.Facts[fi].Intransitive) > 0 && x.isGroup(r.m) {
			continue
		}
		if !r.ok || r.m.locative {
			continue
		}
		f := x.rs.Facts[fi]
		if told != nil {
			if toks[k].Start < told.End {
				continue // the telling must come first
			}
			d := *told
			d.Trace = fmt.Sprintf("'%s'%s '%s'", di.text[toks[j].Start:toks[k+n-1].End], tellingNote, told.Text)
			return []Claim{x.factClaim(di, si, fi, r, d, toks[j].Start, toks[k+n-1].End, fmt.Sprintf("verb '%s' → %s of %s", toks[k].Text, f.ID, r.m.name))}
		}
		d := when.Date{Lo: di.ref - recentWindow, Hi: di.ref, Precision: when.PrecDay, Relative: true,
			Start: toks[j].Start, End: toks[k+n-1].End}
		d.Text = di.text[d.Start:d.End]
		d.Trace = fmt.Sprintf("'%s'%s: news of the %d days before %s", d.Text, recentNote, recentWindow, di.ref)
		return []Claim{x.factClaim(di, si, fi, r, d, d.Start, d.End, fmt.Sprintf("verb '%s' → %s of %s", toks[k].Text, f.ID, r.m.name))}
	}
	return nil
}

// frontedSubject finds the subject of a main clause after a fronted
// participle phrase that ends before token tj: the first name after the
// phrase's comma ("…, the LTTE is one of …"), or "it" or "the group" read
// back to the group before.
func (x *Extractor) frontedSubject(di *docInfo, si, tj int) ref {
	toks := di.toks[si]
	comma := -1
	for j := tj; j < len(toks) && j < tj+24; j++ {
		if toks[j].Text == "," {
			comma = j
			break
		}
		// "(Partido Comunista de Colombia; PCC)": a bracketed aside.
		if toks[j].Text == "(" {
			c := j + 1
			for c < len(toks) && c < j+12 && toks[c].Text != ")" {
				c++
			}
			if c < len(toks) && toks[c].Text == ")" {
				j = c
				continue
			}
		}
		if toks[j].Kind == text.Punct && toks[j].Text != "." && toks[j].Text != "-" && toks[j].Text != "'" && toks[j].Text != "’" {
			return ref{}
		}
	}
	if comma < 0 || comma+1 >= len(toks) {
		return ref{}
	}
	a := comma + 1
	for a < len(toks) && determiners[toks[a].Lower] {
		a++
	}
	for _, m := range di.ments[si] {
		if m.a == a && !m.locative {
			return ref{m: m, sent: si, ok: true}
		}
	}
	if a < len(toks) && (toks[a].Lower == "it" || toks[a].Lower == "they") {
		return x.resolveGroup(di, si, comma)
	}
	if _, n, ok := x.groupAna.match(toks, comma+1); ok && comma+1+n <= len(toks) {
		return x.resolveGroup(di, si, comma)
	}
	return ref{}
}

// subjectlessLine finds a line of a list that opens with its predicate:
// "• Started in 1991 when it split from …", "Was established in 1964 as
// …". Only bullets, dashes and auxiliaries stand before the predicate at
// k, and the line opens with a capital. It returns the line's first
// token, or -1.
func (x *Extractor) subjectlessLine(di *docInfo, si, k int) int {
	toks := di.toks[si]
	s := di.sents[si]
	// The line's start: in the sentence (lines without full stops read
	// as one), or the sentence's own.
	from := 0
	if nl := strings.LastIndexByte(di.text[s.Start:toks[k].Start], '\n'); nl >= 0 {
		from = tokIndex(toks, s.Start+nl+1)
	} else if s.Start > 0 && !strings.Contains(di.text[max(0, s.Start-4):s.Start], "\n") {
		return -1
	}
	first := -1
	for j := from; j < k; j++ {
		switch {
		case toks[j].Kind == text.Punct:
		case auxiliaries[toks[j].Lower]:
			if first < 0 {
				first = j
			}
		default:
			return -1
		}
	}
	if first < 0 {
		first = k
	}
	if !toks[first].Cap {
		return -1
	}
	return from
}

// datelineDate reports a date that opens a line as a dateline does: "Jul
// 29:", "Nov. 1 (UPI) --", "March 3 —".
func datelineDate(toks []text.Token, ti, tj int) bool {
	if ti > 2 || tj >= len(toks) {
		return false
	}
	switch toks[tj].Text {
	case ":", "--", "—", "–":
		return true
	case "(":
		for j := tj + 1; j < len(toks) && j <= tj+4; j++ {
			if toks[j].Text == ")" {
				return j+1 < len(toks) && (toks[j+1].Text == "--" || toks[j+1].Text == "—" || toks[j+1].Text == "–" || toks[j+1].Text == "-" || toks[j+1].Text == ":")
			}
		}
	}
	return false
}

// factHedged reports a sentence whose doubt takes its dated facts back:
// "wrongly reported killed", "if true". A modal ("may have been killed in
// a strike on January 12") is how reports of a death are worded, and keeps
// the fact.
func (x *Extractor) factHedged(toks []text.Token) bool {
	for i := range toks {
		if _, n, ok := x.hedges.match(toks, i); ok && !modalHedge(toks[i:i+n]) {
			return true
		}
	}
	return false
}

// modalHedge reports a hedge that is a modal verb phrase or "possibly".
func modalHedge(toks []text.Token) bool {
	return len(toks) > 0 && (modals[toks[0].Lower] && !(len(toks) > 2 && toks[1].Lower == "or")) || len(toks) == 1 && toks[0].Lower == "possibly"
}

// factClaim is a dated fact of kind fi about r's person or group, read
// from text[start:end] of sentence si, with why in its trace.
func (x *Extractor) factClaim(di *docInfo, si, fi int, r ref, d when.Date, start, end int, why string) Claim {
	c := Claim{
		Doc: di.idx, Type: Date, Kind: x.rs.Facts[fi].ID,
		Start: start, End: end, Words: di.text[start:end],
		Sent: si, SentStart: di.sents[si].Start, SentEnd: di.sents[si].End,
		Date: d,
	}
	c.Subject.Entity = r.m.key
	c.Subject.Name = r.m.name
	c.Trace = append(c.Trace, d.Trace, why)
	// "The GIA was formed in 1993", where the text spelt GIA out before:
	// the fact is the full name's, to meet the reports that use it.
	if m, ok := di.spelledOut[r.m.key]; ok {
		c.Subject.Entity, c.Subject.Name = m.key, m.name
		c.Trace = append(c.Trace, fmt.Sprintf("%s is the %s, as the text spells it out", r.m.name, m.name))
	}
	return c
}

// cleftDate reports a date a cleft sentence puts first: "It was not until
// December 13, 2007 that …", "It was only in 2015 that …".
func cleftDate(toks []text.Token, tj int) bool {
	return len(toks) > 2 && toks[0].Lower == "it" && (toks[1].Lower == "was" || toks[1].Lower == "is") &&
		tj < len(toks) && toks[tj].Lower == "that"
}

// labelLine reports a line of a fact box: a label and its value, with no
// verb ("Formation Date 2000", "Founded: 2007").
func labelLine(toks []text.Token) bool {
	if len(toks) > 6 {
		return false
	}
	for _, t := range toks {
		if t.Kind == text.Word && !t.Cap {
			return false
		}
	}
	return true
}

// dateHeading reports a timeline's heading: a date alone on its line,
// ended by a colon ("• 23 October, 2007:"), which dates the next line.
func dateHeading(toks []text.Token, ds []when.Date) bool {
	if len(ds) != 1 || len(toks) == 0 || toks[len(toks)-1].Text != ":" {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if (t.Kind == text.Word || t.Kind == text.Number) && (t.Start < ds[0].Start || t.End > ds[0].End) {
			return false
		}
	}
	return true
}

// predicateBefore finds the nearest fact verb or noun before token ti in
// the same clause; a reporting verb nearer than it wins and yields none.
func (x *Extractor) predicateBefore(toks []text.Token, ti int) (k, fact int, noun bool) {
	for j := ti - 1; j >= 0 && j >= ti-18; j-- {
		t := toks[j]
		// "set up by the Internal Services Directorate (ISD) in early
		// March": a name's initials in brackets are part of the name.
		if t.Text == ")" && j >= 2 && toks[j-2].Text == "(" && acronym(toks[j-1:j]) {
			j -= 2
			continue
		}
		if temporalStops[t.Lower] && j > 0 {
			// "active since 1986": the stop word closes the fact's own phrase.
			if v, n, ok := x.factVerbs.match(toks, j-1); ok && n == 2 {
				return j - 1, v, false
			}
		}
		if t.Text == ";" || t.Text == ":" || t.Text == "(" || temporalStops[t.Lower] {
			return -1, 0, false
		}
		if _, _, ok := x.reporting.match(toks, j); ok {
			return -1, 0, false
		}
		if v, _, ok := x.factVerbs.match(toks, j); ok {
			return j, v, false
		}
		if v, _, ok := x.factNouns.match(toks, j); ok {
			// "confirmed Uzbeki's death": a report of the fact, not its date.
			for r := j - 1; r >= 0 && r >= j-3; r-- {
				if _, _, rep := x.reporting.match(toks, r); rep {
					return -1, 0, false
				}
			}
			return j, v, true
		}
	}
	return -1, 0, false
}

// coordinatedFounding finds an active fact verb after a date that a
// predicate joined by "and" carries over to, when its object is an
// organisation: "in 1995, agreed to unite and formed the ADF". A relative
// pronoun, a reporting verb or another date between ends the search.
func (x *Extractor) coordinatedFounding(di *docInfo, si, tj int) (k, fact int, ok bool) {
	toks := di.toks[si]
	and := false
	for j := tj; j < len(toks) && j < tj+9; j++ {
		t := toks[j]
		if t.Text == ";" || t.Text == ":" || relativePronouns[t.Lower] || dateStartsAt(di.dates[si], t.Start) {
			return -1, 0, false
		}
		if _, _, rep := x.reporting.match(toks, j); rep {
			return -1, 0, false
		}
		and = and || t.Lower == "and"
		if v, _, found := x.factVerbs.match(toks, j); found {
			if !and || passive(toks, j) || x.intransitive[t.Lower] {
				return -1, 0, false
			}
			if r := x.objectAfter(di, si, j, true); r.ok && !r.m.person {
				return j, v, true
			}
			return -1, 0, false
		}
	}
	return -1, 0, false
}

// dateStartsAt reports a date of the sentence starting at byte offset at.
func dateStartsAt(ds []when.Date, at int) bool {
	for _, d := range ds {
		if d.Start == at {
			return true
		}
	}
	return false
}

// predicateAfter finds a fact verb after a sentence-initial date.
func (x *Extractor) predicateAfter(toks []text.Token, tj int) (k, fact int, noun bool) {
	for j := tj; j < len(toks) && j < tj+16; j++ {
		if toks[j].Text == ";" {
			break
		}
		// "June 29, officials had told media Omar had died": the date is
		// the telling's.
		if _, _, ok := x.reporting.match(toks, j); ok {
			break
		}
		if v, _, ok := x.factVerbs.match(toks, j); ok {
			return j, v, false
		}
	}
	return -1, 0, false
}

// passive reports "was killed", "who was formed", or an apposed participle
// "Islamic State Khorasan, founded in 2015".
func passive(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	// "was officially founded": past the adverb; "were also reported
	// killed": past the participle of telling and the word before it.
	if toldParticiple(toks, k-1) && k >= 2 {
		k--
	}
	if (adverb(toks[k-1]) || intensifiers[toks[k-1].Lower]) && k >= 2 {
		k--
	}
	p := toks[k-1].Lower
	return p == "was" || p == "were" || p == "been" || p == "is" || p == "are" || p == "being" || p == "," || p == "reportedly" || p == "allegedly"
}

// reducedRelative reports a participle right after a word for a group,
// or after the place the group is in: "a jihadist group formed in 1991",
// "an insurgent group in Algeria formed in 1993" are passive.
func (x *Extractor) reducedRelative(toks []text.Token, ms []mention, k int) bool {
	j := k - 1
	if mi := mentionEndingAt(ms, k); mi >= 0 && ms[mi].locative && ms[mi].a >= 2 && toks[ms[mi].a-1].Lower == "in" {
		j = ms[mi].a - 2
	}
	if j < 0 || !strings.HasSuffix(toks[k].Lower, "ed") {
		return false
	}
	if x.orgHeads[base(toks[j].Lower)] {
		return true
	}
	// "an umbrella group of Pakistan-based outfits formed in 1990": the
	// description's head, before "of", is what was formed.
	for a := j - 1; a >= 1 && a >= j-5; a-- {
		if toks[a].Lower == "of" {
			return x.orgHeads[base(toks[a-1].Lower)]
		}
		if toks[a].Kind == text.Punct && toks[a].Text != "-" {
			return false
		}
	}
	return false
}

func kindWord(noun bool) string {
	if noun {
		return "noun"
	}
	return "predicate"
}

func subjectWord(toks []text.Token, k int) string {
	for j := k - 1; j >= 0; j-- {
		if !auxiliaries[toks[j].Lower] && toks[j].Text != "," && !adverb(toks[j]) {
			return toks[j].Text
		}
	}
	return ""
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// nounOwner finds whose fact a noun is: the possessive before it
// ("Uzbeki's death on April 6"), or for "its"/"his"/"her" the group or
// person it stands for ("Since its founding in 2015, ISKP has …": the
// group the sentence goes on to name, else the one named before).
func (x *Extractor) nounOwner(di *docInfo, si, k, after int) ref {
	// "the founding of Hezbollah on February 16, 1985", "the death of Abu
	// Nidal in August 2002": the name after "of", before the date.
	// "Rumours about the death of al-Shishani surfaced in 2014": when the
	// rumours began, not when he died.
	if toks := di.toks[si]; k+2 < len(toks) && toks[k+1].Lower == "of" && !rumoured(toks, k) {
		at := k + 2
		if toks[at].Lower == "the" {
			at++
		}
		for _, m := range di.ments[si] {
			if m.a == at && m.b <= after && !m.locative && (m.person || x.isGroup(m)) {
				return ref{m: m, sent: si, ok: true}
			}
		}
	}
	if k == 0 {
		// "Formation Date 2000": a fact box's line is about the group the
		// page is about.
		if labelLine(di.toks[si]) {
			return x.resolveGroup(di, si, 0)
		}
		return ref{}
	}
	toks, ms := di.toks[si], di.ments[si]
	if mi := mentionEndingAt(ms, k); mi >= 0 {
		return ref{m: ms[mi], sent: si, ok: true}
	}
	switch toks[k-1].Lower {
	case "its", "their":
		for _, m := range ms {
			if m.a >= after && x.isGroup(m) {
				return ref{m: m, sent: si, ok: true, via: "anaphora"}
			}
		}
		return x.resolveGroup(di, si, k-1)
	case "his", "her":
		for _, m := range ms {
			if m.a >= after && m.person && !m.poss {
				return ref{m: m, sent: si, ok: true, via: "pronoun"}
			}
		}
		return x.resolvePerson(di, si, k-1)
	}
	return ref{}
}

// leadingConjunct finds the person who opens a subject joined with
// others, the subject ending before token k: "Fazlullah and two other
// insurgents were killed": the fact is his, whatever the others are.
func (x *Extractor) leadingConjunct(di *docInfo, si, k int) (ref, bool) {
	toks := di.toks[si]
	for j := k - 1; j > 0 && j >= k-8; j-- {
		t := toks[j]
		if t.Kind == text.Punct && t.Text != "," || isVerbLike(t) {
			return ref{}, false
		}
		if t.Lower != "and" {
			continue
		}
		end := j
		if toks[end-1].Text == "," {
			end--
		}
		// A man's name, not a capitalised word for men ("Police and
		// soldiers were killed").
		if mi := mentionEndingAt(di.ments[si], end); mi >= 0 {
			m := di.ments[si][mi]
			w := toks[m.a].Lower
			if !m.locative && !x.isGroup(m) && !(m.b-m.a == 1 && (forceHeads[w] || x.orgHeads[w] || x.generics[w])) {
				return ref{m: m, sent: si, ok: true}, true
			}
		}
		return ref{}, false
	}
	return ref{}, false
}

// conjunctPerson finds the person joined by "and" to the subject r, past
// an apposition of who the first one is: "Abu Ayyub al-Masri, the military
// leader of the group, and Abu Umar al-Baghdadi were killed".
func (x *Extractor) conjunctPerson(di *docInfo, si int, r ref) (ref, bool) {
	if r.sent != si || r.via != "" || !r.m.person || r.m.a < 2 {
		return ref{}, false
	}
	toks := di.toks[si]
	if toks[r.m.a-1].Lower != "and" {
		return ref{}, false
	}
	end := r.m.a - 1
	if toks[end-1].Text == "," {
		end--
	}
	ms := di.ments[si]
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.b > end || m.key == r.m.key || !m.person && !m.poss {
			continue // a group or place inside the apposition
		}
		if m.poss {
			return ref{}, false
		}
		// Nothing between but an apposition set off by commas, with no verb.
		gap := toks[m.b:end]
		if len(gap) > 0 && gap[0].Text != "," {
			return ref{}, false
		}
		for _, t := range gap {
			if isVerbLike(t) || t.Lower == "and" || t.Kind == text.Punct && t.Text != "," && t.Text != "-" {
				return ref{}, false
			}
		}
		return ref{m: m, sent: si, ok: true}, true
	}
	return ref{}, false
}

// namesNoun reports a lower-case word after a date that the date
// qualifies: "the 1990s insurgency", not "the 1990s, when".
func namesNoun(toks []text.Token, tj int) bool {
	if tj >= len(toks) {
		return false
	}
	t := toks[tj]
	return t.Kind == text.Word && !t.Cap && !prepositions[t.Lower] && !clauseStop[t.Lower] && t.Lower != "and" && t.Lower != "or" && !auxiliaries[t.Lower] &&
		!strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "ing") // "the late 1960s based upon"
}

// decade reports a date written as a decade ("the 1990s", "the late
// 1960’s"), whatever part of it a qualifier keeps.
func decade(d when.Date) bool {
	t := strings.TrimRight(d.Text, " ")
	for _, suf := range []string{"0s", "0's", "0’s"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return d.Precision == when.PrecDecade
}

// relativePronouns open a clause of another subject.
var relativePronouns = map[string]bool{"which": true, "who": true, "whose": true, "whom": true, "that": true}

// rumoured reports a fact noun at k told as talk of it: "rumours about
// the death of", "speculation over the killing of".
func rumoured(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch base(toks[j].Lower) {
		case "rumour", "rumor", "rumours", "rumors", "speculation", "talk":
			return true
		}
	}
	return false
}

// killedFact is the fact of a person's death: its object is a person.
const killedFact = "killed"

// foundedName reads the name right after a verb that makes an
// organisation ("formed Fatah", "set up the Kelmar Front"): no place, no
// person, within a few words.
func (x *Extractor) foundedName(di *docInfo, si, k int) ref {
	toks := di.toks[si]
	for _, m := range di.ments[si] {
		if m.a <= k || m.a > k+3 {
			continue
		}
		for t := k + 1; t < m.a; t++ {
			if toks[t].Kind != text.Word || !determiners[toks[t].Lower] && !adverb(toks[t]) {
				return ref{}
			}
		}
		if m.locative || m.person || m.poss || m.dateline || m.actor >= 0 && x.rs.Actors[m.actor].Type == "state" {
			return ref{}
		}
		return ref{m: m, sent: si, ok: true}
	}
	return ref{}
}

// possessorBefore reads whose the possessive before token at is: a name
// ("Fatah's"), or a word for a group named before ("the movement's").
func (x *Extractor) possessorBefore(di *docInfo, si, at int) ref {
	toks, ms := di.toks[si], di.ments[si]
	if mi := mentionEndingAt(ms, at); mi >= 0 {
		return ref{m: ms[mi], sent: si, ok: true}
	}
	if at >= 2 && toks[at-2].Lower == "the" {
		return x.resolveGroup(di, si, at-2)
	}
	return ref{}
}
