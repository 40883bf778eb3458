package claim

import (
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// EventDay is the kind of the date claims that give the day an attack
// happened: "gunmen stormed the village on Sunday", "Friday's bombing".
const EventDay = "event-date"

// eventDays reads, in every sentence, the days written in the clause of a
// word for an attack that no claim of the sentence already dates: "The
// pupils were seized by gunmen last Tuesday" gives its attack a day
// though it counts nothing. The event stage sets each beside the claims
// of its attack; it never forms an event of its own.
func (x *Extractor) eventDays(di *docInfo, claims []Claim) []Claim {
	// The dates claims of their own sentence already carry: a claim that
	// takes its date from another sentence ("There has been no claim of
	// responsibility", after "Monday's attack on the village") leaves that
	// sentence's day to a claim of its own.
	dated := map[int]bool{}
	for i := range claims {
		c := &claims[i]
		if w := c.Subject.When; c.Subject.HasWhen && c.SentStart <= w.Start && w.End <= c.SentEnd {
			dated[w.Start] = true
		}
	}
	var out []Claim
	for si, ds := range di.dates {
		if di.captions[si] {
			continue // the picture's day
		}
		for _, d := range ds {
			if d.Precision != when.PrecDay || d.Hi-d.Lo > 1 || dated[d.Start] || d.End <= d.Start || !x.toldBeside(di, d, true) {
				continue
			}
			dated[d.Start] = true
			s := di.sents[si]
			c := Claim{Doc: di.idx, Type: Date, Kind: EventDay, Start: d.Start, End: d.End, Words: di.text[d.Start:d.End],
				Sent: si, SentStart: s.Start, SentEnd: s.End, Date: d}
			x.describe(di, &c)
			c.Subject.When, c.Subject.HasWhen, c.Subject.Told = writtenDay(di, d), true, true
			c.Subject.Night = atNight(di.text, d) || atNight(di.text, c.Subject.When)
			c.Date = c.Subject.When
			c.Trace = append(c.Trace, d.Trace, "the day a sentence gives its attack")
			out = append(out, c)
		}
	}
	return out
}

// markTold sets Subject.Told on the claims whose date is written in the
// clause of a word for an attack, and Subject.Night on those whose date
// night words stand beside.
func (x *Extractor) markTold(di *docInfo, claims []Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Subject.HasWhen {
			c.Subject.Told = c.Subject.Told || x.toldBeside(di, c.Subject.When, false)
			c.Subject.Night = atNight(di.text, c.Subject.When)
		}
	}
}

// nightWords around a date put the attack at the turn of a day (a
// holiday's "Eve" is an evening too, "the eve of" a day is not); "hours"
// does after "small" or "wee" ("early" is one already), not in "over a
// period of three hours on Tuesday".
var nightWords = map[string]bool{"late": true, "overnight": true, "night": true, "midnight": true, "early": true, "evening": true, "dawn": true}

// nightReach is how many bytes before a date its night words stand.
const nightReach = 40

// atNight reports night words within a few words of date w: "late on
// Friday", "in the early hours of Saturday". A date with no words to read
// may be either.
func atNight(t string, w when.Date) bool {
	if w.End <= w.Start || w.End > len(t) || t[w.Start:w.End] != w.Text {
		return true
	}
	lo, hi := max(0, w.Start-nightReach), min(len(t), w.End+nightReach/2)
	prev := ""
	for _, tk := range text.Tokenize(t, lo, hi) {
		if nightWords[tk.Lower] || tk.Text == "Eve" || tk.Lower == "hours" && (prev == "small" || prev == "wee") {
			return true
		}
		prev = tk.Lower
	}
	return false
}

