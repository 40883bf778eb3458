package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/text"
)

// aloneAtLeast reads a figure told for one place "alone" as a floor of
// the toll: "At one hospital alone, we have counted 58 bodies" says at
// least 58 died, not that 58 did. The word must open the sentence's
// clause before the figure ("in the capital alone, 40 were killed").
func aloneAtLeast(di *docInfo, si int, cs []Claim) []Claim {
	toks := di.toks[si]
	for i := range cs {
		c := &cs[i]
		if c.Type != Count || c.Lo != c.Hi || c.Part {
			continue
		}
		at := tokIndex(toks, c.Start)
		for k := at - 1; k >= 1 && k >= at-12; k-- {
			if toks[k].Text == ";" || toks[k].Text == "." {
				break
			}
			if toks[k].Lower == "alone" && placeBefore(toks, k) {
				c.Hi, c.Exact = quantity.Unbounded, false
				c.Trace = append(c.Trace, "told for one place 'alone': at least")
				break
			}
		}
	}
	return cs
}

// placeBefore reports a place just before "alone" at k: a name ("Kabul
// alone"), or a locative at most three words back ("in the capital
// alone", "at one hospital alone").
func placeBefore(toks []text.Token, k int) bool {
	if toks[k-1].Cap {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if locatives[toks[j].Lower] {
			return true
		}
		if toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// shownAtLeast reads the bodies footage shows as a floor of the toll:
// "one video showed 15 bodies" says at least 15 died, not that 15 did.
func shownAtLeast(di *docInfo, si int, cs []Claim) []Claim {
	toks := di.toks[si]
	for i := range cs {
		c := &cs[i]
		if c.Type != Count || c.Lo != c.Hi || c.Part || !strings.HasSuffix(c.Words, " bodies") && !strings.HasSuffix(c.Words, " corpses") {
			continue
		}
		at := tokIndex(toks, c.Start)
		for k := at - 1; k >= 0 && k >= at-2; k-- {
			if showVerbs[toks[k].Lower] {
				c.Hi, c.Exact = quantity.Unbounded, false
				c.Trace = append(c.Trace, "what footage '"+toks[k].Text+"': at least")
				break
			}
		}
	}
	return cs
}

// showVerbs tell what a picture holds.
var showVerbs = map[string]bool{"showed": true, "shows": true, "show": true, "showing": true, "shown": true, "depicted": true, "depicts": true, "depicting": true}
