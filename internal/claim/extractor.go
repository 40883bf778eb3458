package claim

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// Extractor holds the rule wording compiled into look-up tables. It is
// safe for concurrent use, and immutable after New but for the cue index,
// which builds its faster automaton once enough text has gone through it
// (see dfaAfter) without changing any result.
type Extractor struct {
	rs *rule.Set

	qty   *quantity.Matcher
	dates *when.Matcher

	countVerbs, countNouns *phrases       // val: index into rs.Counts
	singulars              *phrases       // val: index into rs.Counts: "a lone" before its nouns
	agents                 *phrases       // val: index into rs.Counts: nouns that count who attacked
	tolls                  *phrases       // val: index into rs.Counts
	factVerbs, factNouns   *phrases       // val: index into rs.Facts
	factRows               map[string]int // a fact box row's folded label → index into rs.Facts
	actors                 *phrases       // val: index into rs.Actors
	actorsSpelt            *spelt         // the same, by skeleton: other spellings
	actorsVowel            *vowelVariants
	stances                []stancePattern
	stanceGate             stanceGate      // forms → patterns they open and bits they set (see stancegate.go)
	formOpenings           map[string]bool // first letters of pattern words' forms (see wordForms)
	knownForms             map[string]string
	formByID               []string // knownForms by the word's id in lex, for tokens that carry ids
	knownByID              []bool

	reporting, hedges, events, groupAna, personAna, parts *phrases
	persons                                               *phrases // one person a victim count may name: "a soldier"
	earlier, revisions, proceedings, responses            *phrases
	people                                                map[string]bool
	intransitive                                          map[string]bool
	stop                                                  map[string]bool
	demonyms                                              map[string]string
	orgHeads                                              map[string]bool
	verbWords                                             int             // the most words a count verb of the rules has ("snuffed out the lives")
	leadingHeads                                          map[string]bool // heads that open a name: Harkat-ul-…
	increments                                            map[string]bool
	tellWords                                             map[string]bool // single words of telling and of revision, and "toll": a day after them is theirs
	occasions                                             map[string]bool
	faiths                                                map[string]bool
	generics                                              map[string]bool // words.generic_actors but articles
	genericCommon                                         map[string]bool // those of them in common words, not peoples
	perps                                                 *phrases
	perpHeads                                             map[string]bool     // last words of perps: "bombers"
	venues                                                map[string][]string // last word → folded venue nouns: "hall" → "concert hall", "hall"
	regions                                               map[string]bool     // place keys of names that span several countries
	eventKinds                                            *phrases            // val: index into kindNames
	kindNames                                             []string
	sites                                                 *phrases // val: index into siteNames
	siteNames                                             []string
	care                                                  map[int]bool // sites where victims are taken (words.care_sites), by index into siteNames
	cues                                                  *cueIndex
	lex                                                   *lexicon // the phrase sets' vocabulary: tokens are read with its ids
}

