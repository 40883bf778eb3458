package rule

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// Kinds of checks the engine knows.
var CheckKinds = []string{"count", "date", "event-date", "responsibility", "arithmetic"}

// Template fields a check message may name.
var MessageFields = []string{"subject", "label", "a", "b", "outlet_a", "outlet_b", "kind"}

// Slots a stance pattern may hold.
var PatternSlots = []string{"actor", "group", "forces", "attributor", "event", "any"}

// Precisions a date check may name.
var Precisions = []string{"day", "month", "year"}

// item is where one list entry of a rule file was written: its Loc when it
// was read from YAML, else its file, line and column.
type item struct {
	file      string
	line, col int
	loc       yamlx.Loc
}

// at places a problem at p, or at the item itself when p is unknown.
func (it item) at(p yamlx.Pos, code, format string, args ...any) diag.Diagnostic {
	d := errAt(it.file, it.line, it.col, code, format, args...)
	if p.Known() {
		d.Line, d.Col, d.Offset = p.Line, p.Col, p.Offset
	}
	return d
}

// field places a problem at the value of a key, or at the item.
func (it item) field(key, code, format string, args ...any) diag.Diagnostic {
	return it.at(it.loc.Field(key).Pos(), code, format, args...)
}

// validate reports problems that span files or make a rule unusable:
// duplicate ids, unknown references, cycles in the actor hierarchy,
// malformed slots and templates. Each is placed at the value at fault.
func (s *Set) validate() diag.List {
	var out diag.List
	ids := map[string]bool{}
	var claimIDs []string
	for _, k := range s.Counts {
		it := item{k.File, k.Line, k.Col, k.Loc}
		out = append(out, s.dupID(ids, "count", k.ID, it)...)
		claimIDs = append(claimIDs, k.ID)
		if k.Subject != "" && k.Subject != "event" && k.Subject != "actor" {
			out = append(out, it.field("subject", "bad-value", "count %q: subject must be \"event\" or \"actor\", got %q", k.ID, k.Subject))
		}
		if len(k.Verbs)+len(k.Nouns) == 0 && k.DeadOf == "" {
			out = append(out, it.at(it.loc.Pos(), "no-wording", "count %q has no verbs or nouns, so it can never match", k.ID))
		}
		if k.Grows && k.Shrinks {
			out = append(out, it.field("shrinks", "bad-value", "count %q both grows and shrinks: a later figure can revise it only one way", k.ID))
		}
	}
	for _, k := range s.Counts {
		it := item{k.File, k.Line, k.Col, k.Loc}
		for j, p := range k.SumOf {
			if !contains(claimIDs, p) {
				out = append(out, unknownRef(it, it.loc.Field("sum_of").Index(j).Pos(), "count", p, claimIDs))
			}
		}
		if k.DeadOf != "" {
			if of, ok := s.Count(k.DeadOf); !ok {
				out = append(out, unknownRef(it, it.loc.Field("dead_of").Pos(), "count", k.DeadOf, claimIDs))
			} else if !of.People {
				out = append(out, it.field("dead_of", "bad-value", "count %q: dead_of names %q, which counts no people (people: true)", k.ID, k.DeadOf))
			}
		}
	}
	fids := map[string]bool{}
	for _, f := range s.Facts {
		it := item{f.File, f.Line, f.Col, f.Loc}
		out = append(out, s.dupID(fids, "fact", f.ID, it)...)
		claimIDs = append(claimIDs, f.ID)
		if len(f.Verbs)+len(f.Nouns) == 0 {
			out = append(out, it.at(it.loc.Pos(), "no-wording", "fact %q has no verbs or nouns, so it can never match", f.ID))
		}
	}
	sids := map[string]bool{}
	for _, st := range s.Responsibility {
		it := item{st.File, st.Line, st.Col, st.Loc}
		out = append(out, s.dupID(sids, "stance", st.ID, it)...)
		if st.Polarity != "assert" && st.Polarity != "deny" && st.Polarity != "none" {
			d := it.field("polarity", "bad-value", "stance %q: polarity must be \"assert\", \"deny\" or \"none\", got %q", st.ID, st.Polarity)
			if st.Polarity == "" {
				d = it.at(it.loc.Pos(), "missing-value", "stance %q has no polarity", st.ID)
			}
			d.Hint = "polarity: assert | deny | none"
			out = append(out, d)
		}
		if len(st.Patterns) == 0 {
			out = append(out, it.at(it.loc.Pos(), "no-wording", "stance %q has no patterns, so it can never match", st.ID))
		}
		for i, p := range st.Patterns {
			out = append(out, checkPattern(it, it.loc.Field("patterns").Index(i), st.ID, p, st.Polarity != "none")...)
		}
	}
	aids := map[string]bool{}
	var actorIDs []string
	for _, a := range s.Actors {
		out = append(out, s.dupID(aids, "actor", a.ID, item{a.File, a.Line, a.Col, a.Loc})...)
		actorIDs = append(actorIDs, a.ID)
	}
	for _, a := range s.Actors {
		it := item{a.File, a.Line, a.Col, a.Loc}
		if a.Parent != "" && !aids[a.Parent] {
			out = append(out, unknownRef(it, it.loc.Field("parent").Pos(), "actor", a.Parent, actorIDs))
		}
		if s.ancestor(a.ID, a.ID) {
			d := it.field("parent", "cycle", "actor %q is its own ancestor through \"parent\": %s", a.ID, s.cyclePath(a.ID))
			d.Hint = "a parent is the larger group this one is a branch of; remove one \"parent\" to break the loop"
			out = append(out, d)
		}
	}
	cids := map[string]bool{}
	for _, c := range s.Checks {
		out = append(out, s.checkCheck(c, cids, claimIDs)...)
	}
	out = append(out, s.checkLexicons()...)
	out = append(out, s.checkCareSites()...)
	return out
}

