package claim

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// Readings that decide what an amount counts before it becomes a claim: an
// increment is not a total, an age is not a count, and a toll that counts
// the attacker is not a count of victims.

// increment reports an amount that adds to an earlier figure: "two more
// arrests", "12 further deaths", "another 12 died", "a further 30".
func (x *Extractor) increment(toks []text.Token, ti, tj int) bool {
	return wordBy(toks, ti, tj, x.increments)
}

// wordBy reports one of words right after the amount at ti..tj, or just
// before it past the words that may open an amount.
func wordBy(toks []text.Token, ti, tj int, words map[string]bool) bool {
	if tj < len(toks) && words[toks[tj].Lower] {
		return true
	}
	for k := ti - 1; k >= 0 && k >= ti-2; k-- {
		if words[toks[k].Lower] {
			return true
		}
		if !beforeSkip[toks[k].Lower] {
			break
		}
	}
	return false
}

// otherOnes reports an amount of things besides some already told: "two
// other blasts", "another 12", "three further attacks".
func (x *Extractor) otherOnes(toks []text.Token, ti, tj int) bool {
	return wordBy(toks, ti, tj, addedWords)
}

// addedWords are the increments that say "besides those": not "more",
// which may count other people than the amount before it.
var addedWords = map[string]bool{"other": true, "another": true, "further": true, "additional": true, "extra": true}

// ageComparatives turn an amount after a noun for people into an age:
// "children under 16", "people over 60".
var ageComparatives = map[string]bool{"under": true, "over": true, "above": true, "below": true, "older": true, "younger": true}

// ageNouns are nouns for people of an age, beyond the rule's generic ones.
var ageNouns = map[string]bool{"children": true, "boys": true, "girls": true, "teenagers": true, "adults": true, "minors": true, "youths": true, "students": true, "pupils": true, "anyone": true, "those": true}

// isAge reports an amount that gives an age: "aged 18", "ages 5 to 12",
// "children under 16" (an amount with a comparative right after a noun
// for people; after a verb, "injured over 100" stays a count).
func (x *Extractor) isAge(toks []text.Token, ti int) bool {
	if ti == 0 {
		return false
	}
	prev := toks[ti-1].Lower
	switch prev {
	case "aged", "age", "ages":
		return true
	}
	return ageComparatives[toks[ti].Lower] && (x.people[prev] || ageNouns[prev])
}

// asideEnd returns the closing comma of an aside that opens at the comma
// toks[j] — ", including the bomber," — so the words after it still belong
// to the amount before it ("At least 23 people, including the bomber,
// died"); j when no aside opens there.
func asideEnd(toks []text.Token, j int) int {
	// "at least 145 people — 132 children, 10 staff and three soldiers — were dead".
	if d := toks[j].Text; d == "—" || d == "–" {
		for k := j + 1; k < len(toks) && k <= j+20; k++ {
			if toks[k].Text == d {
				return k
			}
		}
		return j
	}
	// "Three other tourists -- a Dutch and a Swiss citizen -- were hurt":
	// a dash typed as two hyphens.
	if doubleHyphen(toks, j) {
		for k := j + 2; k+1 < len(toks) && k <= j+21; k++ {
			if doubleHyphen(toks, k) {
				return k + 1
			}
		}
		return j
	}
	if j+1 >= len(toks) || !asideOpeners[toks[j+1].Lower] && !ofWhom(toks, j+1) {
		return j
	}
	limit := j + 12
	for k := j + 2; k < len(toks) && k <= limit; k++ {
		switch {
		case toks[k].Text == "," && k+1 < len(toks) && (listedAmount(toks[k+1]) || k+2 < len(toks) && toks[k+1].Lower == "and" && listedAmount(toks[k+2])):
			limit = k + 8 // ", including 10 women, eight children, and three police,": a list
		case toks[k].Text == ",":
			return k
		case toks[k].Kind == text.Punct && toks[k].Text != "-":
			return j
		}
	}
	return j
}

