package claim

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// NoOne is the actor of a stance that holds no one responsible ("no group
// has claimed the attack"), and noClaim its name for people.
const (
	NoOne   = "none"
	noClaim = "no claim"
)

// determiners are dropped from an unknown actor's words.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "different": true, "another": true, "other": true, "its": true, "their": true, "this": true, "that": true}

// responsibility reads who is said to be responsible for an event in one
// sentence, with the stance and who says so. Patterns are tried by their
// first word (one look-up a token), and a longer pattern's match wins
// over a shorter one's on the same words.
func (x *Extractor) responsibility(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	type hit struct{ p, i int }
	var buf [16]hit // on the stack: a sentence seldom has more
	hits := buf[:0]
	di.forms = x.wordForms(di.forms, toks)
	forms := di.forms
	g := &x.stanceGate
	var setBuf [8]uint64
	set := setBuf[:0]
	if g.size <= len(setBuf) {
		set = setBuf[:g.size]
	} else {
		set = make([]uint64, g.size)
	}
	// First the sentence's set of pattern words, and where a pattern may
	// open; then only the patterns whose every word the sentence holds.
	type opening struct {
		i     int
		first []int
	}
	var openBuf [32]opening
	opens := openBuf[:0]
	for i, f := range forms {
		w, ok := g.words[f]
		if !ok {
			continue
		}
		set[w.bit/64] |= 1 << (w.bit % 64)
		if len(w.first) > 0 {
			opens = append(opens, opening{i, w.first})
		}
	}
	for _, o := range opens {
		for _, p := range o.first {
			if g.has(p, set) {
				hits = append(hits, hit{p, o.i})
			}
		}
	}
	// Each (p, i) is one hit, so the order is total; SortFunc sorts
	// without the reflection sort.Slice allocates for.
	slices.SortFunc(hits, func(a, b hit) int {
		if a.p != b.p {
			return cmp.Compare(a.p, b.p)
		}
		return cmp.Compare(a.i, b.i)
	})
	var out []Claim
	used := make([]bool, len(toks))
	dated := datedTokens(toks, di.dates[si])
	for _, h := range hits {
		if used[h.i] {
			continue
		}
		p := x.stances[h.p]
		slots, a, b, ok := p.matchAt(toks, forms, h.i, dated)
		if !ok {
			continue
		}
		c, ok := x.stanceClaim(di, si, p, slots, a, b)
		if !ok {
			continue
		}
		if i := saidAlready(out, c); i >= 0 {
			// One blame read by two patterns: the reading that says who
			// holds it stands.
			if out[i].Attributor == "" && c.Attributor != "" {
				out[i] = c
			}
			continue
		}
		for k := a; k < b; k++ {
			used[k] = true
		}
		if reciprocal(p) {
			// "The army and the M23 blamed each other for the attacks":
			// each holds the other responsible.
			if d, ok := x.reciprocalPartner(di, si, c); ok {
				c.Attributor, d.Attributor = d.ActorName, c.ActorName
				out = append(out, c, d)
			} else {
				out = append(out, c)
			}
			continue
		}
		if d, ok := x.conjunctActor(di, si, c, a); ok {
			// "the PKK and the YPG were responsible" holds two allies
			// responsible; "JuA and Jundallah both claimed it" are two
			// claims, each for itself.
			if !x.claimStance(c.Kind) {
				c.Joint, d.Joint = d.Actor, c.Actor
			}
			out = append(out, c, d)
			// "Hezbollah, Iran and Syria": the list's names before.
			seen := map[string]bool{c.Actor: true, d.Actor: true}
			for range 4 {
				e, ok := x.conjunctActor(di, si, d, a)
				if !ok || seen[e.Actor] {
					break
				}
				seen[e.Actor] = true
				if !x.claimStance(c.Kind) {
					e.Joint = d.Actor
				}
				out = append(out, e)
				d = e
			}
		} else {
			out = append(out, c)
		}
	}
	if c, ok := x.ownPassive(di, si, used); ok {
		out = append(out, c)
	}
	out = append(out, x.hyphenClaimed(di, si)...)
	return out
}

// hyphenClaimed reads "the ISIS-claimed blast": a group the rules know,
// joined by a hyphen to "claimed" before an attack word, has claimed it.
func (x *Extractor) hyphenClaimed(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	var out []Claim
	for k, t := range toks {
		name, ok := strings.CutSuffix(t.Text, "-claimed")
		if !ok || name == "" {
			continue
		}
		e := -1 // just past the attack's word, a few words on
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].Kind == text.Word; j++ {
			if _, m, ok := x.events.match(toks, j); ok {
				e = j + m
				break
			}
		}
		if e < 0 {
			continue
		}
		nt := text.Tokenize(name, 0, len(name))
		ai, n, found := x.actors.match(nt, 0)
		if !found || n != len(nt) || x.rs.Actors[ai].Type == "state" {
			continue
		}
		c := Claim{Doc: di.idx, Type: Responsibility, Kind: x.rs.Responsibility[x.claimedIdx()].ID,
			Sent: si, SentStart: di.sents[si].Start, SentEnd: di.sents[si].End,
			Actor: "actor:" + x.rs.Actors[ai].ID, ActorName: x.actorName(ai),
			Start: t.Start, End: toks[e-1].End}
		c.Words = di.text[c.Start:c.End]
		c.Subject.Event = di.text[toks[k+1].Start:toks[e-1].End]
		c.Trace = append(c.Trace, fmt.Sprintf("stance %s (assert): %s, named as claiming the attack", c.Kind, c.ActorName))
		out = append(out, c)
	}
	return out
}

// ownPassive reads a group's own statement that tells its attack in the
// passive, naming no one who did it: "Shabaab said: 'The Mpeketoni raid
// was carried out in response to …'". Saying so, the group claims it.
func (x *Extractor) ownPassive(di *docInfo, si int, used []bool) (Claim, bool) {
	toks := di.toks[si]
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "carried" || toks[k+1].Lower != "out" || used[k] {
			continue
		}
		if w := toks[k-1].Lower; w != "was" && w != "were" || k+2 < len(toks) && toks[k+2].Lower == "by" {
			continue
		}
		ev := -1 // the attack's words: "The Mpeketoni raid"
		for j := k - 2; j >= 0 && j >= k-6 && toks[j].Kind == text.Word; j-- {
			if _, _, ok := x.events.match(toks, j); ok {
				ev = j
			}
		}
		if ev < 0 {
			continue
		}
		for r := ev - 1; r >= 0; r-- {
			if _, _, ok := x.reporting.match(toks, r); !ok {
				continue
			}
			g := x.subjectBefore(di, si, r)
			if !g.ok || !x.isGroup(g.m) || denies(toks[r]) {
				return Claim{}, false
			}
			a := ev
			for a > 0 && toks[a-1].Kind == text.Word {
				a--
			}
			c := Claim{Doc: di.idx, Type: Responsibility, Kind: x.rs.Responsibility[x.claimedIdx()].ID,
				Sent: si, SentStart: di.sents[si].Start, SentEnd: di.sents[si].End,
				Actor: g.m.key, ActorName: g.m.name,
				Start: toks[a].Start, End: toks[k+1].End}
			c.Words = di.text[c.Start:c.End]
			c.Subject.Event = di.text[toks[ev].Start:toks[k-1].Start]
			c.Trace = append(c.Trace, fmt.Sprintf("stance %s (assert): %s, telling its own attack done", c.Kind, c.ActorName))
			return c, true
		}
	}
	return Claim{}, false
}

// reciprocal reports a pattern of two sides blaming each other: "blamed
// each other", "traded blame", "traded accusations".
func reciprocal(p stancePattern) bool {
	for i, w := range p.words {
		if w == "traded" || w == "each" && i+1 < len(p.words) && p.words[i+1] == "other" {
			return true
		}
	}
	return false
}

// reciprocalPartner reads the other side of a reciprocal blame: the name
// or the state's forces before "and" that opens c's actor ("The Congolese
// army and the Tarvik Front blamed each other"), as a claim like c.
func (x *Extractor) reciprocalPartner(di *docInfo, si int, c Claim) (Claim, bool) {
	toks := di.toks[si]
	start := tokIndex(toks, c.Start)
	for _, m := range di.ments[si] {
		if m.key == c.Actor && toks[m.a].Start >= c.Start && toks[m.b-1].End <= c.End {
			start = m.a
			break
		}
	}
	j := start - 1
	// "Ukrainian and Russian authorities, who blamed each other": the
	// relative pronoun's antecedent, over its common nouns, opens the actor.
	if start < len(toks) && (toks[start].Lower == "who" || toks[start].Lower == "which") && j >= 0 && toks[j].Text == "," {
		j--
		for j >= 0 && isLowerWord(toks[j]) && toks[j].Lower != "and" {
			j--
		}
		if _, ok := x.demonymState(toks, j); ok {
			j--
		}
	}
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 1 || toks[j].Lower != "and" {
		return Claim{}, false
	}
	d := c
	d.ActorPerson, d.Initials, d.Side, d.Joint = false, "", "", ""
	for _, m := range di.ments[si] {
		if m.b == j && !m.locative && !m.dateline {
			d.Actor, d.ActorName, d.ActorPerson = m.key, m.name, m.person
			return d, true
		}
	}
	// "Ukrainian and Russian authorities, who blamed each other": a
	// people's word before "and" is its state.
	if m, ok := x.demonymState(toks, j-1); ok && m.key != c.Actor {
		d.Actor, d.ActorName = m.key, m.name
		return d, true
	}
	for k := max(0, j-4); k < j; k++ {
		if f, e, ok := x.forcesFrom(toks, k, true); ok && e == j {
			d.Actor, d.ActorName = "phrase:"+f, f
			return d, true
		}
	}
	return Claim{}, false
}

// saidAlready finds a claim the sentence has already given in other
// words, or -1: "suspected the Karbi Liberation Army of having a hand in"
// is one blame, though two patterns read it.
func saidAlready(out []Claim, c Claim) int {
	for i, o := range out {
		if o.Kind == c.Kind && o.Actor == c.Actor && o.Deny == c.Deny && (o.Attributor == c.Attributor || o.Attributor == "" || c.Attributor == "") {
			return i
		}
	}
	return -1
}

// claimStance reports the stance of a group taking responsibility itself,
// the one a "no claim" report is overtaken by.
func (x *Extractor) claimStance(kind string) bool { return kind == "claimed" }

// carriedOut is the stance that says who did it.
const carriedOut = "carried-out"

// claimedIdx is the index of the claimed stance among the rules' stances.
func (x *Extractor) claimedIdx() int {
	for i, st := range x.rs.Responsibility {
		if x.claimStance(st.ID) {
			return i
		}
	}
	return 0
}

// unclaimedIdx is the stance of no claim (polarity none), or -1.
func (x *Extractor) unclaimedIdx() int {
	for i, st := range x.rs.Responsibility {
		if st.Polarity == "none" {
			return i
		}
	}
	return -1
}

// blamedIdx is the stance that holds an actor to blame without its own
// word, or -1.
func (x *Extractor) blamedIdx() int {
	for i, st := range x.rs.Responsibility {
		if st.ID == "blamed" {
			return i
		}
	}
	return -1
}

// negatedBefore reports a "not" or "never" among the auxiliaries and
// adverbs just before token a: "has not claimed", "has not yet claimed",
// "hasn't claimed", "never claimed".
func negatedBefore(toks []text.Token, a int) bool {
	// "careful not to attribute blame": "not to" and a verb before the noun.
	if a >= 3 && toks[a-2].Lower == "to" && toks[a-3].Lower == "not" && isLowerWord(toks[a-1]) {
		return true
	}
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		switch l := toks[k].Lower; {
		case l == "not" || l == "never" || l == "n't" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t"):
			return true
		case l == "t" && k > 0 && (toks[k-1].Text == "'" || toks[k-1].Text == "’"):
			return true
		// "did not confirm or deny the attack", "neither confirmed nor
		// denied": a word that takes neither side.
		case (l == "or" || l == "nor") && k > 0 && strings.HasPrefix(toks[k-1].Lower, "confirm"):
			return true
		case auxiliaries[l] || l == "yet" || l == "so" || l == "far" || l == "to" || l == "'" || l == "’" || strings.HasSuffix(l, "n") && k+2 < len(toks) && toks[k+1].Text == "'":
		default:
			return false
		}
	}
	return false
}

// conjunctActor gives the claim again for an actor joined to its own by
// "and": "the PKK and the Syrian Kurdish YPG militia were responsible",
// "blamed the United States and Israel" hold both responsible. a is where
// the pattern's words start.
// spelledOut reports a name followed by the bracketed initials of an actor
// the rules know: "Tehreek-e Taliban Pakistan (TTP)" is the TTP however it
// is spelt, and the initials stand for it.
func (x *Extractor) spelledOut(toks []text.Token, ms []mention, p mention) bool {
	if p.b+2 >= len(toks) || toks[p.b].Text != "(" || toks[p.b+2].Text != ")" {
		return false
	}
	for _, m := range ms {
		if m.a == p.b+1 && m.b == p.b+2 {
			return m.actor >= 0
		}
	}
	return false
}