// New compiles a rule set.
func New(rs *rule.Set) *Extractor {
	x := &Extractor{
		rs:         rs,
		qty:        quantity.Compile(&rs.Quantity),
		dates:      when.Compile(&rs.Dates),
		countVerbs: newPhrases(), countNouns: newPhrases(), tolls: newPhrases(), singulars: newPhrases(), agents: newPhrases(),
		factVerbs: newPhrases(), factNouns: newPhrases(),
		actors: newPhrases(), actorsSpelt: newSpelt(), actorsVowel: newVowelVariants(),
		reporting: newPhrases(), hedges: newPhrases(), events: newPhrases(),
		groupAna: newPhrases(), personAna: newPhrases(), parts: newPhrases(), persons: newPhrases(),
		earlier: newPhrases(), revisions: newPhrases(), proceedings: newPhrases(), responses: newPhrases(),
		people: map[string]bool{}, stop: map[string]bool{}, demonyms: map[string]string{}, intransitive: map[string]bool{},
		orgHeads: map[string]bool{}, leadingHeads: map[string]bool{}, increments: map[string]bool{}, perps: newPhrases(),
	}
	x.verbWords = 3
	for i, k := range rs.Counts {
		for _, w := range k.Verbs {
			x.countVerbs.add(w, i)
			x.verbWords = max(x.verbWords, len(text.Tokenize(w, 0, len(w))))
		}
		for _, w := range k.Nouns {
			x.countNouns.add(w, i)
		}
		for _, w := range k.Tolls {
			x.tolls.add(w, i)
		}
		for _, w := range k.Singular {
			x.singulars.add(w, i)
		}
		for _, w := range k.Agents {
			x.agents.add(w, i)
		}
	}
	x.factRows = map[string]int{}
	for i, f := range rs.Facts {
		for _, w := range f.Verbs {
			x.factVerbs.add(w, i)
		}
		for _, w := range f.Rows {
			x.factRows[strings.ToLower(w)] = i
		}
		for _, w := range f.Nouns {
			x.factNouns.add(w, i)
		}
		for _, w := range f.Intransitive {
			// A phrase ("came into being") is known by its first word, which
			// the fact's verbs have already matched in full.
			first, _, _ := strings.Cut(text.Fold(w), " ")
			x.intransitive[first] = true
		}
	}
	for i, a := range rs.Actors {
		for _, al := range append([]string{a.Name}, a.Aliases...) {
			x.actors.add(al, i)
			x.actorsSpelt.add(al, i)
			// States keep one English spelling ("Cameroon" is no "Cameron").
			if a.Type == "group" || a.Type == "person" {
				x.actorsVowel.add(al, i)
			}
			// "I. Coast", "S. Korea": a state's name in a headline with
			// its first word cut to an initial.
			if f := strings.Fields(al); a.Type == "state" && len(f) > 1 && len(f[0]) > 2 {
				x.actors.add(strings.ToUpper(f[0][:1])+". "+strings.Join(f[1:], " "), i)
			}
			// "Al Shabab" is "al-Shabab" written with a space: too short
			// for a skeleton, so the spaced spelling is listed as it is.
			if strings.Contains(al, "-") {
				x.actors.add(strings.ReplaceAll(al, "-", " "), i)
			}
		}
	}
	w := rs.Words
	addAll(x.reporting, w.Reporting)
	addAll(x.hedges, w.Hedges)
	addAll(x.events, w.Events)
	addAll(x.groupAna, w.GroupAnaphora)
	addAll(x.personAna, w.PersonAnaphora)
	addAll(x.parts, w.Parts)
	addAll(x.persons, w.Persons)
	addAll(x.earlier, w.Earlier)
	addAll(x.revisions, w.Revisions)
	addAll(x.proceedings, w.Proceedings)
	addAll(x.responses, w.Responses)
	for _, p := range w.People {
		x.people[text.Fold(p)] = true
	}
	for _, s := range w.Stop {
		x.stop[text.Fold(s)] = true
	}
	x.generics, x.genericCommon = map[string]bool{}, map[string]bool{}
	for _, s := range w.GenericActors {
		if f := text.Fold(s); f != "a" && f != "an" && f != "the" {
			x.generics[f] = true
			// The rules write peoples with a capital ("Kurdish"), the
			// common words of descriptions without ("outlawed").
			x.genericCommon[f] = s == strings.ToLower(s)
		}
	}
	x.faiths = map[string]bool{}
	for _, s := range w.Faiths {
		x.faiths[text.Fold(s)] = true
	}
	x.occasions = map[string]bool{}
	for _, s := range w.Occasions {
		for _, t := range text.Tokenize(s, 0, len(s)) {
			x.occasions[t.Lower] = true
		}
	}
	x.tellWords = map[string]bool{"toll": true}
	for _, list := range [][]string{w.Reporting, w.Revisions} {
		for _, s := range list {
			if !strings.Contains(s, " ") {
				x.tellWords[strings.ToLower(s)] = true
			}
		}
	}
	for _, s := range w.Increments {
		x.increments[text.Fold(s)] = true
	}
	addAll(x.perps, w.Perpetrators)
	x.eventKinds, x.kindNames = groupedPhrases(w.EventKinds)
	// A word for a kind of attack names an attack: "two suicide blasts rocked …".
	for _, ws := range w.EventKinds {
		addAll(x.events, ws)
	}
	x.sites, x.siteNames = groupedPhrases(w.Sites)
	x.care = map[int]bool{}
	for _, c := range w.CareSites {
		if i := sort.SearchStrings(x.siteNames, c); i < len(x.siteNames) && x.siteNames[i] == c {
			x.care[i] = true
		}
	}
	x.regions = map[string]bool{}
	for _, r := range w.WorldRegions {
		x.regions["name:"+text.Fold(r)] = true
	}
	x.venues = map[string][]string{}
	for _, v := range w.Venues {
		f := text.Fold(v)
		last := f[strings.LastIndexByte(f, ' ')+1:]
		x.venues[last] = append(x.venues[last], f)
	}
	x.perpHeads = map[string]bool{}
	for _, p := range w.Perpetrators {
		if ts := text.Tokenize(p, 0, len(p)); len(ts) > 0 {
			x.perpHeads[ts[len(ts)-1].Lower] = true
		}
	}
	for _, s := range w.OrgHeads {
		x.orgHeads[text.Fold(s)] = true
	}
	for _, s := range w.LeadingOrgHeads {
		x.leadingHeads[text.Fold(s)] = true
	}
	for k, v := range w.Demonyms {
		x.demonyms[text.Fold(k)] = v
	}
	x.stances = compileStances(rs.Responsibility)
	x.formOpenings = formOpenings(x.stances)
	x.knownForms = knownForms(x.stances)
	x.stanceGate = newStanceGate(x.stances)
	x.cues = x.buildCues()
	// Every phrase set above, bound to one vocabulary once all are filled;
	// a set left out still matches, by strings.
	x.lex = newLexicon(slices.Collect(maps.Keys(x.knownForms)), x.countVerbs, x.countNouns, x.singulars, x.agents, x.tolls, x.factVerbs, x.factNouns, x.actors,
		x.reporting, x.hedges, x.events, x.groupAna, x.personAna, x.parts, x.persons, x.earlier, x.revisions, x.proceedings, x.responses, x.perps, x.eventKinds, x.sites)
	x.formByID = make([]string, x.lex.vocab.Len())
	x.knownByID = make([]bool, x.lex.vocab.Len())
	for w, f := range x.knownForms {
		id := x.lex.vocab.ID(w)
		x.formByID[id], x.knownByID[id] = f, true
	}
	return x
}