// toldBeside reports a date written in the clause of a word for the
// attack: after it ("the attack on Sunday", "militants attacked a base in
// the town over a period of three hours on Tuesday") or just before it
// ("Friday's bombing", "on Sunday gunmen stormed …"). Not the day of a
// toll, of its telling, or of an accusation ("Syria on Sunday accused
// rebels of carrying out a massacre"), nor of a clause of its own ("on
// Sunday, trying to make sense of a massacre"), nor of an aside in
// brackets. With words alone, only a word for the attack itself tells its
// day: a verb of victims may tell a death of its own ("a student who died
// in hospital on Tuesday").
func (x *Extractor) toldBeside(di *docInfo, w when.Date, wordsAlone bool) bool {
	// A date read elsewhere (a headline given apart from the text) has no
	// words here to read.
	si := sentenceAt(di, w.Start)
	if si < 0 || w.End <= w.Start || w.End > di.sents[si].End || di.text[w.Start:w.End] != w.Text {
		return false
	}
	t, toks := di.text, di.toks[si]
	attack := x.attackWord
	if wordsAlone {
		attack = x.eventWord
	}
	// "said on Saturday that 50 were wounded": the day of the telling;
	// "police on Monday claimed that they had solved the case" too, but
	// not "the blast on Monday claimed 20 lives".
	if x.reportedAt(toks, tokIndex(toks, w.Start)) || x.toldRight(toks, tokIndex(toks, w.Start), tokIndex(toks, w.End)) && !tollFollows(toks, tokIndex(toks, w.End)+1) {
		return false
	}
	next := w.Start
	before := 0   // the clause's words before the date
	opens := true // only date openers stand before it in its sentence
	for i := tokIndex(toks, w.Start) - 1; i >= 0 && toks[i].Start >= w.Start-clauseReach; i-- {
		if bullets[toks[i].Text] {
			break // "• On the evening of 10 December, …": a list item opens here
		}
		opens = opens && (dateOpeners[toks[i].Lower] || clockAt(toks, i))
		// "suicide bombings claimed by ISIS in Mukalla on Monday": a
		// participle and its agent right after the attack's word qualify
		// it; the place and the day after them are still the attack's.
		if i > 0 && i+1 < len(toks) && toks[i+1].Lower == "by" && strings.HasSuffix(toks[i].Lower, "ed") && attack(toks, i-1) {
			return !x.caughtBefore(toks, i-1)
		}
		// "an attack on Dalori, 5 km (3 miles) from the city, on Saturday":
		// a closed aside is passed over, not a clause's end.
		if j := bracketEnd(toks, i, -1); j >= 0 && !strings.Contains(t[toks[j].Start:next], "\n") {
			next, i = toks[j].Start, j
			continue
		}
		// A line's end (a headline's) ends the clause too; a clock's colon
		// ("2:50 PM") does not.
		if clauseBreak(toks, i) && !clockAt(toks, i) || x.notAttackDay(toks[i].Lower) || strings.Contains(t[min(toks[i].End, next):next], "\n") {
			break
		}
		if !dateOpeners[toks[i].Lower] && !clockAt(toks, i) {
			before++
		}
		// "43 farmers killed by the group were buried on Sunday": a verb of
		// its own between the attack's word and the date has the day.
		if beForms[toks[i].Lower] && i+1 < len(toks) && !attack(toks, i+1) {
			break
		}
		// "killing seven as gunfire still echoed on Saturday": the date
		// is the subordinate clause's.
		// "killed eight and posed a challenge to the government on Tuesday":
		// another verb, coordinated, has the day.
		// ("between the army and suspected gangsters": an adjective.)
		if subordinators[toks[i].Lower] || toks[i].Lower == "and" && i+1 < len(toks) && strings.HasSuffix(toks[i+1].Lower, "ed") && !attack(toks, i+1) && !attackerAdjectives[toks[i+1].Lower] {
			break
		}
		if attack(toks, i) {
			// "A girl wounded in the shooting died on Monday": the day of
			// a death after the attack, not the attack's.
			if laterDeathAt(toks, i) || laterDeathDay(toks, tokIndex(toks, w.Start)) {
				return false
			}
			// "caught two would-be bombers on Sunday, after the blasts":
			// the attackers caught that day, not the attack's day.
			return !x.caughtBefore(toks, i)
		}
		next = toks[i].Start
	}
	// After the date, the attack's word is the date's only when the date
	// opens its clause ("On Sunday, gunmen attacked"), or qualifies the
	// word ("Friday's bombing"): not "the toll had been put at 321 on
	// Tuesday, with 500 wounded".
	reach := w.End + attackReach
	if before > 0 {
		reach = w.End + possessiveReach
	}
	// "On Friday night, four fishermen were shot dead at the harbour":
	// a date that opens its sentence dates the clause it heads, up to its
	// verb; past a verb of another deed ("On Monday, firemen cleared the
	// rubble of the bombing") it dates that deed.
	near := reach
	if opens {
		reach = di.sents[si].End
	}
	prev := w.End
	verb := false // a verb of another deed stands between
	first := tokIndex(toks, w.End)
	// "turned into a tragedy on April 27, when a car ploughed into a
	// crowd": what the day saw, told in a clause of its own.
	if k := first; k < len(toks) {
		if toks[k].Text == "," && k+1 < len(toks) {
			k++
		}
		if toks[k].Lower == "when" {
			n := toks[k].End - toks[first].Start
			near, reach, first, prev = near+n, max(reach, toks[k].End+attackReach+n), k+1, toks[k].End
		}
	}
	for i := first; i < len(toks) && toks[i].End <= reach; i++ {
		// "April 11 2002: Attack in Tunisia": a line that opens with a
		// day and a colon dates what it heads, as on a timeline.
		if opens && i == first && toks[i].Text == ":" {
			continue
		}
		if attack(toks, i) {
			return toks[i].End <= near || !verb // ", killing 90": the attack's own participle
		}
		// "the Air Force (ETAF) carried out an airstrike", "today (12
		// May), killing 40": an aside uses none of the reach.
		if j := bracketEnd(toks, i, 1); j > i {
			n := toks[j].End - toks[i].Start
			near, reach, prev, i = near+n, reach+n, toks[j].End, j
			continue
		}
		verb = verb || isVerbLike(toks[i]) && !auxiliaries[toks[i].Lower] && !doneVerb(toks, i) && !reducedRelative(toks, i)
		if clauseBreak(toks, i) && !clockAt(toks, i) || toks[i].Text == "," && i+1 < len(toks) && strings.HasSuffix(toks[i+1].Lower, "ing") && !attack(toks, i+1) ||
			x.notAttackDay(toks[i].Lower) || strings.Contains(t[prev:max(prev, toks[i].Start)], "\n") {
			return false
		}
		prev = toks[i].End
	}
	return false
}