// bracketedInitials reports tokens that end with initials in brackets:
// "Tehreek-e Taliban Pakistan (TTP)".
func bracketedInitials(toks []text.Token) bool {
	n := len(toks)
	return n >= 3 && toks[n-3].Text == "(" && toks[n-1].Text == ")" && acronym(toks[n-2:n-1])
}

func (x *Extractor) conjunctActor(di *docInfo, si int, c Claim, a int) (Claim, bool) {
	toks, ms := di.toks[si], di.ments[si]
	end := tokIndex(toks, c.End) // just past the actor: its mention's end, else the claim's words
	start := -1                  // the actor's mention's first token
	for _, m := range ms {
		if m.key == c.Actor && toks[m.a].Start >= c.Start && toks[m.b-1].End <= c.End {
			start, end = m.a, m.b
			break
		}
	}
	for _, p := range ms {
		// "Damascus and Moscow denied": a capital speaks for its state
		// here too.
		if p.actor < 0 && !p.locative {
			if st := x.stateOfCapital(p.name); st >= 0 {
				p.actor, p.key, p.name = st, "actor:"+x.rs.Actors[st].ID, x.actorName(st)
			}
		}
		if p.key == c.Actor || p.person || x.spelledOut(toks, ms, p) {
			continue
		}
		// A name the rules do not know joins only after the actor, where
		// the pattern has already said what it is: "blamed Lashkar-e-Taiba
		// and Hizbul Mujahideen for the killings".
		undeclared := p.actor < 0
		// … but a group's initials before it ("KLF and the Front carried out")
		// name a group as surely as the rules would.
		initials := undeclared && !p.locative && !p.dateline && p.b < a && acronym(toks[p.a:p.b])
		if undeclared && !initials && (p.locative || p.dateline || p.a < end) {
			continue
		}
		ok := false
		switch {
		case p.a > end && p.a-end <= 7 && end < len(toks) && jointWith(toks[end:p.a]):
			// "carried out by the Front in connivance with the KLF", "with
			// help from the MLA": a partner in the act is held to it too.
			ok = !undeclared || initials || acronym(toks[p.a:p.b])
		case undeclared && !initials:
			// … and the name ends the list: "and Kabul remained tense" opens
			// another clause.
			ok = p.a-end <= 2 && end < len(toks) && toks[end].Lower == "and" && (p.a == end+1 || p.a == end+2 && toks[end+1].Lower == "the") &&
				(p.b == len(toks) || toks[p.b].Kind == text.Punct || prepositions[toks[p.b].Lower])
		case start >= 0 && p.b < start && toks[p.b].Text == "," && (p.b+1 == start || p.b+2 == start && toks[p.b+1].Lower == "the") && !undeclared:
			// A list's earlier names: "Hezbollah, Iran and Syria deny",
			// reached from "Iran" once "and" has joined it to "Syria".
			ok = true
		case p.b < a && toks[p.b].Lower == "and" && a-p.b <= 10:
			// Before: only the second actor's words, and an auxiliary,
			// stand between "and" and the pattern; its name may hold a
			// hyphen and be followed by its initials in brackets ("and
			// the Tehreek-e Taliban Pakistan (TTP) claimed").
			// ("Islamic State in Iraq and Syria (ISIS) claimed": a place
			// inside the group's name is no conjunct.)
			bracketed := bracketedInitials(toks[p.b+1:a]) && !p.locative && (p.a == 0 || !prepositions[toks[p.a-1].Lower] && !locatives[toks[p.a-1].Lower])
			ok = a-p.b <= 7 || bracketed
			for _, t := range toks[p.b+1 : a] {
				ok = ok && (t.Kind == text.Word || t.Text == "-" || bracketed && (t.Text == "(" || t.Text == ")"))
			}
			ok = ok && (bracketed || p.a >= tokIndex(toks, c.Start)-6)
		case p.b < a && toks[p.b].Text == ",":
			// "Jamaat-ul-Ahrar, a splinter group of the TTP, and Jundallah
			// both claimed": an apposition, then ", and" and the second actor.
			for k := p.b + 1; k+1 < a && k <= p.b+16; k++ {
				if toks[k].Text == "," && toks[k+1].Lower == "and" {
					ok = a-(k+1) <= 4
					for _, t := range toks[k+2 : a] {
						ok = ok && t.Kind == text.Word
					}
					break
				}
				if t := toks[k].Text; t == ";" || t == ":" || t == "." || t == "(" || auxiliaries[toks[k].Lower] {
					break // another clause, not an apposition
				}
			}
		case p.a >= end && p.a-end <= 2 && end < len(toks) && toks[end].Lower == "and":
			// After: "… the United States and Israel".
			ok = p.a == end+1 || p.a == end+2 && toks[end+1].Lower == "the"
		case start > a && p.a > a && p.b < start && toks[p.b].Lower == "and":
			// Inside the slot, before: "accused Iran and Hezbollah of being
			// behind", where the group was read first.
			ok = p.b+1 == start || p.b+2 == start && toks[p.b+1].Lower == "the"
		}
		if !ok {
			continue
		}
		d := c
		d.Actor, d.ActorName = p.key, p.name
		if s := toks[p.a].Start; s < d.Start {
			d.Start, d.Words = s, di.text[s:d.End]
		}
		d.Trace = append(append([]string(nil), c.Trace...), "joined by 'and' to "+c.ActorName)
		return d, true
	}
	return Claim{}, false
}

// jointPhrases join a partner to an actor in one act: "in connivance
// with", "with the help of".
var jointPhrases = [][]string{
	{"in", "connivance", "with"}, {"in", "collusion", "with"}, {"in", "league", "with"},
	{"with", "help", "from"}, {"with", "the", "help", "of"}, {"together", "with"}, {"jointly", "with"},
}

// phraseAt reports the words of ph at the start of toks.
func phraseAt(toks []text.Token, ph []string) bool {
	if len(toks) < len(ph) {
		return false
	}
	for i, w := range ph {
		if toks[i].Lower != w {
			return false
		}
	}
	return true
}

// jointAt reports a joint phrase that starts at token k.
func jointAt(toks []text.Token, k int) bool {
	for _, ph := range jointPhrases {
		if phraseAt(toks[k:], ph) {
			return true
		}
	}
	return false
}

// jointWith reports the words between an actor and another name that
// make the other a partner in the act: one of the joint phrases, then at
// most a few words that describe the partner.
func jointWith(toks []text.Token) bool {
	if len(toks) > 0 && toks[0].Text == "," {
		toks = toks[1:] // "blamed the Front, with help from the MLA,"
	}
	for _, ph := range jointPhrases {
		if !phraseAt(toks, ph) {
			continue
		}
		// "with help from the Tarvosh-based outfit MLA": a few words
		// that describe the partner.
		rest := toks[len(ph):]
		if len(rest) > 3 {
			return false
		}
		for _, t := range rest {
			if t.Kind != text.Word || !isLowerWord(t) && !strings.Contains(t.Text, "-") || clauseStop[t.Lower] {
				return false
			}
		}
		return true
	}
	return false
}

// datedTokens marks the tokens of a sentence's dates, with the preposition
// before each ("on Tuesday"), or nil when it has none.
func datedTokens(toks []text.Token, dates []when.Date) []bool {
	if len(dates) == 0 {
		return nil
	}
	mark := make([]bool, len(toks))
	for _, d := range dates {
		i, j := tokIndex(toks, d.Start), tokIndex(toks, d.End)
		for k := i; k < j && k < len(toks); k++ {
			mark[k] = true
		}
		if i > 0 && (toks[i-1].Lower == "on" || toks[i-1].Lower == "in") {
			mark[i-1] = true
		}
	}
	return mark
}

