package claim

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// describe fills a claim's subject: the places, kinds, sites and date of
// the event its clause or the sentence it refers back to names, and
// whether the context puts the event at an offset.
func (x *Extractor) describe(di *docInfo, c *Claim) {
	si := c.Sent
	// "in January, twin bombings in Kerman killed 95 people, and in March
	// gunmen killed 145 at the Crocus City Hall": a sentence of two events
	// describes each claim by its own clause first.
	ti := tokIndex(di.toks[si], c.Start)
	ca, cb := clauseAround(di.toks[si], ti)
	ca = x.afterTelling(di.toks[si], ca, ti)
	ev := di.events[si]
	later := laterClause(di.toks[si], c.Start)
	if later >= 0 {
		// The later attack's own words place it: "an attack on a nearby
		// village 24 hours later, which killed around 15".
		for k := later - 1; k >= ca; k-- {
			if _, _, ok := x.events.match(di.toks[si], k); ok {
				ca = k
				break
			}
		}
	}
	// The event's date: in the claim's sentence, else the event's, else earlier in the paragraph.
	order := []int{si, si - 1, si - 2, si - 3}
	if ev >= 0 && ev != si {
		// The claim refers back to an event: that sentence dates it ("claimed
		// the attack on Saturday" is about Friday's attack).
		order = []int{ev, si, si - 1, si - 2, si - 3}
	}
	if d, ok := adjectiveDate(di, si, c.Start); ok {
		// "the 2018 killing of four cyclists": the year that qualifies the
		// claim's own words dates it, whatever else the clause dates.
		order = nil
		c.Subject.When, c.Subject.HasWhen = d, true
	} else if d, ok := x.eventDateIn(di, si, ca, cb); ok && (ca > 0 || cb < len(di.toks[si]) || ago(d)) {
		// The claim's clause dates it; so does a whole sentence's "three
		// years ago", which counts back from the report, whatever attack the
		// sentence refers back to.
		order = nil
		c.Subject.When, c.Subject.HasWhen = d, true
	} else if d, ok := sinceDateBefore(di, si, c.Start); ok {
		// "the deadliest attack since 2015, when a bomb killed 40": the
		// claim after the comparison is about the attack compared with.
		order = nil
		c.Subject.When, c.Subject.HasWhen = d, true
	} else if d, ok := whenClauseDate(di, si, c.Start); ok {
		// "… since April 6, 2010, when 76 policemen were killed": the
		// clause after the date tells what happened that day.
		order = nil
		c.Subject.When, c.Subject.HasWhen = d, true
	}
	for i, k := range order {
		if k < 0 || k >= len(di.sents) || di.sents[k].Para != di.sents[si].Para && k != ev || k != si && di.captions[k] {
			continue
		}
		if d, ok := x.eventDate(di, k, c); ok && !(k == si && semicolonBetween(di.text, c, d)) {
			c.Subject.When, c.Subject.HasWhen = d, true
			break
		}
		if k == si || i == 0 && k == ev {
			// "After the Santa Maria attack, Turkey detained 51": an attack
			// named by its place is dated where the text first names that
			// place with an attack ("On January 28, two men entered the
			// Church of Santa Maria").
			a, b := 0, len(di.toks[k])
			if k == si {
				a, b = ca, cb
			}
			if d, ok := x.namedEventDate(di, k, a, b); ok {
				c.Subject.When, c.Subject.HasWhen = d, true
				break
			}
		}
	}
	if !c.Subject.HasWhen {
		c.Subject.When, c.Subject.HasWhen = x.leadDate(di, si, ca, cb)
	}
	if c.Subject.HasWhen {
		c.Subject.When = writtenDay(di, c.Subject.When)
	}
	// A claim after "another attack" or "came a week after a bomber
	// attacked" is about that attack; one before it ("eight were hurt in
	// the Sunday attack, which came a year after another attack") is not.
	other := x.sentence(di, si).otherAt
	if other < 0 || di.toks[si][other].Start > c.Start {
		if a := x.comesAfterClause(di.toks[si], c.Start); a >= 0 {
			other = a
		}
	}
	afterOther := other >= 0 && di.toks[si][other].Start < c.Start
	evs := si
	if ev >= 0 && later < 0 && !afterOther {
		evs = ev
	}
	// "…responsible for the blast, an incident that recalled similar
	// attacks in years past": the other attacks' words place nothing here.
	if o := x.sentence(di, si).otherAt; o >= 0 && di.toks[si][o].Start > c.End && o < cb {
		// The phrase that recalls them opens at the comma before it.
		for k := o - 1; k > ca && di.toks[si][k].Start >= c.End; k-- {
			if di.toks[si][k].Text == "," {
				o = k
				break
			}
		}
		cb = max(ca, o)
	}
	for i, k := range []int{evs, si} {
		if i == 1 && k == evs {
			break
		}
		a, b := 0, len(di.toks[k])
		if k == si {
			a, b = ca, cb // not another clause's place
			if afterOther {
				a = max(a, other+1) // "The Tarvik blast came … after": not Tarvik
			}
		}
		for _, p := range x.placesIn(di, k, a, b) {
			c.Subject.Places = appendUnique(c.Subject.Places, p)
			// "the Santa Maria attack" is also "a Roman Catholic church in
			// Istanbul" where the document first names it. States are named
			// everywhere; only places and venues are expanded.
			if first := firstMention(di, p); strings.HasPrefix(p, "name:") && first >= 0 && first != k {
				for _, q := range x.placesIn(di, first, 0, len(di.toks[first])) {
					if strings.HasPrefix(q, "name:") {
						c.Subject.Places = appendUnique(c.Subject.Places, q)
					}
				}
			}
		}
	}
	if afterOther && c.Subject.HasWhen && c.Subject.When.Start < di.toks[si][other].Start {
		// "the Sunday attack came a year after another attack that left
		// 13 dead": Sunday dates the report's own attack, not the other.
		c.Subject.When, c.Subject.HasWhen = when.Date{}, false
	}
	if afterOther && !c.Subject.HasWhen && other >= 2 && di.hasRef && !(other >= 3 && roughSpan[di.toks[si][other-3].Lower]) && !strings.HasPrefix(di.toks[si][other-1].Lower, "day") {
		// "… on Sunday, three weeks after a triple bombing killed 70":
		// that long before the sentence's day, or the report's. Days are
		// counted from the report's own attack, whose day may not be the
		// report's: "a day after" is left undated.
		ref := di.ref
		if sf := x.sentence(di, si); sf.hasDate && sf.date.Precision == when.PrecDay && sf.date.End <= di.toks[si][other].Start {
			ref = sf.date.Lo
		}
		if d, ok := anniversary(di.toks[si][other-2:other+1], ref); ok {
			c.Subject.When, c.Subject.HasWhen = d, true
		}
	}
	if afterOther && !c.Subject.HasWhen && other >= 2 && strings.HasPrefix(di.toks[si][other-1].Lower, "day") {
		// "It came a day after car bombs hit two markets, killing nine":
		// a day before the report's own attack.
		if n, ok := amountWord(di.toks[si][other-2]); ok && n > 0 && n <= 7 && !(other >= 3 && roughSpan[di.toks[si][other-3].Lower]) {
			c.Subject.DaysBefore = int(n)
		}
	}
	if later >= 0 {
		// "Sunday night's attack …, as well as an attack on a village 24
		// hours later, which killed around 15": the later attack's day.
		c.Subject.When, c.Subject.HasWhen = laterDay(di.toks[si], di.dates[si], later)
	}
	// "fled on Sunday from the camp where 2,000 were killed a day
	// earlier": the offset counts from the sentence's own day, to the
	// report's attack, not to another.
	sf := x.sentence(di, si)
	counted := sf.hasDate && x.dayOfAttack(di.toks[si], sf.date) != sf.date
	before := sf.displacedBefore && !counted && !x.anchorClause(di.toks[si], c.Start) || later >= 0
	anchor := x.anchorBeforeAnother(di.toks[si], other, c.Start)
	if anchor >= 0 {
		// Its day is counted back from the other attack's: "today" dates
		// the blast after "another", not this one.
		ref, known := di.ref, di.hasRef
		if sf.hasDate && sf.date.Precision == when.PrecDay {
			ref, known = sf.date.Lo, true
		}
		c.Subject.When, c.Subject.HasWhen = when.Date{}, false
		if known && !(anchor >= 3 && roughSpan[di.toks[si][anchor-3].Lower]) {
			c.Subject.When, c.Subject.HasWhen = anniversary(di.toks[si][anchor-2:anchor+1], ref)
		}
	}
	c.Subject.Displaced = before || afterOther || anchor >= 0 || (si > 0 && di.sents[si-1].Para == di.sents[si].Para && x.sentence(di, si-1).displacedAny && startsAnaphoric(di.toks[si]))
	c.Subject.Own = ev >= 0 && x.sentence(di, ev).own
	c.Subject.EventSent = ev
	c.Subject.SamePlace = x.samePlace(di.toks[si], ca, cb)
	c.Subject.Sites = x.sitesIn(di.toks[si], ca, cb)
	c.Subject.Kinds = x.kindsIn(di.toks[si], ca, cb)
	if len(c.Subject.Kinds) == 0 {
		c.Subject.Kinds = x.sentence(di, si).kinds
	}
	if len(c.Subject.Kinds) == 0 && ev >= 0 && ev != si {
		c.Subject.Kinds = x.sentence(di, ev).kinds
	}
	if c.Subject.Event == "" && ev == si {
		c.Subject.Event = x.eventWordsIn(di, si, ca, cb)
	}
	if c.Subject.Event == "" && ev >= 0 {
		c.Subject.Event = x.sentence(di, ev).eventWords
	}
}

