package ruletest

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/rule"
)

func builtIn(t testing.TB) []rule.Source {
	t.Helper()
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		t.Fatal(err)
	}
	return srcs
}

// TestBuiltInRules runs every case beside the built-in rules, as
// `crosscheck test --strict` does: every case passes (todo cases may fail),
// no todo case passes unnoticed, and every count kind, fact, stance and
// check has a positive and a negative case.
func TestBuiltInRules(t *testing.T) {
	res := Run(builtIn(t), Options{})
	for _, d := range res.Diagnostics {
		t.Errorf("%s", d.Error())
	}
	if res.Summary.Files < 5 || res.Summary.Cases < 100 {
		t.Errorf("only %d cases in %d test files: the built-in cases are missing", res.Summary.Cases, res.Summary.Files)
	}
	for _, c := range res.Cases {
		switch c.Status {
		case Fail:
			var b strings.Builder
			writeDetails(&b, c)
			t.Errorf("%s:%d:%d: %s\n%s", c.File, c.Line, c.Col, c.Name, b.String())
		case Fixed:
			t.Errorf("%s:%d:%d: %s passes now: remove its todo (%s)", c.File, c.Line, c.Col, c.Name, c.Todo)
		}
	}
	for _, u := range res.Uncovered {
		t.Errorf("%s:%d:%d: %s %q has no %s case", u.File, u.Line, u.Col, u.What, u.ID, strings.Join(u.Missing, " and no "))
	}
	t.Logf("%d cases: %d passed, %d todo", res.Summary.Cases, res.Summary.Passed, res.Summary.Todo)
}

// TestBuiltInRulesLintClean: the built-in rule and test files have no
// errors and no warnings.
func TestBuiltInRulesLintClean(t *testing.T) {
	for _, d := range Lint(builtIn(t)) {
		t.Errorf("%s", d.Error())
	}
}

// BenchmarkBuiltInRules measures a whole run of the built-in cases.
func BenchmarkBuiltInRules(b *testing.B) {
	srcs := builtIn(b)
	for b.Loop() {
		Run(srcs, Options{})
	}
}
