package rule

import (
	"strings"
	"testing"
)

// base stands for the built-in rules: a fact, and one date check that
// takes every fact.
const base = `facts:
  - id: founded
    verbs: [founded]
  - id: killed
    verbs: [killed]
checks:
  - id: fact-date
    kind: date
    severity: high
    message: "{outlet_a}: {a}, {outlet_b}: {b}"
`

func layered(user string) (*Set, []string) {
	set, ds := Load([]Source{{Name: "rules/facts.yaml", Data: []byte(base)}, {Name: "my/company.yaml", Data: []byte(user), Layer: 1}})
	ds = append(ds, set.lint()...)
	var got []string
	for _, d := range ds {
		got = append(got, d.Error())
	}
	return set, got
}

// TestLayeredChecks: a later layer adds checks that apply before the
// built-in ones, changes a built-in check by its id, or turns it off,
// without copying the rule set (issue 13: a new company-founded check
// never applied, because fact-date took the same claims first).
func TestLayeredChecks(t *testing.T) {
	t.Run("a new check for one fact applies before the built-in one", func(t *testing.T) {
		set, ds := layered("checks:\n  - id: company-founded\n    kind: date\n    claims: [founded]\n    severity: low\n")
		if len(ds) > 0 {
			t.Fatalf("problems: %q", ds)
		}
		if c, _ := set.Check("date", "founded"); c.ID != "company-founded" || c.Severity != "low" {
			t.Errorf("founded dates use check %q (%s), want company-founded (low)", c.ID, c.Severity)
		}
		if c, _ := set.Check("date", "killed"); c.ID != "fact-date" {
			t.Errorf("killed dates use check %q, want fact-date", c.ID)
		}
	})
	t.Run("severity changed by id", func(t *testing.T) {
		set, ds := layered("checks:\n  - id: fact-date\n    severity: low\n")
		if len(ds) > 0 {
			t.Fatalf("problems: %q", ds)
		}
		c, _ := set.Check("date", "founded")
		if c.ID != "fact-date" || c.Severity != "low" || c.Kind != "date" || !strings.HasPrefix(c.Message, "{outlet_a}") {
			t.Errorf("got %+v, want fact-date with severity low and its kind and message kept", c)
		}
		if len(set.Checks) != 1 {
			t.Errorf("%d checks, want the one changed", len(set.Checks))
		}
	})
	t.Run("message changed by id", func(t *testing.T) {
		set, _ := layered("checks:\n  - id: fact-date\n    message: \"{subject}: {a} or {b}\"\n")
		if c, _ := set.Check("date", "founded"); c.Message != "{subject}: {a} or {b}" || c.Severity != "high" {
			t.Errorf("got %+v", c)
		}
	})
	t.Run("turned off", func(t *testing.T) {
		set, ds := layered("checks:\n  - id: fact-date\n    off: true\n")
		if _, ok := set.Check("date", "founded"); ok {
			t.Error("fact-date still applies")
		}
		want := []string{`rules/facts.yaml:2:9: warning: fact "founded" is read but no check compares its dates`}
		if len(ds) < 1 || !strings.HasPrefix(ds[0], want[0]) {
			t.Errorf("got %q, want %q…", ds, want)
		}
	})
	tests := []struct {
		name, user string
		want       string
	}{
		{"turning off a check that does not exist",
			"checks:\n  - id: fact-dates\n    off: true\n",
			`my/company.yaml:2:9: error: check "fact-dates" is turned off, but no earlier rules have a check with this id [unknown-ref] (hint: did you mean "fact-date"?)`},
		{"changing the kind",
			"checks:\n  - id: fact-date\n    kind: count\n    severity: low\n",
			`my/company.yaml:3:11: error: check "fact-date" changes the date check of rules/facts.yaml: its kind cannot change to "count" [bad-value]`},
		{"a bad severity is placed in the file that gives it",
			"checks:\n  - id: fact-date\n    severity: critical\n",
			`my/company.yaml:3:15: error: unknown severity "critical" [unknown-ref] (hint: severity: info | low | medium | high)`},
		{"two checks with one id in one layer",
			"checks:\n  - {id: c, kind: date, severity: low, claims: [founded]}\n  - {id: c, kind: date, severity: low, claims: [killed]}\n",
			`my/company.yaml:3:10: error: duplicate check id "c" [duplicate-id]`},
		{"a new check that takes every date claim hides the built-in one",
			"checks:\n  - id: all-dates\n    kind: date\n    severity: low\n",
			`my/company.yaml:2:9: warning: check "fact-date" (rules/facts.yaml:7) never applies to every date claim: check "all-dates" (my/company.yaml:2) takes them first [shadowed-check] (hint: to change check "fact-date", give its id`},
		{"a general check before a narrow one in one layer",
			"checks:\n  - {id: dates, kind: date, severity: low}\n  - {id: founding, kind: date, severity: low, claims: [founded]}\n",
			`my/company.yaml:3:56: warning: check "founding" (my/company.yaml:3) never applies to date claims of "founded": check "dates" (my/company.yaml:2) takes them first [shadowed-check] (hint: put check "founding" before "dates"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ds := layered(tt.user)
			for _, d := range ds {
				if strings.HasPrefix(d, tt.want) {
					return
				}
			}
			t.Errorf("got %q\nwant %q", ds, tt.want)
		})
	}
}

// TestCompanyIsAGroup: an actor of type company or organisation is a
// group to the engine, with the type written kept, and lint knows the
// type (issue 13: type company gave only unknown-actor-type warnings).
func TestCompanyIsAGroup(t *testing.T) {
	src := "actors:\n  - {id: acme, name: Acme Corp, type: company}\n  - {id: un, name: United Nations, type: organisation}\n  - {id: x, name: X, type: compnay}\n"
	ds := Lint([]Source{{Name: "a.yaml", Data: []byte(src)}})
	if len(ds) != 1 || ds[0].Code != "unknown-actor-type" || ds[0].Line != 4 || !strings.Contains(ds[0].Hint, `"company"`) {
		t.Errorf("lint: %v", ds)
	}
	set, _ := Load([]Source{{Name: "a.yaml", Data: []byte(src)}})
	for id, declared := range map[string]string{"acme": "company", "un": "organisation"} {
		if a, _ := set.Actor(id); a.Type != "group" || a.Declared != declared {
			t.Errorf("%s: type %q declared %q, want group and %q", id, a.Type, a.Declared, declared)
		}
	}
}

// TestCopyOnTopOfTheBuiltIns: a copy of the rule set given on top of the
// built-in rules gives a duplicate-id per kind, each with a hint that
// names the earlier file and --rules-mode replace.
func TestCopyOnTopOfTheBuiltIns(t *testing.T) {
	_, ds := Load([]Source{{Name: "rules/facts.yaml", Data: []byte(base)}, {Name: "copy/facts.yaml", Data: []byte(base), Layer: 1}})
	if len(ds) != 2 || ds[0].Code != "duplicate-id" || !strings.Contains(ds[0].Hint, "rules/facts.yaml defines fact \"founded\" too, in an earlier layer; a copy of the whole rule set is used with --rules-mode replace") {
		t.Errorf("got %v", ds)
	}
}