// sitesIn lists the kinds of site named among tokens a..b ("place of
// worship", "government"), sorted.
func (x *Extractor) sitesIn(toks []text.Token, a, b int) []string {
	var out []string
	for k := a; k < b && k < len(toks); k++ {
		v, n, ok := x.sites.match(toks, k)
		if !ok {
			continue
		}
		// "61 are being treated in hospital": where the victims went;
		// "an Interior Ministry spokesperson": who speaks, not where.
		speaks := x.speaks(toks, k, k+n)
		if (!x.care[v] || x.attackBeside(toks, k, k+n)) && !speaks {
			out = appendUnique(out, x.siteNames[v])
		}
		k += n - 1 // "police station" is no "station" too
	}
	sort.Strings(out)
	return out
}

// speaks reports a site's word at a..b that names a body telling the
// news, not where the attack was: "an Interior Ministry spokesperson",
// "the Ministry of Health recorded 62 casualties", "according to the
// ministry".
func (x *Extractor) speaks(toks []text.Token, a, b int) bool {
	if a >= 2 && toks[a-2].Lower == "according" || a >= 3 && toks[a-3].Lower == "according" && determiners[toks[a-1].Lower] {
		return true
	}
	// "the Ministry of Health": the body's name runs on.
	if b+1 < len(toks) && toks[b].Lower == "of" && toks[b+1].Cap {
		for b += 2; b < len(toks) && toks[b].Cap; b++ {
		}
	}
	if b >= len(toks) {
		return false
	}
	if speakerNouns[toks[b].Lower] {
		return true
	}
	// "the Ministry of Defense has announced".
	for b+1 < len(toks) && auxiliaries[toks[b].Lower] {
		b++
	}
	if _, _, ok := x.reporting.match(toks, b); ok {
		return true
	}
	// "A special court in Jaipur on Friday handed death penalty to four
	// people convicted": a court at its proceedings, not an attack's site.
	if _, _, court := x.proceedings.match(toks, a); court {
		for k := b; k < len(toks) && k < b+12 && toks[k].Text != "." && toks[k].Text != ";"; k++ {
			if _, _, ok := x.proceedings.match(toks, k); ok {
				return true
			}
		}
	}
	return false
}

// speakerNouns after a site's word make it the body that speaks.
var speakerNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officials": true, "said": true, "says": true, "statement": true, "minister": true, "chief": true, "source": true, "sources": true, "director": true}

// attackBeside reports a word for an attack within three words of tokens
// a..b, in one clause: "the hospital bombing", "an attack on a clinic".
func (x *Extractor) attackBeside(toks []text.Token, a, b int) bool {
	for k := a - 1; k >= 0 && k >= a-3 && toks[k].Kind == text.Word; k-- {
		if _, _, ok := x.events.match(toks, k); ok {
			return true
		}
	}
	for k := b; k < len(toks) && k < b+3 && toks[k].Kind == text.Word; k++ {
		if _, _, ok := x.events.match(toks, k); ok {
			return true
		}
	}
	return false
}

// careVenue reports a name that ends in a word for a care site ("Saint
// Louis Hospital", "Federal Medical Centre") with no word for the attack
// beside it: where victims were taken, not a place of the attack.
func (x *Extractor) careVenue(toks []text.Token, m mention) bool {
	for k := m.a + 1; k < m.b; k++ {
		if v, n, ok := x.sites.match(toks, k); ok && k+n == m.b && x.care[v] {
			return !x.attackBeside(toks, m.a, m.b)
		}
	}
	return false
}

// kindsIn lists the kinds of attack named among tokens a..b, sorted.
func (x *Extractor) kindsIn(toks []text.Token, a, b int) []string {
	return groupsIn(x.eventKinds, x.kindNames, toks, a, b)
}

// groupsIn lists the groups of the phrases found among tokens a..b, in
// the order of names (sorted).
func groupsIn(p *phrases, names []string, toks []text.Token, a, b int) []string {
	var seen []bool
	for k := a; k < b && k < len(toks); k++ {
		if v, n, ok := p.match(toks, k); ok {
			if seen == nil {
				seen = make([]bool, len(names))
			}
			seen[v] = true
			k += n - 1 // "police station" is no "station" too
		}
	}
	var out []string
	for i, ok := range seen {
		if ok {
			out = append(out, names[i])
		}
	}
	return out
}

// samePlace reports "the same" before a site or a place noun among tokens
// a..b: "on the same shrine", "in the same city".
func (x *Extractor) samePlace(toks []text.Token, a, b int) bool {
	site := func(k int) bool {
		if k >= len(toks) || k >= b {
			return false
		}
		_, _, ok := x.sites.match(toks, k)
		return ok || placeNouns[toks[k].Lower] || x.venues[toks[k].Lower] != nil
	}
	for k := a; k+2 < b && k+2 < len(toks); k++ {
		if toks[k].Lower == "the" && toks[k+1].Lower == "same" && site(k+2) {
			return true
		}
		// "another attack on the holy shrine": a site named by its kind
		// alone, after the words of an attack, is the report's own site.
		if (toks[k].Lower == "on" || toks[k].Lower == "at") && toks[k+1].Lower == "the" && x.eventEndsAt(toks, k-1) {
			if site(k+2) || !toks[k+2].Cap && toks[k+2].Kind == text.Word && site(k+3) {
				return true
			}
		}
	}
	return false
}

// eventEndsAt reports words of an attack ending at token k: "attack",
// "suicide bombing".
func (x *Extractor) eventEndsAt(toks []text.Token, k int) bool {
	for i := max(0, k-2); i <= k; i++ {
		if _, n, ok := x.events.match(toks, i); ok && i+n == k+1 {
			return true
		}
	}
	return false
}

// semicolonBetween reports a semicolon between a claim and a date of its
// sentence: "X denied any part in the bombings; yet in 2004 a monument
// was raised to them" dates the monument, not the bombings.
func semicolonBetween(t string, c *Claim, d when.Date) bool {
	if d.Start >= c.End {
		return strings.Contains(t[c.End:d.Start], ";")
	}
	if d.End <= c.Start {
		return strings.Contains(t[d.End:c.Start], ";")
	}
	return false
}

