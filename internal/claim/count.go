package claim

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// beforeSkip may stand between a counting verb and its amount: "arrested a
// total of 363", "killed another 12".
var beforeSkip = map[string]bool{"a": true, "an": true, "total": true, "of": true, "another": true, "further": true, "the": true, "all": true}

// prepositions end a counted noun phrase: "47 people in Istanbul".
var prepositions = map[string]bool{"in": true, "at": true, "on": true, "of": true, "from": true, "to": true, "for": true, "near": true, "after": true, "during": true, "with": true, "by": true, "across": true, "since": true, "into": true, "outside": true, "inside": true}

// nounMakers before a verb cue make it a noun: "the killing of General
// Soleimani" is not what an amount before it counts.
var nounMakers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "this": true, "that": true}

// clauseStop ends the search for what an amount counts.
var clauseStop = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "whose": true, "while": true, "because": true, "after": true, "before": true, "when": true, "since": true, "but": true}

// counts reads count claims from one sentence.
func (x *Extractor) counts(di *docInfo, si int) []Claim {
	s := di.sents[si]
	toks := di.toks[si]
	sent := di.text[s.Start:s.End]
	amts := x.splitChanges(sent, s, toks, x.qty.Scan(sent))
	var out []Claim
	prevKind, prevVerbBefore := -1, false
	seen := map[int]bool{} // kinds counted earlier in the sentence
	for ai, a := range amts {
		a.Start += s.Start
		a.End += s.Start
		a.NumStart += s.Start
		a.NumEnd += s.Start
		ti := tokIndex(toks, a.Start)
		tj := tokIndex(toks, a.End)
		if ti >= len(toks) || overlapsDate(di.dates[si], a.Start, a.End) {
			continue
		}
		// "the toll added up to 325": a sum, not a bound.
		if ti > 0 && toks[ti].Lower == "up" && toks[ti-1].Lower == "added" && a.Hi > 0 {
			a.Lo, a.Exact = a.Hi, true
		}
		// "two of the 30 detainees": "the 30" refers back to a count already given;
		// "12 of the wounded" counts a part of a group, not the group.
		definite, definiteHow := -1, ""
		if ti > 0 && toks[ti-1].Lower == "the" {
			// "the four attackers were killed": with no figure before it,
			// a definite amount counts them all.
			// "the 40 wounded" after "52 were wounded" is no figure given
			// before: a definite amount unlike every earlier figure of its
			// kind is read.
			if definite, definiteHow = x.definiteCount(toks, ti, tj); definite < 0 || slices.Contains(di.figures[definite], a.Lo) {
				continue
			}
		}
		// "many more of the injured have died": "more" may stand between.
		of := tj
		if of+2 < len(toks) && toks[of].Lower == "more" {
			of++
		}
		if of+1 < len(toks) && toks[of].Lower == "of" {
			switch toks[of+1].Lower {
			case "the", "them", "those", "whom", "these":
				// "two of the dead were children" is a part; "detained one
				// of the suspects" detained one, when the verb counts no
				// victims.
				if k, _, ok := x.kindBefore(toks, ti); !ok || x.rs.Counts[k].Victims || of != tj {
					continue
				}
			}
		}
		if x.isAge(toks, ti) {
			continue
		}
		// "reported killed several times", "three times as many": how
		// often, not how many; "detained 20 kilometres from the town": how
		// far.
		if tj < len(toks) && (toks[tj].Lower == "times" || toks[tj].Lower == "occasions" || units[toks[tj].Lower]) {
			continue
		}
		// "all but one were shot dead": the amount is who was not.
		if ti >= 2 && toks[ti-2].Lower == "all" && (toks[ti-1].Lower == "but" || toks[ti-1].Lower == "except") {
			continue
		}
		incr := x.increment(toks, ti, tj)
		kind, how, verbBefore := x.kindBefore(toks, ti)
		// "X was killed along with three others": the man
		// named and the others, one more than the amount.
		withOne := false
		if at := x.alongWithOthers(toks, ti, tj); at > 0 {
			if k, h := x.victimVerbBefore(toks, at); k >= 0 {
				kind, how, verbBefore, withOne, incr = k, h, true, true, false
			}
		}
		pop := ""
		// "caused 75 injuries": a verb of a sum ("caused" casualties)
		// gives way to the noun of one of its parts after the amount.
		if kind >= 0 && verbBefore && len(x.rs.Counts[kind].SumOf) > 0 && tj < len(toks) {
			if v, _, ok := x.countNouns.match(toks, tj); ok && slices.Contains(x.rs.Counts[kind].SumOf, x.rs.Counts[v].ID) {
				if k, p, h := x.kindAfter(toks, tj); k == v {
					kind, pop, how, verbBefore = k, p, h, false
				}
			}
		}
		// "41 killed about 70 wounded": a verb right after the amount before
		// is that amount's, not this one's.
		if kind >= 0 && verbBefore && ai > 0 {
			if pj := tokIndex(toks, amts[ai-1].End+s.Start); pj < ti && ti-pj <= 3 && prevKind >= 0 && x.verbOnly(toks[pj:ti]) {
				kind, how, verbBefore = -1, "", false
			}
		}
		// "Deaths 19 Injured 498 Perpetrators …": a copied box's rows run
		// together, each label before its amount; the next label is no
		// verb of this one.
		if k, h := x.boxRow(toks, ti, tj); k >= 0 {
			kind, how, verbBefore = k, h, false
		}
		if definite >= 0 {
			kind, how, verbBefore = definite, definiteHow, false
		} else if k, h := x.numbering(toks, ti); k >= 0 && kind < 0 {
			kind, how = k, h
		} else if k, h := x.inNumber(toks, ti, tj); k >= 0 && kind < 0 {
			kind, how = k, h
		}
		if kind < 0 {
			// "The death toll … has hit 67 as another injured man died": the
			// toll the sentence opens with counts the amount its verb links.
			kind, how = x.kindFromToll(toks, ti, di.dates[si])
			// "the toll was likely to rise because the condition of eight
			// injured soldiers was critical": the amount's own noun says
			// what it counts.
			if kind >= 0 && tj < len(toks) {
				if v, _, ok := x.countNouns.match(toks, tj); ok && v != kind {
					if k, p, h := x.kindAfter(toks, tj); k == v {
						kind, pop, how = k, p, h
					}
				}
			}
		}
		if kind < 0 {
			kind, how = x.labelledCount(di.text, toks, ti, tj)
		}
		switch {
		case kind < 0:
			kind, pop, how = x.kindAfter(toks, tj)
			// "Twin blasts claim 42 lives", "takes over 270 lives": lives
			// an attack took; not "saved 20 lives".
			if kind >= 0 && strings.HasPrefix(how, "@noun 'lives'") && !livesTaken(toks, ti) && !livesLost(toks, tj) {
				kind = -1
			}
		case strings.HasPrefix(how, "@verb"):
			_, pop, _ = x.kindAfter(toks, tj)
		}
		if kind < 0 || x.rs.Counts[kind].Subject == "actor" {
			if k, h := x.agentKind(toks, ti, tj); k >= 0 {
				kind, how, pop = k, h, ""
			}
		}
		// "killed 13 U.S. service members and as many as 170 civilians".
		// "70 people were killed in Kerou and 30 others in Dabaga".
		// "… and two others were captured": a verb of their own says what
		// befell the others.
		others := tj < len(toks) && toks[tj].Lower == "others" && !(tj+1 < len(toks) && auxiliaries[toks[tj+1].Lower])
		if kind < 0 && prevKind >= 0 && (prevVerbBefore || others) && ai > 0 && ti > 0 && toks[ti-1].Lower == "and" && !(tj < len(toks) && units[toks[tj].Lower]) {
			kind, how = prevKind, "coordinated with the amount before"
			verbBefore = true
		}
		// "Two victims of Saturday's shooting died in hospital": deaths
		// among the wounded add to the toll, as "another 12 died" does.
		if laterDeaths(toks, tj, how) {
			incr = true
		}
		// "two more arrests" adds to a figure given before; but "killed 140
		// and injured 500 more" counts other people than the amount before,
		// and so does "Another 147 were wounded" after a toll.
		before := seen[kind] || len(di.figures[kind]) > 0
		// "Two other blasts", "two further arrests": things besides those
		// told already, never a total (victims' "500 more" may count other
		// people than the amount before).
		besides := kind >= 0 && !x.rs.Counts[kind].Victims && x.otherOnes(toks, ti, tj)
		// "killing a guard and injuring three other people": others than
		// the victims of another kind the sentence told, not more of
		// this kind.
		if incr && kind >= 0 && x.otherVictimsBefore(toks, ti, kind) {
			incr = false
		}
		// "killing himself and five other people": others than the
		// bomber, who is no victim; the five are the toll.
		if incr && ti >= 2 && toks[ti-1].Lower == "and" && reflexives[toks[ti-2].Lower] {
			incr = false
		}
		if incr && (kind < 0 || before || len(seen) == 0 && len(di.figures) == 0 || besides) {
			prevKind, prevVerbBefore = kind, verbBefore
			continue
		}
		prevKind, prevVerbBefore = kind, verbBefore
		if kind < 0 {
			continue
		}
		// "More than 80 worshippers are feared to have died": not a toll
		// anyone gives as one.
		// "the death toll might be as high as 50" bounds the toll from
		// above: the modal is the bound's, and the ceiling stands.
		ceiling := a.Lo <= 1 && a.Hi > 1 && !a.Exact && ti >= 2 && toks[ti-1].Lower == "be" && modals[toks[ti-2].Lower]
		if !ceiling && x.hasHedge(toks, max(0, ti-3), clauseEnd(toks, tj, tj+5)) {
			continue
		}
		// "the toll could rise to 50", "is expected to reach 50": a
		// forecast, no figure anyone gives.
		if forecast(toks, ti) {
			continue
		}
		// "One suspect was shot dead": the attackers' dead, not the victims.
		// "Six gunmen had been killed", "all four terrorists are dead": the
		// attackers' dead say how many attackers there were at least.
		deadOf, dead := -1, a      // the attackers' dead, as the words count them
		fewest, fewestOf := -1, "" // the attackers' kind and words, when an aside counts their dead
		if x.rs.Counts[kind].Victims && pop != "" && x.perpHeads[pop[strings.LastIndexByte(pop, ' ')+1:]] {
			ak := x.attackersCounted(pop)
			if ak < 0 || x.rs.Counts[kind].ID != "killed" || a.Lo < 2 {
				continue
			}
			deadOf = x.deadOf(ak)
			// Some may have been caught or have fled: at least that many,
			// unless "all" of them died.
			kind = ak
			if ti > 0 && toks[ti-1].Lower == "all" {
				how += "; all the attackers dead: how many there were"
			} else {
				a.Hi, a.Exact = quantity.Unbounded, false
				how += "; the attackers' dead: at least that many attackers"
			}
		}
		// "three days of mourning for 100 people killed": days are no
		// one's toll.
		if f := strings.Fields(pop); len(f) > 0 && (timeUnits[f[0]] || f[0] == "hours" || f[0] == "minutes" || f[0] == "decades") {
			continue
		}
		// "the civil conflict, which has claimed at least 35,000 lives in
		// the past decade": a war's toll over years, not an attack's.
		if x.rs.Counts[kind].Victims && warToll(toks, ti) {
			continue
		}
		seen[kind] = true
		if di.figures == nil {
			di.figures = map[int][]int64{}
		}
		di.figures[kind] = append(di.figures[kind], a.Lo)
		ck := x.rs.Counts[kind]
		if len(ck.Nouns) > 0 && pop != "" {
			for _, n := range ck.Nouns {
				if text.Fold(n) == pop {
					pop = ""
				}
			}
		}
		var owner ref
		if ck.Subject == "actor" {
			if owner = x.groupNear(di, si, ti); !owner.ok {
				continue // a size with no group named is about nothing we can compare
			}
		}
		start, end := a.Start, a.End
		if how != "" {
			start, end = claimSpan(toks, ti, tj, start, end, how)
		}
		if withOne {
			a.Lo++
			if a.Hi != quantity.Unbounded {
				a.Hi++
			}
			a.Trace += "; with the one named before the others: one more"
		}
		c := Claim{
			Doc: di.idx, Type: Count, Kind: ck.ID,
			Start: start, End: end, Words: di.text[start:end],
			Sent: si, SentStart: s.Start, SentEnd: s.End,
			Lo: a.Lo, Hi: a.Hi, Exact: a.Exact, Vague: a.Vague, Population: pop,
		}
		c.Trace = append(c.Trace, a.Trace, fmt.Sprintf("counts %s: %s", ck.ID, strings.TrimPrefix(how, "@")))
		// "The cell included three suicide bombers", "the dead include 12
		// children": a part of a whole told elsewhere.
		if k := ti - 1; k >= 0 && (toks[k].Lower == "included" || toks[k].Lower == "includes" || toks[k].Lower == "include") {
			c.Part = true
			c.Trace = append(c.Trace, "what a whole included: a part of it")
		}
		// "Fatalities: 81" in a fact box: the page's own attack's toll.
		c.rowOfBox = strings.Contains(how, "labelling the amount") && si < perpetratorRows && boxRow(toks)
		c.pastList = strings.HasSuffix(how, pastList)
		c.plusOne = strings.HasSuffix(how, oneMore)
		c.Earlier, c.Revised = x.revision(toks, ti, tj)
		// "a death toll of 60": the rules' verbs that name a toll make one.
		c.Total = strings.HasPrefix(how, "@toll") || strings.HasPrefix(how, "@verb '") && strings.Contains(how[:strings.LastIndexByte(how, '\'')], " toll")
		if !c.Earlier && !c.Revised && strings.HasPrefix(how, "@toll") {
			c.Revised = correctedToll(toks, ti, how)
		}
		if !c.Part && x.oneOfSeveral(toks, ti) {
			// "The first explosion killed 15 …, and the second left at
			// least 49 dead": each blast's toll is a part of the attack's.
			c.Part = true
			c.Trace = append(c.Trace, "the toll of one of several blasts or attacks: a part")
		}
		if c.Earlier {
			c.Trace = append(c.Trace, "an earlier figure: the words say it has since changed")
		} else if c.Revised {
			c.Trace = append(c.Trace, "a revised figure: the words say it replaces an earlier one")
		}
		if owner.ok {
			c.Subject.Entity, c.Subject.Name = owner.m.key, owner.m.name
			c.Trace = append(c.Trace, "the group counted: "+owner.m.name)
		}
		if ck.Victims {
			// The words about this amount run to the next amount; a toll's
			// aside may come before it ("The death toll, including the
			// gunman, rose to 50").
			from, to := tj, len(toks)
			for n := ai + 1; n < len(amts); n++ {
				to = tokIndex(toks, amts[n].Start+s.Start)
				if !countsAttackers(toks, to) {
					break // "including the three attackers": that amount is the aside's
				}
				to = len(toks)
			}
			if strings.HasPrefix(how, "@toll") {
				from = 0
				if ai > 0 {
					from = tokIndex(toks, amts[ai-1].End+s.Start)
				}
			}
			if n, words, ok := x.perpetrators(toks, from, to); ok {
				if !takeOffPerpetrators(&c, n, words) {
					continue
				}
				// "45 were killed, including 11 attackers": eleven attackers dead.
				if ak := x.attackersCounted(strings.ToLower(words)); ak >= 0 && n > 0 && ck.ID == "killed" && !c.Earlier && !c.Part {
					if deadOf < 0 {
						deadOf = x.deadOf(ak)
					}
					dead = quantity.Amount{Lo: int64(n), Hi: int64(n), Exact: true, Trace: fmt.Sprintf("'%s' → %d", words, n)}
					fewest, fewestOf = ak, strings.ToLower(words[strings.LastIndexByte(words, ' ')+1:])
				}
			}
		}
		out = append(out, c)
		if deadOf >= 0 {
			d := c
			d.Kind, d.Lo, d.Hi, d.Exact, d.Population = x.rs.Counts[deadOf].ID, dead.Lo, dead.Hi, dead.Exact, ""
			d.Trace = []string{dead.Trace, fmt.Sprintf("counts %s: the attackers' dead", d.Kind)}
			out = append(out, d)
		}
		if fewest >= 0 {
			// "including six of the attackers": at least that many attackers.
			d := c
			d.Kind, d.Lo, d.Hi, d.Exact, d.Population, d.Article = x.rs.Counts[fewest].ID, dead.Lo, quantity.Unbounded, false, fewestOf, true
			d.Trace = []string{dead.Trace, fmt.Sprintf("counts %s: the attackers' dead, at least that many attackers", d.Kind)}
			out = append(out, d)
		}
	}
	out = append(out, x.sharedTotals(out)...)
	out = append(out, x.amongTotal(di, si, amts)...)
	return append(out, x.listTotals(di, si, amts, out)...)
}

