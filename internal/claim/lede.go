package claim

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// ledeSentences is how many opening sentences of the first paragraph say
// what a report is about, besides its headline.
const ledeSentences = 3

// lede reads what a report's headline and opening say happened: the kinds
// of attack, the sites, the places (a wire dateline's too) and the date of
// the first sentence that names an attack. A report with no attack there
// (an analysis, a profile) has no lede event; its claims stand on their own
// sentences.
func (x *Extractor) lede(di *docInfo, d *document.Document) (Subject, bool) {
	var s Subject
	var sents []*docInfo // the headline, then the text
	var idx []int
	if d.Title != "" {
		t := x.analyse(di.idx, &document.Document{Text: d.Title, Published: d.Published}, everySentence)
		x.keepBodyNames(t, di)
		yearsFrom(t, di)
		for k := range t.sents {
			sents, idx = append(sents, t), append(idx, k)
		}
	}
	// Headline lines at the top of the text count as headlines; the lede is
	// the opening of the first paragraph after them.
	k := 0
	for ; k < len(di.sents) && (isHeadline(di.toks[k]) || furniture(di.toks[k])); k++ {
		if isHeadline(di.toks[k]) {
			sents, idx = append(sents, di), append(idx, k)
		}
	}
	// A line that names attacks only to compare ("had echo of Paris
	// attacks") opens nothing: the opening is what follows it.
	for k < len(di.sents) && x.comparedOnly(di.toks[k]) {
		k++
	}
	firstText := -1
	if k < len(di.sents) {
		firstText = k
	}
	for first := k; k < len(di.sents) && k < first+ledeSentences && di.sents[k].Para == di.sents[first].Para; k++ {
		sents, idx = append(sents, di), append(idx, k)
	}
	// An opening that names no attack but counts its dead ("25 Killed In
	// Iran's Military Parade") is about that attack too.
	names := x.namesEvent
	anyNamed := false
	for i, sd := range sents {
		anyNamed = anyNamed || x.namesEvent(sd.toks[idx[i]])
	}
	if !anyNamed {
		names = x.countsVictims
	}
	found := false
	var before []string // places of a clause before the attack's
	opened := k         // the sentence after the text's first that names the attack
	recent := false
	headDate := false // s.When is a headline's, with no word for the attack beside it
	for i, sd := range sents {
		k := idx[i]
		toks := sd.toks[k]
		if !names(toks) || x.comparedOnly(toks) {
			continue
		}
		if sd == di && datesApart(di.dates[k]) {
			// "in January, twin bombings in Kerman killed 95, and in March
			// gunmen killed 145": an opening that lists attacks reports none.
			return Subject{}, false
		}
		sf := x.sentence(sd, k)
		// "Gunmen ambushed a bus in Minya, killing 28, and Egypt responded
		// by launching airstrikes in Libya": the opening's attack is told
		// in the clause that first names one; a new subject after ", and"
		// tells of something else.
		cut := x.firstAttackClause(toks)
		if cut == len(toks) {
			s.Kinds = appendUnique(s.Kinds, sf.kinds...)
		} else {
			s.Kinds = appendUnique(s.Kinds, x.kindsIn(toks, 0, cut)...)
		}
		s.Sites = appendUnique(s.Sites, x.sitesIn(toks, 0, cut)...)
		// "Assad troops move on Damascus as massacre toll is cut": the
		// places of a clause before the attack's hint where it was, as a
		// town told later does; they set it apart from nothing.
		start := x.attackClauseStart(toks)
		s.Places = appendUnique(s.Places, x.placesIn(sd, k, start, cut)...)
		if start > 0 {
			before = appendUnique(before, x.placesIn(sd, k, 0, start)...)
		}
		// "Deadly bombings hit Algerian town; eleven killed by twin car
		// bombs in Bouira": a first clause that names no town leaves it to
		// the next, when that tells an attack of the same kind.
		if cut < len(toks) && !namesTown(s.Places) && !sf.displacedAny && sf.otherAt < 0 {
			for _, kd := range x.kindsIn(toks, cut, len(toks)) {
				if slices.Contains(s.Kinds, kd) {
					s.Places = appendUnique(s.Places, x.placesIn(sd, k, cut, len(toks))...)
					break
				}
			}
		}
		// "Saturday April 2 marked exactly one year since the attack": the
		// day the sentence dates is the anniversary, not the attack.
		if !s.HasWhen && di.hasRef {
			ref := di.ref
			if sf.hasDate && sf.date.Precision == when.PrecDay {
				ref = sf.date.Lo
			}
			// "struck on Sunday, three weeks after a bombing killed 70": a
			// day before the span dates the opening's own attack; the span
			// counts back to another.
			// "A day after the market bombings, Kelvar on Friday was shaken
			// by explosions": a day after the span, beside a word for an
			// attack, dates the opening's own attack, and the span counts
			// back to another ("years after the bombing, a judge on Monday
			// sentenced three" does not).
			if d, ok := anniversary(toks, ref); ok && !(sf.hasDate && sf.date.End <= d.Start && strings.HasSuffix(strings.ToLower(sd.text[d.Start:d.End]), " after") && x.attackBefore(toks, tokIndex(toks, d.Start))) &&
				!(sf.hasDate && sf.date.Precision == when.PrecDay && sf.date.Start >= d.End && strings.HasSuffix(strings.ToLower(sd.text[d.Start:d.End]), " after") && x.attackAfterClause(toks, tokIndex(toks, d.End))) &&
				!(strings.HasSuffix(strings.ToLower(sd.text[d.Start:d.End]), " after") && x.secondAttack(toks, tokIndex(toks, d.End))) {
				s.When, s.HasWhen = d, true
			}
		}
		// "(ECHO Daily Flash of 04 January 2021)": a headline's day
		// written out, the day the report came out, with no word for the
		// attack beside it, is the issue's.
		issue := sf.hasDate && (sd != di || isHeadline(toks) || bracketedAt(toks, tokIndex(toks, sf.date.Start))) && !sf.date.Relative && sf.date.Precision == when.PrecDay &&
			di.hasRef && sf.date.Lo == di.ref && sf.date.Hi == di.ref && !x.dateBesideEvent(toks, sf.date)
		// A caption's day is its picture's.
		if sd == di && di.captions[k] {
			issue = true
		}
		if !s.HasWhen && sf.hasDate && !issue {
			s.When, s.HasWhen = x.dayOfAttack(toks, sf.date), true
			headDate = (sd != di || isHeadline(toks)) && !x.dateBesideEvent(toks, sf.date)
		} else if headDate && sf.hasDate && sd == di && !isHeadline(toks) && (x.dateBesideEvent(toks, sf.date) || sf.date.Precision < s.When.Precision) {
			// "Suruç Bomber Joined ISIL 2 Months Ago", then "blew himself
			// up in Suruç on Monday": the headline's date was another
			// act's; the opening's, beside the attack or more precise, is
			// the attack's.
			s.When, headDate = x.dayOfAttack(toks, sf.date), false
		}
		if s.Event == "" {
			s.Event = sf.eventWords
		}
		found = true
		if sd == di && !isHeadline(toks) {
			opened = k + 1
			// "Biden announced on Monday that …": an opening that tells
			// of days around the report's is news, not a look back.
			for _, d := range di.dates[k] {
				recent = recent || di.hasRef && d.Hi > di.ref-retrospectiveDays
			}
		}
		if sd == di && !isHeadline(toks) && !headDate {
			break // the first sentence of the text that names the attack
		}
	}
	if !found {
		return Subject{}, false
	}
	if firstText >= 0 && !namesTown(s.Places) {
		s.Hinted = x.toldPlace(di, firstText, &s)
	}
	if !namesTown(s.Places) {
		s.Hinted = appendUnique(s.Hinted, before...)
	}
	// "It has been seven years since a series of bombs ripped the city":
	// an opening that counts the years since an attack of the lede's kind
	// dates it, in whatever words it tells the attack.
	if !s.HasWhen && di.hasRef && firstText >= 0 {
		toks := di.toks[firstText]
		if d, ok := anniversary(toks, di.ref); ok && !x.secondAttack(toks, tokIndex(toks, d.End)) {
			for _, k := range x.kindsIn(toks, tokIndex(toks, d.End), len(toks)) {
				if slices.Contains(s.Kinds, k) {
					s.When, s.HasWhen = d, true
					break
				}
			}
		}
	}
	// "Botched warning call led to 21 pub bombing deaths", then "21 were
	// killed in the Birmingham pub bombings of 1974": the next sentences
	// that name the same attack date it.
	if !s.HasWhen && !recent {
		// The opening's names, places or not ("A century on, the wounds of
		// Tarvosh remain"), tell which later sentence dates its attack.
		named := map[string]bool{}
		for i, sd := range sents {
			for _, m := range sd.ments[idx[i]] {
				if !m.person && (m.actor < 0 || x.rs.Actors[m.actor].Type == "state") {
					named[m.key] = true
				}
			}
		}
		s.When, s.HasWhen = x.nextDated(di, opened, k, &s, named)
	}
	// An encyclopedia's fact box gives the day the opening leaves out:
	// "Date: 22–23 September 1997", "Date | June 25, 1996", "When: …".
	if !s.HasWhen {
		s.When, s.HasWhen = factBoxDate(di)
	}
	if !s.HasWhen {
		s.When, s.HasWhen = openingDay(di)
	}
	if !s.HasWhen && di.hasRef && firstText >= 0 {
		s.When, s.HasWhen = yearsOn(di, firstText)
	}
	if !s.HasWhen {
		s.When, s.HasWhen = x.toldDay(di, &s)
	}
	s.Own = true
	return s, true
}

