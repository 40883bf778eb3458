package claim

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/text"
)

// listTotals reads the toll a list of victims' groups adds up to: "killing
// 14 German tourists, three Tunisians and two French nationals" killed 19,
// though no sentence says so. The sum becomes the count, and the groups its
// parts, so that 19 meets another report's 19 or 21 and "14 tourists"
// meets no one's total.
func (x *Extractor) listTotals(di *docInfo, si int, amts []quantity.Amount, cs []Claim) []Claim {
	toks := di.toks[si]
	s := di.sents[si]
	var out []Claim
	for i := range cs {
		c := &cs[i]
		if c.Part || c.Type != Count || !x.victimKind(c.Kind) {
			continue
		}
		// "killing 14 German tourists, …": the verb opens the claim;
		// "32 civilians were killed and 104 others injured" lists no
		// victims of one verb.
		if _, n, ok := x.countVerbs.match(toks, tokIndex(toks, c.Start)); !ok || n == 0 {
			continue
		}
		// "killing all 259 people on the plane, as well as 11 residents":
		// past where the first group was.
		j := placePhrase(toks, tokIndex(toks, c.End))
		lo, hi, exact := c.Lo, c.Hi, c.Exact
		end, items := c.End, 0
		for j < len(toks) {
			// ", three Tunisians", " and two French nationals", ", and …".
			k := j
			if k < len(toks) && toks[k].Text == "," {
				k++
			}
			if k < len(toks) && (toks[k].Lower == "and" || toks[k].Lower == "as" && k+2 < len(toks) && toks[k+1].Lower == "well" && toks[k+2].Lower == "as") {
				if toks[k].Lower == "as" {
					k += 2
				}
				k++
			}
			if k == j || k >= len(toks) {
				break
			}
			// "and another 11 on the ground": more of the same victims.
			more := false
			if x.increments[toks[k].Lower] && k+1 < len(toks) {
				more = true
				k++
			}
			// "killed five women and a man": one person, named by a noun
			// for one.
			if e := x.onePerson(toks, k); e > k && !more {
				lo, hi, exact = addAmount(lo, hi, exact, quantity.Amount{Lo: 1, Hi: 1, Exact: true})
				end, items, j = toks[e-1].End, items+1, placePhrase(toks, e)
				continue
			}
			a, ok := amountAt(amts, toks[k].Start-s.Start)
			// "killed 29, and two weeks after": a time, not a group.
			if !ok || overlapsDate(di.dates[si], a.Start+s.Start, a.End+s.Start) {
				break
			}
			at := tokIndex(toks, a.End+s.Start)
			// The group's noun: words up to the next comma or "and", none of
			// them a verb's or a preposition's ("and three were wounded").
			n := at
			for n < len(toks) && n < at+4 && toks[n].Kind == text.Word && toks[n].Lower != "and" && !prepositions[toks[n].Lower] && !auxiliaries[toks[n].Lower] && !isVerbLike(toks[n]) {
				n++
			}
			if more && n == at && (n == len(toks) || toks[n].Kind == text.Punct || prepositions[toks[n].Lower]) {
				lo, hi, exact = addAmount(lo, hi, exact, a)
				end, items, j = toks[at-1].End, items+1, placePhrase(toks, at)
				continue
			}
			// "and 104 others injured", "and 50 injuries": another count.
			if n == at || !plural(toks[n-1].Lower) || toks[at].Lower == "others" || toks[at].Lower == "more" {
				break
			}
			if _, _, other := x.countNouns.match(toks, n-1); other {
				break
			}
			// "killed 40 people and three attackers": the attackers are
			// counted apart from their victims.
			if x.perpHeads[toks[n-1].Lower] || units[toks[n-1].Lower] {
				break
			}
			if n < len(toks) && toks[n].Kind == text.Word && toks[n].Lower != "and" && !prepositions[toks[n].Lower] {
				break
			}
			lo, hi, exact = addAmount(lo, hi, exact, a)
			end, items, j = toks[n-1].End, items+1, placePhrase(toks, n)
		}
		if items == 0 {
			continue
		}
		total := *c
		total.Start, total.End, total.Words = c.Start, end, di.text[c.Start:end]
		total.Lo, total.Hi, total.Exact, total.Population = lo, hi, exact, ""
		total.Trace = append(append([]string(nil), c.Trace...), fmt.Sprintf("the %d groups listed add up to the total", items+1))
		c.Part = true
		c.Trace = append(c.Trace, "one group of a list: a part of the list's total")
		out = append(out, total)
	}
	// "and two French nationals" read on its own by coordination is a part.
	for i := range cs {
		for _, t := range out {
			if cs[i].Kind == t.Kind && cs[i].Start > t.Start && cs[i].End <= t.End {
				cs[i].Part = true
			}
		}
	}
	return out
}