// amongTotal reads a sentence that opens on the victims and lists where
// they came from: "Among the injured, 34 are from one state, five from
// another and two from a third" counts at least 41 injured.
func (x *Extractor) amongTotal(di *docInfo, si int, amts []quantity.Amount) []Claim {
	toks := di.toks[si]
	if len(toks) < 6 || toks[0].Lower != "among" || toks[1].Lower != "the" {
		return nil
	}
	v, n, ok := x.countNouns.match(toks, 2)
	if !ok || !x.rs.Counts[v].Victims || 2+n >= len(toks) || toks[2+n].Text != "," && toks[2+n].Lower != "were" && toks[2+n].Lower != "are" {
		return nil
	}
	s := di.sents[si]
	var sum int64
	items, end := 0, 0
	for _, a := range amts {
		ti, tj := tokIndex(toks, a.Start+s.Start), tokIndex(toks, a.End+s.Start)
		if ti <= 2+n || overlapsDate(di.dates[si], a.Start+s.Start, a.End+s.Start) || unbounded(a.Hi) || a.Lo != a.Hi {
			continue
		}
		// Each group's amount stands alone before where it came from or
		// who they are: "34 belong to", "five from", "12 Britons".
		if tj >= len(toks) || toks[tj].Kind != text.Word || units[toks[tj].Lower] || x.perpHeads[toks[tj].Lower] {
			return nil
		}
		sum += a.Lo
		items++
		end = toks[tj].End
	}
	if items < 2 {
		return nil
	}
	ck := x.rs.Counts[v]
	c := Claim{
		Doc: di.idx, Type: Count, Kind: ck.ID,
		Start: toks[0].Start, End: end, Words: di.text[toks[0].Start:end],
		Sent: si, SentStart: s.Start, SentEnd: s.End,
		Lo: sum, Hi: quantity.Unbounded,
	}
	c.Trace = append(c.Trace, fmt.Sprintf("the %d groups listed among the %s add up to at least %d", items, joinText(toks[2:2+n]), sum), fmt.Sprintf("counts %s: noun '%s' after 'among the'", ck.ID, joinText(toks[2:2+n])))
	x.describe(di, &c)
	return []Claim{c}
}

// verbOnly reports tokens that are a counting verb and nothing else.
func (x *Extractor) verbOnly(toks []text.Token) bool {
	_, n, ok := x.countVerbs.match(toks, 0)
	return ok && n == len(toks)
}