// namesTown reports a place list that holds a town or a venue, not only
// countries.
func namesTown(places []string) bool {
	for _, p := range places {
		if strings.HasPrefix(p, "name:") {
			return true
		}
	}
	return false
}

// toldPlace reads, in the sentences after an opening that names no town,
// the town a sentence gives the opening's attack: "Kelvan troops killed a
// gunman after his rampage", then "the attack in Tarvik was the work of a
// sergeant". The attack is named with "the" or "this" and told with no
// other day and no other attack; the town follows its words.
func (x *Extractor) toldPlace(di *docInfo, first int, s *Subject) []string {
	for si := first + 1; si < len(di.sents) && si < toldReach; si++ {
		toks := di.toks[si]
		sf := x.sentence(di, si)
		if sf.otherAt >= 0 || sf.displacedAny || datesApart(di.dates[si]) || sf.hasDate && s.HasWhen && (sf.date.Hi < s.When.Lo || sf.date.Lo > s.When.Hi) {
			continue
		}
		for e := 1; e < len(toks); e++ {
			if !anaphorDeterminers[toks[e-1].Lower] {
				continue
			}
			_, n, ok := x.events.match(toks, e)
			if !ok {
				continue
			}
			kinds := x.kindsIn(toks, e, e+n)
			same := len(kinds) == 0
			for _, kd := range kinds {
				same = same || slices.Contains(s.Kinds, kd)
			}
			if !same {
				break
			}
			var towns []string
			for _, p := range x.placesIn(di, si, e+n, min(len(toks), e+n+placeReach)) {
				if strings.HasPrefix(p, "name:") {
					towns = append(towns, p)
				}
			}
			if len(towns) > 0 {
				return towns
			}
			break
		}
	}
	return nil
}

// placeReach is how many words after an attack's name may place it: "the
// attack in the north-eastern city of Tarvik".
const placeReach = 8