// clauseAround returns the token range of the clause holding token i: a
// sentence is cut at ";", ":" and ", and" ("…, and in March gunmen killed
// 145 …"). A contrast ("37, while a hospital said 44") stays one clause:
// it sets two figures for one event against each other.
//
// The clause is bounded by the window around i, so that a sentence with no
// punctuation costs each claim in it the window, not the sentence.
func clauseAround(toks []text.Token, i int) (a, b int) {
	a, b = window(toks, i)
	cut := func(k int) bool {
		return toks[k].Text == ";" || toks[k].Text == ":" || toks[k].Text == "," && k+1 < len(toks) && clauseJoins[toks[k+1].Lower] || countClause(toks, k)
	}
	for k := min(i, b) - 1; k >= a; k-- {
		if cut(k) {
			a = k + 1
			break
		}
	}
	for k := max(i, a); k < b; k++ {
		if cut(k) {
			b = k
			break
		}
	}
	return a, b
}

// countClause reports "and" opening a clause of its own count: "542 were
// killed in Andijan and 203 died in clashes in Pakhtabad" (a verb within a
// few words of the amount), not "and 12 children in the village".
func countClause(toks []text.Token, k int) bool {
	if toks[k].Lower != "and" || k+2 >= len(toks) || toks[k+1].Kind != text.Number {
		return false
	}
	// The count before "and" has its verb and its place ("542 were
	// killed in Andijan and 203 died"); "58 tourists and 4 Egyptians were
	// murdered" share one verb, "17 were killed and 28 wounded when …"
	// one place.
	verb, placed := false, false
	for j := k - 1; j >= 0 && toks[j].Kind != text.Number && toks[j].Kind != text.Punct; j-- {
		verb = verb || isVerbLike(toks[j])
		placed = placed || locatives[toks[j].Lower]
	}
	if !verb || !placed {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if isVerbLike(toks[j]) {
			return true
		}
		if toks[j].Kind != text.Word || prepositions[toks[j].Lower] {
			return false
		}
	}
	return false
}

// afterTelling moves a clause's start past the telling of it: "the
// Director said during a press briefing in Abuja on Monday that 150 people
// … were killed" puts the briefing, not the attack, in Abuja. Only a
// telling that names no attack itself is passed over.
func (x *Extractor) afterTelling(toks []text.Token, a, ti int) int {
	for k := ti - 1; k > a; k-- {
		if toks[k].Lower != "that" {
			continue
		}
		for v := k - 1; v >= a && v >= k-12; v-- {
			if _, _, ok := x.reporting.match(toks, v); !ok {
				continue
			}
			for e := a; e < k; e++ {
				if _, _, ok := x.events.match(toks, e); ok {
					return a
				}
			}
			return k + 1
		}
		return a
	}
	return a
}

// contextWindow is how many tokens on each side of a claim its sentence
// lends it: longer than news sentences run, so only text without sentence
// punctuation (a table, a run-on list) is cut.
const contextWindow = 64

// window returns the tokens of a sentence within contextWindow of token i.
func window(toks []text.Token, i int) (a, b int) {
	return max(0, i-contextWindow), min(len(toks), i+contextWindow+1)
}

// mentionsIn returns the mentions among tokens a..b; mentions are in order.
func mentionsIn(ms []mention, a, b int) []mention {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].b > a })
	j := i
	for j < len(ms) && ms[j].a < b {
		j++
	}
	return ms[i:j]
}

// clauseJoins open a new clause, about another event perhaps, after a comma.
var clauseJoins = map[string]bool{"and": true}

// eventDateIn is eventDate over tokens a..b of sentence si.
func (x *Extractor) eventDateIn(di *docInfo, si, a, b int) (when.Date, bool) {
	toks := di.toks[si]
	lo, hi := 0, len(di.text)
	if a < len(toks) {
		lo = toks[a].Start
	}
	if b > 0 && b <= len(toks) {
		hi = toks[b-1].End
	}
	ds := di.dates[si]
	i := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= lo })
	j := i
	for j < len(ds) && ds[j].Start < hi {
		j++
	}
	var in []when.Date
	for _, d := range ds[i:j] {
		if d.End <= hi {
			in = append(in, d)
		}
	}
	return x.bestEventDate(toks, in)
}

// namedEventDate dates an attack its sentence names by a place ("the
// Santa Maria attack") from the first sentence that names that place, if
// that sentence is dated ("On January 28, two masked men entered the
// Church of Santa Maria").
func (x *Extractor) namedEventDate(di *docInfo, si, a, b int) (when.Date, bool) {
	for _, m := range mentionsIn(di.ments[si], a, b) {
		if !m.locative || m.actor >= 0 {
			continue
		}
		first := firstMention(di, m.key)
		if first < 0 || first == si {
			continue
		}
		if sf := x.sentence(di, first); sf.hasDate {
			return sf.date, true
		}
	}
	return when.Date{}, false
}

// venuePlace returns the place a venue's name holds: "Brussels Airport" →
// name:brussels, "Crocus City Hall" → name:crocus. Names of groups and
// people hold none (a name ending in "Airport" is no person's).
func (x *Extractor) venuePlace(m mention) (string, bool) {
	if m.actor >= 0 || !strings.HasPrefix(m.key, "name:") {
		return "", false
	}
	name := strings.TrimPrefix(m.key, "name:")
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return "", false
	}
	for _, v := range x.venues[name[sp+1:]] {
		if rest, ok := strings.CutSuffix(name, " "+v); ok && len(rest) >= 4 && !x.stop[rest] {
			return "name:" + rest, true
		}
	}
	return "", false
}

// firstMention returns the first sentence naming key, or -1.
func firstMention(di *docInfo, key string) int {
	if di.first == nil {
		di.first = make(map[string]int, mentionCount(di))
		for si := len(di.ments) - 1; si >= 0; si-- {
			for _, m := range di.ments[si] {
				di.first[m.key] = si
			}
		}
	}
	if si, ok := di.first[key]; ok {
		return si
	}
	return -1
}

// sentence returns what sentence si says about its event, working it out
// on first use: every claim of a sentence, and of the sentences after it
// that refer back to it, asks the same.
func (x *Extractor) sentence(di *docInfo, si int) *sentFacts {
	if sf := di.facts[si]; sf != nil {
		return sf
	}
	toks := di.toks[si]
	sf := &sentFacts{
		kinds:           x.kindsIn(toks, 0, len(toks)),
		eventWords:      x.eventWordsIn(di, si, 0, len(toks)),
		displacedBefore: x.displaced(toks, false),
		displacedAny:    x.displaced(toks, true),
		otherAt:         x.otherAttack(toks),
		own:             x.ownEvent(toks),
	}
	sf.date, sf.hasDate = x.bestEventDate(toks, di.dates[si])
	if di.hasRef && (marksAnniversary(toks) || yearsAfterOpening(toks)) {
		ref := di.ref
		if sf.hasDate && sf.date.Precision == when.PrecDay {
			ref = sf.date.Lo
		}
		// "A year after the shooting on Sunday, October 1, 2017": a date
		// in the clause that counts back is the attack's own ("…, a court
		// convicted two on Tuesday" is the main clause's).
		if d, ok := anniversary(toks, ref); ok && x.attackFollows(toks, tokIndex(toks, d.End)) && !(sf.hasDate && sf.date.Start >= d.End && !mainClauseBetween(di.text[d.End:sf.date.Start])) {
			sf.anniversary, sf.hasAnniversary = d, true
		}
	}
	di.facts[si] = sf
	return sf
}