// definiteCount is the kind a definite amount counts whole: "the four
// attackers", "among the 22 people who were killed" name every one of
// them, whatever the verb after says happened to them. A group's size
// ("the 400 fighters") is no event's figure; -1 then.
func (x *Extractor) definiteCount(toks []text.Token, ti, tj int) (int, string) {
	if ti >= 2 {
		switch toks[ti-2].Lower {
		case "including", "between", "from":
			return -1, "" // "including the 30 detainees": the 30 given before
		case "of":
			// "two of the 30 detainees": a part of the 30 given before;
			// "the families of some of the estimated 500 killed" count
			// no part, and the 500 are all of them; nor does "Of the 30
			// killed, 12 were children", which opens its clause.
			opens := opensClause(toks, ti-2) || toks[ti-3].Lower == "that" || toks[ti-3].Text == ","
			if !opens && (ti < 3 || !partWords[toks[ti-3].Lower]) {
				return -1, ""
			}
		}
	}
	// "among the 22 people who were killed": a relative clause says what
	// befell them all.
	if tj+3 < len(toks) && x.people[toks[tj].Lower] && (toks[tj+1].Lower == "who" || toks[tj+1].Lower == "that") && auxiliaries[toks[tj+2].Lower] {
		if v, n, ok := x.countVerbs.match(toks, tj+3); ok && x.rs.Counts[v].Subject != "actor" {
			return v, "@verb '" + joinText(toks[tj+3:tj+3+n]) + "' after the amount, all of them"
		}
	}
	// "the 500 people killed in the attack": a participle after the
	// amount, and what it happened in, says what befell them all.
	j := tj
	if j < len(toks) && x.people[toks[j].Lower] {
		j++
	}
	if v, n, ok := x.countVerbs.match(toks, j); ok && n == 1 && x.rs.Counts[v].Subject != "actor" && participle(toks[j].Lower) && j+1 < len(toks) && (prepositions[toks[j+1].Lower] || toks[j+1].Kind == text.Punct) {
		return v, "@verb '" + toks[j].Text + "' after the amount, all of them"
	}
	for j := tj; j < len(toks) && j <= tj+2; j++ {
		if v, n, ok := x.countNouns.match(toks, j); ok {
			// "the three dead attackers": whom "dead" describes.
			if x.rs.Counts[v].Subject == "actor" || j+n < len(toks) && x.perpHeads[toks[j+n].Lower] {
				return -1, ""
			}
			return v, "@noun '" + joinText(toks[j:j+n]) + "' after the amount, all of them"
		}
		if t := toks[j]; t.Kind != text.Word || auxiliaries[t.Lower] || clauseStop[t.Lower] || prepositions[t.Lower] {
			return -1, ""
		}
	}
	return -1, ""
}

// forecast reports an amount at ti that a verb of growth in the future
// reaches: "could rise to 50", "is expected to climb to 50", "may reach".
func forecast(toks []text.Token, ti int) bool {
	k := ti
	if k > 0 && toks[k-1].Lower == "to" {
		k--
	}
	if k < 2 || !growthVerbs[toks[k-1].Lower] {
		return false
	}
	w := toks[k-2].Lower
	return modals[w] || w == "will" || w == "would" || w == "to" && k >= 3 && (toks[k-3].Lower == "expected" || toks[k-3].Lower == "likely")
}

// growthVerbs, in the bare form a modal takes, tell a figure growing.
var growthVerbs = map[string]bool{"rise": true, "climb": true, "reach": true, "increase": true, "grow": true, "exceed": true, "surpass": true, "top": true, "hit": true}

// partWords take a share of a group without numbering it: "some of the
// 500 killed".
var partWords = map[string]bool{"all": true, "any": true, "some": true, "many": true, "most": true, "families": true, "relatives": true, "names": true, "bodies": true}

// participle reports a verb form that can follow its noun: "killed",
// "slain".
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "slain" || w == "hurt"
}

// numbering reads an amount that a noun before it is said to number:
// "terrorists numbering about 10 attacked the church".
func (x *Extractor) numbering(toks []text.Token, ti int) (int, string) {
	if ti < 2 || toks[ti-1].Lower != "numbering" && toks[ti-1].Lower != "totalling" && toks[ti-1].Lower != "totaling" {
		return -1, ""
	}
	for k := ti - 2; k >= 0 && k >= ti-4; k-- {
		if v, n, ok := x.countNouns.match(toks, k); ok && k+n == ti-1 {
			if x.rs.Counts[v].Subject == "actor" {
				return -1, ""
			}
			return v, "@noun '" + joinText(toks[k:ti-1]) + "' before the amount"
		}
	}
	return -1, ""
}

// inNumber reads "The attackers, 15-20 in number," and "gunmen whom
// witnesses said were four in number": the amount before "in number"
// counts the people named a few words before it.
func (x *Extractor) inNumber(toks []text.Token, ti, tj int) (int, string) {
	if tj+1 >= len(toks) || toks[tj].Lower != "in" || toks[tj+1].Lower != "number" {
		return -1, ""
	}
	for k := ti - 1; k >= 0 && k >= ti-8; k-- {
		if toks[k].Kind == text.Punct && toks[k].Text != "," {
			return -1, ""
		}
		for s := max(0, k-2); s <= k; s++ {
			if v, n, ok := x.countNouns.match(toks, s); ok && s+n == k+1 {
				if ck := x.rs.Counts[v]; ck.Subject == "actor" || !ck.People {
					return -1, ""
				}
				return v, "@noun '" + joinText(toks[s:k+1]) + "' before the amount 'in number'"
			}
		}
	}
	return -1, ""
}

// kindBefore looks for a counting verb just before the amount.
// Words such as "a total of" may stand between; a verb phrase may end in
// one of them ("the killing of 50"), so each stopping place is tried.
func (x *Extractor) kindBefore(toks []text.Token, ti int) (kind int, how string, ok bool) {
	k := ti
	for skips := 0; ; skips++ {
		for start := k - 1; start >= 0 && start >= k-x.verbWords; start-- {
			if v, n, found := x.countVerbs.match(toks, start); found && start+n == k {
				return v, "@verb '" + joinText(toks[start:k]) + "' before the amount", true
			}
		}
		// "killing himself and five other people": the bomber, then his
		// victims.
		if skips < 3 && k >= 2 && toks[k-1].Lower == "and" && reflexives[toks[k-2].Lower] {
			k -= 2
			continue
		}
		if skips == 3 || k == 0 || !beforeSkip[toks[k-1].Lower] {
			return -1, "", false
		}
		k--
	}
}

// boxRow reads an amount that a capitalised label of a count stands
// right before, with another capitalised word (the next row's label) or
// nothing after it: "Deaths 19 Injured 498", "Fatalities 31".
func (x *Extractor) boxRow(toks []text.Token, ti, tj int) (int, string) {
	// "Deaths 60 [1]": an encyclopedia's note mark after the figure;
	// "Deaths 45 (including 11 attackers)": a bracket of who they were.
	if tj+2 < len(toks) && toks[tj].Text == "[" && toks[tj+1].Kind == text.Number && toks[tj+2].Text == "]" {
		tj += 3
	} else if tj < len(toks) && toks[tj].Text == "(" {
		for k := tj + 1; k < len(toks) && k <= tj+12; k++ {
			if toks[k].Text == ")" {
				tj = k + 1
				break
			}
		}
	}
	if tj < len(toks) && !(toks[tj].Cap && toks[tj].Kind == text.Word) && toks[tj].Text != "+" {
		return -1, ""
	}
	for k := ti - 1; k >= 0 && k >= ti-2; k-- {
		if !toks[k].Cap {
			continue
		}
		// A headline's capitals are no labels: "Attack That Killed 2
		// Cyclists". Asked last: most amounts have no label to test.
		if v, n, ok := x.countNouns.match(toks, k); ok && k+n == ti && !isHeadline(toks) {
			return v, "@noun '" + joinText(toks[k:ti]) + "' labelling the amount in a box's row"
		}
	}
	return -1, ""
}

// thingNear reports the words between an amount and the noun of a count
// of things: at most two, each a lower-case word ("nine serial blasts"),
// and not "of" ("two of the explosions" are a part of them).
func thingNear(between []text.Token) bool {
	if len(between) > 2 || len(between) > 0 && between[0].Lower == "of" {
		return false
	}
	for _, t := range between {
		if !isLowerWord(t) {
			return false
		}
	}
	return true
}