// toldDay reads, in the first sentences of a report whose opening gives
// no day, the day a sentence says the attack happened: "the attack took
// place in Inates on December 11", "the blast occurred on Tuesday
// evening". A sentence that turns to another attack, or names a place the
// opening does not, tells of something else.
func (x *Extractor) toldDay(di *docInfo, s *Subject) (when.Date, bool) {
	for si := 0; si < len(di.sents) && si < toldReach; si++ {
		toks := di.toks[si]
		sf := x.sentence(di, si)
		if d, ok := x.dayBeforeAttack(toks, di.dates[si]); ok && sf.otherAt < 0 && !sf.displacedAny && !x.elsewhere(di, si, s) {
			return d, true
		}
		if !sf.hasDate || sf.date.Precision != when.PrecDay || sf.otherAt >= 0 || sf.displacedAny || datesApart(di.dates[si]) {
			continue
		}
		at := tokIndex(toks, sf.date.Start)
		told := false
		for e := 1; e < at && !told; e++ {
			if !anaphorDeterminers[toks[e-1].Lower] {
				continue
			}
			if _, n, ok := x.events.match(toks, e); ok {
				told = x.attackDated(toks, e+n, at)
			}
		}
		if !told {
			continue
		}
		if !x.elsewhere(di, si, s) {
			return sf.date, true
		}
	}
	return when.Date{}, false
}

// elsewhere reports a sentence that places something where the opening
// does not: it tells of another attack.
func (x *Extractor) elsewhere(di *docInfo, si int, s *Subject) bool {
	for _, m := range di.ments[si] {
		if m.locative && !m.person && strings.HasPrefix(m.key, "name:") && len(s.Places) > 0 && !slices.Contains(s.Places, m.key) {
			return true
		}
	}
	return false
}

// dayBeforeAttack finds a day written between "the" and a word for an
// attack, or a day's possessive before it: "suspects in the June 28
// attack", "no claim for Friday's attack" name the day it happened.
func (x *Extractor) dayBeforeAttack(toks []text.Token, dates []when.Date) (when.Date, bool) {
	for _, d := range dates {
		at, end := tokIndex(toks, d.Start), tokIndex(toks, d.End)
		if d.Precision != when.PrecDay || d.Lo != d.Hi || end >= len(toks) {
			continue
		}
		if !isPossessive(toks[end-1]) && (at == 0 || !anaphorDeterminers[toks[at-1].Lower]) {
			continue
		}
		if _, _, ok := x.events.match(toks, end); ok {
			return d, true
		}
	}
	return when.Date{}, false
}

// attackDated reports the words from an attack's word (ending at from) to
// its date at at that say when it happened: "took place in Inates on",
// "occurred late on"; no other verb before them ("the attack, claimed on
// Tuesday").
func (x *Extractor) attackDated(toks []text.Token, from, at int) bool {
	if at-from > 8 {
		return false
	}
	for v := from; v < at; v++ {
		t := toks[v]
		switch {
		case (occurrenceVerbs[t.Lower] || startWords[t.Lower]) && (t.Lower != "took" || v+1 < at && toks[v+1].Lower == "place"):
			return true
		case t.Kind != text.Word || auxiliaries[t.Lower] || strings.HasSuffix(t.Lower, "ed") || clauseStop[t.Lower]:
			return false
		}
	}
	return false
}

// toldReach is how many sentences of a report may tell its attack's day.
const toldReach = 10

// startWords, beside the occurrence verbs, say when an attack happened:
// "the siege began on".
var startWords = map[string]bool{"began": true, "started": true, "occured": true}

// openingDay reads a day that opens a report's text, written out and long
// before the report: "April 13, 1919, marked a turning point", "13th April
// 1919 – General Dyer orders his troops to open fire". A piece that opens
// so looks back at that day.
func openingDay(di *docInfo) (when.Date, bool) {
	for si := 0; si < len(di.sents) && si < 3; si++ {
		toks := di.toks[si]
		if len(toks) == 0 || isHeadline(toks) {
			continue
		}
		for _, d := range di.dates[si] {
			if d.Start == toks[0].Start && d.Precision == when.PrecDay && !d.Relative && di.hasRef && d.Hi < di.ref-retrospectiveDays {
				return d, true
			}
		}
		return when.Date{}, false
	}
	return when.Date{}, false
}

// retrospectiveDays is how long before a report a date in its second
// sentences must be for the report to be a look back at that attack.
const retrospectiveDays = 60

// nextDated finds, in the sentences from sentence from on (those after the
// one that first names the attack) to a few past the opening's window that
// ends at sentence k, the date of one that names the opening's attack by
// its kind or place (or a name the opening gives), written out, and long
// before the report: a look back ("led to 21 pub bombing deaths", then
// "the pub bombings of 1974"). A fact box's rows ("Time: 9:53 a.m.") are
// not sentences of the story: the page's first prose may follow ten.
func (x *Extractor) nextDated(di *docInfo, from, k int, s *Subject, named map[string]bool) (when.Date, bool) {
	for si, told := from, 0; si < len(di.sents) && told < ledeSentences; si++ {
		toks := di.toks[si]
		if !boxRow(toks) && si >= k {
			told++
		}
		if !x.namesEvent(toks) {
			continue
		}
		sf := x.sentence(di, si)
		// "the deadliest since a bombing in May 2017": another attack.
		// "The government said on May 3 that the attack …": the day it
		// was said.
		// A retrospective's year is written out ("the bombings of 1974");
		// a weekday after an undated opening may be a later turn's.
		if !sf.hasDate || sf.date.Relative || datesApart(di.dates[si]) || sf.otherAt >= 0 || sf.displacedAny || x.reportedAt(toks, tokIndex(toks, sf.date.Start)) {
			continue
		}
		// Only a report told long after: a recent attack's undated opening
		// is dated by the days the report came out in.
		if !di.hasRef || sf.date.Hi > di.ref-retrospectiveDays {
			continue
		}
		same := false
		for _, kd := range sf.kinds {
			same = same || slices.Contains(s.Kinds, kd)
		}
		for _, p := range x.placesIn(di, si, 0, len(toks)) {
			same = same || slices.Contains(s.Places, p) || named[p]
		}
		if same {
			return sf.date, true
		}
	}
	return when.Date{}, false
}