// eventDate is the first date in sentence k that dates an event: not an
// adjective ("the 1998 bombings") and not the claim's own fact date.
func (x *Extractor) eventDate(di *docInfo, k int, c *Claim) (d when.Date, ok bool) {
	sf := x.sentence(di, k)
	// "a memorial yesterday for eight revelers killed last year": a date
	// right after the claim's own verb dates what the verb tells.
	if c != nil && k == c.Sent {
		toks := di.toks[k]
		tj := tokIndex(toks, c.End)
		// Only after a verb: "put the toll at 69 on Friday" dates the
		// telling.
		if tj == 0 || toks[tj-1].Kind == text.Number || !isVerbLike(toks[tj-1]) {
			tj = -1
		}
		for _, dt := range di.dates[k] {
			if tj < 0 {
				break
			}
			if ti := tokIndex(toks, dt.Start); ti == tj || ti == tj+1 && tj < len(toks) && (toks[tj].Lower == "in" || toks[tj].Lower == "on") {
				return dt, true
			}
		}
	}
	// "the 1992 bombing of the embassy (killing 29) and the 1994 bombing
	// of the centre (killing 95)": of attacks dated apart in one sentence,
	// a figure is about the last one named before it.
	if c != nil && k == c.Sent && sf.hasDate {
		var before []when.Date
		for _, dt := range di.dates[k] {
			if dt.End <= c.Start {
				before = append(before, dt)
			}
		}
		if len(before) >= 2 && !when.Overlap(before[len(before)-2], before[len(before)-1]) {
			if d, ok := x.bestEventDate(di.toks[k], before[len(before)-1:]); ok && (x.dateBesideEvent(di.toks[k], d) || relativeAfter(di.text[d.End:c.Start])) {
				return d, true
			}
		}
	}
	// "Today marks four years after the twin bombings … that left 74
	// killed": the day the sentence gives is the anniversary; the attack
	// is four years before it.
	if sf.hasAnniversary {
		return sf.anniversary, true
	}
	// "fled on Sunday from the camp where 2,000 were killed a day
	// earlier", "on Sunday, a day after soldiers killed 2,000": the day
	// given is the sentence's, the attack that many days before it.
	if sf.hasDate {
		return x.dayOfAttack(di.toks[k], sf.date), true
	}
	return sf.date, false
}

// dayOfAttack is the day of the attack a sentence dated d tells of: d, or
// the days before it the sentence counts back.
func (x *Extractor) dayOfAttack(toks []text.Token, d when.Date) when.Date {
	// "the attack on the camp on January 9" dates the attack itself.
	if d.Precision != when.PrecDay || x.datesAttack(toks, tokIndex(toks, d.Start), tokIndex(toks, d.End)) {
		return d
	}
	if n := x.daysBefore(toks, d); n > 0 {
		d.Lo, d.Hi = d.Lo-when.Day(n), d.Hi-when.Day(n)
		d.Trace += fmt.Sprintf("; the attack %d day(s) before it", n)
	}
	return d
}

// daysBefore reads how many days before the sentence's day its attack
// was: "a day earlier", "two days before", "the previous day", or "a day
// after" followed by the attack ("a day after soldiers killed 2,000");
// 0 when the sentence says nothing of the kind. The words must lie
// outside date d, the day counted from: "a day earlier" alone is a date
// of its own, read against the report's day.
func (x *Extractor) daysBefore(toks []text.Token, d when.Date) int {
	for i, t := range toks {
		if t.Start >= d.Start && t.End <= d.End {
			continue
		}
		switch t.Lower {
		case "previous", "preceding":
			if i > 0 && toks[i-1].Lower == "the" && i+1 < len(toks) && toks[i+1].Lower == "day" {
				return 1
			}
		case "day", "days":
			if i+1 >= len(toks) || i == 0 {
				continue
			}
			n := 0
			if toks[i-1].Lower == "a" || toks[i-1].Lower == "the" && t.Lower == "day" {
				n = 1
			} else if v, ok := amountWord(toks[i-1]); ok && v < 8 {
				n = v
			}
			if n == 0 {
				continue
			}
			switch next := toks[i+1].Lower; {
			case next == "earlier" || next == "before" && (i+2 >= len(toks) || toks[i+2].Kind == text.Punct):
				return n
			case next == "after" && x.attackFollows(toks, i+2):
				return n
			}
		}
	}
	return 0
}

// attackFollows reports a word for an attack in the clause after token
// j: the anniversary is the attack's ("four years after … the twin
// bombings"), not a caliphate's.
func (x *Extractor) attackFollows(toks []text.Token, j int) bool {
	for k := j; k < len(toks) && k < j+20; k++ {
		if t := toks[k].Text; t == "," {
			// "three years after 21 civilians, including 13 children,
			// were massacred": an aside does not end the clause.
			if e := asideEnd(toks, k); e > k {
				k = e
				continue
			}
			return false
		}
		if t := toks[k].Text; t == ";" || t == "." {
			return false
		}
		if x.killingVerb(toks, k) {
			return true
		}
		if _, _, ok := x.events.match(toks, k); ok {
			return true
		}
	}
	return false
}

// mainClauseBetween reports a comma that closes a counting clause ("N
// years after the blasts, a court …") in the words between it and a
// date; one that opens a relative clause of the attack (", which killed 21
// in January 2019") does not.
func mainClauseBetween(between string) bool {
	for rest := between; ; {
		i := strings.IndexByte(rest, ',')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		next := strings.ToLower(strings.TrimSpace(rest))
		if !strings.HasPrefix(next, "which") && !strings.HasPrefix(next, "when") && !strings.HasPrefix(next, "in which") && !strings.HasPrefix(next, "that") && !strings.HasPrefix(next, "who") {
			return true
		}
	}
}

// killingVerb reports a verb at k that counts the dead ("were
// massacred", "killed"): the clause tells of an attack.
func (x *Extractor) killingVerb(toks []text.Token, k int) bool {
	v, _, ok := x.countVerbs.match(toks, k)
	return ok && x.rs.Counts[v].ID == "killed"
}

// relativeAfter reports the words between a date and a figure that open
// a relative clause about what the date ended: "… the destruction of a
// ferry in 2004, which killed 116".
func relativeAfter(between string) bool {
	t := strings.ToLower(strings.TrimSpace(between))
	return len(t) < 24 && (strings.HasPrefix(t, ", which") || strings.HasPrefix(t, ", that"))
}

// yearsAfterOpening reports a sentence that opens by counting years from
// an attack: "Eleven years after 42 people were killed in twin blasts, a
// court convicted two": the attack is that long before the court's day.
func yearsAfterOpening(toks []text.Token) bool {
	for i := 0; i+2 < len(toks) && i < 2; i++ {
		if _, ok := amountWord(toks[i]); ok && (toks[i+1].Lower == "years" || toks[i+1].Lower == "year" || toks[i+1].Lower == "decades") && toks[i+2].Lower == "after" {
			return true
		}
	}
	return false
}

// marksAnniversary reports a sentence that marks time since an attack:
// "today marks four years after", "the first anniversary of".
func marksAnniversary(toks []text.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "marks", "marked", "marking", "anniversary", "commemorates", "commemorated", "commemorating":
			return true
		}
	}
	return false
}

// bestEventDate picks, among dates of one sentence, the one that dates its event.
func (x *Extractor) bestEventDate(toks []text.Token, dates []when.Date) (d when.Date, ok bool) {
	// The most precise date wins; among equals, one beside an event word
	// ("Friday's attack", "the attack on March 22"); dates used as
	// adjectives ("the 1998 bombings") do not date this event.
	best, bestScore := -1, 1<<30
	told := -1 // end token of the last date of a telling
	for i, dt := range dates {
		ti, tj := tokIndex(toks, dt.Start), tokIndex(toks, dt.End)
		if ti > 0 && toks[ti-1].Text == "(" && ti-1 == told {
			told = tj // "said on Wednesday (Apr 24)": the same day of the telling
			continue
		}
		score := int(dt.Precision) * 10
		adjective := false // "the 2008 Jaipur serial blasts": the attack's own date
		if ti > 0 && (toks[ti-1].Lower == "the" || possessiveBefore(toks, ti) && dt.Precision != when.PrecDay) {
			// "Kenyan forces' 2011 push" dates the push, not the attack;
			// "the October 7 attack" dates its attack, though less surely
			// than "on October 7"; "the 1998 embassy bombings" beside "on
			// Aug. 7" loses to the day; "the 2004 Madrid train bombings":
			// a few words may name where and what.
			if !x.eventWithin(toks, tj, 3) {
				continue
			}
			score += 8
			adjective = true
		}
		// "convicted of involvement in the 2008 blasts": the proceeding
		// before it does not make the attack's own date the court's day.
		if !adjective && (x.reportedAt(toks, ti) || x.toldRight(toks, ti, tj)) {
			told = tj
			continue // "a video released on Friday", "announced on Sunday": when it was told
		}
		if comparedSince(toks, ti) {
			continue // "the deadliest attack since a 2002 bombing": another attack's year
		}
		if x.periodSince(toks, ti) {
			continue // "Since taking office in 2006, he has sent troops": a period's start
		}
		if x.milestoneDate(toks, ti) {
			continue // "an umbrella group formed in November 1990": the group's date
		}
		if dt.Precision >= when.PrecYear && superlativeBefore(toks, ti) {
			continue // "one of the worst attacks in Turkey this year": the span compared over
		}
		if ago(dt) && isHeadline(toks) && !x.dateBesideEvent(toks, dt) {
			continue // "Bomber Joined ISIL 2 Months Ago": another act's time
		}
		if x.otherActsDay(toks, dt) {
			continue // "buried their dead yesterday": what followed the attack
		}
		if laterDeathDay(toks, ti) {
			continue // "a girl wounded in the shooting died on Monday": her death's day
		}
		if x.aboutAntecedent(toks, dt) {
			continue // "the ELN, which only last week started talks": the group's week
		}

		if !x.datesAttack(toks, ti, tj) {
			score += 5
		}
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return d, false
	}
	d = dates[best]
	if x.followsAttack(toks, d) {
		d.Lo -= followedDays
		d.Trace += fmt.Sprintf("; the attack that day or up to %d days before", followedDays)
	}
	return d, true
}