// kindAfter looks right of the amount for the counted noun ("400
// casualties", "39 people dead") or a passive verb ("were detained"), and
// returns the counted group when it is specific ("service members"). A
// noun for people ("fighters", "members") names who was counted, and a
// verb may still follow it ("Three fighters were killed"): the verb
// decides; without one, the amount is the group's size.
func (x *Extractor) kindAfter(toks []text.Token, tj int) (kind int, pop, how string) {
	var popWords []string
	popDone := false
	comma := false
	member, memberHow := -1, ""
	none := func() (int, string, string) {
		if member >= 0 {
			return member, popOf(popWords, x.people), memberHow
		}
		return -1, popOf(popWords, x.people), ""
	}
	limit := tj + 12
	object := false // a determiner after the amount opens another phrase
	for j := tj; j < len(toks) && j < limit; j++ {
		t := toks[j]
		// "the massacre of 35 Sikhs by unidentified terrorists": "by"
		// names who did it, not whom the amount counts.
		if j > tj && (nounMakers[t.Lower] || t.Lower == "by") {
			object = true
		}
		if v, n, ok := x.countNouns.match(toks, j); ok && !comma {
			// "Two local fishermen noticed the attackers": a noun for people
			// after another phrase has begun ("the …") counts someone else.
			if ck := x.rs.Counts[v]; (ck.Subject == "actor" || ck.People) && object {
				j += n - 1
				continue
			}
			if ck := x.rs.Counts[v]; ck.Subject != "actor" && !ck.People {
				// "Eight bombers staged blasts": people counted first;
				// a later noun of things (blasts) counts nothing of theirs.
				if member >= 0 && !ck.Victims {
					return none()
				}
				// A count of things stands right by its noun ("two powerful
				// explosions"): "three operatives, convicted for their role
				// in the blasts" counts no blasts.
				if !ck.Victims && !thingNear(toks[tj:j]) {
					return none()
				}
				if w, how := x.describedPeople(toks, tj, j, n, v); w >= 0 {
					return w, "", how
				}
				if sum, m := x.bothKinds(toks, v, j+n); sum >= 0 {
					return sum, popOf(popWords, x.people), "@noun '" + joinText(toks[j:j+n+m]) + "' after the amount"
				}
				return v, popOf(popWords, x.people), "@noun '" + joinText(toks[j:j+n]) + "' after the amount"
			}
			for _, w := range toks[j : j+n] {
				popWords = append(popWords, w.Lower)
			}
			if member < 0 {
				member, memberHow = v, "@noun '"+joinText(toks[j:j+n])+"' after the amount"
			}
			popDone = true
			j += n - 1
			continue
		}
		if v, n, ok := x.countVerbs.match(toks, j); ok && !nounMakers[toks[j-1].Lower] {
			// "50 armed rebels prepared to kill themselves and the
			// hostages": an infinitive tells what they would do ("is
			// understood to have died" what they did, "seen to be dead"
			// what they are).
			if toks[j-1].Lower == "to" && toks[j].Lower != "have" && toks[j].Lower != "be" {
				return none()
			}
			aux := j > 0 && auxiliaries[toks[j-1].Lower]
			// "Four bomb attacks have killed 43 people": a perfect is active,
			// and its amount did the killing as a past tense's does.
			perfect := aux && perfectAux[toks[j-1].Lower]
			if (!aux || perfect) && x.agentAmount(toks, popWords, j+n) {
				return none() // "three suicide bombers killed 32 people": the amount did the killing
			}
			// "40 died", "12 killed and 30 wounded": a verb right after the
			// amount counts it, as one after a noun does.
			if aux || !comma {
				if w, how := x.describedPeople(toks, tj, j, n, v); w >= 0 && !aux {
					return w, "", how
				}
				if sum, m := x.bothKinds(toks, v, j+n); sum >= 0 {
					return sum, popOf(popWords, x.people), "@verb '" + joinText(toks[j:j+n+m]) + "' after the amount"
				}
				return v, popOf(popWords, x.people), "@verb '" + joinText(toks[j:j+n]) + "' after the amount"
			}
			return none()
		}
		switch {
		case t.Text == "—" || t.Text == "–" || doubleHyphen(toks, j):
			if k := asideEnd(toks, j); k > j {
				popDone = true
				limit += k - j // the aside does not use up the reach
				j = k
				continue
			}
			return none()
		case t.Text == ",":
			// "102 men, 17 women, and 12 children were executed": the verb
			// after the list's last group counts every group of it.
			if len(popWords) > 0 && j+1 < len(toks) && listedAmount(toks[j+1]) {
				if last := listLast(toks, j); last > 0 {
					if v, how, ok := x.sharedVerb(toks, last); ok {
						return v, popOf(popWords, x.people), how
					}
				}
			}
			popDone = true
			// "leaving six people, including three drivers injured": an
			// aside that no comma closes runs to the verb that counts the
			// amount before it.
			if len(popWords) > 0 && j+2 < len(toks) && x.partsAt(toks, j+1) && asideEnd(toks, j) == j {
				if v, how, ok := x.verbAfterAside(toks, j+1); ok {
					return v, popOf(popWords, x.people), how
				}
			}
			if k := relativeAside(toks, j); k > j {
				// "150 people, who stormed the base, were killed": the clause
				// between says who they were; the verb after it counts them.
				limit += k - j
				j = k
				continue
			}
			if k := asideEnd(toks, j); k > j {
				limit += k - j // the aside does not use up the reach
				j = k          // ", including the bomber,": what follows still counts the amount
				if relativeAside(toks, k) > k || asideEnd(toks, k) > k {
					j-- // a relative clause or another aside follows: read its comma again
				}
				continue
			}
			comma = true
		case t.Text == "(" || t.Text == "[":
			// "35 civilians (including 7 women) were massacred", "1200 IDPs
			// [displaced persons] were killed": the bracket says who they
			// were; the verb after it counts them.
			closer := ")"
			if t.Text == "[" {
				closer = "]"
			}
			k := j + 1
			for k < len(toks) && k <= j+bracketReach && toks[k].Text != closer && toks[k].Text != t.Text {
				k++
			}
			if k >= len(toks) || toks[k].Text != closer {
				return none()
			}
			popDone = true
			limit += k - j
			j = k
			continue
		case spacedDash(toks, j) && j+1 < len(toks) && x.partsAt(toks, j+1):
			// "At least 27 people - including four children and a baby -
			// were killed": an aside between dashes, as in brackets.
			k := j + 1
			for k < len(toks) && k <= j+bracketReach && !spacedDash(toks, k) {
				k++
			}
			if k >= len(toks) || !spacedDash(toks, k) {
				return none()
			}
			popDone = true
			limit += k - j
			j = k
			continue
		case t.Text == "-" && spacedDash(toks, j):
			// "killed 41 people - about 10 of them bombers": the words after
			// a spaced hyphen are no part of whom the amount counts.
			popDone = true
		case isQuote(t.Text):
			continue // two “terrorists” entered the shrine
		case t.Kind == text.Punct && t.Text != "-" && t.Text != "’" && t.Text != "'":
			return none()
		case t.Lower == "and" && len(popWords) > 0 && j+1 < len(toks) && listedAmount(toks[j+1]):
			// "About 115 hostages and 50 rebels died": the verb after the
			// second group counts the first as well; "49 were killed in one
			// village and 30 other villagers in the other" counts no village.
			if w := popWords[len(popWords)-1]; placeNouns[singular(w)] || smallPlaces[singular(w)] {
				return none()
			}
			if v, how, ok := x.sharedVerb(toks, j+1); ok {
				return v, popOf(popWords, x.people), how
			}
			return none()
		case (t.Lower == "and" || t.Lower == "or") && len(popWords) > 0 && j+1 < len(toks) && pluralNoun(toks[j+1]):
			// "six pupils and teachers were killed": one group named
			// twice; the verb after the second counts the amount.
			if x.people[popWords[len(popWords)-1]] || x.people[toks[j+1].Lower] {
				popWords = append(popWords, "people") // "women and children": everyone
			} else {
				popWords = append(popWords, t.Lower, toks[j+1].Lower)
			}
			j++
		case t.Lower == "and" && len(popWords) > 0 && j+1 < len(toks) && (toks[j+1].Lower == "a" || toks[j+1].Lower == "an"):
			// "Five nurses and a driver were killed": the verb after the
			// one person counts the group before too.
			if v, how, ok := x.sharedVerb(toks, j+1); ok {
				return v, popOf(popWords, x.people), how
			}
			return none()
		case (t.Lower == "and" || t.Lower == "or") && !(j+1 < len(toks) && toks[j+1].Cap):
			return none()
		case (t.Lower == "who" || t.Lower == "that") && j+1 < len(toks) && !comma && (auxiliaries[toks[j+1].Lower] || x.countVerbAt(toks, j+1)):
			continue // "150 people who were injured", "30 others who suffered gunshot wounds": the people the clause counts
		case clauseStop[t.Lower] || t.Kind == text.Number && !ordinalAt(toks, j):
			return none() // another amount; not a unit's ordinal ("from the 1st Regiment")
		case len(popWords) > 0 && !comma && toks[j-1].Kind == text.Word && x.partsAt(toks, j):
			// "more than 30 others including students, staff and guards
			// were wounded": the list says who they were; the verb after
			// it counts them.
			if v, how, ok := x.verbAfterList(toks, j); ok {
				return v, popOf(popWords, x.people), how
			}
			return none()
		case t.Lower == "among":
			// "10 suicide bombers were among those killed": the attackers'
			// dead, told apart from the victims.
			if n := len(popWords); n > 0 && x.perpHeads[popWords[n-1]] {
				for k := j + 1; k < len(toks) && k <= j+3; k++ {
					if v, _, ok := x.countVerbs.match(toks, k); ok && x.rs.Counts[v].ID == "killed" {
						return v, popOf(popWords, x.people), "@verb '" + toks[k].Text + "' after the amount, among the dead"
					}
					if v, _, ok := x.countNouns.match(toks, k); ok && x.rs.Counts[v].ID == "killed" {
						return v, popOf(popWords, x.people), "@noun '" + toks[k].Text + "' after the amount, among the dead"
					}
				}
			}
			return -1, "", "" // "12 children were among those hurt": a part, not the toll
		case prepositions[t.Lower]:
			popDone = true
		case ageComparatives[t.Lower] && j+1 < len(toks) && toks[j+1].Kind == text.Number:
			popDone = true
			j++ // "100 people over 60 were injured": an age, not another amount
		case !popDone && t.Kind == text.Word && t.Cap && x.peopleWord(t.Lower):
			// "Nine Chinese and three Pakistani nationals died", "two
			// Americans and three Britons were killed": a people's name
			// says who the amount counts.
			popWords = append(popWords, t.Lower)
		case !popDone && t.Kind == text.Word && !t.Cap:
			// "wounding 11 overnight": when, not who.
			if auxiliaries[t.Lower] || strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed") || timeAdverbs[t.Lower] {
				popDone = true
			} else {
				popWords = append(popWords, t.Lower)
			}
		}
	}
	return none()
}