// checkCareSites asks that every care site be a kind of site.
func (s *Set) checkCareSites() diag.List {
	var out diag.List
	var kinds []string
	for k := range s.Words.Sites {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, src := range s.Sources {
		list := s.roots[src.Name].Field("words").Field("care_sites")
		for i, name := range s.careSites[src.Name] {
			if _, ok := s.Words.Sites[name]; !ok {
				at := item{file: src.Name, loc: list.Index(i)}
				out = append(out, unknownRef(at, at.loc.Pos(), "site", name, kinds))
			}
		}
	}
	return out
}

// checkLexicons runs the quantity and date lexicons' own checks on the
// merged wording, when some file gives that section. The lexicons report
// problems as text without places, so each is placed at the section's key
// in the first file that has it.
func (s *Set) checkLexicons() diag.List {
	var out diag.List
	for _, lx := range []struct {
		key   string
		probs func() []string
	}{{"quantity", s.Quantity.Validate}, {"dates", s.Dates.Validate}} {
		var at item
		for _, src := range s.Sources {
			if root := s.roots[src.Name]; root.Has(lx.key) {
				at = item{file: src.Name, loc: root.Key(lx.key)}
				break
			}
		}
		if at.file == "" {
			continue // no file words this lexicon: nothing to check
		}
		for _, p := range lx.probs() {
			out = append(out, at.at(at.loc.Pos(), "bad-lexicon", "%s lexicon: %s", lx.key, p))
		}
	}
	return out
}

// checkCheck validates one comparison check.
func (s *Set) checkCheck(c Check, ids map[string]bool, claimIDs []string) diag.List {
	it := item{c.File, c.Line, c.Col, c.Loc}
	out := s.dupID(ids, "check", c.ID, it)
	if !contains(CheckKinds, c.Kind) {
		d := unknownValue(it, it.loc.Field("kind").Pos(), "check kind", c.Kind, CheckKinds)
		if c.Kind == "" {
			d = it.at(it.loc.Pos(), "missing-value", "check %q has no kind", c.ID)
		}
		if d.Hint == "" {
			d.Hint = "kind: " + strings.Join(CheckKinds, " | ")
			if c.Kind == "" {
				d.Hint += "; or, to change a check of other rules (a built-in one), use its id, in a file read after the one that defines it"
				if sug := yamlx.Suggest(c.ID, s.checkIDs()); sug != "" && sug != c.ID {
					d.Hint += ` (did you mean "` + sug + `"?)`
				}
			}
		}
		out = append(out, d)
	}
	if c.Severity == "" {
		d := it.at(it.loc.Pos(), "missing-value", "check %q has no severity", c.ID)
		d.Hint = "severity: " + strings.Join(Severities, " | ")
		out = append(out, d)
	} else if SeverityRank(c.Severity) < 0 {
		out = append(out, unknownValue(it, it.loc.Field("severity").Pos(), "severity", c.Severity, Severities))
	}
	if c.Precision != "" && !contains(Precisions, c.Precision) {
		out = append(out, unknownValue(it, it.loc.Field("precision").Pos(), "precision", c.Precision, Precisions))
	}
	if c.Tolerance < 0 || c.Tolerance > 1 {
		d := it.field("tolerance", "bad-value", "check %q: tolerance must be a fraction from 0 up to 1, got %g", c.ID, c.Tolerance)
		d.Hint = "0.1 widens each count by a tenth either way"
		out = append(out, d)
	}
	for j, k := range c.Claims {
		if !contains(claimIDs, k) {
			out = append(out, unknownRef(it, it.loc.Field("claims").Index(j).Pos(), "claim kind", k, claimIDs))
		}
	}
	msg := it.loc.Field("message")
	slots, errs := scanSlots(c.Message)
	for _, e := range errs {
		d := it.at(msg.At(e.Off), "bad-template", "check %q: message: %s", c.ID, e.Msg)
		d.Hint = e.Hint
		out = append(out, d)
	}
	for _, sl := range slots {
		if contains(MessageFields, sl.Name) {
			continue
		}
		d := it.at(msg.At(sl.Start+1), "bad-template", "check %q: message names unknown field {%s}", c.ID, sl.Name)
		if sug := yamlx.Suggest(sl.Name, MessageFields); sug != "" {
			d.Hint = "did you mean {" + sug + "}?"
		} else {
			d.Hint = "fields: {" + strings.Join(MessageFields, "}, {") + "}"
		}
		out = append(out, d)
	}
	return out
}

// cyclePath shows the loop an actor's parents make: "a → b → a".
func (s *Set) cyclePath(id string) string {
	path := []string{id}
	seen := map[string]bool{id: true}
	for cur := id; len(path) < 20; {
		a, ok := s.Actor(cur)
		if !ok || a.Parent == "" {
			break
		}
		path = append(path, a.Parent)
		if seen[a.Parent] {
			break
		}
		seen[a.Parent] = true
		cur = a.Parent
	}
	return strings.Join(path, " → ")
}

func (s *Set) dupID(seen map[string]bool, what, id string, it item) diag.List {
	if id == "" {
		d := it.at(it.loc.Pos(), "missing-id", "%s has no id", what)
		d.Hint = "give it an id: lower-case words joined by -, like \"hostage-count\""
		return diag.List{d}
	}
	if d, ok := badID(what, id, it); !ok {
		return diag.List{d}
	}
	if seen[id] {
		d := it.field("id", "duplicate-id", "duplicate %s id %q", what, id)
		d.Hint = "ids must be unique across all rule files; rename one"
		if first := s.defined[what+"/"+id]; first != "" && s.layerOf[first] < s.layerOf[it.file] {
			// A copy of the built-in rules given with --rules (issue 13):
			// every id in it is a duplicate of the layer below.
			d.Hint = fmt.Sprintf("%s defines %s %q too, in an earlier layer; a copy of the whole rule set is used with --rules-mode replace (or as the PATH of test and lint), and a file on top of the built-in rules adds new ids", first, what, id)
		}
		return diag.List{d}
	}
	seen[id] = true
	if s.defined == nil {
		s.defined = map[string]string{}
	}
	s.defined[what+"/"+id] = it.file
	return nil
}

func unknownRef(it item, p yamlx.Pos, what, got string, known []string) diag.Diagnostic {
	d := it.at(p, "unknown-ref", "unknown %s %q", what, got)
	if sug := yamlx.Suggest(got, known); sug != "" {
		d.Hint = "did you mean \"" + sug + "\"?"
	}
	return d
}

// unknownValue is unknownRef for a closed list of values, which it names
// in full (issue 13: an unknown severity did not say which there are).
func unknownValue(it item, p yamlx.Pos, what, got string, values []string) diag.Diagnostic {
	d := unknownRef(it, p, what, got, values)
	list := what + ": " + strings.Join(values, " | ")
	if d.Hint != "" {
		d.Hint += " (" + list + ")"
	} else {
		d.Hint = list
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

func (s *Set) checkIDs() []string {
	var ids []string
	for _, c := range s.Checks {
		ids = append(ids, c.ID)
	}
	return ids
}

// badID refuses an id the schema refuses (issue 13): "Hostage Count",
// and 123 written as a number. Ids are lower-case letters, digits, "-"
// and "_", starting with a letter or digit, and text in YAML.
func badID(what, id string, it item) (diag.Diagnostic, bool) {
	if tag := it.loc.Field("id").Tag(); it.loc.Has("id") && tag != "" && tag != "!!str" {
		d := it.field("id", "bad-id", "%s id %s is a number in YAML; ids are text", what, id)
		d.Hint = "use a word, like \"" + what + "-" + id + "\""
		return d, false
	}
	if validID(id) {
		return diag.Diagnostic{}, true
	}
	d := it.field("id", "bad-id", "%s id %q is not an id: ids are lower-case letters, digits, - and _", what, id)
	d.Hint = fmt.Sprintf("write it as %q", suggestID(id))
	return d, false
}

func validID(id string) bool {
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case (c == '-' || c == '_') && i > 0:
		default:
			return false
		}
	}
	return id != ""
}

// suggestID turns "Hostage Count" into "hostage-count".
func suggestID(id string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(id) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