func (x *Extractor) stanceClaim(di *docInfo, si int, p stancePattern, slots map[string]slotSpan, a, b int) (Claim, bool) {
	toks := di.toks[si]
	// "the IRA is believed to be behind": the subject stands before the
	// frame, and what others believe of it is blame.
	raised := false
	if p.leadingSlot() == slotActor {
		if r := raisedSubject(toks, a); r < a {
			a, raised = r, true
		}
	}
	// The window reaches past a subject of a few words: "the possibility
	// of the Islamic State being responsible".
	// A pattern that is itself hedged ("{actor} may be behind") keeps its
	// stance: only a hedge before it takes the claim back.
	if x.hasHedge(toks, maxInt(0, a-6), b) && (!p.modal() || x.hasHedge(toks, maxInt(0, a-6), a)) {
		return Claim{}, false
	}
	// "accused militants who … by Ankara of being responsible": who is
	// accused stands before a clause, not just before "of".
	if p.leadingSlot() == slotActor && a > 0 && toks[a-1].Lower == "of" {
		return Claim{}, false
	}
	if p.possessive && (a == 0 || !isPossessive(toks[a-1])) {
		return Claim{}, false
	}
	// "a message claiming responsibility on behalf of the hitherto unknown
	// Islamic Security Force turned out to be a hoax": no one's claim.
	if x.claimStance(x.rs.Responsibility[p.stance].ID) && hoaxIn(toks) {
		return Claim{}, false
	}
	// "the Sulu Front often claims such attacks": what a group does as a
	// rule, not a claim of this one.
	// (Blame told as a habit still points at who did this one: "the army
	// frequently accuses the RSF of shelling the town".)
	if x.claimStance(x.rs.Responsibility[p.stance].ID) && habitual(toks, maxInt(0, a-3), b) {
		return Claim{}, false
	}
	// "similar attacks in the past have been claimed by IS": other attacks.
	if sp, ok := slots[slotEvent]; ok && x.otherAttacks(toks, sp) {
		return Claim{}, false
	}
	// "In reprisal for the ambush, the navy shelled the coast": a deed
	// that answers the attack is another event; its doer did not carry
	// the attack out.
	if x.rs.Responsibility[p.stance].ID == carriedOut && x.answersAttack(toks, a, b, slots) {
		return Claim{}, false
	}
	// "ordered the attack", not "ordered an investigation into the
	// shooting": what was ordered must be the attack itself.
	if sp, ok := slots[slotEvent]; ok && len(p.words) > 0 && p.words[len(p.words)-1] == "ordered" && !x.headIsAttack(toks, sp) {
		return Claim{}, false
	}
	// "The government claimed the wave of bombings … were carried out by
	// the NDFB": "claimed" says, and the attack opens what it says.
	if sp, ok := slots[slotEvent]; ok && len(p.words) == 1 && sp.a >= b && complementFollows(toks, sp.a+1) {
		return Claim{}, false
	}
	// "A priest claimed a second gunman fired at the door": no one claims
	// a gunman; the word for the attacker opens what was said.
	if sp, ok := slots[slotEvent]; ok && len(p.words) == 1 && sp.a >= b && x.perpFirst(toks, sp.a, sp.b) {
		return Claim{}, false
	}
	if _, ok := slots[slotEvent]; !ok {
		// "for …" follows the pattern, or ends a trailing actor slot.
		at := b
		if sp, ok := slots[slotActor]; ok && sp.a >= b {
			for k := sp.a; k < sp.b; k++ {
				if toks[k].Lower == "for" {
					at = k
					break
				}
			}
		}
		if x.blameForOther(toks, at) {
			return Claim{}, false
		}
	}
	var actor ref
	actorWords := ""
	lead := p.leadingSlot()
	// "IS has not claimed responsibility", "the group has not yet claimed
	// it": no claim yet, though a group is named; "did not blame" blames
	// no one.
	if !p.none && negatedBefore(toks, a) {
		// "was careful not to attribute blame to any group": no blame.
		if lead != slotActor || !x.claimStance(x.rs.Responsibility[p.stance].ID) {
			return Claim{}, false
		}
		if u := x.unclaimedIdx(); u >= 0 {
			p.none, p.stance = true, u
		}
	}
	forces := -1 // where the forces' words end
	clause := a  // where the pattern's clause opens, its actor included
	if p.none {
		actorWords = noClaim // "no group has claimed the attack": no one yet
	} else if p.forcesOnly {
		w, from, ok := x.forcesActing(toks, p, slots, a, b)
		if !ok {
			return Claim{}, false
		}
		actorWords, clause = w, from
	} else if lead == slotActor {
		actor = x.subjectBefore(di, si, a)
		// "X was said to have emailed a reporter, claiming
		// responsibility": a participle after a comma is the clause's
		// subject's doing.
		if !actor.ok && a > 1 && toks[a-1].Text == "," && strings.HasSuffix(toks[a].Lower, "ing") {
			actor = x.clauseSubject(di, si, a-1)
		}
		// "militants based in Somalia claimed": where, not who.
		if actor.ok && actor.m.locative && !x.isGroup(actor.m) && !x.groupLike(actor.m) {
			actor = ref{}
		}
		if actor.ok && actor.sent == si && usedThing(toks, actor.m) {
			return Claim{}, false
		}
		if !actor.ok {
			actorWords = cutRelative(x.orgPhraseBefore(toks, a))
			// "which helps coordinate coalition airstrikes": words that
			// qualify an attack's noun describe its doer; a verb among
			// them ends the phrase, and the doer's word alone names none.
			if _, _, noun := x.events.match(toks, a); noun && !isVerbLike(toks[a]) && actorWords != "" && !x.describesDoer(toks, a, actorWords) {
				actorWords = ""
			}
			if actorWords == "" {
				actorWords = x.describedBefore(di, si, a)
			}
			// "The Saudi-led coalition said it had not carried out": a
			// group told by a description speaks of itself.
			if actorWords == "" {
				actorWords = x.describedSpeaker(di, si, a)
			}
			// "the PKK terrorist organisation is responsible": the group the
			// phrase names.
			if m, ok := x.actorInPhrase(di.ments[si], toks, a); ok {
				actor, actorWords = ref{m: m, sent: si, ok: true}, ""
			}
		}
		// "Islamic State said one of its fighters carried out the attack":
		// the group the possessive stands for, as it does for "its fighters".
		if !actor.ok && a >= 4 && x.fighters(toks[a-1].Lower) && (toks[a-2].Lower == "its" || toks[a-2].Lower == "their") && toks[a-3].Lower == "of" {
			actor = x.resolveGroup(di, si, a-2)
		}
		if !actor.ok && actorWords == "" {
			actor = x.coordinatedSubject(di, si, a)
		}
		// "a group linked to al-Qaeda claimed": the group claimed, not the
		// one it is linked to; it reads as "an al-Qaeda-linked group".
		if actor.ok && actor.sent == si && actor.via == "" {
			if w, ok := linkedDescription(toks, actor.m); ok {
				actor, actorWords = ref{}, w
			}
		}
		// "a U.S. drone strike": an actor that qualifies an attack's noun
		// stands right before it; "ISIS says its spokesman was killed in a
		// U.S. drone strike" does not make ISIS the striker.
		if _, _, noun := x.events.match(toks, a); noun && !isVerbLike(toks[a]) && actor.ok && actor.sent == si && actor.m.b != a {
			actor = ref{}
		}

		// "a Russian air strike": a people's word right before the
		// pattern names the state that acted.
		if !actor.ok {
			if m, ok := x.demonymState(toks, a-1); ok {
				actor, actorWords = ref{m: m, sent: si, ok: true}, ""
			}
		}
	} else if sp, ok := slots[slotActor]; ok {
		actor, actorWords = x.actorIn(di, si, sp)
	}
	// "villagers were killed by government forces", "a massacre by the
	// Syrian army": a state's forces, named as such, answer for it.
	if sp, ok := slots[slotActor]; ok && p.groupOnly && !actor.ok && p.byAgent() && sp.a >= b {
		if w, e, ok := x.forcesAt(toks, sp.a); ok && x.victimsUnarmed(toks, a) {
			actorWords, forces = w, e
		}
	}
	// "the attack was carried out by Kelvan fighter aircraft": words of
	// responsibility name a state's forces as the doer.
	if sp, ok := slots[slotActor]; ok && !p.groupOnly && !actor.ok && p.byAgent() && sp.a >= b {
		if w, e, ok := x.forcesAt(toks, sp.a); ok {
			actorWords, forces = w, e
		}
	}
	if !actor.ok && actorWords == "" || p.possessive && !actor.ok {
		return Claim{}, false // "another group's claim": no one named
	}
	// "Masked gunmen carried out the attack" tells how it was done, not
	// who answers for it; "Kurdish militants claimed it" does say so.
	if !actor.ok && x.rs.Responsibility[p.stance].ID == carriedOut && x.fightersOnly(actorWords) {
		return Claim{}, false
	}
	// "the Baga attack": a place, not who did it; "ISIS Claims
	// Responsibility For Deadly Attack": the group must qualify the word.
	if p.groupOnly && forces < 0 && !(actor.ok && actor.via == "" && (x.groupLike(actor.m) || x.forcesKilled(toks, p, actor.m, a)) && actor.sent == si && x.opensGroupSlot(toks, p, slots, actor.m, a)) {
		return Claim{}, false
	}
	// "BIRMINGHAM PUB BOMBINGS": in a line of capitals no word is known
	// for initials; "British Army bomb disposal officers": the bomb is
	// what the unit deals with, not the unit's attack.
	if p.groupOnly && actor.ok && actor.m.actor < 0 && (shouted(toks) || b < len(toks) && counterUnits[toks[b].Lower]) {
		return Claim{}, false
	}
	attributor := ""
	if lead == slotAttributor {
		// "Officials in Tarvik blamed": where the speakers are is not who
		// speaks.
		if r := x.subjectBefore(di, si, a); r.ok && r.via == "" && !(r.sent == si && r.m.a >= 2 && toks[r.m.a-1].Lower == "in" && (isLowerWord(toks[r.m.a-2]) || r.m.a == 2 && toks[0].Kind == text.Word)) {
			attributor = surface(di, r)
		} else {
			// "The president on Tuesday blamed": the date stands between.
			at := a
			if a > 0 {
				if d := dateEndingAt(di.dates[si], toks, a-1); d > 0 {
					at = d
					if locatives[toks[at-1].Lower] {
						at--
					}
				}
			}
			// "The spokesman has categorically denied": past the adverb.
			for at > 1 && (adverb(toks[at-1]) || auxiliaries[toks[at-1].Lower]) {
				at--
			}
			attributor = x.phraseBefore(toks, at)
			// "The rebels denied firing the shells and blamed the army": the
			// second verb's subject is the first's, not the words before it.
			if at > 1 && toks[at-1].Lower == "and" {
				attributor = ""
				if r := x.coordinatedSubject(di, si, at); r.ok {
					attributor = surface(di, r)
				} else {
					attributor = openingSubject(toks, at-1)
				}
			}
		}
	} else if sp, ok := slots[slotAttributor]; ok {
		attributor = joinText(toks[sp.a:sp.b])
	}
	attributor = cleanAttributor(attributor)
	if attributor == "" {
		attributor = cleanAttributor(x.speaker(di, si, a))
		// "Militants are said to have claimed it": the frame's "said"
		// quotes no one.
		if raised && actor.ok && attributor == cleanAttributor(surface(di, actor)) {
			attributor = ""
		}
	}
	c := Claim{
		Doc: di.idx, Type: Responsibility, Kind: x.rs.Responsibility[p.stance].ID,
		Sent: si, SentStart: di.sents[si].Start, SentEnd: di.sents[si].End,
		Deny: p.deny, Attributor: attributor, Deed: p.deed,
	}
	// "the spokesman claimed that the Sulu Front had killed him": a deed
	// someone is quoted as telling holds the doer responsible, as blame
	// does; a deed the report tells in its own voice is narration.
	if c.Deed && attributor != "" && reportedDeed(toks, a, b) {
		c.Deed = false
	}
	// "No group has said it was behind the bombing": no one speaks.
	if f := strings.Fields(strings.ToLower(c.Attributor)); len(f) > 0 && (f[0] == "no" || f[0] == "nobody" || f[0] == "none") {
		c.Attributor = ""
	}
	// "signed by the cartel": only a message left for others to read
	// ("banners left at the scene and signed by"), not a deal or a law.
	if len(p.words) > 0 && p.words[0] == "signed" && !messageBefore(toks, a) {
		return Claim{}, false
	}
	// "blamed the group for the blast, which the group denied": what
	// "which" stands for must tell of the attack; "accusations of civilian
	// abuse, which they deny" deny something else.
	if len(p.words) > 0 && p.words[0] == "which" && !x.attackBefore(toks, a) {
		return Claim{}, false
	}
	// "split over whether his forces were to blame": a question asserts
	// nothing.
	if questioned(toks, a) {
		return Claim{}, false
	}
	// "The Taliban denied that they were behind the attack": an assertion
	// inside a denial is a denial, said by the one who denies. "He denied
	// security forces had killed civilians": the denial stands before the
	// forces that open the clause.
	if k := deniedThat(toks, clause); k >= 0 {
		// "The government denied that its forces were responsible": its
		// own forces are the denier, whose denial is read already.
		if !actor.ok && ownForces(actorWords) {
			return Claim{}, false
		}
		c.Deny = !p.deny
		for _, st := range x.rs.Responsibility {
			if (st.Polarity == "deny") == c.Deny {
				c.Kind = st.ID
				break
			}
		}
		if r := x.subjectBefore(di, si, k); r.ok {
			c.Attributor = surface(di, r)
		}
	}
	if raised && !c.Deny && c.Kind == carriedOut {
		if i := x.blamedIdx(); i >= 0 {
			c.Kind, c.Deed = x.rs.Responsibility[i].ID, false
		}
	}
	// "Al-Shabab claimed they carried out the attack", "Islamic State said
	// its fighters carried out the attack": a group saying it did it
	// claims it.
	if !c.Deny && c.Kind == carriedOut && (actor.via == ownStatement || actor.ok && c.Attributor != "" && x.speaksFor(c.Attributor, actor.m.key)) {
		c.Kind, c.Deed = x.rs.Responsibility[x.claimedIdx()].ID, false
		if actor.via != ownStatement {
			c.Attributor = ""
		}
	}
	// "Damascus denied any involvement": a capital speaks for its state.
	if actor.ok && actor.m.actor < 0 && !actor.m.locative {
		if st := x.stateOfCapital(actor.m.name); st >= 0 {
			actor.m.actor, actor.m.key, actor.m.name = st, "actor:"+x.rs.Actors[st].ID, x.actorName(st)
			c.Trace = append(c.Trace, fmt.Sprintf("%s read as %s, its capital", x.rs.Actors[st].Capital, actor.m.name))
		}
	}
	if actor.ok {
		c.Actor, c.ActorName = actor.m.key, actor.m.name
		c.ActorPerson = actor.m.person && actor.m.actor < 0
		// "Assad's forces", "holding the president's military
		// responsible": the state's own body answers, not the man.
		if at := di.toks[actor.sent]; actor.m.poss && actor.m.person && actor.m.b < len(at) && stateBodies[at[actor.m.b].Lower] {
			organ := at[actor.m.b].Text
			c.Actor = "phrase:" + strings.ToLower(actor.m.name) + "'s " + strings.ToLower(organ)
			c.ActorName, c.ActorPerson = actor.m.name+"'s "+organ, false
		} else if organ, ok := bodyOf(at, actor.m.a); actor.m.person && ok {
			// "blamed on the government of President Olan Vesk": the same.
			c.Actor = "phrase:" + strings.ToLower(actor.m.name) + "'s " + strings.ToLower(organ)
			c.ActorName, c.ActorPerson = actor.m.name+"'s "+organ, false
		}
		if actor.via != "" {
			c.Trace = append(c.Trace, fmt.Sprintf("actor read as %s (%s)", actor.m.name, actor.via))
		}
		// "the National Liberation Army (ELN)": the name and its initials.
		for k, m := range di.spelledOut {
			if m.key == c.Actor {
				c.Initials = m.initials
			} else if k == c.Actor {
				c.Actor, c.ActorName, c.Initials = m.key, m.name, m.initials
			}
		}
		if c.ActorPerson {
			if st, ok := x.stateAgent(di, actor.m.key); ok {
				c.Side = st
				c.Trace = append(c.Trace, fmt.Sprintf("%s acts for %s, as the report describes him", actor.m.name, st))
			}
		}
		// "Jamaat-ul-Ahrar said its bomber Hafiz Hanifullah carried out
		// the attack": the group's own man acts for it, no rival to it.
		if g, ok := x.ownMember(di, actor.sent, actor.m); ok {
			c.Joint = g
			c.Trace = append(c.Trace, fmt.Sprintf("%s named as one of the group's own", actor.m.name))
			// "Jamaat-ul-Ahrar said its bomber Hafiz Hanifullah carried out
			// the attack": the group, saying so, claims it.
			if !c.Deny && c.Kind == carriedOut && c.Attributor != "" && x.keyOf(c.Attributor) == g {
				c.Actor, c.ActorName, c.ActorPerson, c.Joint = g, c.Attributor, false, ""
				c.Kind, c.Attributor = x.rs.Responsibility[x.claimedIdx()].ID, ""
				c.Trace = append(c.Trace, fmt.Sprintf("claimed by %s, which says so", c.ActorName))
			} else if _, apposed := x.leaderApposed(di, actor.sent, actor.m); (c.Deny || x.claimStance(c.Kind) && c.Attributor == "") && (x.spokesman(di.toks[actor.sent], actor.m) || apposed) {
				// "the Front's spokesman Amir Tarvoshi denied involvement", "KF
				// leader-in-exile Amir Tarvoshi rejected the attack": the
				// group's head or spokesman speaks for it.
				if name, ok := x.nameOfKey(di.ments[actor.sent], g); ok {
					c.Trace = append(c.Trace, fmt.Sprintf("%s speaks for %s", actor.m.name, name))
					c.Actor, c.ActorName, c.ActorPerson, c.Joint = g, name, false, ""
				}
			}
		}
	} else if p.none {
		c.Actor, c.ActorName = NoOne, actorWords
	} else {
		c.Actor, c.ActorName = "phrase:"+actorWords, surfaceNear(di, si, actorWords)
	}
	start, end := toks[a].Start, toks[b-1].End
	if lead == slotActor || lead == slotAttributor {
		// "the campaign comes after the Houthis claimed": the clause of
		// the claim opens after "after".
		for k := a - 1; k >= 0 && k >= a-6 && toks[k].Kind != text.Punct && !subordinators[toks[k].Lower]; k-- {
			start = toks[k].Start
		}
	}
	// "The attacks were claimed by ISIS": the words before must name an
	// attack ("The seat was claimed by Labour" is no such claim).
	if lead == slotEvent {
		ev := -1
		// "The attack, claimed by Daesh, …": an apposition's comma.
		last := a - 1
		if last > 0 && toks[last].Text == "," {
			last--
		}
		for k := last; k >= 0 && k >= last-7 && toks[k].Kind != text.Punct; k-- {
			if _, n, ok := x.events.match(toks, k); ok && k+n <= last+1 {
				ev = k
			}
		}
		if ev < 0 {
			ev = x.subjectEventBeyondAside(toks, a)
		}
		if ev < 0 {
			ev = x.relativeEvent(toks, a)
		}
		if ev < 0 || x.otherAttacks(toks, slotSpan{ev, last + 1}) {
			return Claim{}, false
		}
		for ev > 0 && ev > a-6 && (eventOpeners[toks[ev-1].Lower] || toks[ev-1].Cap && toks[ev-1].Kind == text.Word) {
			ev--
		}
		start = toks[ev].Start
	}
	// A trailing actor belongs to the claim's words: "… claimed by ISIS".
	if sp, ok := slots[slotActor]; ok && sp.a >= b && actor.ok && actor.sent == si && actor.m.a >= sp.a && actor.m.b <= sp.b {
		end = max(end, toks[actor.m.b-1].End)
	}
	if forces > 0 {
		end = max(end, toks[forces-1].End)
	}
	if sp, ok := slots[slotEvent]; ok {
		if !x.eventSlot(toks[sp.a:sp.b]) && !x.attackBeforeIt(di, si, sp) {
			return Claim{}, false
		}
		end = toks[sp.b-1].End
		ea, eb := eventSpan(toks, sp)
		c.Subject.Event = di.text[toks[ea].Start:toks[eb-1].End]
	}
	c.Start, c.End, c.Words = start, end, di.text[start:end]
	c.Trace = append(c.Trace, fmt.Sprintf("stance %s (%s): %s", c.Kind, p.polarity(), c.ActorName))
	return c, true
}

