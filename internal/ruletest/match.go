package ruletest

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
)

// scope says which claims a case compares. A claim outside it is neither
// missed nor unexpected: a case about hostages does not break when another
// kind learns to read its sentence too.
//
//   - The kinds the case lists under "kinds", and those its expected
//     claims name (with their type, if given), are in scope.
//   - If that leaves nothing ("claims: []" and no "kinds"), every claim is:
//     the documents must give no claim at all.
type scope struct {
	all   bool
	kinds map[string]bool // kind, any type
	typed map[string]bool // "type/kind"
}

func scopeOf(c *Case) scope {
	s := scope{kinds: map[string]bool{}, typed: map[string]bool{}}
	for _, k := range c.Kinds {
		s.kinds[k] = true
	}
	if c.Claims != nil {
		for _, w := range *c.Claims {
			if w.Type != "" {
				s.typed[w.Type+"/"+w.Kind] = true
			} else {
				s.kinds[w.Kind] = true
			}
		}
	}
	s.all = len(s.kinds) == 0 && len(s.typed) == 0
	return s
}

func (s scope) has(c *claim.Claim) bool {
	return s.all || s.kinds[c.Kind] || s.typed[c.Type+"/"+c.Kind]
}

// claimMatches reports whether got is the claim w expects.
func claimMatches(w *WantClaim, got *claim.Claim, doc string) bool {
	switch {
	case w.Kind != got.Kind, w.Type != "" && w.Type != got.Type, w.Doc != "" && w.Doc != doc:
		return false
	case w.Value != "" && !claimValueIs(got, w.Value):
		return false
	case w.Words != "" && !containsFold(got.Words, w.Words):
		return false
	case w.Subject != "" && !containsFold(subjectOf(got), w.Subject):
		return false
	case w.Attributor != "" && !containsFold(got.Attributor, w.Attributor):
		return false
	}
	return true
}

func subjectOf(c *claim.Claim) string {
	if c.Subject.Name != "" {
		return c.Subject.Name
	}
	return c.Subject.Event
}

func containsFold(s, sub string) bool {
	return strings.Contains(norm(s), norm(sub))
}

// matchClaims pairs expected claims with claims read. It returns the
// expected claims nothing matched and the claims in scope nothing expected.
// The most specific expectations are paired first, so "32+ in doc b"
// cannot be taken by a bare "killed".
func matchClaims(c *Case, docs []document.Document, got []claim.Claim) (missed []int, unexpected []int) {
	sc := scopeOf(c)
	var wants []WantClaim
	if c.Claims != nil {
		wants = *c.Claims
	}
	order := make([]int, len(wants))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return specificity(&wants[order[a]]) > specificity(&wants[order[b]]) })
	used := make([]bool, len(got))
	for _, wi := range order {
		found := false
		for gi := range got {
			if !used[gi] && claimMatches(&wants[wi], &got[gi], docs[got[gi].Doc].ID) {
				used[gi], found = true, true
				break
			}
		}
		if !found {
			missed = append(missed, wi)
		}
	}
	sort.Ints(missed)
	for gi := range got {
		if !used[gi] && sc.has(&got[gi]) {
			unexpected = append(unexpected, gi)
		}
	}
	return missed, unexpected
}

func specificity(w *WantClaim) int {
	n := 0
	for _, f := range []string{w.Type, w.Value, w.Words, w.Subject, w.Attributor, w.Doc} {
		if f != "" {
			n++
		}
	}
	return n
}

// findingMatches reports whether got is the finding w expects.
func findingMatches(w *WantFinding, got *report.Finding) bool {
	switch {
	case w.Rule != "" && w.Rule != got.Rule, w.Kind != "" && w.Kind != got.Kind,
		w.Claim != "" && w.Claim != got.Claim, w.Relation != "" && w.Relation != got.Relation,
		w.Severity != "" && w.Severity != got.Severity:
		return false
	}
	// The values list every side, in any order, each taking a side of its own.
	if len(w.Values) > 0 && len(w.Values) != len(got.Values) {
		return false
	}
	used := make([]bool, len(got.Values))
	for _, v := range w.Values {
		found := false
		for i, gv := range got.Values {
			if !used[i] && findingValueIs(gv, v) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// matchFindings pairs expected findings with findings given: every finding
// is in scope, since a finding nobody expected is what a test must catch.
func matchFindings(wants []WantFinding, got []report.Finding) (missed []int, unexpected []int) {
	used := make([]bool, len(got))
	for wi := range wants {
		found := false
		for gi := range got {
			if !used[gi] && findingMatches(&wants[wi], &got[gi]) {
				used[gi], found = true, true
				break
			}
		}
		if !found {
			missed = append(missed, wi)
		}
	}
	for gi := range got {
		if !used[gi] {
			unexpected = append(unexpected, gi)
		}
	}
	return missed, unexpected
}
