package claim

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Slot names in stance patterns.
const (
	slotActor      = "{actor}"
	slotAttributor = "{attributor}"
	slotEvent      = "{event}"
	slotAny        = "{any}"
)

// stancePattern is one compiled responsibility pattern: literal words and
// slots, e.g. "{attributor} blamed {actor} for {event}".
type stancePattern struct {
	stance int
	deny   bool
	none   bool     // no one is held responsible: "no group has claimed the attack"
	elems  []string // literal words by their form (see form), or slot names
	words  []string // the literal words as written, lower case
	lits   int      // number of literal words, for precedence
	// possessive: the leading slot is a possessive ("{actor}'s claim of
	// responsibility"): the word before the first literal ends in 's.
	possessive bool
	// groupOnly: the actor slot was written {group}: only a group or an
	// organisation fills it ("the Boko Haram attack", not "the Baga attack").
	groupOnly bool
	// forcesOnly: the actor slot was written {forces}: a state's forces
	// ("government troops", "the army") fill it, before what they did to
	// people who were not armed.
	forcesOnly bool
	// deed: the words tell what a group did ("{group} killed", "{actor}
	// air strikes"), with no word of responsibility (see Claim.Deed).
	deed bool
}

// responsibilityWords make a pattern of who carried out an attack one of
// responsibility ("{actor} was behind {event}", "carried out by"), not a
// told deed.
var responsibilityWords = map[string]bool{"carried": true, "carry": true, "behind": true, "responsible": true, "blame": true, "work": true, "handiwork": true, "perpetrated": true, "committed": true, "masterminded": true, "orchestrated": true, "planned": true, "organized": true, "organised": true, "undertook": true, "undertaken": true, "attributed": true, "credited": true, "it": true}

func compileStances(ss []rule.Stance) []stancePattern {
	var out []stancePattern
	for i, s := range ss {
		for _, p := range s.Patterns {
			sp := stancePattern{stance: i, deny: s.Polarity == "deny", none: s.Polarity == "none"}
			for _, f := range strings.Fields(p) {
				if strings.HasPrefix(f, "{") {
					slot, rest, _ := strings.Cut(f, "}")
					switch slot {
					case "{group":
						slot, sp.groupOnly = "{actor", true
					case "{forces":
						slot, sp.forcesOnly = "{actor", true
					}
					sp.elems = append(sp.elems, slot+"}")
					if len(sp.elems) == 1 && (rest == "'s" || rest == "’s") {
						sp.possessive = true
					}
					continue
				}
				for _, t := range text.Tokenize(f, 0, len(f)) {
					sp.elems = append(sp.elems, form(t.Lower))
					sp.words = append(sp.words, t.Lower)
					sp.lits++
				}
			}
			if sp.lits > 0 {
				sp.deed = s.ID == "carried-out" && !sp.forcesOnly && !slices.ContainsFunc(sp.words, func(w string) bool { return responsibilityWords[w] })
				out = append(out, sp)
			}
		}
	}
	// Longer patterns first: "{attributor} suggestion that {actor} was behind"
	// must win over "{actor} was behind".
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].lits > out[j-1].lits; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// slotSpan is a slot filled with a token range [a, b).
type slotSpan struct{ a, b int }

// skippable words may stand between a pattern's literal words: "has
// previously claimed", "claimed sole responsibility".
var skippable = map[string]bool{"has": true, "have": true, "had": true, "also": true, "reportedly": true, "previously": true, "publicly": true, "later": true, "sole": true, "full": true, "quickly": true, "swiftly": true, "allegedly": true, "officially": true, "already": true, "yet": true, "immediately": true, "so": true, "far": true, "official": true, "formal": true, "credible": true, "all": true, "any": true, "not": false}

// adverbBetween reports an adverb, or "and" between two, at token j:
// "was immediately and widely blamed for".
func adverbBetween(toks []text.Token, j int) bool {
	return adverb(toks[j]) || toks[j].Lower == "and" && j > 0 && j+1 < len(toks) && adverb(toks[j-1]) && adverb(toks[j+1])
}