// relativeAside finds the comma that closes a relative clause opened at
// the comma at j (", who stormed the base in large number,") when an
// auxiliary follows it, so that the clause stands between a subject and
// its verb; else it returns j.
func relativeAside(toks []text.Token, j int) int {
	if j+1 >= len(toks) || toks[j+1].Lower != "who" && toks[j+1].Lower != "which" {
		return j
	}
	for k := j + 2; k+1 < len(toks) && k <= j+16; k++ {
		if toks[k].Kind == text.Punct && toks[k].Text != "," && toks[k].Text != "-" {
			return j
		}
		if toks[k].Text == "," {
			if auxiliaries[toks[k+1].Lower] {
				return k
			}
			return j
		}
	}
	return j
}

// listedAmount reports a token that opens the next item of a list of
// counted groups: "eight", "12".
func listedAmount(t text.Token) bool {
	_, small := smallNumbers[t.Lower]
	return t.Kind == text.Number || small
}

// ofWhom reports ", 38 of whom were students," and ", two of them
// children," opening at token k: a part of the group just counted.
func ofWhom(toks []text.Token, k int) bool {
	return k+2 < len(toks) && listedAmount(toks[k]) && toks[k+1].Lower == "of" && (toks[k+2].Lower == "whom" || toks[k+2].Lower == "them")
}

// asideOpeners open an aside about a group just counted: ", including
// the bomber,", ", most of them traders,".
var asideOpeners = map[string]bool{"including": true, "most": true, "many": true, "mostly": true, "mainly": true, "primarily": true, "largely": true, "predominantly": true, "chiefly": true, "all": true, "among": true, "some": true, "several": true, "aged": true}

// smallNumbers are the spelt-out counts of attackers a toll includes.
var smallNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// perpetrators finds, among toks[from:to] (the words about one amount),
// "including the bomber" / "including three gunmen", and returns how many
// attackers the figure counts and the words that say so. n < 0 means it
// counts attackers but not how many ("including the gunmen"); ok false
// means none are counted ("not including the attacker" counts none).
func (x *Extractor) perpetrators(toks []text.Token, from, to int) (n int, words string, ok bool) {
	for k := from; k < to && k < len(toks); k++ {
		// "killed 41 people - about 10 of them bombers": the part named
		// after "of them" is the attackers.
		// An estimate ("about 10 of them") is no part to take off.
		if k+2 < to && k > from && toks[k].Lower == "of" && (toks[k+1].Lower == "them" || toks[k+1].Lower == "whom") && !(k > 1 && objectOpeners[toks[k-2].Lower]) {
			if v, ok := amountWord(toks[k-1]); ok && v > 0 {
				if _, l, found := x.perps.match(toks, k+2); found && k+2+l <= to && plural(toks[k+1+l].Lower) {
					return v, joinText(toks[k-1 : k+2+l]), true
				}
			}
		}
		if toks[k].Lower != "including" || (k > 0 && toks[k-1].Lower == "not") {
			continue
		}
		m := k + 1
		count := 0
		if m < to && (toks[m].Lower == "the" || toks[m].Lower == "a" || toks[m].Lower == "an" || toks[m].Lower == "their") {
			if toks[m].Lower != "the" && toks[m].Lower != "their" {
				count = 1
			}
			m++
		}
		if m < to {
			if v, found := smallNumbers[toks[m].Lower]; found {
				count, m = v, m+1
			} else if toks[m].Kind == text.Number {
				if v, err := strconv.Atoi(strings.ReplaceAll(toks[m].Text, ",", "")); err == nil {
					count, m = v, m+1
				}
			}
		}
		// "including two attackers" or "including the bomber": the attackers
		// come right after the number or the article, or after one adjective
		// ("including the suspected bomber").
		for skip := 0; skip <= 1 && m < to; skip, m = skip+1, m+1 {
			if _, l, found := x.perps.match(toks, m); found && m+l <= to && !possessive(toks[m+l-1].Text) {
				last := toks[m+l-1].Lower
				if count == 0 && !plural(last) {
					count = 1
				}
				if count == 0 {
					count = -1
				}
				return count, joinText(toks[k : m+l]), true
			}
			if toks[m].Kind != text.Word {
				break
			}
		}
	}
	return 0, "", false
}