// onePerson reads "a man", "a nine-year-old boy", "a police officer" at
// token k, at the end of a list: it returns the token after the noun, or
// k when there is none. The list must end there ("a man who …" does not
// count him among the victims' groups).
func (x *Extractor) onePerson(toks []text.Token, k int) int {
	// "and a guide", "and their guide", "and one officer": one person.
	if k >= len(toks) || toks[k].Lower != "a" && toks[k].Lower != "an" && toks[k].Lower != "one" && toks[k].Lower != "their" && toks[k].Lower != "his" && toks[k].Lower != "her" {
		return k
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		t := toks[e]
		if t.Kind != text.Word && t.Text != "-" {
			return k
		}
		// "eight Americans and an Afghan": a people's name for one of them.
		if e == k+1 && t.Cap && x.demonymAt(t) && (e+1 == len(toks) || toks[e+1].Kind == text.Punct || prepositions[toks[e+1].Lower] || toks[e+1].Lower == "and") {
			return e + 1
		}
		if _, n, ok := x.persons.match(toks, e); ok {
			if e+n < len(toks) && toks[e+n].Kind == text.Word && !prepositions[toks[e+n].Lower] && toks[e+n].Lower != "and" {
				return k
			}
			return e + n
		}
	}
	return k
}

// personEndingAt reports a noun for one person (the rules' persons) that
// ends just before token j and opens after token k: "a police officer".
func (x *Extractor) personEndingAt(toks []text.Token, k, j int) bool {
	for s := max(k+1, j-3); s < j; s++ {
		if _, n, ok := x.persons.match(toks, s); ok && s+n == j {
			return true
		}
	}
	return false
}

// placePhrase skips a short phrase of where at token j ("on the plane",
// "in the town", "on board") and returns the token after it, or j.
func placePhrase(toks []text.Token, j int) int {
	if j >= len(toks) || !(toks[j].Lower == "on" || toks[j].Lower == "in" || toks[j].Lower == "aboard" || toks[j].Lower == "at") {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].Kind != text.Word || toks[k].Lower == "and" {
			return k
		}
	}
	return j
}

// addAmount adds an amount's interval to a sum's.
func addAmount(lo, hi int64, exact bool, a quantity.Amount) (int64, int64, bool) {
	if unbounded(hi) || unbounded(a.Hi) {
		hi = quantity.Unbounded
	} else {
		hi += a.Hi
	}
	return lo + a.Lo, hi, exact && a.Exact
}

// amountAt finds the amount starting at byte offset at of the sentence.
func amountAt(amts []quantity.Amount, at int) (quantity.Amount, bool) {
	for _, a := range amts {
		if a.Start == at {
			return a, true
		}
	}
	return quantity.Amount{}, false
}

// victimKind reports a count kind of the rules that counts victims.
func (x *Extractor) victimKind(id string) bool {
	for _, k := range x.rs.Counts {
		if k.ID == id {
			return k.Victims
		}
	}
	return false
}

