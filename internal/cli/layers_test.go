package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// runAbs runs the command line as main does: names are absolute, and the
// file system is rooted at "/", so a path loses its leading "/" inside it.
func runAbs(t *testing.T, files fstest.MapFS, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, FS: files, Path: func(n string) string { return strings.TrimPrefix(n, "/") }}
	code = Main(args, env)
	return code, out.String(), errb.String()
}

const hostageRules = `counts:
  - id: hostages
    verbs: [kidnapped]
checks:
  - {id: hostage-count, kind: count, claims: [hostages], severity: medium}
`

const hostageStory = `[{"id": "a", "source": "A", "published": "2024-03-01", "text": "Gunmen kidnapped at least 38 people in Kaduna on Friday, police said."},
 {"id": "b", "source": "B", "published": "2024-03-01", "text": "Gunmen kidnapped 12 people in Kaduna on Friday, police said."}]`

// claimValues lists "kind value" of every claim `claims --format json`
// reads with the given flags.
func claimValues(t *testing.T, files fstest.MapFS, flags ...string) (int, []string, string) {
	t.Helper()
	code, out, errs := runAbs(t, files, append(append([]string{"claims", "--format", "json"}, flags...), "/s.json")...)
	var rows []struct {
		Kind  string `json:"kind"`
		Value string `json:"value"`
	}
	json.Unmarshal([]byte(out), &rows)
	var got []string
	for _, r := range rows {
		got = append(got, r.Kind+" "+r.Value)
	}
	return code, got, errs
}

// TestRulesExtendTheBuiltIns: --rules FILE adds to the built-in rules
// (issue 13: it used the file alone, so "at least 38" lost its "at least"
// with the built-in quantity words), a second --rules adds to the first,
// and --rules-mode replace uses the paths alone.
func TestRulesExtendTheBuiltIns(t *testing.T) {
	files := fstest.MapFS{
		"s.json":         {Data: []byte(hostageStory)},
		"my/h.yaml":      {Data: []byte(hostageRules)},
		"more/low.yaml":  {Data: []byte("checks:\n  - id: hostage-count\n    severity: low\n")},
		"more/off.yaml":  {Data: []byte("checks:\n  - id: death-toll\n    off: true\n")},
		"bad/h.yaml":     {Data: []byte("counts:\n  - id: hostages\n    verbz: [kidnapped]\n")},
		"notes/read.txt": {Data: []byte("x")},
	}
	code, got, errs := claimValues(t, files, "--rules", "/my/h.yaml")
	if code != ExitOK || !strings.Contains(strings.Join(got, "|"), "hostages [38, ∞)") {
		t.Errorf("--rules FILE: exit %d, claims %q, want hostages [38, ∞) (the built-in words for at least)\n%s", code, got, errs)
	}
	code, got, _ = claimValues(t, files, "--rules", "/my/h.yaml", "--rules-mode", "replace")
	if code != ExitOK || !strings.Contains(strings.Join(got, "|"), "hostages [12, 12]") || strings.Contains(strings.Join(got, "|"), "[38, ∞)") {
		t.Errorf("--rules-mode replace: exit %d, claims %q, want hostages without the built-in words for at least", code, got)
	}

	check := func(flags ...string) (int, string, string) {
		return runAbs(t, files, append(append([]string{"check", "--format", "csv", "--fail-on", "never"}, flags...), "/s.json")...)
	}
	code, out, errs := check("--rules", "/my", "--rules", "/more")
	if code != ExitOK || !strings.Contains(out, ",low,count,hostages,contradiction,") {
		t.Errorf("two --rules: exit %d, want hostage-count at low severity:\n%s\n%s", code, out, errs)
	}
	code, _, errs = check("--rules", "/more/low.yaml", "--rules", "/my")
	if code != ExitBadInput || !strings.Contains(errs, `/more/low.yaml:2:5: error: check "hostage-count" has no kind: it changes check "hostage-count", which is defined only later, in /my/h.yaml [missing-value]`) {
		t.Errorf("a change before the check it changes: exit %d\n%s", code, errs)
	}

	// Rule errors name the path as given, leading "/" included, with the
	// source line and a caret, as lint shows them.
	code, _, errs = check("--rules", "/bad")
	want := "/bad/h.yaml:3:5: error: unknown key \"verbz\" [unknown-key]\n   3 |     verbz: [kidnapped]\n     |     ^\n  hint: did you mean \"verbs\"?\n"
	if code != ExitBadInput || !strings.Contains(errs, want) {
		t.Errorf("check --rules /bad: exit %d\n%s\nwant\n%s", code, errs, want)
	}
	for _, args := range [][]string{{"lint", "/my/h.yaml"}, {"lint", "--rules", "/my"}, {"test", "--rules", "/my/h.yaml"}} {
		if code, out, errs := runAbs(t, files, args...); code == ExitBadInput {
			t.Errorf("%q: exit %d\n%s%s", args, code, out, errs)
		}
	}
	if code, _, errs := runAbs(t, files, "lint", "/notes/read.txt"); code != ExitBadInput || !strings.Contains(errs, "not a folder or a .yaml rule file") {
		t.Errorf("lint a .txt file: exit %d\n%s", code, errs)
	}
	if code, _, errs := check("--rules-mode", "both"); code != ExitBadInput || !strings.Contains(errs, "extend | replace") {
		t.Errorf("--rules-mode both: exit %d\n%s", code, errs)
	}
}

