package claim

import (
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
			if toks[k].Lower == "alone" && (locatives[toks[k-1].Lower] || toks[k-1].Cap || toks[k-1].Kind == text.Word && k >= 2 && locatives[toks[k-2].Lower] || k >= 3 && locatives[toks[k-3].Lower]) {
				c.Hi, c.Exact = quantity.Unbounded, false
				c.Trace = append(c.Trace, "told for one place 'alone': at least")
				break
			}
		}
	}
	return cs
}