// units measure time, distance and weight: "two weeks", "five kilometres"
// count no people.
var units = map[string]bool{"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true, "times": true, "metres": true, "meters": true, "kilometres": true, "kilometers": true, "miles": true, "kilograms": true, "kilos": true, "tons": true, "tonnes": true, "pounds": true, "feet": true, "km": true, "kms": true, "kilometre": true, "kilometer": true, "mile": true, "metre": true, "meter": true, "foot": true, "yards": true, "yard": true}

// sharedVerb reads the verb after a second counted group that opens at
// token k ("and 50 Chechen rebels died", "and three civilians were
// killed"): the group's amount and a few words of its noun, then a count
// verb or noun of the rules. It returns the kind and how it was read.
func (x *Extractor) sharedVerb(toks []text.Token, k int) (int, string, bool) {
	j := k + 1
	for j < len(toks) && j <= k+4 && toks[j].Kind == text.Word && !auxiliaries[toks[j].Lower] && !isVerbLike(toks[j]) && !prepositions[toks[j].Lower] && toks[j].Lower != "and" && !x.victimNounAt(toks, j) {
		j++
	}
	if j == k+1 || j >= len(toks) {
		return -1, "", false
	}
	// "five nurses and a driver were killed": the last group is one person,
	// named by "a" and a noun for one; no amount of its own counts it.
	one := ""
	if toks[k].Lower == "a" || toks[k].Lower == "an" {
		if !x.personEndingAt(toks, k, j) {
			return -1, "", false
		}
		one = oneMore
	}
	v, how, ok := x.verbOfShared(toks, j)
	return v, how + one, ok
}

// oneMore ends the reading of a group whose verb follows one more person
// (see sharedVerb): the total counts that person too.
const oneMore = ", and one more"

// victimNounAt reports a noun of the rules for victims at token j ("dead",
// "casualties"), which ends the noun of the group before it.
func (x *Extractor) victimNounAt(toks []text.Token, j int) bool {
	v, _, ok := x.countNouns.match(toks, j)
	return ok && x.rs.Counts[v].Victims
}

// verbOfShared reads the count verb or noun at token j that follows the
// second of two groups (see sharedVerb).
func (x *Extractor) verbOfShared(toks []text.Token, j int) (int, string, bool) {
	for _, p := range []*phrases{x.countVerbs, x.countNouns} {
		if v, n, ok := p.match(toks, j); ok && x.rs.Counts[v].Victims {
			return v, "@verb '" + joinText(toks[j:j+n]) + "' after the amount, " + sharedWith, true
		}
	}
	if j+1 < len(toks) && auxiliaries[toks[j].Lower] {
		// "were massacred", "were “summarily executed”", "have been
		// killed": a passive, past quotes and auxiliaries.
		e := j + 1
		for e < len(toks) && e <= j+3 && (isQuote(toks[e].Text) || auxiliaries[toks[e].Lower]) {
			e++
		}
		if v, n, ok := x.countVerbs.match(toks, e); ok && x.rs.Counts[v].Victims {
			return v, "@verb '" + joinText(toks[j:e+n]) + "' after the amount, " + sharedWith, true
		}
		// "and two soldiers were recorded dead", "were found dead": a
		// state the groups were found in.
		if j+2 < len(toks) && strings.HasSuffix(toks[j+1].Lower, "ed") {
			if v, n, ok := x.countNouns.match(toks, j+2); ok && x.rs.Counts[v].Victims {
				return v, "@verb '" + joinText(toks[j:j+2+n]) + "' after the amount, " + sharedWith, true
			}
		}
	}
	return -1, "", false
}

// listLast returns the amount of a list's last group, the list going on at
// the comma toks[j]: ", 17 women, and 12 children" (the amount after "and"),
// or 0 when what follows is no list of counted groups.
func listLast(toks []text.Token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+16; k++ {
		t := toks[k]
		switch {
		case t.Lower == "and" && k+1 < len(toks) && listedAmount(toks[k+1]):
			return k + 1
		case t.Text == "," || t.Kind == text.Number || t.Kind == text.Word && !t.Cap && !auxiliaries[t.Lower] && !isVerbLike(t) && !prepositions[t.Lower]:
			continue
		default:
			return 0
		}
	}
	return 0
}

// sharedWith marks the reading of a group whose verb follows the next.
const sharedWith = "shared with the next group"

// sharedTotals adds up groups that share one verb ("two soldiers and
// three civilians were killed": five killed), each group a part of the
// total. A group that may be the attackers ("115 hostages and 50 rebels
// died") is no victim of theirs and makes no total.
func (x *Extractor) sharedTotals(cs []Claim) []Claim {
	var out []Claim
	shared := func(c *Claim) bool {
		return c.Type == Count && len(c.Trace) > 0 && strings.Contains(strings.Join(c.Trace, " "), sharedWith)
	}
	for i := range cs {
		c := &cs[i]
		if c.Part || !shared(c) {
			continue
		}
		// A list's later group shares the verb too, and is inside the
		// first group's span: the first adds them all up.
		inner := false
		for k := range cs {
			if o := &cs[k]; k != i && shared(o) && o.Kind == c.Kind && o.Start < c.Start && c.End <= o.End {
				inner = true
			}
		}
		if inner {
			continue
		}
		var parts []*Claim
		armed := x.armed(c.Population)
		for k := range cs {
			d := &cs[k]
			if k == i || d.Type != Count || d.Kind != c.Kind || d.Part || d.Start <= c.Start || d.End > c.End {
				continue
			}
			armed = armed || x.armed(d.Population)
			parts = append(parts, d)
		}
		if armed || len(parts) == 0 && !c.plusOne {
			continue
		}
		total := *c
		groups := len(parts) + 1
		if c.plusOne {
			// The one person the verb follows has no claim of its own.
			total.Lo, total.Hi, total.Exact = addAmount(total.Lo, total.Hi, total.Exact, quantity.Amount{Lo: 1, Hi: 1, Exact: true})
			groups++
		}
		for _, d := range parts {
			total.Lo, total.Hi, total.Exact = addAmount(total.Lo, total.Hi, total.Exact, quantity.Amount{Lo: d.Lo, Hi: d.Hi, Exact: d.Exact})
			d.Part = true
		}
		total.Population = ""
		why := "the two groups of one verb add up to the total"
		if groups > 2 {
			why = fmt.Sprintf("the %d groups of one verb add up to the total", groups)
		}
		total.Trace = append(append([]string(nil), c.Trace...), why)
		c.Part = true
		out = append(out, total)
	}
	return out
}

// armed reports a counted group whose noun may name the attackers:
// "rebels", "militants", "gunmen".
func (x *Extractor) armed(pop string) bool {
	head := pop[strings.LastIndexByte(pop, ' ')+1:]
	if x.perpHeads[head] {
		return true
	}
	for _, k := range x.rs.Counts {
		if k.People && (slices.Contains(k.Agents, head) || slices.Contains(k.Nouns, head)) {
			return true
		}
	}
	return false
}