// firstAttackClause returns where the clause that first names an attack
// ends: at ", and" or ";" followed by a new subject (a capitalised word,
// or "the"), after the attack's words; or the sentence's end.
func (x *Extractor) firstAttackClause(toks []text.Token) int {
	first := x.firstEventWord(toks)
	if first < 0 {
		return len(toks)
	}
	for k := first + 1; k+2 < len(toks); k++ {
		newSubject := func(j int) bool { return toks[j].Cap || toks[j].Lower == "the" }
		if toks[k].Text == "," && toks[k+1].Lower == "and" && newSubject(k+2) || toks[k].Text == ";" && newSubject(k+1) {
			return k
		}
	}
	return len(toks)
}

// attackClauseStart returns where the clause of a sentence's first word
// for an attack opens when a clause of something else comes before it:
// "Assad troops move on Damascus as massacre toll is cut" places the
// troops' move, not the massacre. Otherwise 0.
func (x *Extractor) attackClauseStart(toks []text.Token) int {
	for j := x.firstEventWord(toks) - 1; j >= 1; j-- {
		if toks[j].Lower == "as" && !asComparison(toks, j) {
			return j + 1
		}
	}
	return 0
}

// firstEventWord returns the index of a sentence's first word for an
// attack, or -1.
func (x *Extractor) firstEventWord(toks []text.Token) int {
	for k := range toks {
		if _, _, ok := x.events.match(toks, k); ok {
			return k
		}
	}
	return -1
}

// asComparison reports an "as" of a comparison or an amount, not of a
// clause: "such as", "as well as", "as many as 20".
func asComparison(toks []text.Token, j int) bool {
	prev := toks[j-1].Lower
	if prev == "such" || prev == "well" || prev == "many" || prev == "much" || prev == "same" || prev == "known" || prev == "as" {
		return true
	}
	if j+1 < len(toks) {
		next := toks[j+1]
		return next.Kind == text.Number || next.Lower == "many" || next.Lower == "much" || next.Lower == "well" || next.Lower == "high" || next.Lower == "few" || next.Lower == "part"
	}
	return false
}

// comparedOnly reports a sentence whose every word for an attack follows
// a word of comparison: "Jakarta violence 'had echo of Paris attacks'"
// names the Paris attacks to say what Jakarta's was like, not as its own.
func (x *Extractor) comparedOnly(toks []text.Token) bool {
	named := false
	for k := range toks {
		if _, _, ok := x.events.match(toks, k); !ok {
			continue
		}
		named = true
		compared := false
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if comparisons[toks[j].Lower] {
				compared = true
				break
			}
		}
		if !compared {
			return false
		}
	}
	return named
}

// comparisons name another thing to say what one was like.
var comparisons = map[string]bool{"echo": true, "echoes": true, "echoed": true, "echoing": true, "reminiscent": true, "recalling": true, "recalled": true, "evoking": true, "evoked": true, "resembled": true, "resembling": true}

// furniture reports a line of a page's furniture among its headlines, with
// no word in lower case: "Wed Jul 22, 2015 8:21", a byline's "By AFP";
// or its address.
func furniture(toks []text.Token) bool {
	// A page's address: "http://www.nytimes.com/2006/04/25/…".
	if len(toks) > 1 && (toks[0].Lower == "http" || toks[0].Lower == "https" || toks[0].Lower == "www") && (toks[1].Text == ":" || toks[1].Text == ".") {
		return true
	}
	// …and what is left of it when a sentence break split it at a dot:
	// words run together by slashes, with no space anywhere.
	slash := false
	for i := 1; i < len(toks) && toks[i].Start == toks[i-1].End; i++ {
		slash = slash || toks[i].Text == "/"
		if i == len(toks)-1 && slash {
			return true
		}
	}
	for _, t := range toks {
		if isLowerWord(t) {
			return false
		}
	}
	return len(toks) > 0
}

// afterDateline lists the towns the two sentences after a dateline's
// sentence place things in: "YOLA, Nigeria (AP) — … remain from an attack
// …. Insurgents drove into Baga …" was filed in Yola about Baga.
func (x *Extractor) afterDateline(di *docInfo, si int) []string {
	for j := si + 1; j < len(di.sents) && j <= si+2; j++ {
		// "Elsewhere, a politician was assassinated in Basra": what
		// follows is told of other places.
		if toks := di.toks[j]; len(toks) > 0 && elsewhereWords[toks[0].Lower] {
			return nil
		}
		var named []string
		for _, m := range di.ments[j] {
			if m.locative && !m.dateline && m.actor < 0 && strings.HasPrefix(m.key, "name:") {
				named = appendUnique(named, m.key)
			}
		}
		if len(named) > 0 {
			return named
		}
	}
	return nil
}

// elsewhereWords open a sentence about other places than the one before.
var elsewhereWords = map[string]bool{"elsewhere": true, "separately": true, "meanwhile": true}

// hereTown reports "in this city", "in this northern oil center" in tokens
// a..b: the town a dateline names, told again.
func hereTown(toks []text.Token, a, b int) bool {
	for k := a; k+1 < b && k+1 < len(toks); k++ {
		if !locatives[toks[k].Lower] || toks[k+1].Lower != "this" {
			continue
		}
		for j := k + 2; j < b && j < len(toks) && j <= k+5; j++ {
			if w := toks[j].Lower; placeNouns[w] || w == "center" || w == "centre" || w == "hub" {
				return true
			}
			if toks[j].Kind != text.Word {
				break
			}
		}
	}
	return false
}