// datesAttack reports a word for an attack by the date at tokens ti..tj:
// "Friday's attack", "the attack on Monday", or the attack's own phrase
// ending in its day ("the attack on Chinégodar camp on January 9").
func (x *Extractor) datesAttack(toks []text.Token, ti, tj int) bool {
	for e := maxInt(0, ti-3); e < len(toks) && e <= tj+1; e++ {
		if _, _, ok := x.events.match(toks, e); ok {
			return true
		}
	}
	for e := ti - 4; e >= 0 && e >= ti-7 && toks[e].Kind != text.Punct && !clauseStop[toks[e].Lower] && !isVerbLike(toks[e]); e-- {
		if _, _, ok := x.events.match(toks, e); ok {
			return true
		}
	}
	return false
}

// dateBesideEvent reports a word for an attack right by date d: "Friday's
// attack", "the attack on Monday" (not "Bomber Joined ISIL 2 Months Ago").
func (x *Extractor) dateBesideEvent(toks []text.Token, d when.Date) bool {
	ti, tj := tokIndex(toks, d.Start), tokIndex(toks, d.End)
	for e := maxInt(0, ti-2); e < len(toks) && e <= tj+1; e++ {
		if _, _, ok := x.events.match(toks, e); ok {
			return true
		}
	}
	return false
}

// leadDate dates an undated claim by the report's own event: when every
// earlier sentence that names an attack and dates it gives the same date
// ("A siege … in Tameek on January 8 killed …"), and the claim's clause
// names no place those sentences do not, the claim ("The siege in Tameek
// caused 600 casualties", three paragraphs on) is about that event.
// Reports speak of their own event without dating it again; an analysis
// that dates several attacks gives no such date.
func (x *Extractor) leadDate(di *docInfo, si, ca, cb int) (when.Date, bool) {
	var lead when.Date
	found := false
	named := map[string]bool{}
	for _, de := range x.datedEvents(di) {
		if de.sent >= si {
			break
		}
		if found && !when.Overlap(lead, de.date) {
			return when.Date{}, false // the report dates more than one event
		}
		if !found {
			lead, found = de.date, true
		}
		for _, m := range di.ments[de.sent] {
			named[m.key] = true
		}
	}
	if !found {
		return when.Date{}, false
	}
	for _, m := range di.ments[si] {
		if m.a < ca || m.b > cb || m.person || (m.actor >= 0 && x.rs.Actors[m.actor].Type != "state") {
			continue
		}
		if !named[m.key] {
			return when.Date{}, false // the claim names a place the report's event does not
		}
	}
	return lead, true
}

// datedEvents lists, in order, the sentences of a document that name an
// attack and date it; every undated claim asks, so they are found once.
func (x *Extractor) datedEvents(di *docInfo) []datedEvent {
	if !di.datedDone {
		di.datedDone = true
		for k := range di.sents {
			if len(di.dates[k]) == 0 || di.captions[k] || !x.namesEvent(di.toks[k]) {
				continue // (a caption's day is its picture's)
			}
			if d, ok := x.eventDate(di, k, nil); ok {
				di.dated = append(di.dated, datedEvent{k, d})
			}
		}
	}
	return di.dated
}

// namesEvent reports a sentence with an attack word in it.
func (x *Extractor) namesEvent(toks []text.Token) bool {
	for k := range toks {
		if _, _, ok := x.events.match(toks, k); ok {
			return true
		}
	}
	return false
}

// toldRight reports a date whose next word tells or revises the news:
// "authorities on Thursday revised the toll", "police on Monday said".
func (x *Extractor) toldRight(toks []text.Token, ti, tj int) bool {
	// "The governor, yesterday, disclosed": a day set off by commas on
	// both sides is the verb's after it. (One comma after the day alone,
	// "struck on Tuesday, said police", leaves the day the attack's.)
	if tj < len(toks) && toks[tj].Text == "," && commaBefore(toks, ti) {
		tj++
	}
	// "Syria on Sunday strongly denied": past the adverbs.
	for tj < len(toks) && adverb(toks[tj]) {
		tj++
	}
	if tj >= len(toks) {
		return false
	}
	// Not "the attack last year claimed by ISIS": a participle of the attack.
	if _, n, ok := x.reporting.match(toks, tj); ok {
		return tj+n >= len(toks) || toks[tj+n].Lower != "by"
	}
	// "today pleaded not guilty over the massacre": the court's day;
	// "on Sunday blamed militants for the bombing": the blame's.
	if _, _, ok := x.proceedings.match(toks, tj); ok || accusingVerbs[toks[tj].Lower] {
		return true
	}
	_, _, ok := x.revisions.match(toks, tj)
	return ok
}

// commaBefore reports a comma right before the day that opens at ti, or
// before its "on": "X, yesterday, disclosed", "police, on Monday, said".
func commaBefore(toks []text.Token, ti int) bool {
	if ti >= 1 && toks[ti-1].Lower == "on" {
		ti--
	}
	return ti >= 1 && toks[ti-1].Text == ","
}

// accusingVerbs say who did it: their day is the saying's.
var accusingVerbs = map[string]bool{"blamed": true, "accused": true, "condemned": true, "blames": true, "accuses": true, "condemns": true, "denied": true, "denies": true}

// Accusing reports a verb of saying who did an attack ("blamed"), besides
// the rules' words of telling: a day beside it is the saying's.
func Accusing(w string) bool { return accusingVerbs[w] }

// reportedAt reports a date right after a reporting verb ("released on
// Friday", "said Thursday"): the date of the telling, not of the event.
func (x *Extractor) reportedAt(toks []text.Token, ti int) bool {
	// "said a government statement on Tuesday": the statement's day,
	// not "a report on Tuesday's attack".
	if ti >= 2 && (toks[ti-1].Lower == "on" || toks[ti-1].Lower == "of") && statementNouns[toks[ti-2].Lower] && !isPossessive(toks[ti]) {
		return true
	}
	for e := maxInt(0, ti-2); e < ti; e++ {
		if _, n, ok := x.reporting.match(toks, e); ok && e+n == ti || ok && e+n == ti-1 && (toks[ti-1].Lower == "on" || toks[ti-1].Lower == "in") {
			return true
		}
	}
	// "convicted 21 people Wednesday for their roles in the bombings": the
	// day of a proceeding.
	for e := maxInt(0, ti-5); e < ti; e++ {
		if _, n, ok := x.proceedings.match(toks, e); ok && e+n <= ti {
			between := false
			for k := e + n; k < ti; k++ {
				if _, _, ev := x.events.match(toks, k); ev || toks[k].Kind == text.Punct {
					between = true
				}
			}
			if !between {
				return true
			}
		}
	}
	// "On Wednesday, Special Judge X convicted the four …": a proceeding
	// after the day that opens the sentence, before any word for the attack.
	for k := ti + 1; (ti == 0 || ti == 1 && toks[0].Lower == "on") && k < len(toks) && k <= ti+8; k++ {
		if _, _, ev := x.events.match(toks, k); ev || toks[k].Text == "." || toks[k].Text == ";" {
			break
		}
		if _, _, ok := x.proceedings.match(toks, k); ok {
			return true
		}
	}
	// "claimed responsibility on Thursday for an attack … on Tuesday": the
	// day of the claim.
	if k := ti - 1; k >= 1 && (toks[k].Lower == "on" || toks[k].Lower == "in") && (toks[k-1].Lower == "responsibility" || toks[k-1].Lower == "credit") || ti >= 1 && (toks[ti-1].Lower == "responsibility" || toks[ti-1].Lower == "credit") {
		return true
	}
	// "said during a press briefing in Abuja on Monday that …": a date
	// between a verb of telling and its "that".
	for v := ti - 1; v >= 0 && v >= ti-12; v-- {
		if _, _, ok := x.events.match(toks, v); ok || toks[v].Kind == text.Punct {
			return false
		}
		if _, _, ok := x.reporting.match(toks, v); !ok {
			continue
		}
		for k := ti; k < len(toks) && k <= ti+6; k++ {
			if toks[k].Lower == "that" {
				return true
			}
			if toks[k].Kind == text.Punct {
				break
			}
		}
		return false
	}
	return false
}