// caughtBefore reports a word for attackers at k that a verb of arrest a
// few words before governs: "arrested two suspected bombers".
func (x *Extractor) caughtBefore(toks []text.Token, k int) bool {
	if !x.perpHeads[toks[k].Lower] && !(k+1 < len(toks) && x.perpHeads[toks[k+1].Lower]) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if clauseBreak(toks, j) {
			return false
		}
		if v, _, ok := x.countVerbs.match(toks, j); ok && x.rs.Counts[v].ID == "detained" {
			return true
		}
	}
	return false
}

// sentenceAt is the sentence that holds offset off, or -1.
func sentenceAt(di *docInfo, off int) int {
	i := sort.Search(len(di.sents), func(i int) bool { return di.sents[i].End > off })
	if i < len(di.sents) && di.sents[i].Start <= off {
		return i
	}
	return -1
}

// laterDeathAt reports a verb of dying at i whose subject the sentence
// told wounded before it: "a girl wounded in the shooting earlier this
// month died on Monday", "a policeman injured in the blast succumbed".
func laterDeathAt(toks []text.Token, i int) bool {
	switch toks[i].Lower {
	case "died", "dies", "succumbed", "succumbs":
	default:
		return false
	}
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Lower {
		case "wounded", "injured", "hurt":
			// "wounded in the shooting", not "were injured and two died"
			// nor "were wounded in the blast and three died": a clause of
			// its own ends at "and".
			if slices.ContainsFunc(toks[k+1:i], func(t text.Token) bool { return t.Lower == "and" }) {
				return false
			}
			return k+1 < i && (toks[k+1].Lower == "in" || toks[k+1].Lower == "during" || toks[k+1].Lower == "by")
		case "killed", "died":
			return false
		}
	}
	return false
}

// laterDeathDay reports a date at token ti that a later death has: "(a
// girl wounded in the shooting) died on Monday", "succumbed to his wounds
// on Monday".
func laterDeathDay(toks []text.Token, ti int) bool {
	// "died just after 2 a.m. Saturday from his wounds": the wounds told
	// after the day say the death came later.
	if slices.ContainsFunc([]int{ti + 1, ti + 2, ti + 3}, func(j int) bool { return ofWounds(toks, j) }) {
		for k := ti - 1; k >= 0 && k >= ti-10 && toks[k].Text != "," && toks[k].Text != ";"; k-- {
			if w := toks[k].Lower; w == "died" || w == "dies" || w == "succumbed" || w == "succumbs" {
				return true
			}
		}
	}
	for k := ti - 1; k >= 0 && k >= ti-6; k-- {
		if laterDeathAt(toks, k) {
			return true
		}
		switch toks[k].Lower {
		case "on", "late", "early", "of", "to", "from", "his", "her", "their", "wounds", "injuries":
		default:
			return false
		}
	}
	return false
}