// possessive reports "attacker's": the attacker's brother is not the attacker.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// countsAttackers reports an amount at toks[k] inside "including (the)
// …", whose number belongs to the aside, not to a new figure.
func countsAttackers(toks []text.Token, k int) bool {
	// "41 people - about 10 of them bombers": the part after "of them".
	for j := k; j < len(toks)-1 && j <= k+2; j++ {
		if toks[j].Lower == "of" && (toks[j+1].Lower == "them" || toks[j+1].Lower == "whom") {
			return true
		}
	}
	if k > 0 && (toks[k-1].Lower == "the" || toks[k-1].Lower == "their") {
		k--
	}
	return k > 0 && toks[k-1].Lower == "including"
}

// objectOpeners begin an amount after an active verb: "killed at least 32".
var objectOpeners = map[string]bool{"at": true, "more": true, "about": true, "nearly": true, "almost": true, "over": true, "some": true, "around": true, "roughly": true, "dozens": true, "hundreds": true, "scores": true, "several": true, "up": true}

// agentAmount reports an amount that counts who acted, not who was harmed:
// the active verb after it has its own amount ("three gunmen killed 12
// people", "Two attackers killed at least 30") or the counted group are
// attackers ("three suicide bombers killed").
func (x *Extractor) agentAmount(toks []text.Token, pop []string, k int) bool {
	for _, w := range pop {
		if x.perpHeads[w] {
			return true
		}
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	_, small := smallNumbers[t.Lower]
	// "41 killed about 70 wounded": the next amount has a verb of its own,
	// so the two are a list, not who killed whom.
	for j := k; j < len(toks) && j <= k+2; j++ {
		if toks[j].Kind == text.Number {
			if j+1 >= len(toks) {
				break
			}
			if _, _, ok := x.countVerbs.match(toks, j+1); ok {
				return false
			}
			break
		}
	}
	// "killed at least 20", but not "died at the hands of gunmen".
	if t.Lower == "at" && (k+1 >= len(toks) || toks[k+1].Lower != "least" && toks[k+1].Lower != "most") {
		return false
	}
	return t.Kind == text.Number || small || objectOpeners[t.Lower]
}

// plural reports an English plural noun among the attacker words:
// "bombers", "gunmen".
func plural(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men") || irregularPlurals[w]
}

// irregularPlurals are the plural nouns for people that end in neither
// "s" nor "men": "and 12 children".
var irregularPlurals = map[string]bool{"children": true, "people": true, "police": true}

// takeOffPerpetrators makes a figure that counts attackers a count of
// victims; false when how many is not said, so the figure cannot be compared.
func takeOffPerpetrators(c *Claim, n int, words string) bool {
	if n < 0 {
		return false
	}
	c.Lo -= int64(n)
	if c.Lo < 0 {
		c.Lo = 0
	}
	if !unbounded(c.Hi) {
		c.Hi -= int64(n)
	}
	c.Trace = append(c.Trace, fmt.Sprintf("'%s': %d attacker(s) taken off, to count victims only", words, n))
	return true
}

// agentKind reads an amount of people who carried out the attack, in the
// kind whose agents name them: "stormed by three armed militants", "seven
// militants attacked the cafe", "five men killed 20 people". Elsewhere the
// same nouns count a group's size or the dead. ti and tj are the amount's
// first token and the one after it.
func (x *Extractor) agentKind(toks []text.Token, ti, tj int) (int, string) {
	if tj > 0 && toks[tj-1].Lower == "strong" {
		return x.bandKind(toks, tj)
	}
	for j := tj; j < len(toks) && j <= tj+2; j++ {
		v, n, ok := x.agents.match(toks, j)
		if !ok && j > tj && x.attackVerbNext(toks, j, false) && pluralWord(toks[j-1]) && !(ti > 0 && carriers[toks[ti-1].Lower]) {
			// "300 Selos mounted an attack", "150 cadres, split into
			// three groups, attacked": people the rules do not list,
			// named by what they did.
			if k := x.agentsKind(); k >= 0 {
				return k, "@plural '" + toks[j-1].Text + "' after the amount, before the attack's verb"
			}
		}
		if !ok {
			// "three armed militants", "300 Selo guerrillas": a word
			// that qualifies the men; a capital names their people or
			// group.
			if toks[j].Kind != text.Word || toks[j].Cap && (j+1 >= len(toks) || toks[j+1].Kind != text.Word) {
				return -1, ""
			}
			continue
		}
		noun := joinText(toks[j : j+n])
		if x.byAttack(toks, ti) {
			return v, "@agent '" + noun + "' after the amount, who carried out the attack before 'by'"
		}
		if x.attacksNext(toks, j+n) {
			return v, "@agent '" + noun + "' after the amount, before the attack's verb"
		}
		return -1, ""
	}
	return -1, ""
}

// byAttack reports "by" before the amount at ti, in a clause about an
// attack: "the museum was attacked by", "the siege of a cafe in the
// capital on Friday by", "20 people were killed by".
func (x *Extractor) byAttack(toks []text.Token, ti int) bool {
	k := ti - 1
	if k < 1 || toks[k].Lower != "by" {
		return false
	}
	for s := k - 1; s >= 0 && s >= k-24; s-- {
		t := toks[s]
		if t.Text == "," || t.Text == ";" || t.Text == ":" {
			return false
		}
		if _, _, ok := x.events.match(toks, s); ok {
			return true
		}
		if _, _, ok := x.countVerbs.match(toks, s); ok || t.Lower == "carried" || t.Lower == "launched" || t.Lower == "staged" {
			return true
		}
		if t.Kind == text.Word && !t.Cap && isVerbLike(t) {
			return false // "was stopped by": another verb's agent
		}
	}
	return false
}

// attacksNext reports an attack's verb at k ("stormed", "opened fire",
// "carried out"), or a counting verb with its own amount after it ("killed
// 20 people"): the people before it are who attacked.
func (x *Extractor) attacksNext(toks []text.Token, k int) bool {
	return x.attackVerbNext(toks, k, true)
}

// attackVerbNext is attacksNext; kills says whether a verb of a count
// ("killed 20") is an attack too. For men the rules do not list it is
// not: "four cyclists killed" were killed.
func (x *Extractor) attackVerbNext(toks []text.Token, k int, kills bool) bool {
	k = pastAside(toks, k)
	k = pastWeekday(toks, k)
	for k < len(toks) && skippable[toks[k].Lower] {
		k++
	}
	// "were involved in the assaults": the men took part in the attack.
	if k+3 < len(toks) && (toks[k].Lower == "were" || toks[k].Lower == "are") && toks[k+1].Lower == "involved" && toks[k+2].Lower == "in" {
		e := k + 3
		if toks[e].Lower == "the" {
			e++
		}
		if _, _, ok := x.events.match(toks, e); ok {
			return true
		}
	}
	// "mounted a deadly attack", "launched an ambush".
	if k+2 < len(toks) && attackLaunchers[toks[k].Lower] && (toks[k+1].Lower == "a" || toks[k+1].Lower == "an") {
		for e := k + 2; e < len(toks) && e <= k+4 && isLowerWord(toks[e]); e++ {
			if _, _, ok := x.events.match(toks, e); ok {
				return true
			}
		}
	}
	// "Two militants armed with knives and a pistol attacked": what
	// they carried stands between the men and their verb.
	if k+1 < len(toks) && toks[k].Lower == "armed" && toks[k+1].Lower == "with" {
		for e := k + 2; e < len(toks) && e <= k+8 && toks[e].Kind == text.Word && !toks[e].Cap; e++ {
			if _, _, ok := x.events.match(toks, e); ok {
				k = e
				break
			}
		}
	}
	if k >= len(toks) || toks[k].Kind != text.Word {
		return false
	}
	// "ambushed" leads the men to their attack here only: as one of the
	// rules' words for an attack everywhere, it set apart events that
	// were one (three false pairs more on an unread set).
	if _, n, ok := x.events.match(toks, k); ok && (strings.HasSuffix(toks[k].Lower, "ed") || n > 1) || toks[k].Lower == "ambushed" {
		return true
	}
	if toks[k].Lower == "carried" && k+1 < len(toks) && toks[k+1].Lower == "out" {
		return true
	}
	if _, n, ok := x.countVerbs.match(toks, k); ok && kills {
		return x.agentAmount(toks, nil, k+n)
	}
	return false
}

// bandNouns name a body of men that an "N-strong" counts.
var bandNouns = map[string]bool{"gang": true, "cell": true, "group": true, "squad": true, "unit": true, "team": true, "band": true}

// bandKind reads a band of attackers told by its size, after an amount
// "N-strong" that ends at token tj: "a 20-strong gang of gunmen stormed
// the hotel", "the 14-strong cell believed to have carried out the
// attacks". A band that did not attack ("a 300-strong unit of
// peacekeepers was attacked") counts nothing.
func (x *Extractor) bandKind(toks []text.Token, tj int) (int, string) {
	e := tj
	for e < len(toks) && e <= tj+1 && toks[e].Cap {
		e++ // "the 70-strong Selo group"
	}
	if e >= len(toks) || !bandNouns[toks[e].Lower] {
		return -1, ""
	}
	f := e + 1
	if f+1 < len(toks) && toks[f].Lower == "of" {
		f += 2 // "a gang of gunmen"
	}
	if !x.attackVerbNext(toks, f, false) && !carriedOutAfter(toks, f) {
		return -1, ""
	}
	if k := x.agentsKind(); k >= 0 {
		return k, "@band '" + toks[e].Text + "' of the amount's strength, who carried out the attack"
	}
	return -1, ""
}

// carriedOutAfter reports "carried out" or "carrying out" a few words
// after token k, in its clause: "believed to have carried out the attacks".
func carriedOutAfter(toks []text.Token, k int) bool {
	for j := k; j+1 < len(toks) && j <= k+5; j++ {
		if (toks[j].Lower == "carried" || toks[j].Lower == "carrying") && toks[j+1].Lower == "out" {
			return true
		}
		if toks[j].Kind == text.Punct {
			return false
		}
	}
	return false
}

// carriers before an amount make it what the men came in or with, not
// the men: "gunmen in three trucks opened fire".
var carriers = map[string]bool{"in": true, "on": true, "with": true, "aboard": true, "from": true, "into": true, "at": true}

// agentsKind is the kind whose agents carry out attacks, or -1.
func (x *Extractor) agentsKind() int {
	for i, k := range x.rs.Counts {
		if len(k.Agents) > 0 {
			return i
		}
	}
	return -1
}

// pluralWord reports a word that reads as a plural noun: "cadres",
// "Selos", not "class" or "hours".
func pluralWord(t text.Token) bool {
	w := t.Lower
	return t.Kind == text.Word && len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !units[w]
}

// attackLaunchers are verbs that take an attack as their object: "mounted
// a deadly attack", "staged an ambush".
var attackLaunchers = map[string]bool{"mounted": true, "launched": true, "staged": true}

// pastAside returns the token after an aside set off by commas that opens
// at k (", armed with rifles,", ", divided into three groups,"), or k.
// An aside opens on a word in lower case and holds no other clause's
// comma.
func pastAside(toks []text.Token, k int) int {
	if k+2 >= len(toks) || toks[k].Text != "," || !isLowerWord(toks[k+1]) || toks[k+1].Lower == "and" || toks[k+1].Lower == "but" {
		return k
	}
	for e := k + 2; e < len(toks) && e <= k+10; e++ {
		if toks[e].Text == "," {
			return e + 1
		}
		if toks[e].Kind == text.Punct && toks[e].Text != "-" {
			return k
		}
	}
	return k
}

// pastWeekday returns the token after "on Monday" (and its part of the
// day) at k, or k.
func pastWeekday(toks []text.Token, k int) int {
	if k+1 < len(toks) && toks[k].Lower == "on" && weekdays[toks[k+1].Lower] {
		k += 2
		if k < len(toks) && (toks[k].Lower == "morning" || toks[k].Lower == "afternoon" || toks[k].Lower == "evening" || toks[k].Lower == "night") {
			k++
		}
	}
	return k
}

// doubleHyphen reports a dash typed as two hyphens starting at toks[j].
func doubleHyphen(toks []text.Token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "-" && toks[j+1].Text == "-"
}