// ordinalAt reports a number written as an ordinal, its ending glued on:
// "1st", "22nd", "4th".
func ordinalAt(toks []text.Token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Start != toks[j].End {
		return false
	}
	switch toks[j+1].Lower {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// countVerbAt reports a count's verb at k.
func (x *Extractor) countVerbAt(toks []text.Token, k int) bool {
	_, _, ok := x.countVerbs.match(toks, k)
	return ok
}

// peopleWord reports a people's adjective or its plural: "Chinese",
// "Pakistani", "Americans".
func (x *Extractor) peopleWord(w string) bool {
	if _, ok := x.demonyms[w]; ok {
		return true
	}
	_, ok := x.demonyms[strings.TrimSuffix(w, "s")]
	return ok && strings.HasSuffix(w, "s")
}

// bothKinds reads "killed and injured" after a count of kind v whose
// words end before token k: the amount counts both, a total of the kind
// that sums them (casualties). It returns that kind and how many tokens
// the second part takes, or -1.
func (x *Extractor) bothKinds(toks []text.Token, v, k int) (int, int) {
	if k+1 >= len(toks) || toks[k].Lower != "and" && toks[k].Lower != "or" {
		return -1, 0
	}
	w, m, ok := x.countVerbs.match(toks, k+1)
	if !ok || w == v {
		return -1, 0
	}
	// "103 dead and wounded over 280 others": the second verb counts its own.
	for i := k + 1 + m; i < len(toks) && i <= k+m+3; i++ {
		if toks[i].Kind == text.Number {
			return -1, 0
		}
	}
	if sum := x.sumOf(v, w); sum >= 0 {
		return sum, m + 1
	}
	return -1, 0
}

// sumOf is the count kind that totals kinds a and b (casualties: killed
// and injured), or -1.
func (x *Extractor) sumOf(a, b int) int {
	for i, k := range x.rs.Counts {
		if slices.Contains(k.SumOf, x.rs.Counts[a].ID) && slices.Contains(k.SumOf, x.rs.Counts[b].ID) {
			return i
		}
	}
	return -1
}

// describedPeople reads "83 injured people are undergoing treatment": a
// count word of kind v (at j, n tokens) right after the amount and before
// a noun for people describes them; the clause's own verb, when it counts
// another kind, says what the amount counts.
func (x *Extractor) describedPeople(toks []text.Token, tj, j, n, v int) (int, string) {
	if j != tj || j+n+1 >= len(toks) || !x.people[toks[j+n].Lower] {
		return -1, ""
	}
	if w, m, k := x.predicateKind(toks, j+n+1); w >= 0 && w != v {
		return w, "@verb '" + joinText(toks[k:k+m]) + "' after the amount"
	}
	return -1, ""
}

// predicateKind finds a count verb of the clause that starts at j, after
// an auxiliary ("are undergoing treatment", "remain in hospital"), and
// returns its kind, length and place, or -1.
func (x *Extractor) predicateKind(toks []text.Token, j int) (kind, n, at int) {
	for k := j; k < len(toks) && k < j+4; k++ {
		if v, m, ok := x.countVerbs.match(toks, k); ok {
			if k > j && auxiliaries[toks[k-1].Lower] || k == j {
				return v, m, k
			}
			return -1, 0, 0
		}
		if toks[k].Kind == text.Punct {
			break
		}
	}
	return -1, 0, 0
}

// popOf names the counted group; generic words ("people", "more") give "".
// Adverbs ("critically injured") and grammar words ("as they") name no group.
func popOf(words []string, generic map[string]bool) string {
	// "40 paramilitary personnel": a generic head counts everyone its
	// words could qualify.
	if n := len(words); n > 0 && generic[words[n-1]] {
		return ""
	}
	var keep []string
	for _, w := range words {
		if !generic[w] && !strings.HasSuffix(w, "ly") && !popGrammar[w] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// popGrammar are words between an amount and its verb that are not the
// counted group: "67 as another person died", "four of them".
var popGrammar = map[string]bool{"as": true, "they": true, "some": true, "one": true, "who": true, "had": true, "have": true, "has": true, "also": true, "all": true, "now": true, "so": true, "far": true}

// claimSpan widens the amount's span to take in the counting word.
func claimSpan(toks []text.Token, ti, tj, start, end int, how string) (int, int) {
	if strings.HasPrefix(how, "@toll") || strings.HasSuffix(how, "labelling the amount") {
		first := strings.Fields(strings.SplitN(how, "'", 3)[1])[0]
		for k := ti - 1; k >= 0 && k >= ti-tollReach; k-- {
			if toks[k].Text == first {
				start = toks[k].Start
				break
			}
		}
		return start, end
	}
	if strings.Contains(how, "before the amount") {
		for k := ti - 1; k >= 0 && k >= ti-5; k-- {
			if toks[k].Kind == text.Punct {
				break
			}
			start = toks[k].Start
			if strings.Contains(how, "'"+toks[k].Text) {
				break
			}
		}
		// "detained 47 people", "killed 13 U.S. service members": the counted noun belongs to the claim.
		for k := tj; k < len(toks) && k < tj+4; k++ {
			t := toks[k]
			if t.Kind != text.Word || clauseStop[t.Lower] || auxiliaries[t.Lower] || t.Lower == "and" || t.Lower == "or" || prepositions[t.Lower] ||
				strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing") {
				break // "detained 51 people related to the attack": "related" starts another phrase
			}
			end = t.End
		}
	}
	if strings.Contains(how, "after the amount") {
		for k := tj; k < len(toks) && k < tj+24; k++ {
			if toks[k].Text == "," && !strings.Contains(how, "verb") {
				break
			}
			end = toks[k].End
			word := strings.SplitN(strings.SplitN(how, "'", 3)[1], " ", 2)[0]
			if toks[k].Text == word {
				// take in the rest of a multi-word cue
				cue := strings.Fields(strings.SplitN(how, "'", 3)[1])
				for m := k + 1; m < len(toks) && m-k < len(cue) && toks[m].Text == cue[m-k]; m++ {
					end = toks[m].End
				}
				break
			}
		}
	}
	return start, end
}

func joinText(toks []text.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

func overlapsDate(ds []when.Date, a, b int) bool {
	for _, d := range ds {
		if a < d.End && d.Start < b {
			return true
		}
	}
	return false
}

// unbounded reports an open upper bound.
func unbounded(hi int64) bool { return hi == quantity.Unbounded }

// groupNear finds the group whose size an amount gives: the nearest group
// named in the sentence, before the amount first ("ISKP has between 4,000
// and 6,000 members", "ISIL-K strength at between 1,000 and 3,000").
func (x *Extractor) groupNear(di *docInfo, si, ti int) ref {
	best, dist := -1, 1<<30
	for i, m := range di.ments[si] {
		if m.actor < 0 || x.rs.Actors[m.actor].Type != "group" {
			continue
		}
		d := ti - m.b
		if d < 0 {
			d = (m.a - ti) * 2 // after the amount: "members of ISKP", weaker
		}
		if d < dist {
			best, dist = i, d
		}
	}
	if best >= 0 {
		return ref{m: di.ments[si][best], sent: si, ok: true}
	}
	// "The group … has between 1,500 and 2,200 fighters", "it has 4,000 members".
	toks := di.toks[si]
	for k := ti - 1; k >= 0; k-- {
		if _, n, ok := x.groupAna.match(toks, k); ok && k+n <= ti {
			return x.resolveGroup(di, si, k)
		}
	}
	return ref{}
}

// tollLinks join a toll to its figure: "the death toll … rose to 41",
// "gave the death toll as 64", "estimated the toll to be 338", "tolls
// ranged from 103 to 152".
var tollLinks = map[string]bool{"added": true, "amounted": true, "totalled": true, "totaled": true, "be": true, "ranged": true, "ranges": true, "range": true, "varied": true, "vary": true, "varies": true, "rose": true, "risen": true, "climbed": true, "reached": true, "stood": true, "stands": true, "hit": true, "jumped": true, "increased": true, "was": true, "is": true, "at": true, "to": true, "of": true, "as": true}

// isQuote reports a quotation mark.
func isQuote(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "‘" || s == "’" || s == "'"
}

// bracketed reports a number alone in brackets: "Easter Sunday (21)".
func bracketed(toks []text.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].Text == "(" && toks[k+1].Text == ")"
}

// changeBy reports the size of a change: "by more than 100".
func changeBy(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].Lower == "by" {
			return true
		}
		if toks[j].Kind != text.Word {
			break
		}
	}
	return false
}

// tollReach is how many tokens a toll noun may stand before its figure:
// "The death toll from Friday's attacks on the Al Noor mosque and the
// Linwood Islamic Centre in Christchurch rose to 50" takes 19.
const tollReach = 40

// kindFromToll reads "the death toll from Friday's bombing rose to 41": a
// toll noun earlier in the clause, a linking word right before the amount,
// and no other amount between.
func (x *Extractor) kindFromToll(toks []text.Token, ti int, dates []when.Date) (int, string) {
	link := ti - 1
	for link >= 0 && (isQuote(toks[link].Text) || tollAdverbs[toks[link].Lower]) {
		link-- // revised the toll to “about 253”; "is now more than 160"
	}
	// "put the death toll close to 360": the toll right before a bound's
	// words needs no link.
	if ti > 0 && toks[ti].Kind == text.Word && toks[ti].Lower != "from" && toks[ti].Lower != "between" {
		for k := max(0, ti-4); k < ti; k++ {
			if v, n, ok := x.tolls.match(toks, k); ok && k+n == ti {
				return v, "@toll '" + joinText(toks[k:ti]) + "' before the amount"
			}
		}
	}
	if v, how, ok := x.putTheNumberAt(toks, ti); ok {
		return v, how
	}
	if link < 0 || !tollLinks[toks[link].Lower] && !fromTo(toks, ti) {
		return -1, ""
	}
	// "might be as high as 50": a bound, which the amount's own words read.
	if toks[link].Lower == "as" && link > 0 && toks[link-1].Kind == text.Word && !x.tollEnds(toks, link) {
		return -1, ""
	}
	for k := ti - 1; k >= 0 && k >= ti-tollReach; k-- {
		// Another amount between cuts the link; a date does not ("the
		// death toll from the October 7 attack to around 1,200"), nor a
		// day in brackets ("on Easter Sunday (21)") or the size of a
		// change ("revised down by more than 100, to 253").
		// Nor a count of the attacks the toll is of ("the toll in the
		// five serial bomb blasts … has gone up to 22").
		if toks[k].Kind == text.Number && !overlapsDate(dates, toks[k].Start, toks[k].End) && !bracketed(toks, k) && !changeBy(toks, k) && !fromTo(toks, k) && !x.eventWithin(toks, k+1, 3) || toks[k].Text == ";" {
			return -1, ""
		}
		// "… rose to eight, while the count from the shooting fell to
		// 68": a clause set against the toll's own has a subject of its own.
		if (toks[k].Lower == "while" || toks[k].Lower == "whereas") && k > 0 && toks[k-1].Text == "," {
			return -1, ""
		}
		if v, n, ok := x.tolls.match(toks, k); ok && k+n <= ti {
			return v, "@toll '" + joinText(toks[k:k+n]) + "' before the amount"
		}
		if v, e, ok := x.numberOf(toks, k); ok && e <= ti {
			return v, "@toll '" + joinText(toks[k:e]) + "' before the amount"
		}
		if v, e, ok := x.estimatesOf(toks, k); ok && e <= ti {
			return v, "@toll '" + joinText(toks[k:e]) + "' before the amount"
		}
	}
	return -1, ""
}

// estimatesOf reads "estimates of the dead", "reports on fatalities",
// "estimates of those killed" at k: the figures given for a count, as a
// toll. It returns the count kind and the end of the phrase.
func (x *Extractor) estimatesOf(toks []text.Token, k int) (int, int, bool) {
	switch toks[k].Lower {
	case "estimates", "estimate", "reports", "figures", "accounts":
	default:
		return -1, 0, false
	}
	j := k + 1
	if j >= len(toks) || toks[j].Lower != "of" && toks[j].Lower != "on" {
		return -1, 0, false
	}
	j++
	if j < len(toks) && (toks[j].Lower == "the" || toks[j].Lower == "those") {
		j++
	}
	if j >= len(toks) {
		return -1, 0, false
	}
	if v, n, ok := x.countNouns.match(toks, j); ok && x.rs.Counts[v].Subject == "event" {
		return v, j + n, true
	}
	// "estimates of those killed": a count's participle.
	if v, n, ok := x.countVerbs.match(toks, j); ok && toks[j-1].Lower == "those" && strings.HasSuffix(toks[j].Lower, "ed") && x.rs.Counts[v].Subject == "event" {
		return v, j + n, true
	}
	return -1, 0, false
}

// numberOf reads "the number of rice farmers slaughtered", "the number of
// civilians wounded" at k: a count's participle after the people counted
// makes a toll, as "the number of people killed" does. It returns the
// count kind and the end of the phrase.
func (x *Extractor) numberOf(toks []text.Token, k int) (int, int, bool) {
	if toks[k].Lower != "number" || k+2 >= len(toks) || toks[k+1].Lower != "of" {
		return -1, 0, false
	}
	// "the number of the deceased", "the number of injured": a count's
	// own noun right after "of" (and "the").
	j := k + 2
	if j+1 < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if v, n, ok := x.countNouns.match(toks, j); ok && x.rs.Counts[v].Subject == "event" && (j+n >= len(toks) || toks[j+n].Kind != text.Word || !isVerbLike(toks[j+n])) {
		return v, j + n, true
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		if toks[j].Kind != text.Word {
			return -1, 0, false
		}
		if v, n, ok := x.countVerbs.match(toks, j); ok && j > k+2 && strings.HasSuffix(toks[j].Lower, "ed") && x.rs.Counts[v].Subject == "event" {
			return v, j + n, true
		}
	}
	return -1, 0, false
}

// labelledCount reads an amount a count's noun labels: a fact box's
// "Deaths | 20 |" or, its bar lost, "Deaths 58" on a line of its own,
// "Total fatalities: 110", "estimated the fatalities at 108" (not
// "injuries at 5 hospitals": the amount's own noun says what it counts),
// and "the attackers numbered about 20".
func (x *Extractor) labelledCount(t string, toks []text.Token, ti, tj int) (int, string) {
	// "Deaths 58" alone on its line: a copied box's row without its bar.
	lineEnds := tj >= len(toks) || strings.Contains(t[toks[tj-1].End:toks[tj].Start], "\n")
	for k := ti - 1; lineEnds && k >= 0 && k >= ti-3; k-- {
		if !toks[k].Cap || k > 0 && !strings.Contains(t[toks[k-1].End:toks[k].Start], "\n") {
			continue
		}
		for _, p := range []*phrases{x.countNouns, x.countVerbs} {
			if v, n, ok := p.match(toks, k); ok && k+n == ti {
				return v, "@noun '" + joinText(toks[k:ti]) + "' labelling the amount"
			}
		}
	}
	// "The attackers numbered about 20", "the attackers were four": the
	// noun before the verb is what the amount counts (after a copula,
	// only an amount that ends its clause: not "were 20 km away").
	closes := tj >= len(toks) || toks[tj].Kind == text.Punct || toks[tj].Lower == "and" || toks[tj].Lower == "with"
	if v := ti - 1; v >= 1 && (toks[v].Lower == "numbered" || toks[v].Lower == "number" || closes && (toks[v].Lower == "were" || toks[v].Lower == "are")) {
		for k := v - 1; k >= 0 && k >= v-2; k-- {
			if n, m, ok := x.countNouns.match(toks, k); ok && k+m == v {
				return n, "@noun '" + joinText(toks[k:v]) + "' numbered by the amount"
			}
		}
	}
	link := ti - 1
	if link < 1 {
		return -1, ""
	}
	switch toks[link].Text {
	case ":", "|":
	case "at":
		if tj < len(toks) && toks[tj].Kind == text.Word {
			return -1, ""
		}
	default:
		return -1, ""
	}
	for k := link - 1; k >= 0 && k >= link-2; k-- {
		for _, p := range []*phrases{x.countNouns, x.countVerbs} {
			if v, n, ok := p.match(toks, k); ok && k+n == link {
				return v, "@noun '" + joinText(toks[k:link]) + "' labelling the amount"
			}
		}
	}
	return -1, ""
}

// tollEnds reports a toll's phrase running up to token j, through the
// words that say whose toll it is ("the death toll from the bombing").
func (x *Extractor) tollEnds(toks []text.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-tollReach && toks[k].Kind != text.Punct && !comparatives[toks[k].Lower]; k-- {
		if _, n, ok := x.tolls.match(toks, k); ok && k+n <= j {
			return true
		}
	}
	return false
}

// tollAdverbs may stand between a toll's link and its figure.
var tollAdverbs = map[string]bool{"now": true, "already": true, "officially": true}

// comparatives before "as" make it a bound: "as high as 50".
var comparatives = map[string]bool{"high": true, "many": true, "much": true, "low": true, "few": true, "large": true}

// fromTo reports the first figure of "from 20 to 28": the same toll's
// earlier figure, which does not cut the later one from the toll.
func fromTo(toks []text.Token, k int) bool {
	return k > 0 && toks[k-1].Lower == "from" && k+1 < len(toks) && toks[k+1].Lower == "to"
}

// revisionReach is how far before an amount the words that date it against
// other figures may stand: "The initial toll provided by officials was 24".
const revisionReach = 8

// revision reads whether the amount at tokens ti..tj is a figure given
// before ("the initial toll was 24", "rose from 19 to 22") or one that
// revises an earlier figure ("the toll rose to 36"). The look stops at the
// start of the clause.
// stillWords say a figure still holds, whatever earlier day it is
// compared with.
var stillWords = map[string]bool{"unchanged": true}

func (x *Extractor) revision(toks []text.Token, ti, tj int) (earlier, revised bool) {
	// "from 19 to 22": the first figure is the earlier one.
	if ti > 0 && toks[ti-1].Lower == "from" {
		for k := tj; k < len(toks) && k <= tj+1; k++ {
			if toks[k].Lower == "to" {
				return true, false
			}
		}
	}
	// "remained unchanged from the previous day at 50": still the figure.
	for k := ti - 1; k >= 0 && k >= ti-2*revisionReach && toks[k].Text != ";"; k-- {
		if stillWords[toks[k].Lower] {
			return false, false
		}
	}
	if x.opensOnEarlier(toks, ti) {
		return true, false
	}
	// "taken back from 95 to 35", "raised from 19 to 22": the second
	// figure replaces the first, whatever the verb.
	if ti >= 3 && toks[ti-1].Lower == "to" && toks[ti-2].Kind == text.Number {
		for k := ti - 3; k >= 0 && k >= ti-5; k-- {
			if toks[k].Lower == "from" {
				return false, true
			}
		}
	}
	for k := ti - 1; k >= 0 && k >= ti-2*revisionReach; k-- {
		t := toks[k].Text
		if t == ";" || t == ":" || t == "." {
			break
		}
		near := k >= ti-revisionReach
		// "there were earlier reports that the toll had risen to eight":
		// a figure of the reports "earlier" qualifies, however far on.
		if _, n, ok := x.earlier.match(toks, k); ok && (near || k+n < ti && figureSources[toks[k+n].Lower]) && !offsetWord(toks, k) {
			return true, false
		}
		// "rose to 36"; further back, a verb whose object is the toll:
		// "officials lower death toll in Sri Lanka Easter attacks to 253".
		// ("a lower death toll of 60": another source's, set against the
		// first, not a revision.)
		if _, n, ok := x.revisions.match(toks, k); ok && (k == 0 || !determiners[toks[k-1].Lower]) && (near && k+n >= ti-3 || revisesToll(toks, k+n)) {
			revised = true
		}
	}
	for k := tj; k < len(toks) && k < tj+3; k++ {
		if clauseStop[toks[k].Lower] {
			break // "down to one after initially suggesting four": the next clause's
		}
		if _, _, ok := x.earlier.match(toks, k); ok && toks[k].Lower != "initial" && !offsetWord(toks, k) {
			return true, false // "29 earlier"
		}
	}
	return false, revised
}

// opensOnEarlier reports a sentence that says at its start that what
// follows is old: "Earlier, the agency reported four fatalities",
// "Initial reports put the number of dead at around 57". Its figures are
// earlier ones however far from the opening word they stand, up to a
// clause the sentence sets against it ("; now …").
func (x *Extractor) opensOnEarlier(toks []text.Token, ti int) bool {
	_, n, ok := x.earlier.match(toks, 0)
	if !ok || n >= len(toks) || n > ti {
		return false
	}
	if next := toks[n]; next.Text != "," && !figureSources[next.Lower] {
		return false // "Earlier this month", "Previously unknown"
	}
	for k := n; k < ti; k++ {
		if toks[k].Text == ";" || toks[k].Lower == "but" || toks[k].Lower == "now" {
			return false
		}
	}
	return true
}

// figureSources name what an opening "earlier" or "initial" qualifies when
// it dates a figure: "initial reports", "earlier estimates".
var figureSources = map[string]bool{"reports": true, "report": true, "figures": true, "figure": true, "estimates": true, "estimate": true, "accounts": true, "tolls": true, "toll": true, "counts": true, "count": true, "tallies": true, "tally": true}

// revisesToll reports a toll's noun as the object of a revision verb that
// ends at j: "lower (the) death toll", "revised the toll".
func revisesToll(toks []text.Token, j int) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		if toks[k].Lower == "toll" || toks[k].Lower == "tally" {
			return true
		}
	}
	return false
}