// ofWounds reports "from his wounds", "of injuries", "to their wounds"
// opening at k.
func ofWounds(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "from" && toks[k].Lower != "of" && toks[k].Lower != "to" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch toks[j].Lower {
		case "wounds", "injuries":
			return true
		case "his", "her", "their", "the", "gunshot", "severe", "serious":
			continue
		}
		return false
	}
	return false
}

// notAttackDay reports a word whose day a date beside it is: a toll's
// turn, a telling, an accusation.
func (x *Extractor) notAttackDay(w string) bool {
	return accusingVerbs[w] || x.tellWords[w]
}

// subordinators open a clause of their own, comma or not.
var subordinators = map[string]bool{"as": true, "while": true, "when": true, "after": true, "before": true, "until": true, "since": true, "because": true}

// dateOpeners may stand before a date at the head of its clause, a time
// of day among them ("On the evening of 10 December, the camp was
// attacked", "at dawn on Friday").
var dateOpeners = map[string]bool{"on": true, "early": true, "late": true, "last": true, "this": true, "the": true, "in": true, "by": true,
	"of": true, "at": true, "morning": true, "afternoon": true, "evening": true, "night": true, "dawn": true, "dusk": true, "midnight": true, "hours": true, "small": true, "wee": true}

// possessiveReach is how far after a date a word for the attack it
// qualifies stands: "Friday's suicide bombing".
const possessiveReach = 20

// beForms open a passive or a copula: "were buried", "was held".
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}

// attackReach is how many bytes from a date the word for the attack may
// stand; clauseReach how far back it may open the date's clause.
const (
	attackReach = 40
	clauseReach = 160
)

// bracketEnd returns where a short bracket at i ends, reading forward from
// its "(" (dir 1) or back from its ")" (dir -1), with no other bracket
// inside; -1 when there is none.
func bracketEnd(toks []text.Token, i, dir int) int {
	from, to := "(", ")"
	if dir < 0 {
		from, to = ")", "("
	}
	if toks[i].Text != from {
		return -1
	}
	for j := i + dir; j >= 0 && j < len(toks) && j*dir <= (i+asideWords*dir)*dir; j += dir {
		switch toks[j].Text {
		case to:
			return j
		case from, ".", ";":
			return -1
		}
	}
	return -1
}

// doneVerb reports a verb that does the attack its object names, no other
// deed: "carried out an airstrike", "launched an attack".
func doneVerb(toks []text.Token, i int) bool {
	w := toks[i].Lower
	if w == "carried" || w == "carries" || w == "carry" {
		return i+1 < len(toks) && toks[i+1].Lower == "out"
	}
	return attackLaunchers[w] || w == "conducted" || w == "perpetrated" || w == "committed"
}

// clockAt reports a word of a time of day at i, which may open a date's
// clause as "at dawn" does: "Around 3pm on Thursday", "at 9:30 a.m. on
// Friday".
func clockAt(toks []text.Token, i int) bool {
	t := toks[i]
	switch {
	case timeMarks[strings.ReplaceAll(t.Lower, ".", "")] || t.Lower == "around" || t.Lower == "about" || t.Lower == "shortly" || t.Lower == "just":
		return true
	case t.Text == ":":
		return i > 0 && i+1 < len(toks) && toks[i-1].Kind == text.Number && toks[i+1].Kind == text.Number
	case t.Kind == text.Number:
		return i+1 < len(toks) && (timeMarks[strings.ReplaceAll(toks[i+1].Lower, ".", "")] || toks[i+1].Text == ":") ||
			i > 0 && toks[i-1].Text == ":"
	}
	return false
}

// reducedRelative reports a participle that qualifies the noun before it,
// no verb of the clause: "a truck loaded with explosives was detonated".
func reducedRelative(toks []text.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && (toks[i+1].Lower == "with" || toks[i+1].Lower == "by") &&
		isLowerWord(toks[i-1]) && !auxiliaries[toks[i-1].Lower] && !strings.HasSuffix(toks[i-1].Lower, "ed")
}

