package claim

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/text"
)

// splitChanges undoes a range the scanner read in the words of a change:
// "the toll rose from 10 to 50" and "rose by 10 to 50" give a figure of
// 50 (and an earlier 10, or a change of 10), not "between 10 and 50". A
// range after a word of revision ("rose", "climbed", "went up") is a
// change; "ranged from 10 to 50" is still a range. amts are offsets into
// sentence s; toks are its tokens.
func (x *Extractor) splitChanges(sent string, s text.Sentence, toks []text.Token, amts []quantity.Amount) []quantity.Amount {
	var out []quantity.Amount
	for _, a := range amts {
		at := strings.LastIndex(a.Text, " to ")
		if a.Lo >= a.Hi || at < 0 || !x.afterChange(toks, tokIndex(toks, a.Start+s.Start), a.Text) {
			out = append(out, a)
			continue
		}
		from, to := a.Start, a.Start+at+len(" to ")
		var parts []quantity.Amount
		for _, p := range [][2]int{{from, a.Start + at}, {to, a.End}} {
			for _, b := range x.qty.Scan(sent[p[0]:p[1]]) {
				b.Start, b.End = b.Start+p[0], b.End+p[0]
				b.NumStart, b.NumEnd = b.NumStart+p[0], b.NumEnd+p[0]
				parts = append(parts, b)
			}
		}
		if len(parts) != 2 {
			out = append(out, a)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// afterChange reports a word of revision before the range at token ti,
// through "from" or "by" and any adverb or "up"/"down" between: "rose
// sharply from", "was revised down by", "went up by".
func (x *Extractor) afterChange(toks []text.Token, ti int, words string) bool {
	k := ti - 1
	lead := strings.ToLower(words)
	if !strings.HasPrefix(lead, "from ") && !strings.HasPrefix(lead, "by ") {
		if k < 0 || toks[k].Lower != "by" && toks[k].Lower != "from" {
			return false
		}
		k--
	}
	for k >= 0 && (toks[k].Lower == "up" || toks[k].Lower == "down" || strings.HasSuffix(toks[k].Lower, "ly")) {
		k--
	}
	for j := max(0, k-2); j <= k; j++ {
		if _, n, ok := x.revisions.match(toks, j); ok && j+n-1 >= k {
			return true
		}
	}
	return false
}

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

// sharedVerb reads the verb after a second counted group that opens at
// token k ("and 50 Chechen rebels died", "and three civilians were
// killed"): the group's amount and a few words of its noun, then a count
// verb or noun of the rules. It returns the kind and how it was read.
func (x *Extractor) sharedVerb(toks []text.Token, k int) (int, string, bool) {
	j := k + 1
	for j < len(toks) && j <= k+4 && toks[j].Kind == text.Word && !auxiliaries[toks[j].Lower] && !isVerbLike(toks[j]) && !prepositions[toks[j].Lower] && toks[j].Lower != "and" {
		j++
	}
	if j == k+1 || j >= len(toks) {
		return -1, "", false
	}
	for _, p := range []*phrases{x.countVerbs, x.countNouns} {
		if v, n, ok := p.match(toks, j); ok && x.rs.Counts[v].Victims {
			return v, "@verb '" + joinText(toks[j:j+n]) + "' after the amount, " + sharedWith, true
		}
	}
	return -1, "", false
}

// sharedWith marks the reading of a group whose verb follows the next.
const sharedWith = "shared with the next group"

// sharedTotals adds up groups that share one verb ("two soldiers and
// three civilians were killed": five killed), each group a part of the
// total. A group that may be the attackers ("115 hostages and 50 rebels
// died") is no victim of theirs and makes no total.
func (x *Extractor) sharedTotals(cs []Claim) []Claim {
	var out []Claim
	for i := range cs {
		c := &cs[i]
		if c.Type != Count || c.Part || len(c.Trace) == 0 || !strings.Contains(strings.Join(c.Trace, " "), sharedWith) {
			continue
		}
		for k := range cs {
			d := &cs[k]
			if k == i || d.Type != Count || d.Kind != c.Kind || d.Part || d.Start <= c.Start || d.End > c.End {
				continue
			}
			if x.armed(c.Population) || x.armed(d.Population) {
				break
			}
			total := *c
			total.Lo, total.Hi, total.Exact = addAmount(c.Lo, c.Hi, c.Exact, quantity.Amount{Lo: d.Lo, Hi: d.Hi, Exact: d.Exact})
			total.Population = ""
			total.Trace = append(append([]string(nil), c.Trace...), "the two groups of one verb add up to the total")
			c.Part, d.Part = true, true
			out = append(out, total)
			break
		}
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
