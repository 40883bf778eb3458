package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// Days a text gives to what followed an attack, not to the attack: a
// burial, a flight from the town, told with a day of its own.

// otherActsDay reports a day the text gives to what followed the attack:
// "the families of those killed by troops buried their dead yesterday"
// (another verb, with its object, has the day, and the victims' verb
// before it only says who they were). Such a day is not the attack's, and
// a report dated by it would sit apart from reports of the day itself. An
// attack's own noun before the verb is its subject ("an explosion
// destroyed a building on Monday").
func (x *Extractor) otherActsDay(toks []text.Token, d when.Date) bool {
	ti := tokIndex(toks, d.Start)
	verb := false // a verb in the past with its object stands before the date
	for k := ti - 1; k >= 0; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || clauseStop[t.Lower] {
			break
		}
		if !x.attackWord(toks, k) {
			// "buried their dead".
			if len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && !t.Cap && k+1 < ti && objectHeads[toks[k+1].Lower] {
				verb = true
			}
			continue
		}
		if _, _, ok := x.events.match(toks, k); ok {
			return false
		}
		return verb
	}
	return false
}

// followsAttack reports a day followed by the attack it came after:
// "tourists scrambled to leave the resort yesterday following the attack",
// "mourning began on Tuesday after an attack that killed 79". The attack
// was that day or in the days before it.
func (x *Extractor) followsAttack(toks []text.Token, d when.Date) bool {
	tj := tokIndex(toks, d.End)
	if d.Precision != when.PrecDay || tj >= len(toks) || toks[tj].Lower != "following" && toks[tj].Lower != "after" {
		return false
	}
	// "Maoists killed 12 jawans on Saturday after drawing them into an
	// ambush": the killing the day's own clause tells is the attack.
	for k := tokIndex(toks, d.Start) - 1; k >= 0 && k >= tokIndex(toks, d.Start)-8 && toks[k].Kind != text.Punct; k-- {
		if x.attackWord(toks, k) {
			return false
		}
	}
	for k := tj + 1; k < len(toks) && k <= tj+6; k++ {
		if x.attackWord(toks, k) {
			return true
		}
	}
	return false
}

// followedDays is how many days before a day that follows it an attack may
// have been.
const followedDays = 7

// objectHeads open the object of a verb: "buried their dead".
var objectHeads = map[string]bool{"the": true, "their": true, "his": true, "her": true, "its": true, "a": true, "an": true}

// attackWord reports a word for the attack or for its victims' fate at k;
// the first half of a compound ("bomb-stricken resort") qualifies another
// word and names no attack.
func (x *Extractor) attackWord(toks []text.Token, k int) bool {
	if k+1 < len(toks) && toks[k+1].Text == "-" && toks[k+1].Start == toks[k].End {
		return false
	}
	if _, _, ok := x.events.match(toks, k); ok {
		return true
	}
	if v, _, ok := x.countVerbs.match(toks, k); ok && x.rs.Counts[v].Victims {
		return true
	}
	return false
}

// aboutAntecedent reports a date in a relative clause about someone or
// something other than the attack: "blamed the blast on the ELN, which
// only last week started peace talks" dates the talks, not the blast; "the
// bombing, which took place last week" and ", which killed 12 last week"
// date the attack.
func (x *Extractor) aboutAntecedent(toks []text.Token, d when.Date) bool {
	for k := tokIndex(toks, d.Start) - 1; k >= 2; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == "." || x.attackWord(toks, k) {
			return false
		}
		// "Boko Haram, which was founded in 2002": a dated fact of the
		// group, which its own claim reads.
		if _, _, ok := x.factVerbs.match(toks, k); ok {
			return false
		}
		if t.Lower == "which" {
			j := k - 1
			if toks[j].Text == "," {
				j--
			}
			// "the attack in which": the clause is the attack's.
			if toks[j].Text == ")" || relativePrepositions[toks[j].Lower] {
				return false
			}
			// "the shooting at the Sadiq bus station, which happened on June
			// 15": the phrase before the clause names the attack.
			for n := j; n >= 0 && n > j-20 && toks[n].Text != "," && toks[n].Text != ";"; n-- {
				if x.attackWord(toks, n) {
					return false
				}
				if n < j && isVerbLike(toks[n]) {
					break // the clause before: "blamed the blast on"
				}
			}
			return !occurrenceVerbs[toks[k+1].Lower]
		}
	}
	return false
}

// occurrenceVerbs after "which" tell that the thing before it happened:
// an attack, whatever the words that name it.
var occurrenceVerbs = map[string]bool{"happened": true, "occurred": true, "took": true, "unfolded": true}

// relativePrepositions open a relative clause about what comes before them.
var relativePrepositions = map[string]bool{"in": true, "during": true, "on": true, "at": true, "of": true, "after": true, "since": true}
