package rule

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// overridable are the keys an entry of a later layer may give to change
// a check of an earlier layer that has its id.
var overridable = []string{"severity", "message", "claims", "tolerance", "precision", "off"}

// resolveChecks applies the checks of later layers to those of earlier
// ones, so that a rule author can change a built-in check without copying
// the rule set (issue 13):
//
//   - an entry whose id is a check of an earlier layer changes that check:
//     each of severity, message, claims, tolerance and precision that it
//     gives replaces the earlier value, and off: true removes the check;
//     kind may be given but not changed;
//   - any other entry is a new check;
//   - within one layer, two checks with one id are still a duplicate-id.
//
// The checks are then ordered later layers first (in each layer by file
// name, then as written), because a finding takes the first check that
// covers its claims: a user's "company-founded" for [founded] comes before
// the built-in fact-date that takes every fact, and applies.
func (s *Set) resolveChecks() diag.List {
	var out diag.List
	var kept []Check
	earlier := map[string]int{} // id → index in kept, of checks of earlier layers
	for i := 0; i < len(s.Checks); {
		layer := s.Checks[i].layer
		j := i
		for j < len(s.Checks) && s.Checks[j].layer == layer {
			j++
		}
		for _, c := range s.Checks[i:j] {
			k, ok := earlier[c.ID]
			if c.ID == "" || !ok {
				if c.Off && c.ID != "" {
					out = append(out, s.noCheckToChange(c))
				}
				kept = append(kept, c)
				continue
			}
			if d, ok := override(&kept[k], c); !ok {
				out = append(out, d)
			}
		}
		for k, c := range kept {
			if _, ok := earlier[c.ID]; !ok && c.ID != "" {
				earlier[c.ID] = k
			}
		}
		i = j
	}
	var on []Check
	for _, c := range kept {
		if !c.Off {
			on = append(on, c)
		}
	}
	sort.SliceStable(on, func(a, b int) bool { return on[a].layer > on[b].layer })
	s.Checks = on
	return out
}

// override changes base by the keys c gives. The changed check is then
// placed where c was written, so that a bad severity in the override is
// reported there and not in the built-in file.
func override(base *Check, c Check) (diag.Diagnostic, bool) {
	it := item{c.File, c.Line, c.Col, c.Loc}
	if base.Kind == "" && c.Kind != "" {
		// The earlier entry changes a check that only this later one
		// defines: the files are in the wrong order.
		b := item{base.File, base.Line, base.Col, base.Loc}
		d := b.at(b.loc.Pos(), "missing-value", "check %q has no kind: it changes check %q, which is defined only later, in %s", base.ID, c.ID, c.File)
		d.Hint = "give the rules that define a check first (--rules order), then those that change it"
		return d, false
	}
	if c.Loc.Has("kind") && c.Kind != base.Kind {
		d := it.field("kind", "bad-value", "check %q changes the %s check of %s: its kind cannot change to %q", c.ID, base.Kind, base.File, c.Kind)
		d.Hint = fmt.Sprintf("leave kind out, or give the new check an id of its own; only %s can be changed", strings.Join(overridable, ", "))
		return d, false
	}
	for _, key := range []string{"tolerance", "claims", "precision", "message", "severity"} {
		if !c.Loc.Has(key) {
			continue
		}
		switch key {
		case "severity":
			base.Severity = c.Severity
		case "message":
			base.Message = c.Message
		case "claims":
			base.Claims = c.Claims
		case "tolerance":
			base.Tolerance = c.Tolerance
		case "precision":
			base.Precision = c.Precision
		}
	}
	base.Off = c.Off
	base.File, base.Line, base.Col = c.File, c.Line, c.Col
	// Keys the override leaves out still point at its entry: navigation
	// never fails, and the earlier file's values were checked there.
	base.Loc = c.Loc
	return diag.Diagnostic{}, true
}

// noCheckToChange reports off: true on a check no earlier layer has.
func (s *Set) noCheckToChange(c Check) diag.Diagnostic {
	it := item{c.File, c.Line, c.Col, c.Loc}
	var ids []string
	for _, o := range s.Checks {
		if o.layer < c.layer {
			ids = append(ids, o.ID)
		}
	}
	d := it.field("id", "unknown-ref", "check %q is turned off, but no earlier rules have a check with this id", c.ID)
	if sug := yamlx.Suggest(c.ID, ids); sug != "" {
		d.Hint = "did you mean \"" + sug + "\"?"
	} else if len(ids) > 0 {
		d.Hint = "checks that can be turned off: " + strings.Join(ids, ", ")
	}
	return d
}

// lintShadows warns about a check that never applies to a claim kind
// because a check before it takes the same claims first: a finding uses
// the first check of its kind that names its claim kind, or names none.
func (s *Set) lintShadows() diag.List {
	var out diag.List
	for j, c := range s.Checks {
		if c.Kind == "event-date" || c.Kind == "responsibility" {
			// One check of these kinds is ever used, whatever its claims.
			for _, o := range s.Checks[:j] {
				if o.Kind == c.Kind {
					out = append(out, shadowed(c, o, ""))
					break
				}
			}
			continue
		}
		claims := c.Claims
		if len(claims) == 0 {
			claims = []string{""}
		}
		for _, k := range claims {
			for _, o := range s.Checks[:j] {
				if o.Kind != c.Kind || len(o.Claims) > 0 && (k == "" || !contains(o.Claims, k)) {
					continue
				}
				out = append(out, shadowed(c, o, k))
				break
			}
		}
	}
	return out
}

func shadowed(c, by Check, k string) diag.Diagnostic {
	it := item{c.File, c.Line, c.Col, c.Loc}
	what := "every " + c.Kind + " claim"
	p := it.loc.Field("id").Pos()
	if k != "" {
		what = fmt.Sprintf("%s claims of %q", c.Kind, k)
		if i := indexOf(c.Claims, k); i >= 0 {
			p = it.loc.Field("claims").Index(i).Pos()
		}
	}
	hint := fmt.Sprintf("put check %q before %q, or narrow the claims of %q", c.ID, by.ID, by.ID)
	if by.layer > c.layer {
		// A later layer hides an earlier check: the author of the later
		// file is the one to tell, at the check that hides it.
		it = item{by.File, by.Line, by.Col, by.Loc}
		p = it.loc.Field("id").Pos()
		hint = fmt.Sprintf("to change check %q, give its id with the keys to change (%s) instead of a new check", c.ID, strings.Join(overridable, ", "))
	}
	d := it.warnAt(p, "shadowed-check", "check %q (%s:%d) never applies to %s: check %q (%s:%d) takes them first", c.ID, c.File, c.Line, what, by.ID, by.File, by.Line)
	d.Hint = hint
	return d
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
