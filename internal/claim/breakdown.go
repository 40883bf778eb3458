package claim

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// breakdowns finds totals whose parts are listed right after them: "detained
// 11 suspects, including 11 from Russia, four from Uzbekistan …" in one
// sentence, or "detained 51 people. Twenty-three were deported and 28 were
// arrested." across two. Parts are marked so that they are compared only
// through their total.
func (x *Extractor) breakdowns(di *docInfo, counts []Claim) (out []Claim, groups []groupPart) {
	// The counts of each sentence, found once: every total asks for the
	// next sentence's.
	bySent := map[int][]int{}
	for k := range counts {
		bySent[counts[k].Sent] = append(bySent[counts[k].Sent], k)
	}
	for i := range counts {
		total := &counts[i]
		if total.Part || total.Type != Count {
			continue
		}
		si := total.Sent
		toks := di.toks[si]
		// Parts in the same sentence after a cue such as "including".
		after := tokIndex(toks, total.End)
		cue, asideTo := -1, -1
		for k := after; k < len(toks) && k < after+12; k++ {
			if _, n, ok := x.parts.match(toks, k); ok {
				cue = k + n
				// "killed 60, including 10 women and seven children, and
				// left 110 injured": an aside's closing comma ends the parts.
				if k > 0 && toks[k-1].Text == "," {
					if e := asideEnd(toks, k-1); e > k-1 {
						asideTo = e
					}
				}
				break
			}
		}
		var parts []Part
		if cue >= len(toks) {
			cue = -1 // "… 40 were killed, including": the sentence ends at the cue
		}
		// "A gunman killed 39 people …, including 16 foreigners": the parts
		// are the nearest total's.
		for _, k := range bySent[si] {
			if c := &counts[k]; cue >= 0 && c.Start > total.End && c.Start < toks[cue].Start {
				cue = -1
			}
		}
		if cue >= 0 {
			// The parts run to the end of the sentence, within the window a
			// claim's context is read in: a run-on sentence of totals does
			// not make each scan the rest of it.
			end := di.sents[si].End
			if last := cue + contextWindow; last < len(toks) {
				end = toks[last].End
			}
			if asideTo >= 0 {
				end = min(end, toks[asideTo].Start)
			}
			// "killed 24, including 12 guards, and wounded 53": a verb that
			// counts ends the parts.
			for k := cue; k < len(toks) && toks[k].Start < end; k++ {
				if _, _, ok := x.countVerbs.match(toks, k); ok && k > cue {
					end = toks[k].Start
					break
				}
			}
			for _, a := range x.qty.Scan(di.text[toks[cue].Start:end]) {
				off := toks[cue].Start
				if overlapsDate(di.dates[si], a.Start+off, a.End+off) {
					continue
				}
				parts = append(parts, Part{Lo: a.Lo, Hi: a.Hi, Words: a.Text, Start: a.Start + off, End: a.End + off})
			}
		} else if si+1 < len(di.sents) && di.sents[si+1].Para == di.sents[si].Para {
			// The next sentence opens with an amount and holds only counts.
			var next []*Claim
			for _, k := range bySent[si+1] {
				// ("A guard was also killed": one told in addition, no part.)
				if !counts[k].Article {
					next = append(next, &counts[k])
				}
			}
			nt := di.toks[si+1]
			// Parts count what the total counts: "Eight were injured … 13
			// dead" breaks down no toll.
			sameKind := true
			for _, p := range next {
				sameKind = sameKind && p.Kind == total.Kind
			}
			if sameKind && len(next) >= 2 && len(nt) > 0 && (nt[0].Kind == text.Number || tokIndex(nt, next[0].Start) <= 1) {
				for _, p := range next {
					p.Part = true
					p.Trace = append(p.Trace, fmt.Sprintf("part of the total '%s'", total.Words))
					parts = append(parts, Part{Lo: p.Lo, Hi: p.Hi, Words: p.Words, Start: p.Start, End: p.End})
				}
			}
		}
		if len(parts) < 2 {
			continue
		}
		if cue >= 0 {
			for _, c := range x.partCounts(di, total, parts) {
				groups = append(groups, groupPart{c, i})
			}
		}
		b := *total
		b.Type = Breakdown
		b.Parts = parts
		b.End = parts[len(parts)-1].End
		if b.End < b.Start {
			b.End = total.End
		}
		b.Words = di.text[b.Start:b.End]
		var sum []string
		for _, p := range parts {
			sum = append(sum, p.Words)
		}
		b.Trace = append(append([]string(nil), total.Trace...), "parts: "+strings.Join(sum, " + "))
		out = append(out, b)
	}
	return out, groups
}

// groupPart is a part of a total that names its group, with the index of
// its total among the counts: it is about what the total is about.
type groupPart struct {
	claim Claim
	total int
}

// partCounts reads the parts of a total that name whom they count ("killed
// 39, including 16 foreigners and five Turks") as counts of the total's
// kind for that group, so that another report's "15 foreigners" meets
// them. They are parts: compared only with parts of the same group.
func (x *Extractor) partCounts(di *docInfo, total *Claim, parts []Part) []Claim {
	toks := di.toks[total.Sent]
	var out []Claim
	for _, p := range parts {
		j := tokIndex(toks, p.End)
		var words []string
		end := p.End
		for ; j < len(toks) && len(words) < 3; j++ {
			t := toks[j]
			if t.Kind != text.Word || t.Lower == "and" || t.Lower == "or" || prepositions[t.Lower] || clauseStop[t.Lower] || numberWords[t.Lower] {
				break
			}
			words = append(words, t.Lower)
			end = t.End
		}
		// "9 women", "16 foreigners": whom the part counts, though the same
		// word after a total counts everyone.
		pop := popOf(words, nil)
		if pop == "" || pop == "people" || pop == "persons" || pop == "others" || pop == "more" {
			continue
		}
		c := *total
		c.Type, c.Part, c.Parts = Count, true, nil
		c.Lo, c.Hi, c.Exact, c.Vague = p.Lo, p.Hi, p.Lo == p.Hi, false
		c.Population = pop
		c.Start, c.End, c.Words = p.Start, end, di.text[p.Start:end]
		c.Earlier, c.Revised = false, false
		c.Trace = []string{fmt.Sprintf("'%s': %s of the total '%s'", p.Words, pop, total.Words)}
		out = append(out, c)
	}
	return out
}