// demonymState reads the token at k as a people's word for a state
// ("Russian", "Yemeni"), as a mention of that state.
func (x *Extractor) demonymState(toks []text.Token, k int) (mention, bool) {
	if k < 0 || !toks[k].Cap {
		return mention{}, false
	}
	place, ok := x.demonyms[toks[k].Lower]
	if !ok {
		return mention{}, false
	}
	ai := x.stateNamed(place)
	if ai < 0 {
		return mention{}, false
	}
	a := x.rs.Actors[ai]
	return mention{a: k, b: k + 1, actor: ai, name: a.Name, key: "actor:" + a.ID}, true
}

// speaksFor reports an attributor that is the group key names, or its
// own body: "Islamic State", "the Islamic State's news agency".
func (x *Extractor) speaksFor(attributor, key string) bool {
	if x.keyOf(attributor) == key {
		return true
	}
	for _, sep := range []string{"'s ", "’s "} {
		if owner, _, ok := strings.Cut(attributor, sep); ok && x.keyOf(strings.TrimPrefix(strings.TrimPrefix(owner, "The "), "the ")) == key {
			return true
		}
	}
	return false
}

// describedBy open what a group's noun is made of or loyal to.
var describedBy = map[string]bool{"of": true, "loyal": true, "composed": true, "made": true, "consisting": true}

// actorIn reads the actor inside a slot: an actor from the rules, a
// demonym ("Ukrainian involvement"), "the group", or an organisation named
// by its head noun ("a different separatist movement").
func (x *Extractor) actorIn(di *docInfo, si int, sp slotSpan) (ref, string) {
	toks := di.toks[si]
	// "a massacre it blamed on M23 rebels": whom it is blamed on.
	if sp.a+1 < sp.b && toks[sp.a].Lower == "on" {
		sp.a++
	}
	if sp.a < len(toks) && toks[sp.a].Lower == "no" {
		return ref{}, ""
	}
	// "by the Tarvosh Front in connivance with the KLF": the slot's actor
	// comes before its partner (conjunctActor adds the partner).
	for k := sp.a + 1; k < sp.b; k++ {
		if jointAt(toks, k) {
			sp.b = k
			break
		}
	}
	ms := di.ments[si]
	// "claimed by Somali Islamist militants al-Shabab": the group the slot
	// names, before a state or people that describes it.
	for i, m := range ms {
		// "Al Qaeda linked Taliban gunmen": the group a participle
		// ties to another is not the one the slot names.
		if qualifiesNext(toks, ms, i, sp.b) {
			continue
		}
		if m.a >= sp.a && m.b <= sp.b && m.actor >= 0 && x.rs.Actors[m.actor].Type == "group" && !clauseBefore(toks[sp.a:m.a]) && !m.locative {
			return ref{m: m, sent: si, ok: true}, ""
		}
	}
	// "a cell of Moroccan immigrants", "a group loyal to Assad": a
	// description of who they are, not the people or the man named in it
	// (a group the rules know, named in it, is who the slot names).
	if sp.a+3 < sp.b && (toks[sp.a].Lower == "a" || toks[sp.a].Lower == "an") && x.orgHeads[base(toks[sp.a+1].Lower)] && describedBy[toks[sp.a+2].Lower] && toks[sp.a+3].Kind == text.Word {
		e := sp.a + 1
		for e < sp.b && e < sp.a+8 && toks[e].Kind == text.Word {
			e++
		}
		return ref{}, strings.ToLower(joinText(toks[sp.a+1 : e]))
	}
	for i, m := range ms {
		// "carried out by the group outside Iraq": a place, not who.
		place := m.locative && m.a > sp.a && (m.actor < 0 || x.rs.Actors[m.actor].Type == "state")
		// "for sending troops to Somalia": a name inside a clause of its
		// own is not who acted; nor "Somalia's" before "Shebab rebels".
		if m.a >= sp.a && clauseBefore(toks[sp.a:m.a]) ||
			m.poss && i+1 < len(ms) && ms[i+1].a >= m.b && ms[i+1].b <= sp.b {
			continue
		}
		if qualifiesNext(toks, ms, i, sp.b) {
			continue // "Al Qaeda linked Sulu Front gunmen": see above
		}
		// "the enemies of Kelvar", "Kelvar's enemies": whom they fight,
		// not who acted; the slot names no one.
		if m.a >= sp.a && m.b <= sp.b && enemyOf(toks, m) {
			return ref{}, ""
		}
		if m.a >= sp.a && m.b <= sp.b && usedThing(toks, m) {
			return ref{}, ""
		}
		// "a US ally in the region" is not the US.
		other := m.b < sp.b && alliedNouns[base(toks[m.b].Lower)]
		if m.a >= sp.a && m.b <= sp.b && other {
			return ref{}, joinText(toks[m.a : m.b+1])
		}
		if m.a >= sp.a && m.b <= sp.b && (m.actor >= 0 || m.person || acronym(toks[m.a:m.b])) && !place {
			return ref{m: m, sent: si, ok: true}, ""
		}
	}
	// "was posted by Jund al-Khilafa, a group …": a name that opens the
	// slot is who acted, though the rules do not list it; not one that
	// qualifies a noun ("the Basque separatist group ETA"), unless the noun
	// is the group's men ("killed by Sulu Front insurgents").
	for _, m := range di.ments[si] {
		// "the Bangladesh-based militant outfit Harkatul Jihad": a name
		// right after a group's noun is the group it describes.
		named := m.a > sp.a && m.a-sp.a <= 6 && isLowerWord(toks[m.a-1]) && x.orgHeads[base(toks[m.a-1].Lower)]
		if m.a >= sp.a && (m.a <= sp.a+1 || named || m.org && describing(toks[sp.a:m.a])) && m.b <= sp.b && strings.HasPrefix(m.key, "name:") && !m.locative &&
			(m.a == sp.a || named || determiners[toks[sp.a].Lower] || m.org && describing(toks[sp.a:m.a])) && (m.b >= len(toks) || !isLowerWord(toks[m.b]) || clauseStop[toks[m.b].Lower] || prepositions[toks[m.b].Lower] || auxiliaries[toks[m.b].Lower] || isVerbLike(toks[m.b]) || m.org && x.groupsMen(toks, m.b)) {
			return ref{m: m, sent: si, ok: true}, ""
		}
	}
	for k := sp.a; k < sp.b; k++ {
		if _, n, ok := x.groupAna.match(toks, k); ok && k+n <= sp.b {
			return x.resolveGroup(di, si, k), ""
		}
	}
	if m, ok := x.fightersOf(toks, di.ments[si], sp); ok {
		return ref{m: m, sent: si, ok: true}, ""
	}
	if w := x.orgWords(toks[sp.a+namedAs(toks[sp.a:sp.b]) : sp.b]); w != "" || sp.b-sp.a != 2 {
		return ref{}, w
	}
	return ref{}, x.describedBefore(di, si, sp.b) // "blamed the coalition for"
}

// qualifiesNext reports the mention ms[i] made an adjective of the name
// after it, before end, by a participle: "Al Qaeda linked Taliban".
func qualifiesNext(toks []text.Token, ms []mention, i, end int) bool {
	m := ms[i]
	return m.b < end && namedParticiples[toks[m.b].Lower] && i+1 < len(ms) && ms[i+1].a == m.b+1 && ms[i+1].b <= end
}

// clauseSubject is the person or group that opens the clause ending at
// token k: the first one named that no preposition or article governs.
func (x *Extractor) clauseSubject(di *docInfo, si, k int) ref {
	toks := di.toks[si]
	for _, m := range di.ments[si] {
		if m.b > k {
			break
		}
		if m.a > 0 {
			if p := toks[m.a-1].Lower; prepositions[p] || locatives[p] || p == "a" || p == "an" || p == "to" {
				continue
			}
		}
		// ("the al-Qaeda affiliated commander X": the group qualifies him.)
		if m.poss || m.locative || m.dateline || !(m.person || x.isGroup(m)) || m.b < len(toks) && namedParticiples[toks[m.b].Lower] {
			continue
		}
		return ref{m: m, sent: si, ok: true}
	}
	return ref{}
}

// openingSubject is the noun phrase that opens a sentence up to its first
// verb, if that verb comes before token end: "The rebels" of "The rebels
// denied …". Empty when the sentence opens otherwise.
func openingSubject(toks []text.Token, end int) string {
	k := 0
	for k < end && determiners[toks[k].Lower] {
		k++
	}
	for j := k; j < end && j <= k+4; j++ {
		t := toks[j]
		if t.Kind != text.Word {
			return ""
		}
		if j > k && isVerbLike(t) {
			return joinText(toks[k:j])
		}
	}
	return ""
}

// fightersOf reads "separatist militants belonging to Lashkar-e-Toiba",
// "militants of the Sulu Front": a description of fighters, then the
// name of the group they belong to, which is who is held responsible.
func (x *Extractor) fightersOf(toks []text.Token, ms []mention, sp slotSpan) (mention, bool) {
	k := sp.a
	for k < sp.b && x.describesFighters(toks[k]) && !toks[k].Cap {
		k++
	}
	if k == sp.a || !x.fighters(toks[k-1].Lower) || k >= sp.b {
		return mention{}, false
	}
	switch {
	case toks[k].Lower == "belonging" && k+1 < sp.b && toks[k+1].Lower == "to", toks[k].Lower == "linked" && k+1 < sp.b && toks[k+1].Lower == "to":
		k += 2
	case toks[k].Lower == "of" || toks[k].Lower == "from":
		k++
	default:
		return mention{}, false
	}
	if k < sp.b && toks[k].Lower == "the" {
		k++
	}
	for _, m := range ms {
		if m.a == k && m.b <= sp.b && !m.person && (m.actor < 0 || x.rs.Actors[m.actor].Type != "state") {
			return m, true
		}
	}
	return mention{}, false
}

// clauseBefore reports words that open a clause of their own before a
// name: a verb's -ing form or "to" ("for sending troops to Somalia").
func clauseBefore(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind == text.Word && !t.Cap && (t.Lower == "to" || len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing")) {
			return true
		}
	}
	return false
}

// namedAs counts the words that introduce someone's own name for the
// actor: "what he called", "rivals he described as" before a quoted
// phrase. The quoted phrase is the actor.
func namedAs(toks []text.Token) int {
	for k := 0; k < len(toks) && k < 6; k++ {
		if !isQuote(toks[k].Text) || k == 0 {
			continue
		}
		switch toks[k-1].Lower {
		case "called", "as", "termed", "dubbed", "labelled", "labeled":
			return k
		}
	}
	return 0
}