// oneOfSeveral reports an amount whose clause opens on one of several
// attacks: "the first explosion killed 15", "the second left 49 dead",
// "another blast killed 12".
func (x *Extractor) oneOfSeveral(toks []text.Token, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-8; k-- {
		t := toks[k]
		if t.Kind == text.Punct || t.Lower == "and" || t.Lower == "while" || t.Lower == "but" {
			return false
		}
		if !ordinalWords[t.Lower] || k == 0 || toks[k-1].Lower != "the" {
			continue
		}
		if k+1 < len(toks) {
			if _, _, ok := x.events.match(toks, k+1); ok || isVerbLike(toks[k+1]) || toks[k+1].Lower == "left" || toks[k+1].Lower == "killed" {
				return true
			}
		}
	}
	return false
}

// ordinalWords pick one of several attacks out.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "latter": true, "former": true}

// offsetWord reports "earlier" in an offset of time ("the bombing a week
// earlier that killed scores"): another attack's date, not an earlier
// figure of this one.
func offsetWord(toks []text.Token, k int) bool {
	return k > 0 && timeUnits[base(toks[k-1].Lower)]
}

// singularCounts reads "a lone gunman", "a suicide bomber", "one attacker"
// as a count of one, for the kinds whose rules list such words: two
// reports of one attack may disagree on one attacker or two.
// correctingWords before a toll say it replaces what was said before:
// "the actual count of injured stood at 50", "the final death toll".
var correctingWords = map[string]bool{"actual": true, "correct": true, "corrected": true, "real": true, "true": true, "final": true, "revised": true, "updated": true}