// matchAt tries the pattern with its first literal at token i. It returns
// the slots filled and the token range the literals cover. forms are the
// tokens' word forms (see wordForms).
//
// skip marks tokens that may stand between two literal words: a date and
// its preposition ("were claimed on Tuesday by").
func (p stancePattern) matchAt(toks []text.Token, forms []string, i int, skip []bool) (slots map[string]slotSpan, a, b int, ok bool) {
	first := 0
	for first < len(p.elems) && strings.HasPrefix(p.elems[first], "{") {
		first++
	}
	// slots is made when a slot is filled or the pattern matches: most
	// tries fail at their first word, and made up front it was a quarter
	// of extraction's allocations.
	j := i
	a = i
	var open string // a slot waiting for the next literal
	openAt := 0
	for e := first; e < len(p.elems); e++ {
		el := p.elems[e]
		if strings.HasPrefix(el, "{") {
			open, openAt = el, j
			// "the bombing was blamed by officials on …": who blames, in
			// the passive; "by" never opens the one blamed.
			if open == slotActor && j > i && j < len(toks) && toks[j].Lower == "by" {
				return nil, 0, 0, false
			}
			continue
		}
		if open != "" {
			k := j + 1
			for k < len(toks) && k < j+12 && forms[k] != el {
				// "the Kurdistan Workers' Party (PKK)": brackets and
				// apostrophes belong to names.
				// {any} takes in an apposition: "said the driver, a
				// Tunisian, was one of its soldiers".
				// Quotes mark a name given by a speaker: blamed “local
				// political networks” for.
				if t := toks[k].Text; toks[k].Kind == text.Punct && t != "-" && t != "(" && t != ")" && !isQuote(t) && t != "’" && (open != slotAny || t != ",") && !(open == slotActor && listedAdjectives(toks, k)) {
					return nil, 0, 0, false
				}
				k++
			}
			if k >= len(toks) || forms[k] != el {
				return nil, 0, 0, false
			}
			// "blamed the army for the attack on Tarla": what is blamed
			// "on" someone holds no "for"; that "on" is the attack's target.
			if (open == slotAny || open == slotEvent) && el == "on" && slices.ContainsFunc(toks[j+1:k], func(t text.Token) bool { return t.Lower == "for" }) {
				return nil, 0, 0, false
			}
			// "accused the Islamic Renaissance Party of Tajikistan of being
			// behind": a name may hold the literal that closes its slot; the
			// slot runs on to the one the pattern's next word follows.
			if open == slotActor && e+1 < len(p.elems) && !strings.HasPrefix(p.elems[e+1], "{") {
				for k+1 < len(toks) && forms[k+1] != p.elems[e+1] {
					k2 := k + 1
					for k2 < len(toks) && k2 < j+12 && forms[k2] != el && (toks[k2].Kind != text.Punct || toks[k2].Text == "(" || toks[k2].Text == ")") {
						k2++
					}
					if k2 >= len(toks) || k2 >= j+12 || forms[k2] != el || k2+1 >= len(toks) || forms[k2+1] != p.elems[e+1] {
						break
					}
					k = k2
				}
			}
			// "blamed Sunday's attack on cyclists in Tarna on a banned
			// group": the event's own words may hold the next literal; the
			// last one before the clause ends (not a date's "on") closes it.
			if open == slotEvent {
				for k2 := k + 1; k2 < len(toks) && k2 < j+12 && toks[k2].Kind != text.Punct; k2++ {
					if forms[k2] == el && (skip == nil || !skip[k2]) {
						k = k2
					}
				}
			}
			if slots == nil {
				slots = map[string]slotSpan{}
			}
			slots[open] = slotSpan{openAt, k}
			open = ""
			j = k + 1
			continue
		}
		for j < len(toks) && j > i && (skippable[toks[j].Lower] || skip != nil && skip[j] || adverbBetween(toks, j)) && forms[j] != el {
			j++
		}
		if j >= len(toks) || forms[j] != el {
			return nil, 0, 0, false
		}
		j++
	}
	b = j
	if open != "" { // a trailing slot runs to the end of the clause
		k := j
		for k < len(toks) && k < j+20 {
			t := toks[k]
			if t.Text == "," && !(k+1 < len(toks) && (toks[k+1].Lower == "including" || toks[k+1].Kind == text.Number)) {
				break
			}
			// "to Syria's intelligence service -- a charge denied by …": a
			// dash typed as two hyphens opens an aside.
			if t.Text == "-" && k+1 < len(toks) && toks[k+1].Text == "-" {
				break
			}
			if (t.Kind == text.Punct && t.Text != "-" && !isQuote(t.Text) && t.Text != "’" && t.Text != ",") || clauseStop[t.Lower] {
				break
			}
			k++
		}
		if k == j {
			return nil, 0, 0, false
		}
		if slots == nil {
			slots = map[string]slotSpan{}
		}
		slots[open] = slotSpan{j, k}
	}
	if slots == nil {
		slots = map[string]slotSpan{}
	}
	return slots, a, b, true
}