// acronym reports a name written as one all-capital word of two to six
// letters ("JMB", "ISWAP"): groups are named so, and the rules cannot list
// them all.
// headIsAttack reports a slot whose noun phrase is headed by a word for
// an attack: past its determiners and modifiers, before any preposition.
func (x *Extractor) headIsAttack(toks []text.Token, sp slotSpan) bool {
	for k := sp.a; k < sp.b && k < sp.a+5; k++ {
		if _, _, ok := x.events.match(toks, k); ok {
			return true
		}
		if prepositions[toks[k].Lower] || toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// perpFirst reports a slot whose first word for the attack names the
// attacker: "a second gunman fired at …".
func (x *Extractor) perpFirst(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if _, n, ok := x.events.match(toks, k); ok {
			_, m, perp := x.perps.match(toks, k)
			return perp && m == n
		}
	}
	return false
}

// complementFollows reports a verb of its own after the attack a bare
// "claimed" takes ("claimed the bombings … were carried out by"), before
// the clause ends: the attack is the subject of a clause that says who.
// A relative clause ("the attack that was staged …") is no such verb.
func complementFollows(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j < k+16; j++ {
		t := toks[j]
		if t.Kind == text.Punct {
			return false
		}
		switch t.Lower {
		case "that", "which", "who", "where", "when":
			// "the attack that was staged …": a relative clause, unless a
			// verb of the main clause follows it ("that killed 83 people
			// were carried out").
			return complementFollows(toks, skipRelative(toks, j+1))
		}
		if t.Lower == "was" || t.Lower == "were" || t.Lower == "had" || t.Lower == "is" || t.Lower == "are" {
			return true
		}
	}
	return false
}

// reportedDeed reports a deed, matched in tokens [a, b), that a source
// tells as what happened, not as a motive or another act beside it:
// "revenge for people who were killed by Kelvar", "to avenge Kelvan
// military operations" tell why, and a relative clause tells of others.
func reportedDeed(toks []text.Token, a, b int) bool {
	for _, t := range toks[a:b] {
		if relativePronouns[t.Lower] {
			return false
		}
	}
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if motiveWords[toks[k].Lower] {
			return false
		}
	}
	return true
}

// motiveWords before a deed make it the reason for another: "to avenge",
// "in retaliation for", "revenge for".
var motiveWords = map[string]bool{"to": true, "for": true, "avenge": true, "avenging": true, "revenge": true, "retaliation": true, "against": true, "after": true}

// thatAfter reports "that" opening a clause at token k, past a day:
// "claimed on Thursday that the Sulu Front had killed him".
func thatAfter(di *docInfo, si, k int) bool {
	toks := di.toks[si]
	if k < len(toks) && locatives[toks[k].Lower] {
		k++
	}
	for _, d := range di.dates[si] {
		if k < len(toks) && d.Start == toks[k].Start {
			k = tokIndex(toks, d.End)
		}
	}
	return k < len(toks) && toks[k].Lower == "that"
}

// skipRelative returns the token after a relative clause opening at k:
// past its own verb and object, up to the next verb of being.
func skipRelative(toks []text.Token, k int) int {
	verb := false
	for j := k; j < len(toks) && j < k+10; j++ {
		switch toks[j].Lower {
		case "was", "were", "is", "are", "had":
			if verb {
				return j
			}
		}
		verb = verb || isVerbLike(toks[j]) || auxiliaries[toks[j].Lower]
	}
	return len(toks)
}

// shouted reports a line written in capitals only: a heading.
func shouted(toks []text.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind == text.Word {
			if !text.IsUpper(t.Text) {
				return false
			}
			words++
		}
	}
	return words >= 2
}

// counterUnits after a word for an attack make it the object of someone's
// work: "bomb disposal officers", "the bomb squad".
var counterUnits = map[string]bool{"disposal": true, "squad": true, "squads": true, "experts": true, "technicians": true}

func acronym(toks []text.Token) bool {
	if len(toks) != 1 {
		return false
	}
	// "ASG’s second Amir": the possessive's ending is no letter of it.
	w := strings.TrimSuffix(strings.TrimSuffix(toks[0].Text, "’s"), "'s")
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// memberNouns name a group's own people before a name: "its bomber X".
var leaderNouns = map[string]bool{"chief": true, "leader": true, "spokesman": true, "spokesperson": true, "spokeswoman": true, "representative": true, "official": true, "commander": true, "head": true, "founder": true}

var memberNouns = map[string]bool{"chief": true, "leader": true, "spokesman": true, "spokesperson": true, "spokeswoman": true, "representative": true, "official": true, "head": true, "founder": true, "bomber": true, "fighter": true, "member": true, "man": true, "militant": true, "attacker": true, "commander": true, "operative": true, "friend": true, "brother": true}

// spokesman reports a name right after a group's leader noun ("Kelvat
// Front spokesman Amir Tarvoshi", "KF leader-in-exile Amir Tarvoshi"): one
// who speaks for the group, not one of its fighters.
func (x *Extractor) spokesman(toks []text.Token, m mention) bool {
	k := m.a - 1
	for k > 0 && isQuote(toks[k].Text) {
		k--
	}
	return k >= 1 && leaderNouns[leaderWord(toks[k].Lower)]
}

// leaderWord is a role's head noun: "leader-in-exile" is a leader.
func leaderWord(w string) string {
	head, _, _ := strings.Cut(w, "-")
	return head
}

// mentionName is the name a sentence writes for key.
func mentionName(ms []mention, key string) (string, bool) {
	for _, m := range ms {
		if m.key == key {
			return m.name, true
		}
	}
	return "", false
}

// nameOfKey names an actor key as the sentence's mention of it does, or,
// for a state told only by its people's word ("Russian President …"),
// as the rules name it.
func (x *Extractor) nameOfKey(ms []mention, key string) (string, bool) {
	if name, ok := mentionName(ms, key); ok {
		return name, true
	}
	if id, ok := strings.CutPrefix(key, "actor:"); ok {
		for i, a := range x.rs.Actors {
			if a.ID == id {
				return x.actorName(i), true
			}
		}
	}
	return "", false
}

// groupWords stand between a group's name and its spokesman: "the Jind
// Ullah terror group spokesman", "the Sulu Front media representative".
var groupWords = map[string]bool{"group": true, "outfit": true, "organisation": true, "organization": true, "terror": true, "terrorist": true, "militant": true, "rebel": true, "insurgent": true, "jihadist": true, "extremist": true, "media": true, "press": true, "political": true, "military": true}

// ownMember reports a name written as a group's own person ("its bomber
// Hafiz Hanifullah", "their fighter X"), with the group named before it in
// the sentence.
func (x *Extractor) ownMember(di *docInfo, si int, m mention) (string, bool) {
	toks := di.toks[si]
	if m.actor >= 0 {
		return "", false
	}
	if g, ok := x.leaderApposed(di, si, m); ok {
		return g, true
	}
	if m.a < 2 {
		return "", false
	}
	k := m.a - 1
	for k > 0 && (toks[k].Lower == "suicide" || toks[k].Lower == "young" || isQuote(toks[k].Text)) {
		k--
	}
	if !memberNouns[leaderWord(toks[k].Lower)] {
		return "", false
	}
	// "Hizbul Mujahideen chief Syed Salahuddin": the group's own head (a
	// name before "chief" is an organisation, though it reads like a man's);
	// "the Jind Ullah terror group spokesman 'Ahmad Marvat'" too.
	if leaderNouns[leaderWord(toks[k].Lower)] {
		j := k
		for j > 1 && k-j < 3 && groupWords[toks[j-1].Lower] {
			j--
		}
		if i := mentionEndingAt(di.ments[si], j); i >= 0 && (x.groupNamed(di, si, di.ments[si][i]) || !di.ments[si][i].locative && di.ments[si][i].actor < 0 || x.isState(di.ments[si][i])) {
			return di.ments[si][i].key, true
		}
	}
	k--
	for k > 0 && (toks[k].Lower == "suicide" || toks[k].Lower == "own") {
		k--
	}
	if toks[k].Lower != "its" && toks[k].Lower != "their" {
		return "", false
	}
	ms := di.ments[si]
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].b <= k && x.groupNamed(di, si, ms[i]) {
			return ms[i].key, true
		}
	}
	return "", false
}

// leaderApposed reads a group's head told in an apposition beside his
// name: "the leader of the Boko Haram group, Abubakar Shekau, has taken
// responsibility", "Abubakar Shekau, the leader of Boko Haram, said".
func (x *Extractor) leaderApposed(di *docInfo, si int, m mention) (string, bool) {
	toks, ms := di.toks[si], di.ments[si]
	// a group's name after "leader of", "a spokesman for"
	of := func(k int) (string, bool) {
		if k+1 >= len(toks) || !leaderNouns[toks[k].Lower] || toks[k+1].Lower != "of" && toks[k+1].Lower != "for" {
			return "", false
		}
		at := k + 2
		if at < len(toks) && toks[at].Lower == "the" {
			at++
		}
		for _, g := range ms {
			if g.a == at && x.groupNamed(di, si, g) {
				return g.key, true
			}
		}
		return "", false
	}
	if m.a > 0 && toks[m.a-1].Text == "," {
		for k := m.a - 2; k >= 0 && k >= m.a-10 && toks[k].Text != ","; k-- {
			if g, ok := of(k); ok {
				return g, true
			}
		}
	}
	if k := m.b + 1; m.b < len(toks) && toks[m.b].Text == "," && k < len(toks) {
		if determiners[toks[k].Lower] {
			k++
		}
		if g, ok := of(k); ok {
			return g, true
		}
		// "Zabihullah Mujahid, the Taliban's spokesman,", "Dmitry Peskov,
		// a Kremlin spokesman,": the group or state he speaks for.
		for _, g := range ms {
			if g.a != k || !(x.isGroup(g) || x.isState(g)) {
				continue
			}
			e := g.b
			for e < len(toks) && e < g.b+3 && groupWords[toks[e].Lower] {
				e++
			}
			if e < len(toks) && leaderNouns[leaderWord(toks[e].Lower)] && (e+1 == len(toks) || toks[e+1].Text == ",") {
				return g.key, true
			}
		}
		// "Dmitry Peskov, Russian President Vladimir Putin's chief
		// spokesperson,": the state whose leader he speaks for.
		if key, ok := x.stateLeadersAide(toks, ms, k); ok {
			return key, true
		}
	}
	return "", false
}

// stateLeadersAide reads, at k, a state's leader named with his title and
// a possessive, then the aide's words: "Russian President Vladimir
// Putin's chief spokesperson". It returns the state's actor key.
func (x *Extractor) stateLeadersAide(toks []text.Token, ms []mention, k int) (string, bool) {
	if k+2 >= len(toks) || !toks[k].Cap || !isTitle(toks[k+1].Lower) {
		return "", false
	}
	place, ok := x.demonyms[toks[k].Lower]
	if !ok {
		return "", false
	}
	ai, found := x.placeActor(place)
	if !found || x.rs.Actors[ai].Type != "state" {
		return "", false
	}
	for _, p := range ms {
		if p.a != k+2 || !p.poss {
			continue
		}
		// A word or two may describe the aide first: "chief", "press".
		for e := p.b; e < len(toks) && e <= p.b+2 && isLowerWord(toks[e]); e++ {
			if leaderNouns[leaderWord(toks[e].Lower)] && (e+1 == len(toks) || toks[e+1].Text == ",") {
				return "actor:" + x.rs.Actors[ai].ID, true
			}
		}
	}
	return "", false
}

// isState reports a mention of a state the rules declare.
func (x *Extractor) isState(m mention) bool {
	return m.actor >= 0 && x.rs.Actors[m.actor].Type == "state"
}

// keyOf is the actor key of a name as a mention of it would have it.
func (x *Extractor) keyOf(name string) string {
	toks := text.Tokenize(name, 0, len(name))
	if ai, n, ok := x.actors.match(toks, 0); ok && n == len(toks) {
		return "actor:" + x.rs.Actors[ai].ID
	}
	return "name:" + x.nameKey(toks)
}

// opensGroupSlot reports a group mention where a {group} slot wants it:
// just before the pattern's words ("the Real IRA bombing"), or opening the
// slot after them ("killed by Boko Haram insurgents", not "killed by
// security forces via the state-owned RTI").
func (x *Extractor) opensGroupSlot(toks []text.Token, p stancePattern, slots map[string]slotSpan, m mention, a int) bool {
	if p.leadingSlot() == slotActor {
		// "the attack by the Sulu Front killed", "terrorists associated
		// with ISIS killed": a name after a preposition is not the subject
		// of the verb after it ("in Sulu Front attacks" still names whose
		// attacks).
		k := m.a - 1
		if k >= 0 && determiners[toks[k].Lower] {
			k--
		}
		if w := p.words[0]; k >= 0 && prepositions[toks[k].Lower] && (strings.HasSuffix(w, "ed") || w == "shot") {
			return false
		}
		return m.b == a || x.leadsTo(toks, m.b, a)
	}
	sp, ok := slots[slotActor]
	return ok && (m.a == sp.a || m.a == sp.a+1 && determiners[toks[sp.a].Lower])
}

// leadsTo reports words from b to a that keep a group's name the subject
// of the verb at a: its initials in brackets, its men, a day, or an aside
// between commas ("Allied Democratic Forces (ADF) rebels yesterday
// attacked", "the ADF, affiliated with Daesh, attacked").
func (x *Extractor) leadsTo(toks []text.Token, b, a int) bool {
	if b+2 < a && toks[b].Text == "(" && toks[b+2].Text == ")" {
		b += 3 // "(ADF)"
	}
	if b < a && toks[b].Text == "," && toks[a-1].Text == "," && a-b <= 12 {
		return true
	}
	for k := b; k < a; k++ {
		switch t := toks[k]; {
		case t.Text == "(" || t.Text == ")" || acronym(toks[k:k+1]) || x.groupsMen(toks, k):
		case isLowerWord(t) && k+1 < a && x.groupsMen(toks, k+1): // "suicide bomber", "masked gunmen"
		case t.Lower == "yesterday" || t.Lower == "today" || weekdays[t.Lower] || t.Lower == "on":
		default:
			return false
		}
	}
	return a-b <= 5
}

