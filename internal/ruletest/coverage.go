package ruletest

import (
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// Uncovered is a rule that lacks a positive case (one that must read or
// flag it) or a negative case (a look-alike that must not).
type Uncovered struct {
	What    string   `json:"what"` // count, fact, stance or check
	ID      string   `json:"id"`
	File    string   `json:"file"`
	Line    int      `json:"line"`
	Col     int      `json:"col"`
	Missing []string `json:"missing"` // "positive", "negative"
}

// coverage lists the rules without positive or negative cases. Todo cases
// do not count: they record what does not work yet.
//
//   - A count kind, fact or stance K has a positive case when a case expects
//     a claim of K (or a finding about K), and a negative case when a case
//     lists K under "kinds" and expects no claim of K of that type (so
//     "kinds: [killed]" with only a date/killed claim expected is a negative
//     case for the count kind killed).
//   - A check C has a positive case when a passing case gives a finding of
//     C, and a negative case when a passing case that checks findings gives
//     none of C although its documents hold claims C compares (two, or one
//     breakdown for an arithmetic check; two dated claims of an attack for
//     the event-date check): the look-alike was really tried.
func coverage(rs *rule.Set, cases []*Case, results []*check.Result) []Uncovered {
	pos, neg := map[string]bool{}, map[string]bool{}
	for i, c := range cases {
		if c.Todo != "" {
			continue
		}
		named := map[string]bool{} // "type/kind" the case expects claims of
		if c.Claims != nil {
			for _, w := range *c.Claims {
				for _, t := range typesOf(w.Type) {
					pos[t+"/"+w.Kind] = true
					named[t+"/"+w.Kind] = true
				}
			}
		}
		if c.Findings != nil {
			for _, w := range *c.Findings {
				if w.Claim != "" {
					for _, t := range typesOf("") {
						pos[t+"/"+w.Claim] = true
					}
				}
			}
		}
		for _, k := range c.Kinds {
			for _, t := range typesOf("") {
				if !named[t+"/"+k] {
					neg[t+"/"+k] = true
				}
			}
		}
		if c.Findings == nil || results[i] == nil {
			continue
		}
		passed := true
		if m, u := matchFindings(*c.Findings, results[i].Report.Findings); len(m)+len(u) > 0 {
			passed = false
		}
		if !passed {
			continue
		}
		flagged := map[string]bool{}
		for _, f := range results[i].Report.Findings {
			flagged[f.Rule] = true
			pos["check/"+f.Rule] = true
		}
		applies := map[string]int{}
		dated, hasDated := rs.Check("event-date", "")
		for _, cl := range results[i].Claims {
			// The day of an attack is compared wherever claims date theirs.
			if hasDated && cl.Subject.HasWhen && cl.Type != claim.Date {
				applies[dated.ID]++
			}
			if chk, ok := rs.Check(findingKind(cl.Type), cl.Kind); ok {
				applies[chk.ID]++
				if cl.Type == claim.Breakdown {
					applies[chk.ID]++ // one breakdown is enough to try an arithmetic check
				}
			}
		}
		for id, n := range applies {
			if n >= 2 && !flagged[id] {
				neg["check/"+id] = true
			}
		}
	}
	var out []Uncovered
	add := func(what, key, id, file string, line, col int) {
		u := Uncovered{What: what, ID: id, File: file, Line: line, Col: col}
		if !pos[key] {
			u.Missing = append(u.Missing, "positive")
		}
		if !neg[key] {
			u.Missing = append(u.Missing, "negative")
		}
		if len(u.Missing) > 0 {
			out = append(out, u)
		}
	}
	for _, k := range rs.Counts {
		add("count", "count/"+k.ID, k.ID, k.File, k.Line, k.Col)
	}
	for _, f := range rs.Facts {
		add("fact", "date/"+f.ID, f.ID, f.File, f.Line, f.Col)
	}
	for _, s := range rs.Responsibility {
		add("stance", "responsibility/"+s.ID, s.ID, s.File, s.Line, s.Col)
	}
	for _, c := range rs.Checks {
		add("check", "check/"+c.ID, c.ID, c.File, c.Line, c.Col)
	}
	return out
}

// typesOf lists the claim types an expectation of the given type covers:
// a count kind's claims are counts (and breakdowns of a count), a fact's
// are dates, a stance's are responsibility.
func typesOf(t string) []string {
	if t == "" {
		return []string{claim.Count, claim.Date, claim.Responsibility}
	}
	if t == claim.Breakdown {
		return []string{claim.Count}
	}
	return []string{t}
}

// findingKind is the kind of check that compares claims of a type.
func findingKind(claimType string) string {
	if claimType == claim.Breakdown {
		return "arithmetic"
	}
	return claimType
}

// writeUncovered prints the rules without cases, one warning per rule.
func writeUncovered(w io.Writer, us []Uncovered) {
	for _, u := range us {
		fmt.Fprintf(w, "%s:%d:%d: warning: %s %q has no %s case [uncovered]\n", u.File, u.Line, u.Col, u.What, u.ID, strings.Join(u.Missing, " and no "))
	}
	if len(us) > 0 {
		fmt.Fprintf(w, "%s without a positive or a negative case\n", Plural(len(us), "rule"))
	}
}
