package ruletest

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// ClaimTypes are the types a test may expect.
var ClaimTypes = []string{claim.Count, claim.Date, claim.Responsibility, claim.Breakdown}

// Relations a finding may have.
var Relations = []string{report.Contradiction, report.Update, report.Inconsistent}

// validate checks case i of f against the rules: every name it uses must
// exist, so a misspelt kind is an error rather than a case that can never
// pass (or, worse, one that passes because it checks nothing).
func validate(rs *rule.Set, f *File, i int) diag.List {
	c := &f.Tests[i]
	var out diag.List
	bad := func(p yamlx.Pos, code, hint, format string, args ...any) {
		d := diag.Diagnostic{Code: code, Severity: diag.Error, File: c.File, Line: c.Line, Col: c.Col, Message: fmt.Sprintf(format, args...), Hint: hint}
		if p.Known() {
			d.Line, d.Col, d.Offset = p.Line, p.Col, p.Offset
		}
		out = append(out, d)
	}
	name := c.Name
	if name == "" {
		bad(c.Loc.Pos(), "missing-value", `give each case a name that says what it shows, like "killed: at least, in digits"`, "test case %d has no name", i+1)
		name = fmt.Sprintf("#%d", i+1)
	}
	for j := 0; j < i; j++ {
		if c.Name != "" && f.Tests[j].Name == c.Name {
			bad(c.Loc.Field("name").Pos(), "duplicate-id", "rename one of them", "duplicate test name %q (also on line %d)", c.Name, f.Tests[j].Line)
		}
	}
	if len(c.Docs) == 0 {
		bad(c.Loc.Pos(), "missing-value", "add docs: - text: \"…\"", "test %q has no documents", name)
	}
	ids := map[string]bool{}
	for j, d := range c.Docs {
		dl := c.Loc.Field("docs").Index(j)
		id := docID(d, j)
		if ids[id] {
			bad(dl.Field("id").Pos(), "duplicate-id", "", "test %q: two documents have the id %q", name, id)
		}
		ids[id] = true
		if strings.TrimSpace(d.Text) == "" {
			bad(dl.Pos(), "missing-value", "", "test %q: document %q has no text", name, id)
		}
		if d.Published != "" {
			if _, ok := when.ParseDay(first(d.Published, 10)); !ok {
				bad(dl.Field("published").Pos(), "bad-value", "write the date as YYYY-MM-DD, like 2024-03-24", "test %q: published %q is not a date", name, d.Published)
			}
		}
	}
	if c.Claims == nil && c.Findings == nil {
		bad(c.Loc.Pos(), "missing-value", "add claims: (what must be read) or findings: (what must be flagged; [] for none)", "test %q checks nothing", name)
	}
	kinds := kindIDs(rs)
	for j, k := range c.Kinds {
		if !contains(kinds, k) {
			bad(c.Loc.Field("kinds").Index(j).Pos(), "unknown-ref", didYouMean(k, kinds), "test %q: unknown claim kind %q", name, k)
		}
	}
	if c.Claims != nil {
		for j := range *c.Claims {
			w := &(*c.Claims)[j]
			switch {
			case w.Kind == "":
				bad(w.Loc.Pos(), "missing-value", "kind: a count kind, fact or stance id, like killed or claimed", "test %q: expected claim %d has no kind", name, j+1)
			case !contains(kinds, w.Kind):
				bad(w.Loc.Field("kind").Pos(), "unknown-ref", didYouMean(w.Kind, kinds), "test %q: unknown claim kind %q", name, w.Kind)
			}
			if w.Type != "" && !contains(ClaimTypes, w.Type) {
				bad(w.Loc.Field("type").Pos(), "unknown-ref", didYouMean(w.Type, ClaimTypes), "test %q: unknown claim type %q (types: %s)", name, w.Type, strings.Join(ClaimTypes, ", "))
			}
			if w.Doc != "" && !ids[w.Doc] {
				bad(w.Loc.Field("doc").Pos(), "unknown-ref", didYouMean(w.Doc, keys(ids)), "test %q: no document has the id %q", name, w.Doc)
			}
			// A count value that no claim can have is a case that can never
			// pass (issue 13: "about 40" and "44-36" were not linted when
			// the kind, not the type, said it was a count).
			isCount := w.Type == claim.Count || w.Type == claim.Breakdown || w.Type == "" && countOnly(rs, w.Kind)
			if isCount && w.Value != "" {
				if !countSyntax(w.Value) {
					bad(w.Loc.Field("value").Pos(), "bad-value", "write a count as the program normalises it: 47, 32+ (at least 32) or 4000-6000 (a range; about 40 is 36-44)", "test %q: %q is not a count", name, w.Value)
				} else if lo, hi, ok := strings.Cut(norm(w.Value), ".."); ok && len(lo) > 0 && len(hi) > 0 && countLess(hi, lo) {
					bad(w.Loc.Field("value").Pos(), "bad-value", "write the lower figure first: "+hi+"-"+lo, "test %q: the range %q runs backwards, so no count can match it", name, w.Value)
				}
			}
		}
	}
	if c.Findings != nil {
		for j := range *c.Findings {
			w := &(*c.Findings)[j]
			checkRef := func(key, got string, known []string, what string) {
				if got != "" && !contains(known, got) {
					bad(w.Loc.Field(key).Pos(), "unknown-ref", didYouMean(got, known), "test %q: unknown %s %q", name, what, got)
				}
			}
			checkRef("rule", w.Rule, checkIDs(rs), "check")
			checkRef("kind", w.Kind, rule.CheckKinds, "finding kind")
			checkRef("claim", w.Claim, kinds, "claim kind")
			checkRef("relation", w.Relation, Relations, "relation")
			checkRef("severity", w.Severity, rule.Severities, "severity")
		}
	}
	return out
}

