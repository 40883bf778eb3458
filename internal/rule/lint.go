package rule

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// ActorTypes are the actor types a rule file may give: a "group" can
// have a size, a "state" is where things happen as well as who acts, a
// "person" dies or is killed. The GroupTypes are groups to the engine.
var ActorTypes = []string{"group", "organisation", "organization", "company", "state", "person", "agency"}

// GroupTypes are the actor types that are groups to the engine: their
// size is counted ("Acme has 5,000 employees") and they can be blamed
// (issue 13: type company gave no count claims). The engine tells only
// "group" apart, so Load gives these actors that type and keeps the one
// written in Actor.Declared.
var GroupTypes = []string{"group", "organisation", "organization", "company"}

// Lint loads rule files and reports every problem Load reports (errors:
// the rules cannot be used as written) and the warnings below (the rules
// load, but something in them is very likely a mistake). It is pure, so
// the command line, the web page and the API report the same problems
// with the same codes for the same files. Test files are left out; see
// ruletest.Lint for those.
//
// Warnings:
//   - duplicate-phrase: the same phrase twice in one list.
//   - ambiguous-phrase: one phrase in two count kinds (or two facts), so
//     which kind a sentence counts depends on the order of the files.
//   - shared-alias: one alias for two actors.
//   - unknown-actor-type: an actor type the engine does not know.
//   - check-never-applies: a check names a claim kind of another type
//     (a count check naming a fact), so it never compares anything.
//   - unchecked-kind: a claim kind no check compares; its claims are read
//     and listed, but never reported as findings.
//   - shadowed-check: a check that never applies to a claim kind, because
//     a check before it takes the same claims first.
func Lint(srcs []Source) diag.List {
	set, all := Load(srcs)
	all = append(all, set.lint()...)
	all.Sort()
	return all
}

// warnAt is a warning placed like errors are.
func (it item) warnAt(p yamlx.Pos, code, format string, args ...any) diag.Diagnostic {
	d := it.at(p, code, format, args...)
	d.Severity = diag.Warning
	return d
}

func (s *Set) lint() diag.List {
	var out diag.List
	// Phrases of count kinds, and separately of facts: a phrase in two
	// kinds of the same type makes one of them unreachable for it.
	counts := map[string]string{}
	agents := map[string]string{}
	for _, k := range s.Counts {
		it := item{k.File, k.Line, k.Col, k.Loc}
		for _, list := range []struct {
			key     string
			phrases []string
		}{{"verbs", k.Verbs}, {"nouns", k.Nouns}, {"tolls", k.Tolls}} {
			out = append(out, phraseList(it, "count", k.ID, list.key, list.phrases, counts)...)
		}
		// Agents may repeat another kind's nouns ("militants" is also a
		// group's size): they are checked among themselves only.
		out = append(out, phraseList(it, "count", k.ID, "agents", k.Agents, agents)...)
	}
	facts := map[string]string{}
	for _, f := range s.Facts {
		it := item{f.File, f.Line, f.Col, f.Loc}
		out = append(out, phraseList(it, "fact", f.ID, "verbs", f.Verbs, facts)...)
		out = append(out, phraseList(it, "fact", f.ID, "nouns", f.Nouns, facts)...)
	}
	aliases := map[string]string{}
	for _, a := range s.Actors {
		it := item{a.File, a.Line, a.Col, a.Loc}
		if a.Type != "" && !contains(ActorTypes, a.Type) && !contains(ActorTypes, a.Declared) {
			d := it.warnAt(it.loc.Field("type").Pos(), "unknown-actor-type", "actor %q: unknown type %q, so it is treated as none of %s", a.ID, a.Type, strings.Join(ActorTypes, ", "))
			if sug := yamlx.Suggest(a.Type, ActorTypes); sug != "" {
				d.Hint = "did you mean \"" + sug + "\"?"
			}
			out = append(out, d)
		}
		names := append([]string{a.Name}, a.Aliases...)
		for j, al := range names {
			if al == "" {
				continue
			}
			p := it.loc.Field("aliases").Index(j - 1).Pos()
			if j == 0 {
				p = it.loc.Field("name").Pos()
			}
			if other, ok := aliases[al]; ok && other != a.ID {
				d := it.warnAt(p, "shared-alias", "actor %q: alias %q also names actor %q", a.ID, al, other)
				d.Hint = "a name that means two actors makes every claim naming it ambiguous; keep it on one"
				out = append(out, d)
			} else if !ok {
				aliases[al] = a.ID
			}
		}
	}
	out = append(out, s.lintChecks()...)
	out = append(out, s.lintShadows()...)
	return out
}