// groupedPhrases compiles named groups of phrases (kinds of attack, kinds
// of site): each phrase's value is its group's index in the sorted names.
func groupedPhrases(groups map[string][]string) (*phrases, []string) {
	p := newPhrases()
	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	for i, k := range names {
		for _, w := range groups[k] {
			p.add(w, i)
		}
	}
	return p, names
}

func addAll(p *phrases, ws []string) {
	for _, w := range ws {
		p.add(w, 0)
	}
}

// Rules returns the rule set the extractor was built from.
func (x *Extractor) Rules() *rule.Set { return x.rs }

// actorName returns an actor's display name.
func (x *Extractor) actorName(i int) string {
	a := x.rs.Actors[i]
	if a.Name != "" {
		return a.Name
	}
	if len(a.Aliases) > 0 {
		return a.Aliases[0]
	}
	return a.ID
}

// isWordTok reports whether a token is a word in lower case (not a name).
func isLowerWord(t text.Token) bool { return t.Kind == text.Word && !t.Cap }

// hasHedge reports whether toks[a:b] holds a hedge ("may or may not").
func (x *Extractor) hasHedge(toks []text.Token, a, b int) bool {
	for i := a; i < b && i < len(toks); i++ {
		if _, _, ok := x.hedges.match(toks, i); ok {
			return true
		}
	}
	return false
}