// Lint checks rule files (rule.Lint) and test files (shape and names) of a
// rule directory, reporting every problem.
func Lint(srcs []rule.Source) diag.List {
	ruleSrcs, testSrcs := Split(srcs)
	all := rule.Lint(ruleSrcs)
	rs, ds := rule.Load(ruleSrcs)
	for _, src := range testSrcs {
		f, fds := Parse(src)
		all = append(all, fds...)
		if ds.HasErrors() {
			continue // names cannot be checked against broken rules
		}
		for i := range f.Tests {
			all = append(all, validate(rs, f, i)...)
		}
	}
	all.Sort()
	return all
}

func kindIDs(rs *rule.Set) []string {
	var ids []string
	for _, k := range rs.Counts {
		ids = append(ids, k.ID)
	}
	for _, f := range rs.Facts {
		ids = append(ids, f.ID)
	}
	for _, s := range rs.Responsibility {
		ids = append(ids, s.ID)
	}
	// The day a report gives its own attack is no rule's kind but a
	// claim the engine reads all the same.
	return append(ids, claim.EventDay)
}

func checkIDs(rs *rule.Set) []string {
	var ids []string
	for _, c := range rs.Checks {
		ids = append(ids, c.ID)
	}
	return ids
}

func didYouMean(got string, known []string) string {
	if s := yamlx.Suggest(got, known); s != "" {
		return fmt.Sprintf("did you mean %q?", s)
	}
	if len(known) > 0 && len(known) <= 12 {
		return "known: " + strings.Join(known, ", ")
	}
	return ""
}

// countSyntax reports whether s is a count as tests write it: 47, 32+,
// 4000-6000, with thousands commas allowed.
func countSyntax(s string) bool {
	s = strings.TrimSuffix(norm(s), "+")
	lo, hi, isRange := strings.Cut(s, "..")
	return isDigits(lo) && (!isRange || isDigits(hi))
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func first(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// countOnly reports whether kind is a count kind and nothing else (a fact
// or stance may share its id, as killed does).
func countOnly(rs *rule.Set, kind string) bool {
	if _, ok := rs.Count(kind); !ok {
		return false
	}
	for _, f := range rs.Facts {
		if f.ID == kind {
			return false
		}
	}
	for _, st := range rs.Responsibility {
		if st.ID == kind {
			return false
		}
	}
	return true
}

// countLess compares two runs of digits as numbers.
func countLess(a, b string) bool {
	a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}