// phraseList warns about a phrase repeated in one list, or used by an
// earlier kind of the same type (seen maps phrase → kind id).
func phraseList(it item, what, id, key string, phrases []string, seen map[string]string) diag.List {
	var out diag.List
	here := map[string]bool{}
	for j, p := range phrases {
		norm := strings.ToLower(strings.Join(strings.Fields(p), " "))
		pos := it.loc.Field(key).Index(j).Pos()
		switch other, ok := seen[norm]; {
		case here[norm]:
			d := it.warnAt(pos, "duplicate-phrase", "%s %q: %q is listed twice in %s", what, id, p, key)
			d.Hint = "remove one of them"
			out = append(out, d)
		case ok && other != id:
			d := it.warnAt(pos, "ambiguous-phrase", "%s %q: %q is also wording of %s %q", what, id, p, what, other)
			d.Hint = fmt.Sprintf("a phrase can count only one kind; keep it in %q or in %q", other, id)
			out = append(out, d)
		}
		here[norm] = true
		if _, ok := seen[norm]; !ok {
			seen[norm] = id
		}
	}
	return out
}

// lintChecks warns about checks that can never apply and claim kinds that
// no check compares.
func (s *Set) lintChecks() diag.List {
	var out diag.List
	countIDs, factIDs := map[string]bool{}, map[string]bool{}
	for _, k := range s.Counts {
		countIDs[k.ID] = true
	}
	for _, f := range s.Facts {
		factIDs[f.ID] = true
	}
	covered := map[string]bool{} // "count:killed", "date:founded"
	dangling := false            // a check names an unknown kind: Load reports it, and coverage is moot
	for _, c := range s.Checks {
		it := item{c.File, c.Line, c.Col, c.Loc}
		want, wantIDs := "", map[string]bool(nil)
		switch c.Kind {
		case "count", "arithmetic":
			want, wantIDs = "count kind", countIDs
		case "date":
			want, wantIDs = "fact", factIDs
		}
		if len(c.Claims) == 0 {
			covered[c.Kind+":*"] = true
		}
		for j, k := range c.Claims {
			covered[c.Kind+":"+k] = true
			dangling = dangling || !countIDs[k] && !factIDs[k]
			if wantIDs != nil && !wantIDs[k] && (countIDs[k] || factIDs[k]) {
				d := it.warnAt(it.loc.Field("claims").Index(j).Pos(), "check-never-applies",
					"check %q compares %s claims, but %q is not a %s, so it never applies to it", c.ID, c.Kind, k, want)
				d.Hint = "a count check names count kinds (counts:), a date check names facts (facts:)"
				out = append(out, d)
			}
		}
	}
	if dangling {
		return out
	}
	warned := map[string]bool{}
	for _, k := range s.Counts {
		if !covered["count:"+k.ID] && !covered["count:*"] && !warned[k.ID] {
			warned[k.ID] = true
			it := item{k.File, k.Line, k.Col, k.Loc}
			d := it.warnAt(it.loc.Field("id").Pos(), "unchecked-kind", "count %q is read but no check compares it, so it never gives a finding", k.ID)
			d.Hint = "add a check with kind: count and claims: [" + k.ID + "]"
			out = append(out, d)
		}
	}
	for _, f := range s.Facts {
		if !covered["date:"+f.ID] && !covered["date:*"] {
			it := item{f.File, f.Line, f.Col, f.Loc}
			d := it.warnAt(it.loc.Field("id").Pos(), "unchecked-kind", "fact %q is read but no check compares its dates, so it never gives a finding", f.ID)
			d.Hint = "add a check with kind: date and claims: [" + f.ID + "]"
			out = append(out, d)
		}
	}
	return out
}