// groupsMen reports a word at k for a group's men: "Sulu Front
// insurgents", "ISIS gunmen".
func (x *Extractor) groupsMen(toks []text.Token, k int) bool {
	if x.perpHeads[base(toks[k].Lower)] {
		return true
	}
	_, _, ok := x.agents.match(toks, k)
	return ok
}

// groupLike reports a mention that names an armed group or an
// organisation: one the rules declare a group, a name with an
// organisation's head, or one with initials in it ("Real IRA").
func (x *Extractor) groupLike(m mention) bool {
	if m.actor >= 0 {
		return x.rs.Actors[m.actor].Type == "group" || x.rs.Actors[m.actor].Type == ""
	}
	if m.person {
		return false
	}
	coded := false // "ULFA", "M23": written as no place is
	for _, w := range strings.Fields(m.name) {
		coded = coded || acronym([]text.Token{{Text: w}}) || codeName(w)
	}
	// "died in Sulu Front attacks", "in M23 attacks": a name the text calls
	// an organisation, or writes as one, is one where a place would stand.
	if m.locative {
		return m.org || coded && !strings.Contains(m.name, " ")
	}
	return m.org || coded
}

// forcesKilled reports a state's forces after a killing verb's "by"
// whose victims, before the verb, are no armed men: "civilians were
// massacred by Cameroonian soldiers".
func (x *Extractor) forcesKilled(toks []text.Token, p stancePattern, m mention, a int) bool {
	if m.actor < 0 || x.rs.Actors[m.actor].Type != "state" || !p.byAgent() {
		return false
	}
	return x.victimsUnarmed(toks, a)
}

// surfaceOf gives a phrase's words as the sentence writes them: "the
// Mahar Mehsud group" keeps the capitals that say it is a name.
func surfaceOf(toks []text.Token, words string) string {
	f := strings.Fields(words)
	if len(f) == 0 {
		return words
	}
	for i := range toks {
		if toks[i].Lower != f[0] {
			continue
		}
		var out []string
		j := i
		for _, w := range f {
			for j < len(toks) && isQuote(toks[j].Text) {
				j++
			}
			if j >= len(toks) || toks[j].Lower != w {
				out = nil
				break
			}
			out = append(out, toks[j].Text)
			j++
		}
		if out != nil {
			return strings.Join(out, " ")
		}
	}
	return words
}

// describing reports a few lower-case words before a name, commas
// between: "the banned, moderate" Islamic Renaissance Party.
func describing(toks []text.Token) bool {
	if len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if t.Text != "," && (!isLowerWord(t) || prepositions[t.Lower] || clauseStop[t.Lower] || t.Lower == "and" || t.Lower == "or") {
			return false
		}
	}
	return true
}

// orgWords names an unknown organisation if the phrase's head is an
// organisation noun; perpetrators ("gunmen", "Central Asians") are not.
func (x *Extractor) orgWords(toks []text.Token) string {
	// "the 14-strong cell": a band's size is no part of its name.
	if len(toks) > 1 && toks[0].Lower == "strong" {
		toks = toks[1:]
	}
	var words []string
	head := -1
	for i, t := range toks {
		if isQuote(t.Text) {
			continue // “local political networks”
		}
		if t.Kind == text.Punct && t.Text != "-" {
			break
		}
		if t.Lower == "no" || t.Lower == "not" || t.Lower == "never" {
			if head >= 0 {
				break // "kidnappers attacked the church, killing no fewer than 25"
			}
			return "" // "no group"
		}
		// "armed groups in villages near Borno State": where they are
		// ends the description ("Army of …", "Front for …" go on).
		if head >= 0 && (locatives[t.Lower] || prepositions[t.Lower]) && t.Lower != "of" && t.Lower != "for" {
			break
		}
		if w := base(t.Lower); x.orgHeads[w] || strings.HasSuffix(w, "s") && x.orgHeads[w[:len(w)-1]] || x.fighters(t.Lower) {
			head = i
		}
	}
	if head < 0 {
		return ""
	}
	from := 0
	// "messages from the group admitting responsibility": what comes from
	// the group is no part of its name.
	for k := head - 1; k > 0; k-- {
		if toks[k].Lower == "from" {
			from = k + 1
			break
		}
	}
	if x.fighters(toks[head].Lower) && !x.orgHeads[base(toks[head].Lower)] {
		// "Kurdish militants", "three assailants": only words that
		// describe fighters qualify them ("Local media reported three
		// assailants" is no group's name).
		from = head
		for from > 0 && x.describesFighters(toks[from-1]) {
			from--
		}
	}
	for _, t := range toks[from : head+1] {
		if !determiners[t.Lower] && !isQuote(t.Text) {
			words = append(words, t.Lower)
		}
	}
	// "the group", "another group": a word that stands for a group named
	// elsewhere, or for none, names no one.
	// "the government", "the regime" name the state the report is about.
	// "the rebels", "the separatists" describe a kind of fighter, as
	// "rebels" does: a description, compatible with any group of that
	// kind, not a word for one named elsewhere.
	if len(words) == 1 && head > 0 && x.orgHeads[base(words[0])] && !stateBodies[words[0]] && !x.fighters(words[0]) {
		return ""
	}
	// "claims that either group was involved": one of groups named
	// elsewhere, not a group of its own.
	if head > 0 && eitherWords[toks[head-1].Lower] {
		return ""
	}
	return strings.Join(words, " ")
}

// eitherWords pick from groups named elsewhere.
var eitherWords = map[string]bool{"either": true, "neither": true, "each": true, "both": true}

// fighters reports a plural of the generic descriptions ("militants",
// "gunmen", "Chechen rebels"): it heads a description of who did it as an
// organisation's name does.
func (x *Extractor) fighters(w string) bool {
	return x.generics[w] && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men"))
}

// describesFighters reports a word that may qualify a description of
// fighters: its own words, a people, a faith, a count, a determiner, a
// link ("Iranian-backed", "al-Qaeda-linked") or a capitalised name.
func (x *Extractor) describesFighters(t text.Token) bool {
	l := t.Lower
	if _, ok := x.demonyms[l]; ok {
		return true
	}
	_, small := smallNumbers[l]
	return x.generics[l] || x.faiths[base(l)] || small || t.Kind == text.Number || determiners[l] ||
		countWords[l] || t.Cap || qualifier(l) || isQuote(t.Text)
}

// countWords open a description of several: "some militants".
var countWords = map[string]bool{"several": true, "some": true, "various": true, "many": true}

// fightersOnly reports a description headed by a word for the men who
// did it ("three assailants", "masked gunmen"), which tells how, not by
// a word for their side ("terrorists", "rebels") or an organisation ("a
// militant group"), which tells who answers for it.
func (x *Extractor) fightersOnly(words string) bool {
	f := strings.Fields(words)
	return len(f) > 0 && x.fighters(f[len(f)-1]) && !x.orgHeads[base(f[len(f)-1])] && doers[f[len(f)-1]]
}

// doers name people by what they did, a closed class of English nouns.
var doers = map[string]bool{"gunmen": true, "assailants": true, "attackers": true, "bombers": true, "shooters": true, "hijackers": true, "men": true, "fighters": true}

// orgPhraseBefore reads an unknown organisation ending just before token a.
func (x *Extractor) orgPhraseBefore(toks []text.Token, a int) string {
	j := a
	for j > 0 && auxiliaries[toks[j-1].Lower] {
		j--
	}
	// what he described as “local political networks” were to blame
	if j > 1 && isQuote(toks[j-1].Text) {
		for o := j - 2; o >= 0 && o >= j-7; o-- {
			if isQuote(toks[o].Text) {
				return x.orgWords(toks[o+1 : j-1])
			}
		}
	}
	// "blamed the coalition for the airstrike": an article right before
	// the pattern leaves no room for a doer ("the coalition airstrike").
	if j > 0 && determiners[toks[j-1].Lower] {
		return ""
	}
	// "the coalition in Yemen on Saturday denied": the day stands apart
	// from who denied and where they are.
	if j >= 2 && weekdays[toks[j-1].Lower] && toks[j-2].Lower == "on" {
		j -= 2
	}
	k := j
	for k > 0 && j-k < 5 && toks[k-1].Kind == text.Word && toks[k-1].Lower != "and" && toks[k-1].Lower != "or" {
		// "Police said messages from the group admitting": who said it
		// is no part of what admits.
		if _, _, ok := x.reporting.match(toks, k-1); ok {
			break
		}
		// "an inquiry on Monday after the navy conceded": the clause of
		// the verb opens after "after".
		if l := toks[k-1].Lower; subordinators[l] {
			break
		}
		// "were killed in a junta airstrike": a name runs over "of" and
		// "for" ("Army of …"), not over where.
		// "the group on Friday claimed": a day is passed over.
		if l := toks[k-1].Lower; k < j && (locatives[l] || prepositions[l]) && l != "of" && l != "for" && !weekdays[toks[k].Lower] && toks[k].Kind != text.Number {
			break
		}
		// "quick in saying that the army was responsible": the
		// clause opens after "that".
		if toks[k-1].Lower == "that" && k >= 2 && toks[k-2].Kind == text.Word && !toks[k-2].Cap {
			break
		}
		// "denied on Sunday that its forces were responsible", "over
		// whether his forces were to blame": a clause opens with its
		// subject's determiner.
		if (toks[k-1].Lower == "that" || toks[k-1].Lower == "whether") && k < j && clauseSubjectOpeners[toks[k].Lower] {
			break
		}
		k--
	}
	// "as a result of the coalition airstrikes": an article after the
	// phrase's first word opens the phrase, when the head follows it
	// ("Army of the Righteous" keeps its "of the").
	for d := j - 2; d > k; d-- {
		if determiners[toks[d].Lower] {
			if x.orgHeads[base(toks[j-1].Lower)] {
				k = d
			}
			break
		}
	}
	// "Rebel groups in Tarvik claimed": the men, then where they are; the
	// place alone is not who claimed.
	if in := k - 1; in >= 1 && k < j && toks[in].Lower == "in" && toks[k].Cap && placeWords(toks[k:j]) {
		if head := toks[in-1].Lower; x.fighters(head) || x.orgHeads[base(head)] {
			s := in - 1
			for s > 0 && in-s < 3 && toks[s-1].Kind == text.Word && !prepositions[toks[s-1].Lower] && !determiners[toks[s-1].Lower] && toks[s-1].Lower != "and" {
				s--
			}
			return x.orgWords(toks[s:j])
		}
	}
	// "No individual or group has claimed it": the "no" before the first
	// of two joined words denies both.
	if k >= 2 && (toks[k-1].Lower == "or" || toks[k-1].Lower == "and") {
		for i := k - 2; i >= 0 && i >= k-3; i-- {
			if l := toks[i].Lower; l == "no" || l == "not" || l == "neither" {
				return ""
			}
		}
	}
	// "28 people, comprising 26 Kelvans and two Tarvikis, took part": the
	// last of an aside's parts is no subject of the verb after it.
	for i := k - 1; i >= 0 && toks[i].Text != "," && toks[i].Text != ";"; i-- {
		if x.asideOfParts(toks, i) {
			return ""
		}
	}
	return x.orgWords(toks[k:j])
}

// clauseSubjectOpeners open the subject of a clause after "that" or
// "whether".
var clauseSubjectOpeners = map[string]bool{"its": true, "his": true, "her": true, "their": true, "the": true, "a": true, "an": true, "these": true, "those": true}

// actorInPhrase finds a declared group in the few words before token a:
// "the PKK terrorist organisation".
func (x *Extractor) actorInPhrase(ms []mention, toks []text.Token, a int) (mention, bool) {
	j := a
	for j > 0 && auxiliaries[toks[j-1].Lower] {
		j--
	}
	k := j
	for k > 0 && j-k < 5 && toks[k-1].Kind == text.Word {
		k--
	}
	for _, m := range mentionsIn(ms, k, j) {
		if m.actor >= 0 && x.rs.Actors[m.actor].Type == "group" {
			return m, true
		}
	}
	return mention{}, false
}

// phraseBefore returns the words of the noun phrase ending before token a.
func (x *Extractor) phraseBefore(toks []text.Token, a int) string {
	j := a
	for j > 0 && auxiliaries[toks[j-1].Lower] {
		j--
	}
	k := j
	for k > 0 && j-k < 4 && toks[k-1].Kind == text.Word && !skippable[toks[k-1].Lower] && toks[k-1].Lower != "on" {
		k--
	}
	for k < j && (determiners[toks[k].Lower] || toks[k].Lower == "but" || toks[k].Lower == "and") {
		k++
	}
	return joinText(toks[k:j])
}

// speakerVerbs introduce who says something.
var speakerVerbs = map[string]bool{"said": true, "say": true, "says": true, "insisted": true, "stated": true, "added": true, "told": true, "announced": true, "alleged": true}

