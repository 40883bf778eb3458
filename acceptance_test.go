package crosscheck_test

import (
	"os"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// acceptance is testdata/acceptance.yaml: the fact-checker's list in a
// form a test can check.
type acceptance struct {
	MustFlag map[string]flagged `yaml:"must_flag"`
	// Stretch entries are harder disagreements; todo marks the ones not
	// yet reported, which must then fail (one that passes is flipped).
	Stretch     map[string]flagged `yaml:"stretch"`
	MustNotFlag map[string]struct {
		Kind   string   `yaml:"kind"`
		Claim  string   `yaml:"claim"`
		Pair   []string `yaml:"pair"`
		Quotes []string `yaml:"quotes"`
		Both   []string `yaml:"both"`
		Values []string `yaml:"values"`
	} `yaml:"must_not_flag"`
}

// flagged is a finding that must exist.
type flagged struct {
	Kind   string   `yaml:"kind"`
	Claim  string   `yaml:"claim"`
	Docs   []string `yaml:"docs"`
	Values []string `yaml:"values"`
	Todo   bool     `yaml:"todo"`
}

// expected is the part of testdata/expected-findings.yaml the test needs:
// the ids, so that every entry there is checked here.
type expected struct {
	MustFlag    []struct{ ID string } `yaml:"must_flag"`
	MustNotFlag []struct{ ID string } `yaml:"must_not_flag"`
	Stretch     []struct{ ID string } `yaml:"stretch"`
}

func demoReport(t *testing.T) report.Report {
	t.Helper()
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		t.Fatal(err)
	}
	rs, diags := rule.Load(srcs)
	if diags.HasErrors() {
		t.Fatalf("built-in rules:\n%v", diags)
	}
	docs, diags := document.Load("corpus.json", crosscheck.DemoCorpus, document.Options{})
	if diags.HasErrors() || len(docs) != 11 {
		t.Fatalf("demo corpus: %d documents, %v", len(docs), diags)
	}
	return check.Run(claim.New(rs), docs, diags).Report
}

func readYAML(t *testing.T, path string, out any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, out); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestAcceptance: on the demo corpus every must_flag of the fact-checker's
// list is reported and no must_not_flag is.
func TestAcceptance(t *testing.T) {
	var acc acceptance
	var exp expected
	readYAML(t, "testdata/acceptance.yaml", &acc)
	readYAML(t, "testdata/expected-findings.yaml", &exp)
	for _, e := range exp.MustFlag {
		if _, ok := acc.MustFlag[e.ID]; !ok {
			t.Errorf("must_flag %q has no check in testdata/acceptance.yaml", e.ID)
		}
	}
	for _, e := range exp.MustNotFlag {
		if _, ok := acc.MustNotFlag[e.ID]; !ok {
			t.Errorf("must_not_flag %q has no check in testdata/acceptance.yaml", e.ID)
		}
	}
	for _, e := range exp.Stretch {
		if _, ok := acc.Stretch[e.ID]; !ok {
			t.Errorf("stretch %q has no check in testdata/acceptance.yaml", e.ID)
		}
	}
	rep := demoReport(t)
	checkExpectations(t, rep, acc)
	for id, want := range acc.Stretch {
		switch found := reported(rep, want); {
		case found && want.Todo:
			t.Errorf("stretch %s is now reported: set todo: false", id)
		case !found && !want.Todo:
			t.Errorf("stretch %s: no %s finding with values %q from %v", id, want.Kind, want.Values, want.Docs)
		case want.Todo:
			t.Logf("stretch %s: not yet reported (todo)", id)
		}
	}
	// A person reads every finding: say how many there are.
	t.Logf("demo corpus: %d findings (%d must_flag expected) from %d claims in %d documents",
		len(rep.Findings), len(acc.MustFlag), rep.Summary.Claims, rep.Summary.Documents)
	for _, f := range rep.Findings {
		t.Logf("  %-6s %-14s %-10s %s", f.Severity, f.Kind, f.Claim, f.Message)
	}
}

