package claim

import (
	"fmt"

	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/text"
)

// partitiveAttackers reads the whole a part is taken from when the whole
// is the attackers: "killed six of the seven militants", "two of the four
// gunmen", "all of the five attackers". The part tells what befell some
// of them; the whole is how many attacked.
func (x *Extractor) partitiveAttackers(di *docInfo, si int, read []Claim) []Claim {
	toks := di.toks[si]
	s := di.sents[si]
	var out []Claim
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].Lower != "of" || toks[k+1].Lower != "the" {
			continue
		}
		part, ok := amountWord(toks[k-1])
		if !ok && toks[k-1].Lower != "all" && toks[k-1].Lower != "both" {
			continue
		}
		whole, ok := amountWord(toks[k+2])
		if !ok {
			// "39 of the attackers were killed by Russian forces": the
			// attackers' dead, and at least that many attackers.
			if toks[k-1].Lower != "all" && toks[k-1].Lower != "both" && part > 0 {
				out = append(out, x.partOfAttackersKilled(di, si, k, part, read)...)
			}
			continue
		}
		if whole < 2 || part >= whole {
			continue
		}
		v, n, ok := x.countNouns.match(toks, k+3)
		if !ok || x.rs.Counts[v].ID != "attackers" {
			v, n, ok = x.agents.match(toks, k+3)
		}
		// "two of the three men were arrested": men, not attackers.
		if !ok || x.rs.Counts[v].ID != "attackers" || toks[k+3].Lower == "men" || alreadyRead(read, si, whole) {
			continue
		}
		// Those of them killed ("killed six of the seven militants", "two
		// of the four gunmen killed"): the attackers of the attack whose
		// end is told. Arrests may be of suspects in another hunt.
		if !x.killedAround(toks, k-1, k+3+n) {
			continue
		}
		start, end := toks[k-1].Start, toks[k+2+n].End
		c := Claim{
			Doc: di.idx, Type: Count, Kind: x.rs.Counts[v].ID, Start: start, End: end, Words: di.text[start:end],
			Sent: si, SentStart: s.Start, SentEnd: s.End, Lo: int64(whole), Hi: int64(whole), Exact: true, Article: true,
			Population: toks[k+2+n].Lower,
		}
		c.Trace = append(c.Trace, fmt.Sprintf("'%s' takes a part of %d", joinText(toks[k-1:k+3+n]), whole), "counts attackers: the whole a part is taken from")
		out = append(out, c)
	}
	return out
}

// partOfAttackersKilled reads "N of the attackers" (N at k-1, "of" at k)
// beside a verb of killing: N of the attackers' dead, and at least N
// attackers. Nothing when the sentence read those dead already.
func (x *Extractor) partOfAttackersKilled(di *docInfo, si, k, part int, read []Claim) []Claim {
	toks := di.toks[si]
	v, n, ok := x.countNouns.match(toks, k+2)
	if !ok || x.rs.Counts[v].ID != "attackers" {
		v, n, ok = x.agents.match(toks, k+2)
	}
	if !ok || x.rs.Counts[v].ID != "attackers" || toks[k+2].Lower == "men" || !x.killedAround(toks, k-1, k+2+n) {
		return nil
	}
	dead := x.deadOf(v)
	if dead < 0 {
		return nil
	}
	for _, c := range read {
		if c.Sent == si && c.Kind == x.rs.Counts[dead].ID {
			return nil
		}
	}
	s := di.sents[si]
	start, end := toks[k-1].Start, toks[k+1+n].End
	c := Claim{
		Doc: di.idx, Type: Count, Kind: x.rs.Counts[dead].ID, Start: start, End: end, Words: di.text[start:end],
		Sent: si, SentStart: s.Start, SentEnd: s.End, Lo: int64(part), Hi: int64(part), Exact: true,
	}
	c.Trace = append(c.Trace, fmt.Sprintf("'%s' → %d of them", joinText(toks[k-1:k+2+n]), part), "counts "+c.Kind+": the attackers' dead")
	a := c
	a.Kind, a.Hi, a.Exact, a.Article = x.rs.Counts[v].ID, quantity.Unbounded, false, true
	a.Population = toks[k+1+n].Lower
	a.Trace = []string{c.Trace[0], "counts attackers: the attackers' dead, at least that many attackers"}
	return []Claim{c, a}
}

// killedAround reports a verb of killing within a few words before a or
// after b.
func (x *Extractor) killedAround(toks []text.Token, a, b int) bool {
	for k := max(0, a-3); k < min(len(toks), b+4); k++ {
		if (k < a || k >= b) && x.killingVerb(toks, k) {
			return true
		}
	}
	return false
}

// alreadyRead reports an attackers' count of n the sentence gave already
// ("All of the five attackers were shot dead" reads five as it is).
func alreadyRead(read []Claim, si, n int) bool {
	for _, c := range read {
		if c.Sent == si && c.Kind == "attackers" && c.Lo == int64(n) {
			return true
		}
	}
	return false
}