// speaker finds who a claim at token a is quoted from: the subject of the
// nearest reporting verb before it ("the interior minister insisted the
// Taliban were behind …"), else one after it ("…, police said"), else
// "according to X".
func (x *Extractor) speaker(di *docInfo, si, a int) string {
	toks := di.toks[si]
	who := func(i int) string {
		if r := x.subjectBefore(di, si, i); r.ok && r.via == "" {
			return surface(di, r)
		}
		// "Kelvar denied attacking the town and said Marfa was to blame":
		// the second verb's subject is the first's, not the words before it.
		if i > 1 && toks[i-1].Lower == "and" {
			if r := x.coordinatedSubject(di, si, i); r.ok {
				return surface(di, r)
			}
			return openingSubject(toks, i-1)
		}
		if i > 0 && toks[i-1].Kind == text.Word {
			return x.phraseBefore(toks, i)
		}
		return ""
	}
	for i := a - 1; i >= 0; i-- {
		// "Tehran said it had arrested 35, while ISKP had claimed the attack":
		// the speaker of one clause does not speak for the other.
		if contrastStops[toks[i].Lower] {
			break
		}
		// "The government claimed the bombings were carried out by …":
		// "claimed" before a clause of its own says, as "said" does.
		// "killed in an alleged attack": a word of description, no speaker.
		if toks[i].Lower == "alleged" && i > 0 && determiners[toks[i-1].Lower] {
			continue
		}
		if speakerVerbs[toks[i].Lower] || (toks[i].Lower == "claimed" || toks[i].Lower == "claims") && (complementFollows(toks, i+1) || thatAfter(di, si, i+1)) {
			if w := who(i); w != "" {
				return w
			}
		}
	}
	for i := a; i < len(toks); i++ {
		// "… in Kerman that killed 84 people, according to a revised toll":
		// a relative clause has its own source.
		if i > a && clauseStop[toks[i].Lower] {
			break
		}
		if speakerVerbs[toks[i].Lower] && i > a {
			if w := who(i); w != "" {
				return w
			}
		}
		if toks[i].Lower == "according" && i+2 < len(toks) && toks[i+1].Lower == "to" {
			end := i + 2
			for end < len(toks) && end < i+7 && toks[end].Kind == text.Word {
				end++
			}
			return joinText(toks[i+2 : end])
		}
	}
	return ""
}

// contrastStops join clauses with their own speakers.
var contrastStops = map[string]bool{"while": true, "whereas": true, "but": true, "although": true, "though": true}

func (p stancePattern) polarity() string {
	switch {
	case p.none:
		return "none"
	case p.deny:
		return "deny"
	}
	return "assert"
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// eventSpan is the part of an event slot that names the event in a label:
// "a number of other attacks on the country, including a September 22,
// 2018 strike against a military parade" is named by what follows
// "including"; otherwise the slot up to its first comma, at most ten words.
func eventSpan(toks []text.Token, sp slotSpan) (int, int) {
	a, b := sp.a, sp.b
	for k := a; k < b; k++ {
		if toks[k].Lower == "including" && k+1 < b {
			a = k + 1
			break
		}
	}
	for k := a + 1; k < b; k++ {
		if toks[k].Text == "," && !(k+1 < b && toks[k+1].Kind == text.Number) {
			b = k // a comma before a year belongs to the date
			break
		}
	}
	if b-a > 10 {
		b = a + 10
		// Cut short: end on a word that names, not on "in", "with a".
		for b > a+1 && (toks[b-1].Kind != text.Word || prepositions[toks[b-1].Lower] || nounMakers[toks[b-1].Lower] || toks[b-1].Lower == "and") {
			b--
		}
	}
	return a, b
}

// accountWords open what someone is blamed for when it is not the attack
// itself: "blamed the security services for the failure to …".
var accountWords = map[string]bool{"not": true, "failure": true, "failures": true, "failings": true, "lapse": true, "lapses": true, "negligence": true, "inaction": true, "mistakes": true, "errors": true, "missing": true, "ignoring": true}

// blameForOther reports a stance whose "for …" after the pattern names
// something other than carrying out an attack: "commentators blamed the
// security services for failing to prevent the bombings" holds them to
// account, it does not say they were behind it; "blamed the US for the
// chaos" names no attack at all.
func (x *Extractor) blameForOther(toks []text.Token, b int) bool {
	if b+1 >= len(toks) || toks[b].Lower != "for" {
		return false
	}
	k := b + 1
	if toks[k].Lower == "the" || toks[k].Lower == "their" || toks[k].Lower == "its" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if _, _, ok := x.events.match(toks, k); ok {
		return false
	}
	// "Islamic militants were to blame for the violence": the attack told
	// as what it brought, blamed as the attack is (no kind of attack).
	if claimedNouns[toks[k].Lower] {
		return false
	}
	// "the Popular Front for the Liberation of Palestine": a name's "for".
	if toks[b-1].Cap && x.orgHeads[base(toks[b-1].Lower)] && toks[k].Cap {
		return false
	}
	w := toks[k].Lower
	if accountWords[w] || (k == b+1 && strings.HasSuffix(w, "ing")) {
		return true
	}
	// "blamed the United States for the chaos at the airport": no attack
	// named in the rest of the clause, so it is blame for something else.
	for e := k; e < len(toks) && e < k+10; e++ {
		if toks[e].Kind == text.Punct && toks[e].Text != "-" && toks[e].Text != "'" && toks[e].Text != "’" {
			break
		}
		if _, _, ok := x.events.match(toks, e); ok {
			return false
		}
	}
	return true
}

// coordinatedSubject reads the subject of a verb joined by "and" to the
// sentence's first: "The Taliban condemned the attack, apparently aimed at
// civilians, and denied any responsibility". The sentence must open with
// the group and name no other actor before the verb at a.
func (x *Extractor) coordinatedSubject(di *docInfo, si, a int) ref {
	toks, ms := di.toks[si], di.ments[si]
	if a < 2 || toks[a-1].Lower != "and" || len(ms) == 0 {
		return ref{}
	}
	// "the group that calls itself Deccan Mujahideen and claimed": the
	// name it calls itself is the subject of both verbs.
	if i := mentionEndingAt(ms, a-1); i >= 0 && ms[i].org && callsItself(toks, ms[i].a) {
		return ref{m: ms[i], sent: si, ok: true}
	}
	m := ms[0]
	// It opens the sentence, or follows an opening phrase set off by a
	// comma ("After the incident, IS published … and claimed …").
	at := m.a
	if at > 0 && toks[at-1].Lower == "the" {
		at--
	}
	if at > 0 && toks[at-1].Text != "," || m.poss || !x.isGroup(m) && (m.actor < 0 || x.rs.Actors[m.actor].Type != "state") {
		return ref{}
	}
	for _, o := range ms[1:] {
		if o.a < a && o.actor >= 0 && o.key != m.key {
			return ref{}
		}
	}
	for _, t := range toks[m.b : a-1] {
		if speakerVerbs[t.Lower] {
			return ref{} // "X said the army … and denied": whose verb is unclear
		}
	}
	return ref{m: m, sent: si, ok: true}
}

// callsItself reports "calls itself", "calling itself" or "called
// itself", with or without "the", just before token a.
func callsItself(toks []text.Token, a int) bool {
	p := a - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p < 1 || toks[p].Lower != "itself" {
		return false
	}
	switch toks[p-1].Lower {
	case "calls", "calling", "called":
		return true
	}
	return false
}

// subjectEventBeyondAside finds the attack a clause is about when an
// aside stands between it and the verb at token a: "Sunday's attack on
// the church, which killed 40 worshippers, has been linked to ISWAP". The
// clause's first attack word, after its opening ("…said that"), is its
// subject; -1 when the words before the verb close no aside.
// relativeEvent finds the attack a relative clause opened just before
// token a stands for: "The bombings, which were later claimed by al-Qaeda,
// …". It returns the attack word's token, or -1.
func (x *Extractor) relativeEvent(toks []text.Token, a int) int {
	k := a - 1
	for k >= 0 && (auxiliaries[toks[k].Lower] && toks[k].Lower != "which" && toks[k].Lower != "that" || adverb(toks[k]) || toks[k].Lower == "later") {
		k--
	}
	if k < 2 || toks[k].Lower != "which" && toks[k].Lower != "that" || toks[k-1].Text != "," {
		return -1
	}
	ev := -1
	for j := k - 2; j >= 0 && j >= k-9 && toks[j].Kind != text.Punct; j-- {
		if _, n, ok := x.events.match(toks, j); ok && j+n <= k-1 {
			ev = j
		}
	}
	return ev
}

func (x *Extractor) subjectEventBeyondAside(toks []text.Token, a int) int {
	k := a - 1
	for k >= 0 && auxiliaries[toks[k].Lower] && toks[k].Lower != "that" && toks[k].Lower != "which" && toks[k].Lower != "who" {
		k--
	}
	if k < 1 || toks[k].Text != "," {
		return -1
	}
	from := k
	for from > 0 && k-from < 40 {
		t := toks[from-1]
		if t.Lower == "that" || t.Text == ";" || t.Text == ":" || t.Text == "—" || t.Text == "\"" || t.Text == "“" {
			break
		}
		from--
	}
	if k-from >= 40 {
		return -1
	}
	for i := from; i < k; i++ {
		if toks[i].Text == "," {
			return -1 // the clause opens with something else: "After the attack, police said …"
		}
		if _, _, ok := x.events.match(toks, i); ok {
			return i
		}
	}
	return -1
}

// eventOpeners may begin the words naming an event: "the attack", "a car
// bombing", "several fatal attacks", "Friday's attack".
var eventOpeners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true, "its": true, "their": true, "several": true, "many": true, "multiple": true, "some": true, "two": true, "three": true, "twin": true, "both": true, "another": true, "other": true, "numerous": true, "dozens": true, "most": true, "all": true, "any": true}

// eventSlot reports whether a slot names an attack: it opens like a noun
// phrase and holds an event word; counter-terrorism operations ("anti-IS
// operations") are not attacks anyone claims.
func (x *Extractor) eventSlot(toks []text.Token) bool {
	if len(toks) == 0 {
		return false
	}
	// blamed Kelvia for “the terrorist act”: a speaker's words, quoted.
	for len(toks) > 1 && isQuote(toks[0].Text) {
		toks = toks[1:]
	}
	// "of deliberately shelling the camp": how, then the attack.
	if len(toks) > 1 && strings.HasSuffix(toks[0].Lower, "ly") && !toks[0].Cap {
		toks = toks[1:]
	}
	// "involved in last week's siege": a day's possessive before the
	// attack says when, as "Friday's attack" does.
	if n := timePossessive(toks); n > 0 && n < len(toks) {
		toks = toks[n:]
	}
	first := toks[0]
	// "accused Kelvar of striking the camp": the verb of an attack word
	// ("strike", "attack", "raid"), as a gerund, is the attack.
	// One attack, not a habit: the gerund takes a definite object ("the
	// camp", "a convoy", "Tarvik"), not "attacking military targets".
	if x.attackGerund(first.Lower) && len(toks) > 1 && (toks[1].Cap || toks[1].Lower == "the" || toks[1].Lower == "a" || toks[1].Lower == "an" || toks[1].Lower == "this" || toks[1].Lower == "that") {
		return true
	}
	// "blame for violence", "for killings": a bare noun of what is
	// blamed opens the slot too; not "for murder", a charge in court.
	if !(eventOpeners[first.Lower] || first.Cap || first.Kind == text.Number || claimedNouns[first.Lower] && first.Lower != "murder" && first.Lower != "murders") {
		_, _, ok := x.events.match(toks, 0)
		// "claims checkpoint bombing": a headline's site before the attack.
		if _, n, site := x.sites.match(toks, 0); !ok && site && n < len(toks) {
			_, _, ok = x.events.match(toks, n)
		}
		if !ok {
			return false
		}
	}
	found := false
	for k, t := range toks {
		if strings.HasPrefix(t.Lower, "anti") || strings.HasPrefix(t.Lower, "counter") {
			return false
		}
		if _, _, ok := x.events.match(toks, k); ok || claimedNouns[t.Lower] {
			found = true
		}
	}
	return found
}

// attackBeforeIt reports an event slot that is only "it" when the words
// before it, in its sentence or the one before, name an attack: "A bomb
// killed 12 in Selo. The president said the Sulu Front was behind it."
func (x *Extractor) attackBeforeIt(di *docInfo, si int, sp slotSpan) bool {
	toks := di.toks[si]
	if sp.b-sp.a != 1 || toks[sp.a].Lower != "it" {
		return false
	}
	for k := 0; k < sp.a; k++ {
		if x.attackWord(toks, k) {
			return true
		}
	}
	if si == 0 {
		return false
	}
	prev := di.toks[si-1]
	for k := range prev {
		if x.attackWord(prev, k) {
			return true
		}
	}
	return false
}

// timePossessive gives the length of a possessive of time opening toks:
// "last week's", "last year's", "yesterday's"; 0 if none.
func timePossessive(toks []text.Token) int {
	switch {
	case isPossessive(toks[0]) && (strings.HasPrefix(toks[0].Lower, "yesterday") || strings.HasPrefix(toks[0].Lower, "today") || strings.HasPrefix(toks[0].Lower, "tonight")):
		return 1
	case len(toks) > 1 && (toks[0].Lower == "last" || toks[0].Lower == "this") && isPossessive(toks[1]) && (timeUnits[strings.TrimSuffix(strings.TrimSuffix(toks[1].Lower, "'s"), "’s")] || strings.HasPrefix(toks[1].Lower, "night")):
		return 2
	}
	return 0
}