// everySentence marks every sentence for close reading (dates are scanned
// only in marked sentences and those before them).
func everySentence(di *docInfo) []bool {
	h := make([]bool, len(di.sents))
	for i := range h {
		h[i] = true
	}
	return h
}

// placesIn lists the places that tokens a..b of sentence si name: names
// after "in", "at", "near" or before an event word, states so named, and
// the place a venue's name holds ("Brussels Airport" is in Brussels).
//
// A dateline's place counts only when nothing else says where: "CAIRO
// (Reuters) - … an attack on a parade in Ahvaz" was filed far from it.
func (x *Extractor) placesIn(di *docInfo, si, a, b int) []string {
	var out, filed []string
	for _, m := range mentionsIn(di.ments[si], a, b) {
		if x.careVenue(di.toks[si], m) || !m.dateline && x.venueOnly(di)[m.key] {
			continue
		}
		// "in deadly Ugandan World Cup bombings": a name a people's word
		// opens is an organisation's or an occasion's, not a place.
		if !m.dateline && m.actor < 0 && (m.org || m.b-m.a >= 2 && x.demonymAt(di.toks[si][m.a])) {
			continue
		}
		// "operating across West Africa": a region of several countries places
		// no attack.
		if x.regions[m.key] {
			continue
		}
		// "near the Tarvan and Kelvan borders": a border a country's name
		// qualifies is beside the attack, not where it was.
		if !m.dateline && borderAfter(di.toks[si], m.a, m.b) {
			continue
		}
		// "near the Nile River": a river or a sea runs past many towns,
		// and names none of them.
		if w := m.key[strings.LastIndexByte(m.key, ' ')+1:]; featureNouns[w] && strings.HasPrefix(m.key, "name:") {
			continue
		}
		// A source's town is not the attack's; its country ("officials in
		// northwest Iraq") still says where the attack was.
		if !m.dateline && strings.HasPrefix(m.key, "name:") && x.inAttribution(di.toks[si], m.a) {
			continue
		}
		// "the monitor, which is based in Kelvar": where a body sits, not
		// where the attack was.
		if k := m.a - 2; k >= 0 && di.toks[si][k+1].Lower == "in" && (di.toks[si][k].Lower == "based" || di.toks[si][k].Lower == "headquartered") {
			continue
		}
		// "Attack on UNHCR camp": initials the rules know as no place
		// name who runs the camp, not where it is.
		if m.actor < 0 && !m.dateline && acronym(di.toks[si][m.a:m.b]) {
			continue
		}
		if place, venue := x.venuePlace(m); venue {
			out = appendUnique(out, m.key, place)
		}
		if m.locative && (m.actor < 0 || x.rs.Actors[m.actor].Type == "state") {
			// "School" in a headline, "the Republic of Ingushetia": no
			// place's name; "an attack on Congolese refugees": a people's.
			if w := strings.TrimPrefix(m.key, "name:"); m.b-m.a == 1 && (x.venues[w] != nil || placeNouns[w] || x.generics[w]) {
				continue
			}
			if m.dateline {
				filed = appendUnique(filed, m.key)
			} else {
				out = appendUnique(out, m.key)
			}
		}
	}
	for _, p := range out {
		// A country the dateline does not name says the report was filed
		// abroad: "CAIRO (Reuters) - … a parade in southwestern Iran".
		if strings.HasPrefix(p, "name:") || strings.HasPrefix(p, "actor:") && !datelineNames(di, p) {
			// "Hyderabad, May 18: … a blast at the Mecca Masjid": a venue
			// alone is somewhere; the town it was filed from is the
			// likely one, as afterDateline holds too.
			if len(filed) > 0 && x.venuesOnly(out) {
				return append(out, filed...)
			}
			return out
		}
	}
	// "NIAMEY – … over 100 people killed Saturday in two villages near
	// the border": the attack was in villages the sentence does not name,
	// not in the city the report was filed from.
	if len(filed) > 0 && unnamedPlace(di.toks[si], a, b) {
		return out
	}
	// "KIRKUK, Iraq – A truck bomb exploded … in this northern oil
	// center": the town the report was filed from, told again.
	if len(filed) > 0 && hereTown(di.toks[si], a, b) {
		return append(out, filed...)
	}
	if len(filed) > 0 {
		if named := x.afterDateline(di, si); len(named) > 0 {
			// "TARVIK (AP) — … the attack on the Temple of the Tooth": a
			// venue is somewhere; the town it was filed from is the likely
			// one, and the report names the two together.
			if x.allVenues(named) {
				return append(named, filed...)
			}
			return named
		}
	}
	return append(out, filed...)
}

// venuesOnly reports places of which every named one is a venue, or the
// name a venue's holds ("Mecca" of "the Mecca Masjid"), and there is one
// at least: not "Hyderabad".
func (x *Extractor) venuesOnly(keys []string) bool {
	n := 0
	for _, k := range keys {
		if !strings.HasPrefix(k, "name:") {
			continue
		}
		n++
		if x.allVenues([]string{k}) {
			continue
		}
		held := false
		for _, v := range keys {
			held = held || strings.HasPrefix(v, k+" ") && x.allVenues([]string{v})
		}
		if !held {
			return false
		}
	}
	return n > 0
}

// allVenues reports place keys that each name a venue by one of its words:
// "the Temple of the Tooth", "the Marriott hotel".
func (x *Extractor) allVenues(keys []string) bool {
	for _, k := range keys {
		venue := false
		for _, w := range strings.Fields(strings.TrimPrefix(k, "name:")) {
			venue = venue || x.venues[w] != nil
		}
		if !venue {
			return false
		}
	}
	return true
}

