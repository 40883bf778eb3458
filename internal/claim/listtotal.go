package claim

import (
	"fmt"
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
		if c.Part || c.Population == "" || c.Type != Count || !x.victimKind(c.Kind) {
			continue
		}
		// "killing 14 German tourists, …": the claim ends on its noun, the
		// verb before it; "32 civilians were killed and 104 others
		// injured" lists no victims of one verb.
		j := tokIndex(toks, c.End)
		if j == 0 || !strings.HasSuffix(c.Population, toks[j-1].Lower) {
			continue
		}
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
			a, ok := amountAt(amts, toks[k].Start-s.Start)
			if !ok {
				break
			}
			at := tokIndex(toks, a.End+s.Start)
			// The group's noun: words up to the next comma or "and", none of
			// them a verb's or a preposition's ("and three were wounded").
			n := at
			for n < len(toks) && n < at+4 && toks[n].Kind == text.Word && toks[n].Lower != "and" && !prepositions[toks[n].Lower] && !auxiliaries[toks[n].Lower] && !isVerbLike(toks[n]) {
				n++
			}
			// "and 104 others injured", "and 50 injuries": another count.
			if n == at || !plural(toks[n-1].Lower) || toks[at].Lower == "others" || toks[at].Lower == "more" {
				break
			}
			if _, _, other := x.countNouns.match(toks, n-1); other {
				break
			}
			if n < len(toks) && toks[n].Kind == text.Word && toks[n].Lower != "and" && !prepositions[toks[n].Lower] {
				break
			}
			lo += a.Lo
			if unbounded(hi) || unbounded(a.Hi) {
				hi = quantity.Unbounded
			} else {
				hi += a.Hi
			}
			exact = exact && a.Exact
			end, items, j = toks[n-1].End, items+1, n
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