// attackGerund reports the -ing form of a one-word attack noun that is
// also its verb: "striking", "attacking", "raiding", "ambushing".
func (x *Extractor) attackGerund(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	for _, s := range []string{stem, stem + "e"} {
		if _, n, ok := x.events.match([]text.Token{{Lower: s, Text: s, Kind: text.Word}}, 0); ok && n == 1 {
			return true
		}
	}
	return false
}

// claimedNouns name no attack alone (they are no kind of attack for
// telling events apart), but what a group claims or is blamed for is one:
// "claimed responsibility for the incident", "for the killings",
// "militants were to blame for the violence", "responsible for the
// murder of women and children".
var claimedNouns = map[string]bool{"murder": true, "murders": true, "incident": true, "incidents": true, "killings": true, "violence": true, "bloodshed": true, "unrest": true, "crackdown": true}

// surface is a mention as the document writes it, without a possessive:
// "Turkish authorities", "the Kremlin" rather than the actor's name.
func surface(di *docInfo, r ref) string {
	toks := di.toks[r.sent]
	end := r.m.b
	if r.end > end {
		end = r.end
	}
	w := di.text[toks[r.m.a].Start:toks[end-1].End]
	for _, suf := range []string{"’s", "'s"} {
		w = strings.TrimSuffix(w, suf)
	}
	return w
}

// denyVerbs put what follows "that" in doubt.
// noSupport nouns after "no" deny what follows "that": "no evidence that".
var noSupport = map[string]bool{"evidence": true, "indication": true, "sign": true, "proof": true, "suggestion": true}

// alliedNouns after a name make an actor other than it: "a US ally", "an
// Iranian proxy".
// placeWords reports words that name a place: capitalised, or a kind of
// place ("Selo province").
func placeWords(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind != text.Word || !t.Cap && !placeNouns[t.Lower] {
			return false
		}
	}
	return true
}

// usedThing reports a name that tells what was used, not who used it:
// "the use of RDX has been suspected".
func usedThing(toks []text.Token, m mention) bool {
	return m.a >= 2 && toks[m.a-1].Lower == "of" && (toks[m.a-2].Lower == "use" || toks[m.a-2].Lower == "usage")
}

// habitual reports an adverb of frequency in tokens a..b: "often
// claims", "usually blamed on".
func habitual(toks []text.Token, a, b int) bool {
	for _, t := range toks[a:min(b, len(toks))] {
		if frequencyAdverbs[t.Lower] {
			return true
		}
	}
	return false
}

var frequencyAdverbs = map[string]bool{"often": true, "usually": true, "frequently": true, "typically": true, "routinely": true, "regularly": true, "generally": true, "normally": true, "sometimes": true, "rarely": true, "seldom": true}

// enemyOf reports a name that tells whom the men oppose: "the enemies of
// Kelvar", "Kelvar's foes".
func enemyOf(toks []text.Token, m mention) bool {
	if m.a >= 2 && toks[m.a-1].Lower == "of" && enemyNouns[toks[m.a-2].Lower] {
		return true
	}
	k := m.b
	if k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s" || toks[k].Text == "'" || toks[k].Text == "’") {
		k++
	}
	return (m.poss || k > m.b) && k < len(toks) && enemyNouns[toks[k].Lower]
}

var enemyNouns = map[string]bool{"enemy": true, "enemies": true, "foe": true, "foes": true, "opponents": true, "adversaries": true}

var alliedNouns = map[string]bool{"ally": true, "allies": true, "proxy": true, "proxies": true, "partner": true, "partners": true, "client": true, "backer": true, "backers": true}

// denyForms are the forms (see form) of verbs that deny what follows them.
var denyForms = map[string]bool{"deni": true, "reject": true, "dismiss": true}

func denies(t text.Token) bool { return denyForms[form(t.Lower)] }

// plainSubject reports words that can be the subject of a denied clause
// ("the deadly explosions"), not a report of it ("the Kremlin's
// suggestion that"), which says who suggested it.
func plainSubject(toks []text.Token) bool {
	for _, t := range toks {
		possessive := strings.HasSuffix(t.Lower, "'s") || strings.HasSuffix(t.Lower, "’s")
		if t.Kind != text.Word || possessive || t.Lower == "that" || t.Lower == "s" || reportNouns[t.Lower] {
			return false
		}
	}
	return true
}

// deniedSubjects open the subject of a clause a denial denies whole.
var deniedSubjects = map[string]bool{"the": true, "this": true, "these": true, "its": true, "their": true}

// reportNouns are what a denial may deny: "denied claims that …".
var reportNouns = map[string]bool{"claims": true, "reports": true, "allegations": true, "accusations": true, "suggestions": true, "charges": true, "assertions": true}

// deniedThat finds a denial of what the pattern says in the few words
// before token a (the pattern's first word) and returns the index of the
// denying verb, or -1: "denied that they were behind", "denied being
// behind", "deny Turkish claims they carried out".
func deniedThat(toks []text.Token, a int) int {
	if a >= 1 && denies(toks[a-1]) {
		return a - 1
	}
	for k := a - 1; k >= 1 && k >= a-5; k-- {
		// "denied the charges and said the army carried it out": what is
		// said after the denial is asserted.
		if toks[k].Kind == text.Punct || speakerVerbs[toks[k].Lower] {
			return -1
		}
		if toks[k].Lower == "that" {
			if d := denierBefore(toks, k); d >= 0 {
				return d
			}
		}
		// "denied the explosions were the work of X": the denial's object
		// is the clause, opened by its subject's article.
		if deniedSubjects[toks[k].Lower] && denies(toks[k-1]) && plainSubject(toks[k+1:a]) {
			return k - 1
		}

		if reportNouns[toks[k].Lower] {
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if denies(toks[j]) {
					return j
				}
			}
		}
		// "there was no evidence that Iran was behind the attack".
		if toks[k].Lower == "that" && k >= 2 && noSupport[toks[k-1].Lower] && toks[k-2].Lower == "no" {
			return k - 2
		}
	}
	return -1
}

// ownForces reports actor words that are only a force's head ("forces",
// "troops"): read after a possessive pronoun, whose forces the sentence's
// subject says.
func ownForces(words string) bool {
	f := strings.Fields(strings.ToLower(words))
	return len(f) == 1 && forceHeads[f[0]]
}

// messageBefore reports a word for a message left at an attack in the
// words before a: "Narco-banners left at the scene … and signed by".
func messageBefore(toks []text.Token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-14; k-- {
		if toks[k].Text == "." || toks[k].Text == ";" {
			return false
		}
		// A compound's last part: "narco-banners" are banners.
		w := toks[k].Lower
		if dash := strings.LastIndexByte(w, '-'); dash >= 0 {
			w = w[dash+1:]
		}
		if messageNouns[w] {
			return true
		}
	}
	return false
}

// messageNouns are what a group leaves at an attack to say it was theirs.
var messageNouns = map[string]bool{"banner": true, "banners": true, "message": true, "messages": true, "note": true, "notes": true, "poster": true, "posters": true, "sign": true, "signs": true, "placard": true, "placards": true, "graffiti": true}

// questioned reports "whether" opening the clause of the pattern at a:
// "over whether his forces were to blame".
func questioned(toks []text.Token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		if toks[k].Kind == text.Punct {
			return false
		}
		if toks[k].Lower == "whether" {
			return true
		}
	}
	return false
}

// denierBefore finds a denying verb just before "that" at k, over a day
// or a manner between ("denied on Sunday that", "strongly denied that"),
// and returns its index, or -1.
func denierBefore(toks []text.Token, k int) int {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if denies(toks[j]) {
			return j
		}
		t := toks[j]
		if t.Kind != text.Word || !(t.Lower == "on" || t.Lower == "late" || t.Lower == "early" || t.Lower == "again" || weekdays[t.Lower] || adverb(t)) {
			return -1
		}
	}
	return -1
}

// otherWords before an attack word make it other attacks than the one a
// report is about: "similar attacks in the past", "previous bombings".
var otherWords = map[string]bool{"similar": true, "previous": true, "prior": true, "past": true, "earlier": true, "former": true}

// otherAttacks reports an event slot about other attacks. The two words
// before the slot count too: a slot may begin at the noun ("similar
// attacks"), but not across a comma ("Earlier, the attack").
func (x *Extractor) otherAttacks(toks []text.Token, sp slotSpan) bool {
	from := sp.a
	for from > 0 && sp.a-from < 2 && toks[from-1].Kind == text.Word {
		from--
	}
	seen := false // past the attack word, "earlier" tells when, not which
	for k := from; k < sp.b && k < len(toks); k++ {
		if otherWords[toks[k].Lower] && (!seen || toks[k].Lower == "past") {
			return true
		}
		seen = seen || x.attackWord(toks, k)
	}
	return false
}

// cleanAttributor trims a phrase read as who says so to the words that can
// say it: "with the government" is the government, "ISIS and" is ISIS,
// and "for the blast and", "Saturday" or "PKK denied involvement" say
// nobody.
func cleanAttributor(s string) string {
	ws := strings.Fields(s)
	for len(ws) > 0 && attributorEdges[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	for len(ws) > 0 && attributorEdges[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	// "…, instead seeking to blame the air defences": a verb that the
	// infinitive hangs on, not a speaker.
	if len(ws) == 0 || strings.EqualFold(ws[len(ws)-1], "to") {
		return ""
	}
	for _, w := range ws {
		l := strings.ToLower(strings.Trim(w, ",.;:"))
		if attributorStops[l] {
			return "" // a fragment of a clause, not a speaker
		}
	}
	if weekdays[strings.ToLower(ws[0])] && len(ws) == 1 {
		return ""
	}
	return strings.Join(ws, " ")
}

// attributorEdges are words a speaker's phrase does not start or end with.
var attributorEdges = map[string]bool{"with": true, "and": true, "or": true, "but": true, "shortly": true, "after": true, "before": true, "as": true, "while": true, "following": true, "then": true, "instead": true, "also": true, "later": true, "meanwhile": true}

// attributorStops never stand in who says something: a preposition that
// opens the event, a pronoun that opens a clause.
var attributorStops = map[string]bool{"for": true, "of": true, "he": true, "she": true, "they": true, "it": true, "we": true, "which": true, "whoever": true, "that": true, "blast": true, "attack": true, "bombing": true,
	"denied": true, "claimed": true, "blamed": true, "accused": true, "said": true, "says": true}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// stateOfCapital is the state whose capital the rules name so, or -1.
func (x *Extractor) stateOfCapital(name string) int {
	for i, a := range x.rs.Actors {
		if a.Type == "state" && a.Capital != "" && strings.EqualFold(a.Capital, name) {
			return i
		}
	}
	return -1
}

// bodyOf finds a state's body "of" a leader named at token a, a title
// perhaps between: "the government of President Olan Vesk", "forces of
// Olan Vesk".
func bodyOf(toks []text.Token, a int) (string, bool) {
	k := a - 1
	if k >= 0 && isTitle(toks[k].Lower) {
		k--
	}
	if k < 1 || toks[k].Lower != "of" || !stateBodies[toks[k-1].Lower] {
		return "", false
	}
	return toks[k-1].Text, true
}

// stateBodies after a leader's possessive name the state's own armed or
// governing body: "Assad's forces", "the president's regime".
var stateBodies = map[string]bool{"junta": true, "forces": true, "military": true, "army": true, "regime": true, "government": true, "troops": true}

// cutRelative drops a relative clause with no "that" from the end of a
// phrase: "Islamic militants he commands" are the Islamic militants.
func cutRelative(words string) string {
	f := strings.Fields(words)
	for i := 1; i < len(f); i++ {
		switch strings.ToLower(f[i]) {
		case "he", "she", "they", "we", "it", "i":
			return strings.Join(f[:i], " ")
		}
	}
	return words
}

// hoaxIn reports a sentence that calls what it tells a hoax.
func hoaxIn(toks []text.Token) bool {
	for _, t := range toks {
		if t.Lower == "hoax" || t.Lower == "bogus" {
			return true
		}
	}
	return false
}

// answersAttack reports a sentence that tells its deed (the pattern's
// words a..b, and its slots) as an answer to an attack named outside
// them: "Kelvar's air force joined the strikes following the attack on
// the convoy".
func (x *Extractor) answersAttack(toks []text.Token, a, b int, slots map[string]slotSpan) bool {
	inside := func(k int) bool {
		if k >= a && k < b {
			return true
		}
		for _, sp := range slots {
			if k >= sp.a && k < sp.b {
				return true
			}
		}
		return false
	}
	for k := range toks {
		_, n, ok := x.responses.match(toks, k)
		if !ok || inside(k) {
			continue
		}
		// The answered attack: a definite or possessive word for it a few
		// words on ("the attack", "Friday's bombing", "the deadly assault").
		j := k + n
		if j >= len(toks) || toks[j].Lower != "the" && toks[j].Lower != "this" && toks[j].Lower != "that" && !isPossessive(toks[j]) {
			continue
		}
		for e := j + 1; e < len(toks) && e <= j+4; e++ {
			if x.eventWord(toks, e) {
				return true
			}
			if toks[e].Kind == text.Punct && !isPossessive(toks[e]) {
				break
			}
		}
	}
	return false
}