// ownEvent reports a sentence that names an attack with words of its own
// ("a car bombing in Kandahar"), not only by referring back ("the attack").
func (x *Extractor) ownEvent(toks []text.Token) bool {
	for k := range toks {
		if _, n, ok := x.events.match(toks, k); ok && !anaphoricEvent(toks, k, n) {
			return true
		}
	}
	return false
}

// keepBodyNames drops from a headline the names its report never uses:
// headlines capitalise every word ("Death Toll Rises From Afghan Mosque
// Bombings"), so only a name the text also writes is one.
func (x *Extractor) keepBodyNames(t, body *docInfo) {
	known := make(map[string]bool, mentionCount(body))
	for _, ms := range body.ments {
		for _, m := range ms {
			known[m.key] = true
		}
	}
	for si, ms := range t.ments {
		toks := t.toks[si]
		kept := ms[:0]
		for _, m := range ms {
			// "in German bakery blast" above "the German Bakery": the
			// headline's word opens the name the text writes whole.
			if x.opensName(toks, m, known) {
				continue
			}
			if m.actor >= 0 || known[m.key] {
				kept = append(kept, m)
			}
		}
		t.ments[si] = kept
	}
}

// anniversary dates the event of a report written long after it: "A year
// after the Las Vegas massacre, …", "Five years since the attack, …" put
// the event that long before the report, give or take part of the unit.
// anniversaryOrdinals count the years an anniversary marks.
var anniversaryOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "hundredth": 100}

// ordinalYears reads an anniversary's ordinal: a word ("fifth"), or digits
// with their ending ("45th", "100th").
func ordinalYears(w string) int {
	if n := anniversaryOrdinals[w]; n > 0 {
		return n
	}
	if len(w) < 3 {
		return 0
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		if n, err := strconv.Atoi(w[:len(w)-2]); err == nil && n > 0 && n < 1000 {
			return n
		}
	}
	return 0
}

func anniversary(toks []text.Token, ref when.Day) (when.Date, bool) {
	for i := 0; i+2 < len(toks); i++ {
		n, ok := amountWord(toks[i])
		unit := ""
		// "45th" as the tokens "45" and "th".
		numbered := i+3 < len(toks) && toks[i].Kind == text.Number && toks[i+1].Start == toks[i].End && ordinalYears(toks[i].Lower+toks[i+1].Lower) > 0 && toks[i+2].Lower == "anniversary"
		switch {
		case numbered:
			n, unit = ordinalYears(toks[i].Lower+toks[i+1].Lower), "year"
		case ok:
			unit = strings.TrimSuffix(toks[i+1].Lower, "s")
			// "a year after", "one year since", "exactly one year when";
			// "marks 21 years of the massacre"; "seven years have passed
			// since the massacre".
			next := toks[i+2].Lower
			marks := next == "of" && i > 0 && marksAnniversary(toks[i-1:i])
			passed := (next == "have" || next == "has") && i+4 < len(toks) && (toks[i+3].Lower == "passed" || toks[i+3].Lower == "elapsed") && toks[i+4].Lower == "since"
			if next != "after" && next != "since" && next != "when" && !marks && !passed {
				continue
			}
		case ordinalYears(toks[i].Lower) > 0 && toks[i+1].Lower == "anniversary":
			// "the first anniversary of the attack", "marks the 45th
			// anniversary of the massacre": that many years back.
			n, unit = ordinalYears(toks[i].Lower), "year"
		case (toks[i].Lower == "centenary" || toks[i].Lower == "centennial") && toks[i+1].Lower == "of":
			n, unit = 100, "year"

		default:
			continue
		}
		y, m, d := ref.YMD()
		var at when.Day
		var slack when.Day
		switch unit {
		case "day":
			at, slack = ref-when.Day(n), 1
		case "week":
			at, slack = ref-when.Day(7*n), 3
		case "fortnight":
			at, slack = ref-when.Day(14*n), 3
		case "month":
			at, slack = when.DayOf(y, m-n, d), 15
		case "year":
			at, slack = when.DayOf(y-n, m, d), 45
		case "decade":
			at, slack = when.DayOf(y-10*n, m, d), 365
		default:
			continue
		}
		return when.Date{Lo: at - slack, Hi: at + slack, Precision: when.PrecDay, Relative: true,
			Start: toks[i].Start, End: toks[i+2].End, Text: "about " + at.String()}, true
	}
	return when.Date{}, false
}

// yearsOn dates an undated opening by a look back from the day of the
// report, in one of the sentences after it: "But 40 years later, papers
// shed light on the massacre", "Ten years on, the families still wait".
// The clause opens with the span, so its time is the report's own; within
// a year, as the span is counted in whole years.
func yearsOn(di *docInfo, first int) (when.Date, bool) {
	for si := first; si < len(di.toks) && si <= first+ledeSentences; si++ {
		toks := di.toks[si]
		i := 0
		for i < len(toks) && (toks[i].Lower == "but" || toks[i].Lower == "and" || toks[i].Lower == "now" || toks[i].Text == ",") {
			i++
		}
		// "More than 40 years later", "nearly 40 years on".
		if i < len(toks) && spanHedges[toks[i].Lower] {
			i++
			if i < len(toks) && toks[i].Lower == "than" {
				i++
			}
		}
		if i+3 >= len(toks) || toks[i+1].Lower != "years" && toks[i+1].Lower != "decades" || toks[i+2].Lower != "later" && toks[i+2].Lower != "on" || toks[i+3].Kind == text.Word && toks[i+3].Lower == "than" {
			continue
		}
		n, ok := amountWord(toks[i])
		if !ok || n < 1 || n > 200 {
			continue
		}
		if toks[i+1].Lower == "decades" {
			n *= 10
		}
		y, m, d := di.ref.YMD()
		at := when.DayOf(y-n, m, d)
		return when.Date{Lo: at - 365, Hi: at + 365, Precision: when.PrecDay, Relative: true,
			Start: toks[i].Start, End: toks[i+2].End, Text: "about " + at.String()}, true
	}
	return when.Date{}, false
}