// laterClause reports a claim in the relative clause of an attack set
// after another: "an attack on a nearby village 24 hours later, which
// killed around 15" counts the later attack's dead.
// It returns the index of the offset's amount, or -1.
func laterClause(toks []text.Token, start int) int {
	// Within the claim's reach: an unpunctuated run is read in windows.
	from := max(0, tokIndex(toks, start)-contextWindow)
	for i := from; i+2 < len(toks) && toks[i].Start < start; i++ {
		u := base(toks[i+1].Lower)
		if toks[i+2].Lower != "later" || !timeUnits[u] && u != "hours" && u != "hour" {
			continue
		}
		if k := i + 3; k+1 < len(toks) && toks[k].Start < start && toks[k].Text == "," && (toks[k+1].Lower == "which" || toks[k+1].Lower == "that") {
			return i
		}
	}
	return -1
}

// laterDay is the day of an attack set an offset (at token i) after the
// day the sentence gives before it, if it gives one.
func laterDay(toks []text.Token, dates []when.Date, i int) (when.Date, bool) {
	var from *when.Date
	for k := range dates {
		if dates[k].End <= toks[i].Start {
			from = &dates[k]
		}
	}
	n, unit, ok := offsetAt(toks, i)
	if from == nil || !ok || unit < from.Precision {
		return when.Date{}, false
	}
	d, ok := shifted(*from, n, unit)
	if ok {
		d.Start, d.End = toks[i].Start, toks[i+2].End
		d.Relative = true
		d.Trace = "offset after '" + from.Text + "'"
	}
	return d, ok
}

// anchorClause reports a claim inside the clause that describes the event
// an offset is counted from: "three days before today's car bomb attack at
// the school, which left 9 dead, the group posted a warning" dates the
// posting, and the 9 dead are the attack's.
func (x *Extractor) anchorClause(toks []text.Token, start int) bool {
	for i := 0; i+2 < len(toks) && toks[i].Start < start; i++ {
		switch toks[i+2].Lower {
		case "before", "prior":
		default:
			continue
		}
		if !timeUnits[base(toks[i+1].Lower)] {
			continue
		}
		// The claim follows the anchor, in a relative clause of it: after a
		// comma, or right after the attack word ("six weeks before the
		// attacks that claimed 77 lives").
		for k := i + 3; k+1 < len(toks) && toks[k].Start < start; k++ {
			if toks[k].Text == "," && (toks[k+1].Lower == "which" || toks[k+1].Lower == "that") {
				return true
			}
			if (toks[k].Lower == "which" || toks[k].Lower == "that") && k-1 > i+2 && k-1 <= i+8 && x.attackWordAt(toks, k-1) {
				return true
			}
		}
	}
	return false
}

// anchorBeforeAnother reports a claim in the attack an offset counts from
// when "another" attack follows: "Two weeks after the bus station blast
// that left over 70 dead, another bomb exploded" — the 70 are the earlier
// blast's, and the report's own attack is the other one.
// It gives the index of "after", or -1.
func (x *Extractor) anchorBeforeAnother(toks []text.Token, other, start int) int {
	if other < 0 || toks[other].Lower != "another" || toks[other].Start < start {
		return -1
	}
	for i := 2; i < other && toks[i].Start < start; i++ {
		if toks[i].Lower != "after" || !spanBefore(toks, i) {
			continue
		}
		// The attack's name may hold a comma: "the Tarvik, Selo blast".
		for k := i + 1; k < len(toks) && k <= i+10 && toks[k].Start < start; k++ {
			if _, _, ok := x.events.match(toks, k); ok {
				return i
			}
			if toks[k].Kind != text.Word && !(toks[k].Text == "," && k+1 < len(toks) && toks[k+1].Cap) {
				break
			}
		}
	}
	return -1
}

// attackWordAt reports an attack word that ends at token e.
func (x *Extractor) attackWordAt(toks []text.Token, e int) bool {
	for a := max(0, e-2); a <= e; a++ {
		if _, n, ok := x.events.match(toks, a); ok && a+n-1 == e {
			return true
		}
	}
	return false
}

// displaced reports an offset in time that puts the event away from the
// one named: "six months before the church attack", "a year earlier". In
// the claim's own sentence only "before" counts ("eight days after the
// bombing, which killed 29" still dates the bombing); a sentence that
// refers back ("In that operation, …") takes any offset of the one before.
func (x *Extractor) displaced(toks []text.Token, after bool) bool {
	for i := 0; i+2 < len(toks); i++ {
		// The closing word first: it is rare, and the two look-ups before
		// it ran at every token of every sentence.
		before := false
		switch toks[i+2].Lower {
		case "before", "earlier", "prior":
			before = true
		case "later", "after":
		default:
			continue
		}
		if !timeUnits[base(toks[i+1].Lower)] {
			continue
		}
		if toks[i].Kind != text.Number && !numberWords[toks[i].Lower] {
			continue
		}
		return before || after
	}
	return false
}

// otherAttack finds where a sentence turns to an attack before the
// report's own, or -1: "a previous attack on the shrine", "another attack
// on the shrine a year before", "the shrine had previously been targeted".
func (x *Extractor) otherAttack(toks []text.Token) int {
	offset := false
	for _, t := range toks {
		if timeUnits[t.Lower] || t.Lower == "ago" || t.Lower == "previously" {
			offset = true
			break
		}
	}
	for i, t := range toks {
		switch {
		case otherWords[t.Lower] || t.Lower == "another" && offset || t.Lower == "last" && i > 0 && toks[i-1].Lower == "the":
			// "since the last deadly attack in France": the one before.
			// Not "another blast hit a hotel" with no time between: one of
			// the same attacks.
			for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Kind == text.Word; k++ {
				if _, _, ok := x.events.match(toks, k); ok {
					return i
				}
			}
		case t.Lower == "previously":
			if i+1 < len(toks) && toks[i+1].Lower == "been" {
				return i
			}
		case followVerbs[t.Lower] && i > 0 && x.attackWordAt(toks, i-1):
			// "The bombings follow Saturday's attack on a market, in which
			// 12 died": what they follow came before.
			for k := i + 1; k < len(toks) && k <= i+7 && toks[k].Text != "," && toks[k].Text != ";"; k++ {
				if _, _, ok := x.events.match(toks, k); ok {
					return i
				}
			}
		case t.Lower == "after" && comesBefore(toks, i):
			// "It came a day after car bombs hit two markets, killing
			// nine": what it comes after came before.
			if x.eventWithin(toks, i+1, 3) || x.indefiniteEventWithin(toks, i+1, 14) {
				return i
			}
		case t.Lower == "after" && spanBefore(toks, i):
			// "struck …, killing 57, three weeks after a triple bombing
			// killed 70": an attack told before the span, and another
			// after it. "A day after the attack, the minister said" and
			// "mourning began a day after gunmen stormed" tell of one.
			if x.attackBefore(toks, i-2) && x.eventWithin(toks, i+1, 5) {
				return i
			}
		}
	}
	return -1
}

