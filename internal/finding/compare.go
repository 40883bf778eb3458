package finding

import (
	"sort"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
)

// maxPosting caps how many claims one context term may pair up: a term
// shared by more is too common to say two claims are about one event, and
// the cap keeps the work from growing with the square of the corpus.
const maxPosting = 64

// Compare finds the disagreements among claims.
func Compare(rs *rule.Set, docs []document.Document, claims []claim.Claim) []report.Finding {
	b := &builder{rs: rs, docs: docs, idf: newIDF(claims, len(docs)), pub: make([]pubDay, len(docs))}
	for i, d := range docs {
		b.pub[i].day, b.pub[i].ok = when.ParseDay(d.Published)
	}
	var counts, dates, resps []*claim.Claim
	for i := range claims {
		c := &claims[i]
		switch c.Type {
		case claim.Count:
			if !c.Part {
				counts = append(counts, c)
			}
		case claim.Date:
			dates = append(dates, c)
		case claim.Responsibility:
			resps = append(resps, c)
		case claim.Breakdown:
			b.arithmetic(c)
		}
	}
	b.compareCounts(counts)
	b.compareDates(dates)
	b.compareResponsibility(resps)
	out := b.out
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rule.SeverityRank(out[i].Severity), rule.SeverityRank(out[j].Severity)
		if ri != rj {
			return ri > rj
		}
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// eventPairs returns the pairs of claims (from different documents unless
// sameDoc) whose contexts say they are about the same event. Candidates
// come from an inverted index on context terms, so unrelated claims are
// never scored.
func (b *builder) eventPairs(cs []*claim.Claim, sameDoc bool) [][2]*claim.Claim {
	post := map[string][]int{}
	for i, c := range cs {
		for t, w := range c.Subject.Terms {
			if w >= 0.5 {
				post[t] = append(post[t], i)
			}
		}
	}
	seen := map[[2]int]bool{}
	var out [][2]*claim.Claim
	terms := make([]string, 0, len(post))
	for t := range post {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	for _, t := range terms {
		ids := post[t]
		if len(ids) > maxPosting {
			continue
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				i, j := ids[x], ids[y]
				if seen[[2]int{i, j}] {
					continue
				}
				seen[[2]int{i, j}] = true
				a, c := cs[i], cs[j]
				if a.Doc == c.Doc && !sameDoc {
					continue
				}
				if a.Doc == c.Doc && a.Sent == c.Sent && !sameDoc {
					continue
				}
				if !sameWhen(a, c) || a.Subject.Displaced || c.Subject.Displaced || otherKinds(a, c) || otherSites(a, c) || b.toldBefore(a, c) || b.toldBefore(c, a) {
					continue
				}
				// Places weigh most: none shared asks for twice the likeness,
				// one shared (and dates that agree) for half.
				sim := b.idf.similarity(a, c)
				need := MinSimilarity
				switch {
				case disjointPlaces(a, c):
					need = 2 * MinSimilarity
				case sharedPlace(a, c):
					need = MinSimilarity / 2
				}
				if sim < need && !b.samePlaceAndTime(a, c) {
					continue
				}
				out = append(out, [2]*claim.Claim{a, c})
			}
		}
	}
	return out
}

// link groups claims into events from their pairs, by complete linkage: a
// claim joins an event only if it pairs with every member from other
// documents (members from its own document are spared when sameDocFree,
// since pairs are only made across documents), so one loose pair cannot
// chain two attacks into one. Only events that hold one of the claim's
// partners are tried, so the work follows the pairs, not the square of the
// claims.
func link(cs []*claim.Claim, pairs [][2]*claim.Claim, sameDocFree bool) [][]*claim.Claim {
	idx := make(map[*claim.Claim]int, len(cs))
	for i, c := range cs {
		idx[c] = i
	}
	partners := make([]map[int]bool, len(cs))
	for _, p := range pairs {
		i, j := idx[p[0]], idx[p[1]]
		if partners[i] == nil {
			partners[i] = map[int]bool{}
		}
		if partners[j] == nil {
			partners[j] = map[int]bool{}
		}
		partners[i][j], partners[j][i] = true, true
	}
	eventOf := make([]int, len(cs))
	var events [][]int
	for i := range cs {
		eventOf[i] = -1
		// Candidate events, in order of creation so the result is deterministic.
		var cands []int
		for p := range partners[i] {
			if p < i && eventOf[p] >= 0 {
				cands = append(cands, eventOf[p])
			}
		}
		sort.Ints(cands)
		for k, e := range cands {
			if k > 0 && cands[k-1] == e {
				continue
			}
			ok := true
			for _, m := range events[e] {
				if !partners[i][m] && !(sameDocFree && cs[m].Doc == cs[i].Doc) {
					ok = false
					break
				}
			}
			if ok {
				eventOf[i] = e
				events[e] = append(events[e], i)
				break
			}
		}
		if eventOf[i] < 0 {
			eventOf[i] = len(events)
			events = append(events, []int{i})
		}
	}
	out := make([][]*claim.Claim, len(events))
	for e, ms := range events {
		for _, m := range ms {
			out[e] = append(out[e], cs[m])
		}
	}
	return out
}
