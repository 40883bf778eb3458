package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// linkEvents gives each sentence the sentence that names the event it is
// about. A sentence naming an event with words of its own ("a car bombing in
// the southeastern part of the country") starts a new one; "the bombing",
// "this attack" or no event word at all refer back to the last one, for up
// to six sentences.
func (x *Extractor) linkEvents(di *docInfo) {
	last := -1
	for si, toks := range di.toks {
		own := false
		mentioned := false
		for k := range toks {
			if _, n, ok := x.events.match(toks, k); ok {
				if intended(toks, k) {
					continue // "vowed to intensify attacks on extremists": none yet
				}
				if mentioned && !own && trailingParticiple(toks, k) {
					continue // "the attack was deadlier, killing 600": the attack told
				}
				mentioned = true
				if !anaphoricEvent(toks, k, n) && !x.namedPerpetrator(toks, k, n) {
					own = true
				}
			}
		}
		switch {
		case own && (x.displaced(toks, true) || x.otherAttack(toks) >= 0):
			// "The attack comes a week after a bomber attacked a mosque in
			// Kunduz": the attack it names is another; "the toll" further
			// on is still the report's.
			di.events[si] = si
		case own:
			last = si
			di.events[si] = si
		case last >= 0 && si-last <= 6:
			di.events[si] = last
		case mentioned:
			last = si
			di.events[si] = si
		}
	}
}

// trailingParticiple reports a participle that opens a clause after a
// comma ("…, killing 20"): it tells what the clause's attack did, not
// another attack.
func trailingParticiple(toks []text.Token, k int) bool {
	return k > 0 && toks[k-1].Text == "," && strings.HasSuffix(toks[k].Lower, "ing")
}

// anaphoricEvent reports "the attack", "this attack", "the bombing": a
// determiner and the event noun with nothing that names it.
func anaphoricEvent(toks []text.Token, k, n int) bool {
	if k == 0 {
		return false
	}
	// "the lone gunman", "this deadly attack": lower-case words between
	// the determiner and the noun describe it without naming it.
	j := k - 1
	for j > 0 && k-j <= 2 && toks[j].Kind == text.Word && !toks[j].Cap && !anaphorDeterminers[toks[j].Lower] {
		j--
	}
	d := toks[j].Lower
	if !anaphorDeterminers[d] {
		return false
	}
	e := k + n
	if e < len(toks) {
		nx := toks[e].Lower
		if nx == "on" || nx == "in" || nx == "at" || nx == "near" || nx == "against" || toks[e].Cap {
			return false
		}
	}
	return true
}

// namedPerpetrator reports "the suspected bomber Umar Nabi": a word for
// the attacker that a definite article opens and a name follows tells who
// did the attack already told, not a new attack.
func (x *Extractor) namedPerpetrator(toks []text.Token, k, n int) bool {
	if _, m, ok := x.perps.match(toks, k); !ok || m != n || k+n >= len(toks) || !toks[k+n].Cap {
		return false
	}
	return definiteBefore(toks, k, false)
}

// definiteBefore reports a definite article or a demonstrative at most
// three words before token k, only words of description between ("the
// horrific massacre", "the suspected bomber"); names among them too when
// names may describe ("the Chittisinghpura massacre").
func definiteBefore(toks []text.Token, k int, names bool) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := toks[j]
		if anaphorDeterminers[w.Lower] {
			return true
		}
		if w.Kind != text.Word || determiners[w.Lower] || prepositions[w.Lower] || w.Cap && !names {
			return false
		}
	}
	return false
}

var anaphorDeterminers = map[string]bool{"the": true, "this": true, "that": true, "those": true, "these": true}

// intentWords before attack words speak of attacks to come: "vowed to
// intensify attacks", "threatened more attacks", "warned of attacks".
var intentWords = map[string]bool{"vowed": true, "vows": true, "vow": true, "pledged": true, "pledges": true, "promised": true, "promises": true, "threatened": true, "threatens": true, "threaten": true, "warned": true, "warns": true, "plans": true, "planned": true, "planning": true, "intends": true}

// intended reports attack words at token k that a word of intent governs.
func intended(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Kind == text.Punct {
			return false
		}
		if intentWords[toks[j].Lower] {
			return true
		}
	}
	return false
}