// comesAfterClause finds "came … days after" before a claim when the clause it
// opens tells of an attack before the claim ("came two months after a
// group of attackers went on a stabbing spree at a station, leaving 29
// dead"): the claim is that attack's. It gives the index of "after", or -1.
// Only the claim is moved: the sentence's own attack is still the report's.
func (x *Extractor) comesAfterClause(toks []text.Token, start int) int {
	for i := 1; i < len(toks) && toks[i].Start < start; i++ {
		// A span of days or more, and an attack as what came: "the arrests
		// came two days after gunmen stormed the hotel, killing 20" tells
		// of the report's own attack, as "it came after the bombing" may.
		if toks[i].Lower != "after" || !timeUnits[toks[i-1].Lower] || !comesBefore(toks, i) || !x.attackCame(toks, i) {
			continue
		}
		// "It comes two months after 29 died in an attack on another
		// station": the toll opens the clause, its attack follows.
		if c := tokIndex(toks, start); c > i && c <= i+3 && x.eventWithin(toks, c+1, 6) {
			return i
		}
		// Who did it may take an aside: "a group of militants from
		// Selo, stated to be members of the Front, carried out attacks".
		for k := i + 1; k < len(toks) && toks[k].Start < start && !clauseEnds[toks[k].Text]; k++ {
			if _, _, ok := x.events.match(toks, k); ok {
				if toldOf(toks, k, start) {
					return i
				}
				break
			}
		}
	}
	return -1
}

// attackCame reports an attack as what came before "after" at i: "the
// Tarvik blast came", not "the arrest of the bomber came".
func (x *Extractor) attackCame(toks []text.Token, i int) bool {
	// "It comes two months after …": the report's attack, told before.
	if w := toks[0].Lower; w == "it" || w == "this" {
		return true
	}
	for k := 0; k < i; k++ {
		switch toks[k].Lower {
		case "of", "for", "against", "over":
			return false
		}
		if _, n, ok := x.events.match(toks, k); ok {
			return !x.perpHeads[toks[k+n-1].Lower]
		}
	}
	return false
}

var clauseEnds = map[string]bool{";": true, ".": true, ":": true}

// toldOf reports a claim that a participle or a relative clause ties to
// the attack at token k: "…, leaving 29 dead", "in which 33 were killed".
func toldOf(toks []text.Token, k, start int) bool {
	for j := k + 1; j < len(toks) && toks[j].End <= start && !clauseEnds[toks[j].Text]; j++ {
		switch toks[j].Lower {
		case "leaving", "killing", "which", "that", "left":
			return start-toks[j].End <= 30
		}
	}
	return false
}

// followVerbs tell of an attack that came after another: "the blasts
// follow", "the attack followed".
var followVerbs = map[string]bool{"follow": true, "follows": true, "followed": true}

// comesBefore reports "comes" or "came" just before "after" at i, a span
// of time between: "this comes a day after", "it came weeks after".
func comesBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].Lower {
		case "comes", "came", "come", "coming":
			return true
		}
		if toks[k].Kind != text.Word && toks[k].Kind != text.Number {
			return false
		}
	}
	return false
}

// attackBefore reports a word for an attack, or a verb that counts the
// dead, before token end: not "death" in "the death toll", which tells a
// figure, not an attack.
func (x *Extractor) attackBefore(toks []text.Token, end int) bool {
	for k := 0; k < end; k++ {
		if k+1 < len(toks) && toks[k+1].Lower == "toll" {
			continue
		}
		if _, _, ok := x.events.match(toks, k); ok || x.killingVerb(toks, k) {
			return true
		}
	}
	return false
}

// spanBefore reports a counted span of time just before token i: "three
// weeks (after)", "a year (after)".
func spanBefore(toks []text.Token, i int) bool {
	return i >= 2 && timeUnits[toks[i-1].Lower] && (toks[i-2].Kind == text.Number || numberWords[toks[i-2].Lower])
}

// roughSpan words before a span of time leave it loose: "less than a
// year after", "nearly two weeks after".
var roughSpan = map[string]bool{"than": true, "nearly": true, "almost": true, "about": true, "around": true, "some": true, "roughly": true, "over": true, "barely": true, "just": true}

var timeUnits = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "fortnight": true, "fortnights": true, "month": true, "months": true, "year": true, "years": true}
var numberWords = map[string]bool{"a": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "few": true, "some": true}

// startsAnaphoric: "In that operation, …" refers to the sentence before.
func startsAnaphoric(toks []text.Token) bool {
	for i := 0; i < len(toks) && i < 3; i++ {
		if toks[i].Lower == "that" || toks[i].Lower == "this" || toks[i].Lower == "those" {
			return true
		}
	}
	return false
}

// eventWords names the event a sentence is about, for labels: an event
// noun with the words that make it this event — names, possessives and
// kinds before it ("Friday's suicide bombing", "the Santa Maria attack"),
// places after it ("attack on the Crocus City Hall") — but not verbs or
// dates ("killed when Hamas gunmen", "attacks on March"). Nouns for the
// attack itself win over "killing", perpetrators ("bomber", "gunmen") and
// verbs ("stormed", "opened fire").
func (x *Extractor) eventWords(di *docInfo, si int) string {
	return x.sentence(di, si).eventWords
}

// eventWordsIn is eventWords for an event noun among tokens a..b.
func (x *Extractor) eventWordsIn(di *docInfo, si, a0, b0 int) string {
	toks := di.toks[si]
	best, bestRank := "", 4
	for k := a0; k < b0 && k < len(toks); k++ {
		_, n, ok := x.events.match(toks, k)
		if !ok {
			continue
		}
		last := toks[k+n-1].Lower
		rank := 0
		switch {
		case n > 1 && !x.perpHeads[last] && !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ing") && !strings.HasSuffix(last, "ion") && !strings.HasSuffix(last, "er"):
			rank = 3 // "opened fire"
		case strings.HasSuffix(last, "ed"):
			rank = 3
		case x.perpHeads[last]:
			rank = 2
		case last == "killing" || last == "killings":
			rank = 1 // "the killing of …"; ", killing 32 people" is a verb
			if k == 0 || !nounMakers[toks[k-1].Lower] && !isPossessive(toks[k-1]) {
				rank = 3
			}
		}
		if rank >= bestRank {
			continue
		}
		a := k
		for a > 0 && k-a < 3 && eventModifier(toks[a-1], x.stop) {
			a--
		}
		b := k + n
		for b < len(toks) && b-k < 7 && toks[b].Kind == text.Word && !(toks[b].Cap && x.stop[base(toks[b].Lower)]) &&
			(toks[b].Cap || toks[b].Lower == "on" || toks[b].Lower == "in" || toks[b].Lower == "near" || toks[b].Lower == "at" || toks[b].Lower == "the" || toks[b].Lower == "of") {
			b++
		}
		if b < len(toks) && b-k == 7 && toks[b].Cap {
			for b > k+n && toks[b-1].Cap {
				b-- // cut inside a name: leave the name out
			}
		}
		for b > k+n && !toks[b-1].Cap {
			b--
		}
		best, bestRank = joinText(toks[a:b]), rank
		if rank == 0 {
			break
		}
	}
	return best
}

// eventKinds are lower-case words that say what kind of attack an event
// noun is: "suicide bombing", "twin blasts", "mass shooting".
var eventKinds = map[string]bool{"suicide": true, "car": true, "truck": true, "twin": true, "double": true, "deadly": true, "terrorist": true, "terror": true, "mass": true, "knife": true, "bomb": true, "drone": true, "rocket": true, "missile": true, "coordinated": true, "militant": true, "jihadist": true, "hostage": true, "school": true, "church": true, "mosque": true, "market": true, "concert": true, "hotel": true, "airport": true, "parade": true}

// eventModifier reports a word that may stand before an event noun in its
// name: a capitalised name (not a stop word), a possessive, or a kind.
func eventModifier(t text.Token, stop map[string]bool) bool {
	if t.Kind != text.Word {
		return false
	}
	if isPossessive(t) {
		return true
	}
	if t.Cap {
		return !stop[base(t.Lower)]
	}
	return eventKinds[t.Lower]
}