// TestLintWithRulesShowsOnlyTheAuthorsWarnings: lint --rules PATH lints
// the path on top of the built-in rules; warnings of the built-in files
// are not shown, a check hiding a built-in one is.
func TestLintWithRulesShowsOnlyTheAuthorsWarnings(t *testing.T) {
	files := fstest.MapFS{"my/dates.yaml": {Data: []byte("checks:\n  - {id: all-dates, kind: date, severity: low}\n")}}
	code, out, _ := runAbs(t, files, "lint", "--rules", "/my")
	if code != ExitFindings || !strings.Contains(out, "/my/dates.yaml:2:10: warning: check \"fact-date\"") || strings.Contains(out, "rules/") && !strings.Contains(out, "(rules/checks.yaml") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestCheckShowsTheAuthorsRuleWarnings: check --rules prints the rule
// warnings of the author's files on standard error, so a kind that no
// check compares says so (issue 13), and still checks.
func TestCheckShowsTheAuthorsRuleWarnings(t *testing.T) {
	files := fstest.MapFS{
		"s.json":    {Data: []byte(hostageStory)},
		"my/h.yaml": {Data: []byte("counts:\n  - id: hostages\n    verbs: [kidnapped]\n")},
	}
	code, _, errs := runAbs(t, files, "check", "--rules", "/my", "/s.json")
	want := `/my/h.yaml:2:9: warning: count "hostages" is read but no check compares it, so it never gives a finding [unchecked-kind]`
	if code != ExitOK || !strings.Contains(errs, want) || strings.Contains(errs, "rules/") {
		t.Errorf("exit %d\n%s\nwant %s", code, errs, want)
	}
}

// TestCountsAboutACompany: a count kind with subject: actor counts the
// size of an actor of type company, as it does a group's (issue 13: type
// company gave no claims).
func TestCountsAboutACompany(t *testing.T) {
	files := fstest.MapFS{
		"s.json": {Data: []byte(`[{"id": "a", "source": "A", "published": "2024-03-01", "text": "Acme Corp, founded in 1999, has 5,000 employees, the company said."}]`)},
		"co/acme.yaml": {Data: []byte(`actors:
  - {id: acme, name: Acme Corp, type: company, aliases: [Acme]}
counts:
  - {id: staff, label: employees, subject: actor, nouns: [employees]}
checks:
  - {id: staff-count, kind: count, claims: [staff], severity: low}
`)},
	}
	code, got, errs := claimValues(t, files, "--rules", "/co")
	if code != ExitOK || !strings.Contains(strings.Join(got, "|"), "staff [5000, 5000]") || errs != "" {
		t.Errorf("exit %d, claims %q, stderr %q; want staff [5000, 5000] and no warning", code, got, errs)
	}
}

// TestClaimsExplain: claims --explain shows, for each sentence with
// wording of the rules, the cues found, the claim read from each, and for
// a cue nothing was read from, what it needs and the figures near it
// (issue 13: "went public in 2004" with `went` listed gave no clue).
func TestClaimsExplain(t *testing.T) {
	files := fstest.MapFS{
		"s.txt":    {Data: []byte("Acme went public in 2004, the company said.\nGunmen killed 12 people.\n")},
		"r/f.yaml": {Data: []byte("facts:\n  - {id: listed, verbs: [went]}\nchecks:\n  - {id: listed-date, kind: date, claims: [listed], severity: low}\n")},
	}
	code, out, errs := runAbs(t, files, "claims", "--explain", "--rules", "/r", "/s.txt")
	for _, want := range []string{
		"s: \"Acme went public in 2004, the company said.\"\n  cue \"went\": fact verbs \"listed\" (went)\n    not read: the verb needs a date right after the verb",
		"    figures in the sentence: \"2004\" 3 words after\n",
		"  cue \"killed\": count verbs \"killed\" (killed)\n    read: count/killed [12, 12] «killed 12 people»\n",
		"  cue \"killed\": fact verbs \"killed\" (killed)\n    not read:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("exit %d; output lacks %q:\n%s%s", code, want, out, errs)
		}
	}
}