// correctedToll reports a toll, read before the amount at ti, that a
// correcting word opens.
func correctedToll(toks []text.Token, ti int, how string) bool {
	first := strings.Fields(strings.SplitN(how, "'", 3)[1])[0]
	for k := ti - 1; k >= 1 && k >= ti-tollReach; k-- {
		if toks[k].Text == first {
			return correctingWords[toks[k-1].Lower] || k >= 2 && toks[k-1].Lower == "death" && correctingWords[toks[k-2].Lower]
		}
	}
	return false
}

// ordinals name the next one of a group counted before them.
var ordinals = map[string]int64{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// oneMoreCounts reads "two gunmen were arrested and a third is on the
// run" as three gunmen: an ordinal after "a" or "the" that follows a count
// of attackers by one adds the one it names. Only kinds that count people
// whatever befell them (attackers) are read so.
func (x *Extractor) oneMoreCounts(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	s := di.sents[si]
	var out []Claim
	for k := 1; k < len(toks); k++ {
		n, ok := ordinals[toks[k].Lower]
		if !ok || toks[k-1].Lower != "a" && toks[k-1].Lower != "the" {
			continue
		}
		// "a third attack", "the second floor": the ordinal qualifies a noun.
		if k+1 < len(toks) && toks[k+1].Kind == text.Word && toks[k+1].Lower != "one" && !auxiliaries[toks[k+1].Lower] && toks[k+1].Lower != "was" {
			continue
		}
		for _, a := range x.qty.Scan(di.text[s.Start:toks[k-1].Start]) {
			if a.Lo != n-1 || a.Hi != n-1 {
				continue
			}
			tj := tokIndex(toks, a.End+s.Start)
			v, m, found := x.countNouns.match(toks, tj)
			if !found || x.rs.Counts[v].Subject != "event" || !x.rs.Counts[v].People {
				continue
			}
			ck := x.rs.Counts[v]
			start, end := a.Start+s.Start, toks[k].End
			c := Claim{
				Doc: di.idx, Type: Count, Kind: ck.ID, Start: start, End: end, Words: di.text[start:end],
				Sent: si, SentStart: s.Start, SentEnd: s.End, Lo: n, Hi: n, Exact: true,
			}
			c.Trace = append(c.Trace, fmt.Sprintf("'%s' after %d %s counts one more", joinText(toks[k-1:k+1]), n-1, joinText(toks[tj:tj+m])),
				fmt.Sprintf("counts %s: noun '%s'", ck.ID, joinText(toks[tj:tj+m])))
			out = append(out, c)
		}
	}
	return out
}

// nextVictim reads "a fourth victim died in hospital" after "three
// people were killed": an ordinal after "a" or "the", a victim's noun
// perhaps, then a verb of victims, one past the last figure of that kind
// told in this sentence or the one before, counts one more.
func (x *Extractor) nextVictim(di *docInfo, si int, before []Claim) []Claim {
	toks := di.toks[si]
	s := di.sents[si]
	var out []Claim
	for k := 1; k+1 < len(toks); k++ {
		n, ok := ordinals[toks[k].Lower]
		if !ok || toks[k-1].Lower != "a" && toks[k-1].Lower != "the" {
			continue
		}
		j := k + 1
		if _, n, ok := x.persons.match(toks, j); ok {
			j += n
		} else if toks[j].Lower == "victim" {
			j++
		}
		// "the fifth person to die": the infinitive's mark.
		if j < len(toks) && toks[j].Lower == "to" {
			j++
		}
		for j < len(toks) && auxiliaries[toks[j].Lower] {
			j++
		}
		v, m, ok := x.countVerbs.match(toks, j)
		if !ok || !x.rs.Counts[v].Victims {
			continue
		}
		var last *Claim
		for i := len(before) - 1; i >= 0; i-- {
			if c := &before[i]; c.Type == Count && c.Kind == x.rs.Counts[v].ID && !c.Part && c.Sent >= si-1 {
				last = c
				break
			}
		}
		// "…, becoming the fifth service member killed in the shootings":
		// one said to be the fifth makes five, with no count before.
		if last == nil && k >= 2 && toks[k-1].Lower == "the" && becoming[toks[k-2].Lower] {
			last = &Claim{Lo: n - 1, Hi: n - 1, Exact: true}
		}
		if last == nil || last.Lo != n-1 || !last.Exact && !unbounded(last.Hi) {
			continue
		}
		start, end := toks[k-1].Start, toks[j+m-1].End
		c := Claim{
			Doc: di.idx, Type: Count, Kind: x.rs.Counts[v].ID, Start: start, End: end, Words: di.text[start:end],
			Sent: si, SentStart: s.Start, SentEnd: s.End, Lo: n, Hi: last.Hi, Exact: last.Exact,
		}
		if last.Exact {
			c.Hi = n
		}
		c.Trace = append(c.Trace, fmt.Sprintf("'%s' after %d %s counts one more", joinText(toks[k-1:k+1]), n-1, x.rs.Counts[v].ID),
			fmt.Sprintf("counts %s: verb '%s'", c.Kind, joinText(toks[j:j+m])))
		out = append(out, c)
	}
	return out
}

// reflexives name an attacker among those his deed killed.
var reflexives = map[string]bool{"himself": true, "herself": true, "themselves": true}

// becoming words say who someone is among the dead: "becoming the fifth".
var becoming = map[string]bool{"becoming": true, "became": true, "becomes": true, "become": true, "is": true, "was": true}

// soleWords say there was one, even after "the".
var soleWords = map[string]bool{"lone": true, "single": true, "sole": true}

// attackerAdjectives look like verbs but describe the one attacker: "a
// suspected suicide bomber", "an armed gunman".
var attackerAdjectives = map[string]bool{"suspected": true, "alleged": true, "presumed": true, "armed": true, "masked": true, "unidentified": true}

func (x *Extractor) singularCounts(di *docInfo, si int) []Claim {
	toks := di.toks[si]
	s := di.sents[si]
	var out []Claim
	for k := 0; k < len(toks); k++ {
		v, n, ok := x.singulars.match(toks, k)
		// "the gunman" refers back to one counted before; "the lone
		// gunman" still says there was one.
		if !ok || k > 0 && (toks[k-1].Lower == "the" && !soleWords[toks[k].Lower] || toks[k-1].Kind == text.Number) {
			continue
		}
		// The noun may follow a word or two: "a lone Afghan suicide bomber".
		for j := k + n; j < len(toks) && j <= k+n+2; j++ {
			w, m, found := x.countNouns.match(toks, j)
			if !found || w != v {
				if toks[j].Kind != text.Word || !toks[j].Cap && x.countVerbs != nil && isVerbLike(toks[j]) && !attackerAdjectives[toks[j].Lower] {
					break
				}
				continue
			}
			last := toks[j+m-1].Lower
			if strings.HasSuffix(last, "s") || strings.HasSuffix(last, "men") || isPossessive(toks[j+m-1]) {
				break // plural, or "a gunman's rifle"
			}
			// "a gunman was killed": the verb counts someone else.
			if vb, _, verb := x.countVerbs.match(toks, min(j+m+1, len(toks)-1)); verb && vb != v {
				break
			}
			ck := x.rs.Counts[v]
			start, end := toks[k].Start, toks[j+m-1].End
			c := Claim{
				Doc: di.idx, Type: Count, Kind: ck.ID, Start: start, End: end, Words: di.text[start:end],
				Sent: si, SentStart: s.Start, SentEnd: s.End, Lo: 1, Hi: 1, Exact: true,
				Article: n == 1 && (toks[k].Lower == "a" || toks[k].Lower == "an"),
			}
			// "a third gunman was involved": the one named is the third, so
			// there were three.
			if ord, ok := ordinals[toks[k+n].Lower]; ok && k+n < j {
				c.Lo, c.Hi, c.Article = ord, ord, false
				c.Trace = append(c.Trace, fmt.Sprintf("'%s' before '%s' counts %d", joinText(toks[k:k+n+1]), joinText(toks[j:j+m]), ord))
			} else {
				c.Trace = append(c.Trace, fmt.Sprintf("'%s' before '%s' counts one", joinText(toks[k:k+n]), joinText(toks[j:j+m])))
			}
			c.Trace = append(c.Trace, fmt.Sprintf("counts %s: noun '%s'", ck.ID, joinText(toks[j:j+m])))
			out = append(out, c)
			k = j + m - 1
			break
		}
	}
	return out
}

// isVerbLike reports a lower-case word that reads as a verb form, which
// ends a noun phrase.
func isVerbLike(t text.Token) bool {
	w := t.Lower
	return strings.HasSuffix(w, "ed") || auxiliaries[w]
}

// laterDeaths reports an amount of victims or wounded that died ("two
// victims … died", "three of the wounded died"): people counted already,
// whose deaths raise the toll rather than give it.
func laterDeaths(toks []text.Token, tj int, how string) bool {
	if !strings.HasSuffix(how, "after the amount") || !strings.Contains(how, "'died'") && !strings.Contains(how, "'succumbed'") {
		return false
	}
	for j := tj; j < len(toks) && j < tj+10; j++ {
		switch toks[j].Lower {
		case "victims", "wounded", "injured":
			return true
		case "died", "succumbed":
			return false
		}
	}
	return false
}

// attackersCounted is the kind that counts attackers named by the
// population's last word ("gunmen"), or -1.
func (x *Extractor) attackersCounted(pop string) int {
	head := pop[strings.LastIndexByte(pop, ' ')+1:]
	for i, ck := range x.rs.Counts {
		if !ck.People || ck.Subject != "event" {
			continue
		}
		for _, n := range ck.Nouns {
			if text.Fold(n) == head {
				return i
			}
		}
	}
	return -1
}

// deadOf is the count kind of the dead of kind k's people ("attackers
// killed" for attackers), or -1.
func (x *Extractor) deadOf(k int) int {
	for i, ck := range x.rs.Counts {
		if ck.DeadOf != "" && ck.DeadOf == x.rs.Counts[k].ID {
			return i
		}
	}
	return -1
}

// warToll reports an amount a war has taken in the perfect tense: a word
// for a long struggle in the clause before it, then "has" or "have" ("the
// insurgency, which has killed 20,000 people", "a conflict that has
// claimed 35,000 lives").
func warToll(toks []text.Token, ti int) bool {
	perfect := false
	for k := ti - 1; k >= 0 && k >= ti-12; k-- {
		switch w := toks[k].Lower; {
		case w == "has" || w == "have":
			perfect = true
		case w == ";" || w == ".":
			return false
		case perfect && longStruggles[w]:
			return true
		}
	}
	return false
}

// longStruggles name what counts its dead over years.
var longStruggles = map[string]bool{"war": true, "conflict": true, "insurgency": true, "uprising": true, "rebellion": true, "wars": true, "conflicts": true}

// livesTaken reports a verb that takes lives just before the amount at
// ti: "claim 42 lives", "takes over 270 lives", or "the loss of 20 lives";
// not "an uprising that has cost 10,000 lives", a war's toll more often
// than an attack's.
func livesTaken(toks []text.Token, ti int) bool {
	// "resulted in the loss of 20 lives": lives lost, told as a noun.
	if ti >= 2 && toks[ti-1].Lower == "of" && toks[ti-2].Lower == "loss" {
		return true
	}
	for k := ti - 1; k >= 0 && k >= ti-2; k-- {
		w := toks[k].Lower
		if strings.HasPrefix(w, "claim") || strings.HasPrefix(w, "take") || w == "took" || w == "taking" {
			return true
		}
	}
	return false
}

// livesLost reports "lives were lost", "lives lost" after the amount
// that ends at tj: lives an attack took.
func livesLost(toks []text.Token, tj int) bool {
	for k := tj + 1; k < len(toks) && k <= tj+3; k++ {
		switch toks[k].Lower {
		case "lost":
			return true
		case "were", "have", "had", "been":
		default:
			return false
		}
	}
	return false
}

// bracketReach is how many tokens a bracket between an amount and its
// verb may hold.
const bracketReach = 15

// clauseEnd returns where the clause holding token j ends, at most at
// limit: a hedge in the next clause ("the toll was 28 but feared it would
// rise") hedges what that clause says, not the figure.
func clauseEnd(toks []text.Token, j, limit int) int {
	for k := j; k < limit && k < len(toks); k++ {
		if clauseTurns[toks[k].Lower] || toks[k].Text == ";" {
			return k
		}
	}
	return limit
}

// clauseTurns open a clause that says something else of the figure before.
var clauseTurns = map[string]bool{"but": true, "though": true, "although": true, "while": true, "whereas": true, "yet": true}

// alongWithOthers finds an amount of others after "along with" or
// "together with" ("killed along with three other people", "along with
// four others") and returns where "along" stands, or -1.
func (x *Extractor) alongWithOthers(toks []text.Token, ti, tj int) int {
	k := ti - 1
	for k >= 0 && beforeSkip[toks[k].Lower] {
		k--
	}
	others := tj < len(toks) && (toks[tj].Lower == "other" || toks[tj].Lower == "others")
	// "killing the principal and four other teachers": one person
	// named, then the others.
	if k >= 2 && toks[k].Lower == "and" && others && x.onePersonBefore(toks, k) {
		return k
	}
	if k < 1 || toks[k].Lower != "with" || toks[k-1].Lower != "along" && toks[k-1].Lower != "together" {
		return -1
	}
	// "… died, along with 30 others who suffered wounds": the others
	// have a verb of their own.
	if others && !(tj+1 < len(toks) && (toks[tj+1].Lower == "who" || toks[tj+1].Lower == "that")) {
		return k - 1
	}
	return -1
}

// onePersonBefore reports one person that a verb of victims names as its
// object right before token k: "killing the principal", "killed Aram
// Tarvani"; no amount and no plural of people.
func (x *Extractor) onePersonBefore(toks []text.Token, k int) bool {
	last := toks[k-1]
	if last.Kind != text.Word || !last.Cap && (strings.HasSuffix(last.Lower, "s") || strings.HasSuffix(last.Lower, "men") || strings.HasSuffix(last.Lower, "ren")) {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		t := toks[j]
		if t.Kind != text.Word || auxiliaries[t.Lower] {
			return false
		}
		// The verb stands right before a determiner, or before a name.
		if !(t.Lower == "a" || t.Lower == "an" || t.Lower == "the") && (!t.Cap || toks[j-1].Cap) {
			continue
		}
		if v, n, ok := x.countVerbs.match(toks, j-1); ok && n == 1 && x.rs.Counts[v].Victims {
			return true
		}
	}
	return false
}

// victimVerbBefore finds a verb that counts victims in the few words
// before token at, in its clause: "was killed along with", "killed
// Saleh Tarvani, a top official, along with".
func (x *Extractor) victimVerbBefore(toks []text.Token, at int) (int, string) {
	for k := at - 1; k >= 0 && k >= at-20; k-- {
		if toks[k].Text == ";" || toks[k].Text == "." {
			break
		}
		if v, n, ok := x.countVerbs.match(toks, k); ok && x.rs.Counts[v].Victims {
			return v, "@verb '" + joinText(toks[k:k+n]) + "' before the one named"
		}
	}
	return -1, ""
}

// otherVictimsBefore reports a verb of victims of another kind than kind
// before token at in its sentence: "killing a guard and injuring three other
// people" sets the three against the guard.
func (x *Extractor) otherVictimsBefore(toks []text.Token, at, kind int) bool {
	if !x.rs.Counts[kind].Victims {
		return false
	}
	for k := at - 1; k >= 0; k-- {
		if v, _, ok := x.countVerbs.match(toks, k); ok && v != kind && x.rs.Counts[v].Victims {
			return true
		}
	}
	return false
}

// pluralNoun reports a word in lower case that reads as a plural noun for
// people ("teenagers", "children", "policemen"), not a verb ("injured").
func pluralNoun(t text.Token) bool {
	if t.Kind != text.Word || t.Cap || isVerbLike(t) {
		return false
	}
	w := t.Lower
	return strings.HasSuffix(w, "ren") || strings.HasSuffix(w, "men") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "ents")
}