func appendUnique(list []string, ss ...string) []string {
next:
	for _, s := range ss {
		for _, v := range list {
			if v == s {
				continue next
			}
		}
		list = append(list, s)
	}
	return list
}

// sinceDateBefore returns the date of a superlative's "since …" that
// stands before byte offset at in sentence si.
func sinceDateBefore(di *docInfo, si, at int) (when.Date, bool) {
	toks := di.toks[si]
	for _, d := range di.dates[si] {
		if d.End <= at && comparedSince(toks, tokIndex(toks, d.Start)) {
			return d, true
		}
	}
	return when.Date{}, false
}

// whenClauseDate finds a day, not relative to the report, that a "when"
// clause holding the claim at byte at follows: "since April 6, 2010 when
// 76 policemen were massacred".
func whenClauseDate(di *docInfo, si, at int) (when.Date, bool) {
	toks := di.toks[si]
	for i := len(di.dates[si]) - 1; i >= 0; i-- {
		d := di.dates[si][i]
		if d.End > at {
			continue
		}
		// A year alone may be an anniversary's ("marks 21 years of the
		// massacre in the year 2000, when …"), which other words date.
		if d.Relative || d.Precision != when.PrecDay {
			return when.Date{}, false
		}
		k := tokIndex(toks, d.End)
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if k >= len(toks) || toks[k].Lower != "when" {
			return when.Date{}, false
		}
		for j := k + 1; j < len(toks) && toks[j].Start < at; j++ {
			if t := toks[j].Text; t == "," || t == ";" || t == "—" || t == "–" {
				return when.Date{}, false
			}
		}
		return d, true
	}
	return when.Date{}, false
}

// possessiveBefore reports a possessive just before token ti: "the
// army's", "forces'" (its apostrophe may be a token of its own).
func possessiveBefore(toks []text.Token, ti int) bool {
	if ti > 0 && isPossessive(toks[ti-1]) {
		return true
	}
	return ti > 1 && (toks[ti-1].Text == "'" || toks[ti-1].Text == "’") && toks[ti-1].Start == toks[ti-2].End && strings.HasSuffix(toks[ti-2].Lower, "s")
}

// eventWithin reports an event word among the n words from token j, with
// nothing but words before it.
func (x *Extractor) eventWithin(toks []text.Token, j, n int) bool {
	for k := j; k < len(toks) && k <= j+n; k++ {
		if _, _, ok := x.events.match(toks, k); ok {
			return true
		}
		if toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// indefiniteEventWithin reports an attack told with "a" or "an" in the n
// tokens of one clause from j: "it comes after the group claimed a drone
// attack on the capital" tells of an attack not told before, another one.
func (x *Extractor) indefiniteEventWithin(toks []text.Token, j, n int) bool {
	for k := j; k < len(toks) && k <= j+n; k++ {
		if toks[k].Kind == text.Punct && toks[k].Text != "-" {
			return false
		}
		if toks[k].Lower == "a" || toks[k].Lower == "an" {
			return x.eventWithin(toks, k+1, 4)
		}
	}
	return false
}

// superlativeBefore reports a superlative a few words before token ti, in
// one clause: "the worst attacks in Turkey this year", "the deadliest
// bombing in 2016".
func superlativeBefore(toks []text.Token, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-8; k-- {
		w := toks[k].Lower
		if toks[k].Text == "," || toks[k].Text == ";" {
			return false
		}
		if w == "most" || w == "worst" || strings.HasSuffix(w, "iest") || w == "biggest" || w == "largest" {
			return true
		}
	}
	return false
}

// comparedSince reports a date at token ti in the "since …" of a
// superlative: "the deadliest attack since a 2002 suicide bombing", "the
// worst since the overthrow of the dictator in 2011" date what the attack
// is compared with, not this one.
func comparedSince(toks []text.Token, ti int) bool {
	// "among the worst the town has seen since the army took it back from
	// the rebels in May 2016": the clause after "since" may be long.
	for k := ti - 1; k >= 0 && k >= ti-20; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return false
		}
		if toks[k].Lower != "since" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			w := toks[j].Lower
			// "the deadliest since", "the fourth deadly attack … since
			// December": a count or comparison of attacks since then.
			if w == "most" || w == "worst" || strings.HasSuffix(w, "iest") || w == "biggest" || w == "largest" || w == "highest" || w == "greatest" || w == "first" || anniversaryOrdinals[w] > 0 || w == "latest" {
				return true
			}
		}
	}
	return false
}

// adjectiveDate finds a date written right before a claim's words, after
// "the": "the 2018 killing of four foreign cyclists".
func adjectiveDate(di *docInfo, si, start int) (when.Date, bool) {
	toks, ds := di.toks[si], di.dates[si]
	// Every claim asks: the one date that ends last before the claim, found
	// by halving (a sentence may hold hundreds).
	i := sort.Search(len(ds), func(i int) bool { return ds[i].End > start }) - 1
	if i < 0 {
		return when.Date{}, false
	}
	d := ds[i]
	a, b := tokIndex(toks, d.Start), tokIndex(toks, d.End)
	if b == tokIndex(toks, start) && a > 0 && toks[a-1].Lower == "the" && !d.Relative {
		return d, true
	}
	return when.Date{}, false
}

// milestoneDate reports a date at ti right after a group's milestone
// ("formed in November 1990", "founded in 2002"): the group's date, not
// the attack's. A death's date ("killed in 2017") may be the attack's.
func (x *Extractor) milestoneDate(toks []text.Token, ti int) bool {
	k := ti
	if k > 0 && (toks[k-1].Lower == "in" || toks[k-1].Lower == "on") {
		k--
	}
	// "the gunman, born in 2001, was caught": a person's birth.
	if k > 0 && toks[k-1].Lower == "born" {
		return true
	}
	for j := max(0, k-3); j < k; j++ {
		// "Founded in 1991, the group has carried out dozens of attacks":
		// a fronted milestone heads a sentence of the group's history,
		// which its date still dates.
		if v, n, ok := x.factVerbs.match(toks, j); ok && j+n == k && j > 0 && x.rs.Facts[v].ID != killedFact {
			return true
		}
	}
	return false
}

// statementNouns are what a source issues on a day.
var statementNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "announcement": true, "briefing": true, "release": true}

// periodSince reports a date at ti that opens a period: "since 2006",
// "since taking office in 2006". What happened over the period may be
// attacks, but none of them on that date.
func (x *Extractor) periodSince(toks []text.Token, ti int) bool {
	// "since Nov. 23, when 215 were killed": an attack on that day.
	for k := ti + 1; k < len(toks) && k <= ti+5; k++ {
		if toks[k].Lower == "when" && toks[k-1].Text == "," {
			return false
		}
	}
	if ti > 0 && toks[ti-1].Lower == "since" {
		return true
	}
	for k := ti - 1; k >= 1 && k >= ti-6; k-- {
		if toks[k].Kind == text.Punct {
			return false
		}
		if toks[k-1].Lower == "since" {
			return strings.HasSuffix(toks[k].Lower, "ing") && !x.attackWord(toks, k)
		}
	}
	return false
}

// writtenDay is the day a sentence writes out for the weekday it also
// names: "the Sunday church killings in Owo on June 5" is June 5, a
// Sunday, not the Sunday before the report. A written day on another
// weekday leaves the weekday be (the report contradicts itself).
func writtenDay(di *docInfo, d when.Date) when.Date {
	wd, ok := weekdayOnly(d.Text)
	if !ok {
		return d
	}
	for _, ds := range di.dates {
		if !slices.ContainsFunc(ds, func(e when.Date) bool { return e.Start == d.Start }) {
			continue
		}
		for _, e := range ds {
			if _, other := weekdayOnly(e.Text); !other && e.Precision == when.PrecDay && e.Lo == e.Hi && e.Lo.Weekday() == wd {
				return e
			}
		}
		break
	}
	return d
}

// weekdayOnly reads a date's words that name a weekday and no day of the
// month ("Sunday", "last Friday"), as the weekday's number, 0 = Sunday.
func weekdayOnly(s string) (int, bool) {
	if strings.ContainsAny(s, "0123456789") {
		return 0, false
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return 0, false
	}
	last := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		if last == w {
			return i, true
		}
	}
	return 0, false
}
