package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// A state's armed forces as reports name them when they say who killed:
// "by government forces", "by the Syrian army", "by Cameroon soldiers",
// "by security forces". forceHeads are the men (or machines) that act,
// forceQualifiers the words that make them a state's ("Kelvan
// intelligence agents", "the air force"); forceMen may act unqualified
// ("soldiers opened fire"), machines may not ("artillery").
var (
	forceHeads      = map[string]bool{"forces": true, "troops": true, "soldiers": true, "army": true, "military": true, "police": true, "policemen": true, "gendarmes": true, "tanks": true, "helicopters": true, "warplanes": true, "warplane": true, "jets": true, "jet": true, "aircraft": true, "drones": true, "gunships": true, "artillery": true, "agents": true, "operatives": true, "commandos": true, "junta": true, "force": true}
	forceMen        = map[string]bool{"soldiers": true, "troops": true, "police": true, "policemen": true, "gendarmes": true}
	forceQualifiers = map[string]bool{"government": true, "regime": true, "state": true, "security": true, "armed": true, "federal": true, "national": true, "army": true, "military": true, "police": true, "fighter": true, "combat": true, "intelligence": true, "junta": true, "air": true}
)

// forcesAt reads a state's forces opening at k, as lower-case words
// without the article ("government forces", "syrian army"), and where
// they end. A bare head must be definite ("the army"): "by soldiers"
// names no state.
func (x *Extractor) forcesAt(toks []text.Token, k int) (string, int, bool) {
	return x.forcesFrom(toks, k, false)
}

// forcesFrom is forcesAt; bare lets a head stand alone ("soldiers opened
// fire on the crowd": whose, the report's place tells).
func (x *Extractor) forcesFrom(toks []text.Token, k int, bare bool) (string, int, bool) {
	i := k
	definite := i < len(toks) && toks[i].Lower == "the"
	if definite {
		i++
	}
	from, quals := i, 0
	for i < len(toks) {
		t := toks[i]
		if _, ok := x.demonyms[t.Lower]; ok && t.Cap {
			quals, i = quals+1, i+1
			continue
		}
		if ai, n, ok := x.actors.match(toks, i); ok && x.rs.Actors[ai].Type == "state" {
			quals, i = quals+1, i+n
			continue
		}
		// "army troops", but "the army" alone is a head.
		if forceQualifiers[t.Lower] && i+1 < len(toks) && forceHeads[toks[i+1].Lower] {
			quals, i = quals+1, i+1
			continue
		}
		break
	}
	head := i
	for i < len(toks) && forceHeads[toks[i].Lower] {
		i++
	}
	if i == head || quals == 0 && !(bare && forceMen[toks[head].Lower] || definite && (toks[head].Lower == "army" || toks[head].Lower == "military")) {
		return "", 0, false
	}
	words := make([]string, 0, i-from)
	for _, t := range toks[from:i] {
		words = append(words, t.Lower)
	}
	return strings.Join(words, " "), i, true
}

// victimsUnarmed reports that the words before a killing verb's "by" at a
// name no armed men: "civilians were massacred by soldiers" says who did
// it; "three gunmen were killed by soldiers" and "four suspects, named
// …, were killed by security forces" tell how the hunt for the attackers
// ended, and "tribesmen who have been killed by the army" are other deaths.
func (x *Extractor) victimsUnarmed(toks []text.Token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-24; k-- {
		t := toks[k]
		if t.Kind == text.Punct && t.Text != "," && t.Text != "(" && t.Text != ")" {
			break
		}
		if x.armed(t.Lower) || notVictims[t.Lower] {
			return false
		}
	}
	return true
}

// notVictims before a killing's "by": the men hunted for the attack
// ("the suspects"), the rest of men the sentence has told of ("two blew
// themselves up and another two were shot dead by police", "the others"),
// or a clause about other deaths.
var notVictims = map[string]bool{"suspects": true, "suspect": true, "perpetrators": true, "perpetrator": true, "others": true, "other": true, "another": true, "remaining": true, "rest": true, "themselves": true, "who": true, "that": true, "which": true, "whom": true}

// forcesActing reads a {forces} slot: a state's forces right before the
// pattern's words ("Uzbek troops opened fire on", "the army massacred"),
// or right after them, and no armed men as whom they acted on ("police
// opened fire on the gunmen" tells how an attack ended). from is where
// the clause opens: the forces' first word when they lead, else a.
func (x *Extractor) forcesActing(toks []text.Token, p stancePattern, slots map[string]slotSpan, a, b int) (w string, from int, ok bool) {
	if p.leadingSlot() != slotActor {
		sp, ok := slots[slotActor]
		if !ok {
			return "", a, false
		}
		w, _, ok := x.forcesAt(toks, sp.a)
		return w, a, ok && x.victimsUnarmed(toks, a)
	}
	head := a - 1
	start := head
	for start >= 0 && forceHeads[toks[start].Lower] {
		start--
	}
	if start == head {
		return "", a, false
	}
	for start >= 0 && (forceQualifiers[toks[start].Lower] || x.stateWord(toks, start)) {
		start--
	}
	// "Damascus denied that its forces killed them": the state named
	// before, which its own words already read. "three soldiers killed":
	// counted, so killed themselves.
	if start >= 0 && (toks[start].Lower == "its" || toks[start].Lower == "their" || isPossessive(toks[start]) || toks[start].Kind == text.Number || numberWords[toks[start].Lower]) {
		return "", a, false
	}
	// "Soldiers killed" as a headline: killed themselves. What they did
	// is done to someone named after the verb.
	if b >= len(toks) || toks[b].Kind == text.Punct || prepositions[toks[b].Lower] || locatives[toks[b].Lower] {
		return "", a, false
	}
	if start >= 0 && toks[start].Lower == "the" {
		start--
	}
	w, end, ok := x.forcesFrom(toks, start+1, true)
	if !ok || end != head+1 {
		return "", a, false
	}
	for k := b; k < len(toks) && k < b+8; k++ {
		if toks[k].Kind == text.Punct || toks[k].Lower == "and" {
			break
		}
		if x.armed(toks[k].Lower) {
			return "", a, false
		}
	}
	return w, start + 1, true
}

// stateWord reports a people's word or a state's one-word name at k:
// "Uzbek", "Mexican", "Guinea".
func (x *Extractor) stateWord(toks []text.Token, k int) bool {
	if _, ok := x.demonyms[toks[k].Lower]; ok && toks[k].Cap {
		return true
	}
	ai, n, ok := x.actors.match(toks, k)
	return ok && n == 1 && x.rs.Actors[ai].Type == "state"
}
