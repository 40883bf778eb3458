package rule

import (
	"regexp"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// Kinds of checks the engine knows.
var CheckKinds = []string{"count", "date", "responsibility", "arithmetic"}

// Template fields a check message may name.
var MessageFields = []string{"subject", "label", "a", "b", "outlet_a", "outlet_b", "kind"}

var templateField = regexp.MustCompile(`\{([^{}]*)\}`)

// validate reports problems that span files: duplicate ids, unknown
// references, cycles in the actor hierarchy, bad templates.
func (s *Set) validate() diag.List {
	var out diag.List
	ids := map[string]bool{}
	claimIDs := []string{}
	for _, k := range s.Counts {
		out = append(out, dupID(ids, "count", k.ID, k.File, k.Line, k.Col)...)
		claimIDs = append(claimIDs, k.ID)
		if k.Subject != "" && k.Subject != "event" && k.Subject != "actor" {
			out = append(out, errAt(k.File, k.Line, k.Col, "bad-value", "count %q: subject must be \"event\" or \"actor\", got %q", k.ID, k.Subject))
		}
		if len(k.Verbs)+len(k.Nouns) == 0 {
			out = append(out, errAt(k.File, k.Line, k.Col, "no-wording", "count %q has no verbs or nouns, so it can never match", k.ID))
		}
	}
	for _, k := range s.Counts {
		for _, p := range k.SumOf {
			if !contains(claimIDs, p) {
				out = append(out, unknownRef(k.File, k.Line, k.Col, "count", p, claimIDs))
			}
		}
	}
	fids := map[string]bool{}
	for _, f := range s.Facts {
		out = append(out, dupID(fids, "fact", f.ID, f.File, f.Line, f.Col)...)
		claimIDs = append(claimIDs, f.ID)
	}
	sids := map[string]bool{}
	for _, st := range s.Responsibility {
		out = append(out, dupID(sids, "stance", st.ID, st.File, st.Line, st.Col)...)
		if st.Polarity != "assert" && st.Polarity != "deny" {
			out = append(out, errAt(st.File, st.Line, st.Col, "bad-value", "stance %q: polarity must be \"assert\" or \"deny\", got %q", st.ID, st.Polarity))
		}
		for _, p := range st.Patterns {
			hasActor := false
			for _, m := range templateField.FindAllStringSubmatch(p, -1) {
				switch m[1] {
				case "actor":
					hasActor = true
				case "attributor", "event", "any":
				default:
					out = append(out, errAt(st.File, st.Line, st.Col, "bad-slot", "stance %q: pattern %q names unknown slot {%s} (slots: {actor}, {attributor}, {event}, {any})", st.ID, p, m[1]))
				}
			}
			if !hasActor {
				out = append(out, errAt(st.File, st.Line, st.Col, "bad-slot", "stance %q: pattern %q has no {actor} slot", st.ID, p))
			}
		}
	}
	aids := map[string]bool{}
	var actorIDs []string
	for _, a := range s.Actors {
		out = append(out, dupID(aids, "actor", a.ID, a.File, a.Line, a.Col)...)
		actorIDs = append(actorIDs, a.ID)
	}
	for _, a := range s.Actors {
		if a.Parent != "" && !aids[a.Parent] {
			out = append(out, unknownRef(a.File, a.Line, a.Col, "actor", a.Parent, actorIDs))
		}
		if s.ancestor(a.ID, a.ID) {
			out = append(out, errAt(a.File, a.Line, a.Col, "cycle", "actor %q is its own ancestor through \"parent\"", a.ID))
		}
	}
	cids := map[string]bool{}
	for _, c := range s.Checks {
		out = append(out, dupID(cids, "check", c.ID, c.File, c.Line, c.Col)...)
		if !contains(CheckKinds, c.Kind) {
			out = append(out, unknownRef(c.File, c.Line, c.Col, "check kind", c.Kind, CheckKinds))
		}
		if c.Severity == "" {
			d := errAt(c.File, c.Line, c.Col, "missing-value", "check %q has no severity", c.ID)
			d.Hint = "severity: " + strings.Join(Severities, " | ")
			out = append(out, d)
		} else if SeverityRank(c.Severity) < 0 {
			out = append(out, unknownRef(c.File, c.Line, c.Col, "severity", c.Severity, Severities))
		}
		for _, k := range c.Claims {
			if !contains(claimIDs, k) {
				out = append(out, unknownRef(c.File, c.Line, c.Col, "claim kind", k, claimIDs))
			}
		}
		for _, m := range templateField.FindAllStringSubmatch(c.Message, -1) {
			if !contains(MessageFields, m[1]) {
				d := errAt(c.File, c.Line, c.Col, "bad-template", "check %q: message names unknown field {%s}", c.ID, m[1])
				if sug := yamlx.Suggest(m[1], MessageFields); sug != "" {
					d.Hint = "did you mean {" + sug + "}?"
				} else {
					d.Hint = "fields: {" + strings.Join(MessageFields, "}, {") + "}"
				}
				out = append(out, d)
			}
		}
	}
	return out
}

func dupID(seen map[string]bool, what, id, file string, line, col int) diag.List {
	if id == "" {
		return diag.List{errAt(file, line, col, "missing-id", "%s has no id", what)}
	}
	if seen[id] {
		return diag.List{errAt(file, line, col, "duplicate-id", "duplicate %s id %q", what, id)}
	}
	seen[id] = true
	return nil
}

func unknownRef(file string, line, col int, what, got string, known []string) diag.Diagnostic {
	d := errAt(file, line, col, "unknown-ref", "unknown %s %q", what, got)
	if sug := yamlx.Suggest(got, known); sug != "" {
		d.Hint = "did you mean \"" + sug + "\"?"
	}
	return d
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