// spanHedges stand before a count of years: "more than", "nearly".
var spanHedges = map[string]bool{"more": true, "nearly": true, "almost": true, "some": true, "about": true, "over": true}

// yearCounts are the written-out numbers of years a report looks back
// beyond ten: "Eleven years after the blasts".
var yearCounts = map[string]int{"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}

// amountWord reads a small amount written as a word or in digits: "a",
// "one", "five", "10".
func amountWord(t text.Token) (int, bool) {
	if v, ok := smallNumbers[t.Lower]; ok {
		return int(v), true
	}
	if v, ok := yearCounts[t.Lower]; ok {
		return v, true
	}
	if t.Lower == "a" || t.Lower == "an" {
		return 1, true
	}
	if t.Kind == text.Number {
		n := 0
		for _, c := range t.Text {
			if c < '0' || c > '9' || n > 1000 {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	return 0, false
}

// manyEvents is how many attacks, dated weeks apart, make a text an
// analysis or a chronology rather than the report of one attack.
const manyEvents = 3

// datesManyEvents reports a text whose sentences name and date attacks
// weeks apart, at least manyEvents of them.
func (x *Extractor) datesManyEvents(di *docInfo) bool {
	var dates []when.Date
	for _, de := range x.datedEvents(di) {
		if !x.sentence(di, de.sent).own || de.date.Precision > when.PrecMonth {
			continue
		}
		apart := true
		for _, d := range dates {
			if de.date.Lo <= d.Hi+21 && d.Lo <= de.date.Hi+21 {
				apart = false
				break
			}
		}
		if apart {
			dates = append(dates, de.date)
		}
	}
	return len(dates) >= manyEvents
}

// relatedPlaces lists the places a sentence names one inside or beside the
// other: names that follow each other with only a comma, a possessive or a
// preposition of place between ("in Khyber Pakhtunkhwa's Hangu", "Gardez
// in Paktia Province", "the Crocus City Hall near Moscow").
func (x *Extractor) relatedPlaces(di *docInfo) [][2]string {
	var out [][2]string
	for si, ms := range di.ments {
		toks := di.toks[si]
		// "the Gaffar market area of Karol Bagh in Central Delhi": each
		// name lies inside the next, and so inside all that follow.
		var chain []string
		for k := 1; k < len(ms); k++ {
			p, m := ms[k-1], ms[k]
			if len(chain) > 0 && chain[len(chain)-1] != p.key {
				chain = nil
			}
			// "the village of Bentalha, about 15 kilometres south of
			// Algiers": a place told by its bearing from another lies
			// beside it, though the other is no place of the attack.
			if p.locative && !p.person && !m.person && m.a-p.b <= 9 && bearingBetween(toks[p.b:m.a]) {
				out = append(out, [2]string{p.key, m.key})
				continue
			}
			// "residents of Tarvik, in Kelvar, mourned": a name,
			// then where it lies.
			inAfter := m.a-p.b == 2 && toks[p.b].Text == "," && toks[p.b+1].Lower == "in" && !p.org && p.actor < 0
			// "rocked the Gaffar market area of Karol Bagh": a name and
			// the part of the other it is.
			partOf := m.a-p.b >= 2 && toks[m.a-1].Lower == "of" && insideNouns[toks[m.a-2].Lower] && !p.org && p.actor < 0
			// "area of Karol Bagh" and "in Central Delhi" are places,
			// whatever else a name of two words may be.
			pPlace := len(chain) > 0 && chain[len(chain)-1] == p.key
			// "a Selo Mart supermarket in Tarvik": a name followed by the
			// kind of venue it is is that venue, though two words in
			// capitals might be a man's name.
			if p.actor < 0 && !p.org && p.b < m.a && isLowerWord(toks[p.b]) && slices.Contains(x.venues[toks[p.b].Lower], toks[p.b].Lower) {
				pPlace = true
				p.locative = true
			}
			mLocative := m.locative || m.a >= 2 && compass[toks[m.a-1].Lower] && locatives[toks[m.a-2].Lower]
			if !p.locative && !inAfter && !partOf || !mLocative && !partOf || p.person && !pPlace || m.person && !partOf && !mLocative || m.a-p.b > 4 {
				continue
			}
			joined := true
			for i, t := range toks[p.b:m.a] {
				if i == 0 && pPlace && isLowerWord(t) && slices.Contains(x.venues[t.Lower], t.Lower) {
					continue // the venue's kind
				}
				if t.Text != "," && t.Lower != "the" && !locatives[t.Lower] && !placeNouns[t.Lower] && !insideNouns[t.Lower] && t.Lower != "of" && !compass[t.Lower] && !placeAdjectives[t.Lower] && !(partOf && t.Kind == text.Word && !t.Cap) {
					joined = false
					break
				}
			}
			if joined {
				if len(chain) == 0 {
					chain = []string{p.key}
				}
				for _, q := range chain {
					out = append(out, [2]string{q, m.key})
				}
				chain = append(chain, m.key)
			}
		}
	}
	return append(out, x.regionHolds(di, ledeSentences+1, out)...)
}

// bearingBetween reports the words between two names that tell the second
// as a bearing of the first: ", 20 kilometers from", ", located 15 km
// south of", ", on the outskirts of", "just east of".
func bearingBetween(toks []text.Token) bool {
	if n := len(toks); n < 2 || !(toks[n-1].Lower == "of" && (compass[toks[n-2].Lower] || insideNouns[toks[n-2].Lower]) || toks[n-1].Lower == "from") {
		return false
	}
	for _, t := range toks {
		if t.Kind != text.Number && t.Text != "," && !bearingWords[t.Lower] && !compass[t.Lower] && !insideNouns[t.Lower] && !locatives[t.Lower] {
			return false
		}
	}
	return true
}

// bearingWords may stand in a bearing: "about 15 kilometres south of".
var bearingWords = map[string]bool{"the": true, "of": true, "from": true, "about": true, "approximately": true, "some": true, "roughly": true, "around": true, "just": true, "located": true, "situated": true, "lying": true, "km": true, "kms": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true, "miles": true, "mile": true}

// datesApart reports days or months of one sentence more than a month
// apart ("in January …, and in March …"); a year ("the deadliest since
// 2004") dates no attack of the sentence, nor does a span back from the
// report ("had joined the group two months ago").
func datesApart(ds []when.Date) bool {
	for i := range ds {
		for j := i + 1; j < len(ds); j++ {
			if ds[i].Precision > when.PrecMonth || ds[j].Precision > when.PrecMonth || ago(ds[i]) || ago(ds[j]) {
				continue
			}
			if ds[i].Lo > ds[j].Hi+31 || ds[j].Lo > ds[i].Hi+31 {
				return true
			}
		}
	}
	return false
}

// ago reports a date counted back from the report: "two months ago".
func ago(d when.Date) bool {
	return strings.HasSuffix(strings.ToLower(d.Text), " ago")
}

// datelineNames reports whether the document's dateline names key.
func datelineNames(di *docInfo, key string) bool {
	if len(di.ments) == 0 {
		return false
	}
	for _, m := range di.ments[0] {
		if m.dateline && m.key == key {
			return true
		}
	}
	return false
}

// venueOnly lists the names a document writes only before a word for a
// venue ("the Sayed al-Shuhada school", "near the Sayed al-Shuhada high
// school"): a school's or a mosque's name, inside some city, which says
// nothing against the city another report names. A city stands alone
// somewhere ("in Kandahar"), even if a headline writes "Kandahar mosque".
func (x *Extractor) venueOnly(di *docInfo) map[string]bool {
	if di.venueOnly != nil {
		return di.venueOnly
	}
	before, alone := map[string]bool{}, map[string]bool{}
	for si, ms := range di.ments {
		toks := di.toks[si]
		for _, m := range ms {
			if m.actor >= 0 {
				continue
			}
			j := m.b
			// "the Sayed al-Shuhada girl school": a word may qualify the venue,
			// but "the Hayat Hotel in the centre" names no venue after it.
			if j+1 < len(toks) && toks[j].Kind == text.Word && !toks[j].Cap && x.venues[toks[j].Lower] == nil &&
				!prepositions[toks[j].Lower] && !locatives[toks[j].Lower] && !determiners[toks[j].Lower] && toks[j].Lower != "and" {
				j++
			}
			if j < len(toks) && x.venues[toks[j].Lower] != nil {
				before[m.key] = true
			} else {
				alone[m.key] = true
			}
		}
	}
	di.venueOnly = map[string]bool{}
	for k := range before {
		if !alone[k] {
			di.venueOnly[k] = true
		}
	}
	return di.venueOnly
}

// countsVictims reports a sentence with a word that counts the victims of
// an attack: "killed", "dead", "wounded".
func (x *Extractor) countsVictims(toks []text.Token) bool {
	for k := range toks {
		if v, _, ok := x.countVerbs.match(toks, k); ok && x.rs.Counts[v].Victims {
			return true
		}
		if v, _, ok := x.countNouns.match(toks, k); ok && x.rs.Counts[v].Victims {
			return true
		}
		// "Syria disputes Tremseh toll": a toll is of an attack.
		if v, _, ok := x.tolls.match(toks, k); ok && x.rs.Counts[v].Victims {
			return true
		}
	}
	return false
}

// bracketedAt reports a token inside brackets: "(Daily Flash of 04
// January 2021)".
func bracketedAt(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch toks[j].Text {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// secondAttack reports an attack of its own told after the one a span
// counts back to, from token k: "Terror returned a fortnight after the
// serial blasts with a bomb that exploded in a market" — the span dates
// the blasts, not the bomb. "A year after the attack, survivors visited
// the site of the bombing" tells of one.
func (x *Extractor) secondAttack(toks []text.Token, k int) bool {
	first := true
	for ; k < len(toks); k++ {
		if !first && tellsToll[toks[k].Lower] && amountWithin(toks, k+1, 4) {
			// "a month after the bombings, which killed 95, Tarvik
			// launched strikes": the attack counted back to is the one
			// told, with its toll.
			return false
		}
		_, n, ok := x.events.match(toks, k)
		if !ok {
			continue
		}
		if !first && !anaphoricEvent(toks, k, n) && !x.perpHeads[toks[k+n-1].Lower] {
			return true
		}
		first = false
		k += n - 1
	}
	return false
}

// amountWithin reports an amount among the n tokens from k: "which
// killed 95", not "two men left a bomb".
func amountWithin(toks []text.Token, k, n int) bool {
	for j := k; j < len(toks) && j < k+n; j++ {
		if _, ok := amountWord(toks[j]); ok && toks[j].Lower != "a" && toks[j].Lower != "an" || toks[j].Kind == text.Number {
			return true
		}
	}
	return false
}

// tellsToll open what an attack did: "which killed", "leaving 9 dead".
var tellsToll = map[string]bool{"which": true, "that": true, "killing": true, "leaving": true, "left": true, "killed": true}

// attackAfterClause reports a word for an attack in the clause that
// follows the one open at token k (past its comma): "A day after the
// market bombings, Kelvar was shaken by explosions".
func (x *Extractor) attackAfterClause(toks []text.Token, k int) bool {
	for ; k < len(toks) && toks[k].Text != ","; k++ {
	}
	for k++; k < len(toks); k++ {
		if _, _, ok := x.events.match(toks, k); ok {
			return true
		}
	}
	return false
}