// checkExpectations asserts every must_flag is reported and no
// must_not_flag is.
func checkExpectations(t *testing.T, rep report.Report, acc acceptance) {
	t.Helper()

	ids := make([]string, 0, len(acc.MustFlag))
	for id := range acc.MustFlag {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		want := acc.MustFlag[id]
		found := reported(rep, want)
		for _, f := range rep.Findings {
			if matches(f, want) && f.Kind != "arithmetic" && f.Diff == nil {
				t.Errorf("must_flag %s: finding %s has no side-by-side diff", id, f.ID)
			}
		}
		if !found {
			t.Errorf("must_flag %s: no %s finding with values %q from %v", id, want.Kind, want.Values, want.Docs)
		}
	}
	for id, bad := range acc.MustNotFlag {
		for _, f := range rep.Findings {
			if bad.Kind != "any" && f.Kind != bad.Kind || bad.Claim != "" && f.Claim != bad.Claim {
				continue
			}
			if len(bad.Pair) == 2 && sidesAgainst(f, bad.Pair[0], bad.Pair[1]) {
				t.Errorf("must_not_flag %s: finding %s sets %q against %q", id, f.ID, bad.Pair[0], bad.Pair[1])
			}
			for _, e := range f.Evidence {
				for _, q := range bad.Quotes {
					if strings.Contains(e.Quote, q) {
						t.Errorf("must_not_flag %s: finding %s (%s) quotes %q", id, f.ID, f.Message, q)
					}
				}
			}
			for _, v := range bad.Values {
				for _, fv := range f.Values {
					if strings.Contains(fv.Text, v) {
						t.Errorf("must_not_flag %s: finding %s has value %q", id, f.ID, fv.Text)
					}
				}
			}
			for _, s := range bad.Both {
				if len(f.Values) == 2 && strings.Contains(f.Values[0].Text, s) && strings.Contains(f.Values[1].Text, s) {
					t.Errorf("must_not_flag %s: finding %s sets %q against itself: %s", id, f.ID, s, f.Message)
				}
			}
		}
	}
}

// reported: a finding of the kind (and claim) covers the documents and values.
func reported(rep report.Report, want flagged) bool {
	for _, f := range rep.Findings {
		if matches(f, want) {
			return true
		}
	}
	return false
}

func matches(f report.Finding, want flagged) bool {
	if f.Kind != want.Kind || (want.Claim != "" && f.Claim != want.Claim) {
		return false
	}
	return coversDocs(f, want.Docs) && hasValues(f, want.Values)
}

// sidesAgainst: two sides the finding sets against each other (its pairs,
// or else sides a and b) hold these claim words.
func sidesAgainst(f report.Finding, x, y string) bool {
	on := func(side, w string) bool {
		for _, e := range f.Evidence {
			if e.Side == side && strings.Contains(e.Words, w) {
				return true
			}
		}
		return false
	}
	pairs := f.Pairs
	if len(pairs) == 0 {
		pairs = []report.SidePair{{A: "a", B: "b"}}
	}
	for _, p := range pairs {
		if on(p.A, x) && on(p.B, y) || on(p.A, y) && on(p.B, x) {
			return true
		}
	}
	return false
}

func coversDocs(f report.Finding, docs []string) bool {
	for _, d := range docs {
		ok := false
		for _, e := range f.Evidence {
			if e.Doc == d {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func hasValues(f report.Finding, want []string) bool {
	for _, w := range want {
		ok := false
		for _, v := range f.Values {
			if strings.Contains(v.Text, w) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// TestReportDeterministic: the same input gives the same bytes.
func TestReportDeterministic(t *testing.T) {
	var first string
	for i := 0; i < 3; i++ {
		rep := demoReport(t)
		var sb strings.Builder
		if err := report.WriteJSON(&sb, &rep); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = sb.String()
		} else if sb.String() != first {
			t.Fatal("two runs on the demo corpus gave different reports")
		}
	}
}