// asideWords is the most tokens an aside passed over holds.
const asideWords = 8

// clauseOpeners after a comma start a clause of their own: a date after
// them dates what that clause tells ("…, and funerals were held on Friday").
var clauseOpeners = map[string]bool{"and": true, "but": true, "while": true, "which": true, "who": true, "after": true, "before": true, "when": true, "as": true, "then": true, "until": true, "since": true}

// eventWord reports a word for an attack at k: "bombing", "stormed".
func (x *Extractor) eventWord(toks []text.Token, k int) bool {
	_, _, ok := x.events.match(toks, k)
	return ok || dayNouns[toks[k].Lower]
}

// dayNouns name the attack as what befell its victims, with no kind of
// attack in them: "the bloodshed happened Monday", "the killings on
// Sunday". Not "violence" or "unrest", which may be days of protest.
var dayNouns = map[string]bool{"bloodshed": true, "killings": true, "incident": true}

// clauseBreak reports a token at i that ends the clause before it; a
// bracket ends an aside ("(Daily Flash of 04 January 2021)").
func clauseBreak(toks []text.Token, i int) bool {
	switch toks[i].Text {
	case ";", ".", "!", "?", ":", "(", ")":
		return true
	case ",":
		return i+1 < len(toks) && clauseOpeners[toks[i+1].Lower]
	}
	return false
}

// retoldDay is the day a report that looks back gives the attack its
// opening names without a date: a verdict story headed by the bombings
// it tried, then, paragraphs down, "the blasts at the Tarvosh depot on
// 11 March 2004". Only a day long before the report, told of an attack
// named as one already known ("the explosions", not "a bombing", which
// may be another), in a sentence that names the opening's place, or its
// kind and no other place; days that disagree date nothing.
func (x *Extractor) retoldDay(di *docInfo, claims []Claim, lede *Subject) (when.Date, bool) {
	var day when.Date
	found := false
	for i := range claims {
		c := &claims[i]
		if c.Type != Date || c.Kind != EventDay || c.Subject.Displaced || c.Date.Hi >= di.ref-retrospectiveDays {
			continue
		}
		// The sentence's own words: its subject may have been lent by
		// the opening ("the explosions" is the headline's bombings).
		kind, place, other := false, false, false
		for _, k := range x.sentence(di, c.Sent).kinds {
			kind = kind || slices.Contains(lede.Kinds, k)
		}
		for _, p := range x.placesIn(di, c.Sent, 0, len(di.toks[c.Sent])) {
			if slices.Contains(lede.Places, p) {
				place = true
			} else if strings.HasPrefix(p, "name:") {
				other = true
			}
		}
		if !place && (!kind || other) || !x.definiteAttackBefore(di.toks[c.Sent], c.Date.Start) {
			continue
		}
		// "the deadliest attack since a Sep 30 strike": the attack the
		// opening's is measured against, not the opening's.
		if comparedSince(di.toks[c.Sent], tokIndex(di.toks[c.Sent], c.Date.Start)) {
			continue
		}
		if found && !when.Overlap(day, c.Date) {
			return when.Date{}, false
		}
		if !found {
			day, found = c.Date, true
			day.Trace += "; the day a later sentence gives the opening's attack"
		}
	}
	return day, found
}

// definiteAttackBefore reports a word for an attack before the date at
// offset at, in its clause, that a definite article or a demonstrative
// opens, a few words of description between: "the horrific massacre on",
// "the explosions that rocked the station on".
func (x *Extractor) definiteAttackBefore(toks []text.Token, at int) bool {
	for k := tokIndex(toks, at) - 1; k >= 0; k-- {
		if clauseBreak(toks, k) {
			return false
		}
		if _, _, ok := x.events.match(toks, k); ok {
			return definiteBefore(toks, k, true)
		}
	}
	return false
}

// tollFollows reports an amount or a word for lives at token k: "claimed
// 20 lives", "claimed the lives of", "claimed more than 20".
func tollFollows(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if _, ok := amountWord(toks[k]); ok {
		return true
	}
	switch toks[k].Lower {
	case "the", "lives", "more", "over", "at", "nearly", "about", "some", "dozens", "hundreds", "scores", "up":
		return true
	}
	return false
}