// listedAdjectives reports a comma between two words that describe a name
// after its article: "blamed the banned, moderate Islamic Renaissance
// Party for".
func listedAdjectives(toks []text.Token, k int) bool {
	if toks[k].Text != "," || k < 2 || k+2 >= len(toks) || !determiners[toks[k-2].Lower] {
		return false
	}
	next := toks[k+1]
	return isLowerWord(toks[k-1]) && isLowerWord(next) && !clauseStop[next.Lower] && !strings.HasSuffix(next.Lower, "ing") && !isLowerWord(toks[k+2])
}

// modals hedge what follows them.
var modals = map[string]bool{"may": true, "might": true, "could": true}

// modal reports a pattern whose own words hedge it: "{actor} may be behind
// {event}" is a blame with its doubt in its words.
func (p stancePattern) modal() bool {
	for _, w := range p.words {
		if modals[w] {
			return true
		}
	}
	return false
}

// leadingSlot is the slot before the first literal, if any.
func (p stancePattern) leadingSlot() string {
	if len(p.elems) > 0 && strings.HasPrefix(p.elems[0], "{") {
		return p.elems[0]
	}
	return ""
}

// firstLiteral is the first literal word, used to find candidate positions.
func (p stancePattern) firstLiteral() string {
	for _, e := range p.elems {
		if !strings.HasPrefix(e, "{") {
			return e
		}
	}
	return ""
}

// wordForms are the forms of a sentence's tokens, a possessive's without
// its "'s" ("the Taliban's"). Stemming is the costliest step of reading a
// sentence, so only a word that opens as some pattern word does is
// stemmed (a stem keeps its word's first letters); any other word can
// meet no pattern word, and stands as it is.
func (x *Extractor) wordForms(out []string, toks []text.Token) []string {
	out = slices.Grow(out[:0], len(toks))[:len(toks)]
	for i, t := range toks {
		w := base(t.Lower)
		if t.ID != text.NoID { // its base's id says whether it is known
			if x.knownByID[t.Base] {
				out[i] = x.formByID[t.Base] // a pattern's own word: "for", "the", "claimed"
				continue
			}
		} else if f, ok := x.knownForms[w]; ok {
			out[i] = f
			continue
		}
		if len(w) >= 3 && !x.formOpenings[w[:3]] {
			out[i] = w
			continue
		}
		out[i] = form(w)
	}
	return out
}

// knownForms are the forms of the pattern words as written, and of the
// parts of "be" and "have".
func knownForms(ps []stancePattern) map[string]string {
	out := map[string]string{}
	for _, p := range ps {
		for _, w := range p.words {
			out[w] = form(w)
		}
	}
	for w, f := range auxForms {
		out[w] = f
	}
	return out
}

// formOpenings are the first three letters of every pattern word, as
// written and as its form ("any" is "ani"), and of the words whose form is
// "be" or "have".
func formOpenings(ps []stancePattern) map[string]bool {
	out := map[string]bool{}
	for _, p := range ps {
		for _, e := range append(append([]string(nil), p.elems...), p.words...) {
			if !strings.HasPrefix(e, "{") && len(e) >= 3 {
				out[e[:3]] = true
			}
		}
	}
	for w := range auxForms {
		if len(w) >= 3 {
			out[w[:3]] = true
		}
	}
	return out
}

// byAgent reports a pattern whose words end on a passive's "by": "killed
// by {group}", "a massacre by {group}".
func (p stancePattern) byAgent() bool {
	return len(p.words) > 0 && p.words[len(p.words)-1] == "by"
}