// partsAt reports a word that opens a breakdown at k: "including".
func (x *Extractor) partsAt(toks []text.Token, k int) bool {
	_, _, ok := x.parts.match(toks, k)
	return ok
}

// verbAfterList finds the counting verb after a list that "including" at
// k opens without a comma: "students, staff and guards were wounded". The
// list holds words, commas and "and" only.
func (x *Extractor) verbAfterList(toks []text.Token, k int) (int, string, bool) {
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		t := toks[j]
		if v, n, ok := x.countVerbs.match(toks, j); ok && j > k+1 && x.rs.Counts[v].Victims {
			return v, "@verb '" + joinText(toks[j:j+n]) + "' after the amount, " + pastList, true
		}
		if auxiliaries[t.Lower] {
			e := j
			for e < len(toks) && auxiliaries[toks[e].Lower] {
				e++
			}
			if v, n, ok := x.countVerbs.match(toks, e); ok && e > j {
				return v, "@verb '" + joinText(toks[j:e+n]) + "' after the amount, " + pastList, true
			}
			return -1, "", false
		}
		if t.Kind == text.Number || t.Kind == text.Punct && t.Text != "," {
			return -1, "", false
		}
	}
	return -1, "", false
}

// verbAfterAside finds the counting verb right after a short aside that
// "including" at k opens and no comma closes: ", including three drivers
// injured". The aside is an amount perhaps, then a few words.
func (x *Extractor) verbAfterAside(toks []text.Token, k int) (int, string, bool) {
	j := k + 1
	if j < len(toks) && listedAmount(toks[j]) {
		j++
	}
	for e := j; e < len(toks) && e <= j+3; e++ {
		t := toks[e]
		if v, n, ok := x.countVerbs.match(toks, e); ok && e > j && x.rs.Counts[v].Victims {
			return v, "@verb '" + joinText(toks[e:e+n]) + "' after the amount, " + pastList, true
		}
		if t.Kind != text.Word || auxiliaries[t.Lower] || prepositions[t.Lower] || t.Lower == "and" {
			return -1, "", false
		}
	}
	return -1, "", false
}

// pastList ends the reading of a count past a list of who they were (see
// verbAfterList).
const pastList = "past the list of who they were"

// listParts marks the counts inside such a list as parts of the count
// around them: "twelve people including two children were killed" counts
// twelve, of whom two children.
func listParts(cs []Claim) []Claim {
	for i := range cs {
		c := &cs[i]
		if !c.pastList {
			continue
		}
		for j := range cs {
			if d := &cs[j]; j != i && d.Kind == c.Kind && d.Start > c.Start && d.Start < c.End {
				d.Part = true
			}
		}
	}
	return cs
}

// putTheNumberAt reads "other sources put the number at 1,000" after a toll
// the sentence names before: the same count, given by another source. The
// toll may stand across a contrast ("the number of deaths is unclear,
// …, while local figures put the number at closer to 1,000").
func (x *Extractor) putTheNumberAt(toks []text.Token, ti int) (int, string, bool) {
	k := ti - 1
	if k < 3 || toks[k].Lower != "at" || !restated[toks[k-1].Lower] || toks[k-2].Lower != "the" {
		return -1, "", false
	}
	switch toks[k-3].Lower {
	case "put", "puts", "putting", "placed", "places", "placing":
	default:
		return -1, "", false
	}
	for j := k - 4; j >= 0; j-- {
		if v, n, ok := x.tolls.match(toks, j); ok {
			return v, "@toll '" + joinText(toks[j:j+n]) + "', restated as '" + joinText(toks[k-3:k+1]) + "'", true
		}
	}
	return -1, "", false
}

// restated are the nouns that take up a toll named before: "the number".
var restated = map[string]bool{"number": true, "figure": true, "count": true, "tally": true}

// timeAdverbs say when, not who: "wounding 11 overnight".
var timeAdverbs = map[string]bool{"overnight": true, "yesterday": true, "today": true, "tonight": true, "earlier": true, "later": true, "since": true, "so": true}

// spacedDash reports a dash at k that opens or closes an aside: an en or
// em dash, or a hyphen with spaces around it (not the one in
// "18-month-old").
func spacedDash(toks []text.Token, k int) bool {
	switch toks[k].Text {
	case "–", "—":
		return true
	case "-":
		return k > 0 && k+1 < len(toks) && toks[k-1].End < toks[k].Start && toks[k].End < toks[k+1].Start
	}
	return false
}
