package ruletest

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/rule"
)

// runWith runs test files against the built-in rules.
func runWith(t *testing.T, tests ...string) *Result {
	t.Helper()
	srcs := builtIn(t)
	var keep []rule.Source
	for _, s := range srcs {
		if !rule.IsTestFile(s.Name) {
			keep = append(keep, s)
		}
	}
	for i, src := range tests {
		keep = append(keep, rule.Source{Name: "rules/case" + string(rune('a'+i)) + "_test.yaml", Data: []byte(src)})
	}
	return Run(keep, Options{})
}

func onlyCase(t *testing.T, r *Result) CaseResult {
	t.Helper()
	if len(r.Diagnostics) > 0 || len(r.Cases) != 1 {
		t.Fatalf("%d cases, diagnostics:\n%s", len(r.Cases), r.Diagnostics.Error())
	}
	return r.Cases[0]
}

// TestFailureShowsExpectedAndGot: a wrong value is reported as missed, with
// the claim read instead beside it and where the expectation is written,
// and the claim read is reported as unexpected.
func TestFailureShowsExpectedAndGot(t *testing.T) {
	r := runWith(t, `tests:
  - name: killed at least 32, expected as exactly 32
    docs:
      - published: 2025-02-15
        text: "A suicide bomber struck a market in Peshawar on Friday, killing at least 32 people and wounding more than 90, police said."
    kinds: [killed]
    claims:
      - {type: count, kind: killed, value: 32}
`)
	c := onlyCase(t, r)
	if c.Status != Fail || !r.Failed() || r.Summary.Failed != 1 {
		t.Fatalf("status %s, failed %v", c.Status, r.Failed())
	}
	if len(c.Missed) != 1 || c.Missed[0].Text != "count/killed 32" || c.Missed[0].Line != 8 || c.Missed[0].Col != 9 {
		t.Errorf("missed: %+v", c.Missed)
	}
	if len(c.Missed[0].Near) != 1 || c.Missed[0].Near[0] != "a: count/killed 32+ «killing at least 32 people»" {
		t.Errorf("got instead: %q", c.Missed[0].Near)
	}
	// The injured claim is out of scope (kinds: [killed]): not unexpected.
	if len(c.Unexpected) != 1 || c.Unexpected[0].Text != "a: count/killed 32+ «killing at least 32 people»" {
		t.Errorf("unexpected: %+v", c.Unexpected)
	}
	var out bytes.Buffer
	WriteText(&out, r, false, nil)
	for _, want := range []string{
		"rules/casea_test.yaml:2:5: FAIL killed at least 32, expected as exactly 32",
		"missed claim:     count/killed 32   (expected at rules/casea_test.yaml:8:9)",
		"got instead: a: count/killed 32+ «killing at least 32 people»",
		"unexpected claim: a: count/killed 32+",
		"a: count/injured 91+ «wounding more than 90»",
		"'at least 32' → [32, ∞)",
		"1 case in 1 file: 0 passed, 1 failed, 0 todo, 0 fixed",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestScope: what a case compares.
func TestScope(t *testing.T) {
	const text = `"Gunmen opened fire on worshippers, killing 11 and injuring 25."`
	tests := []struct {
		name, expect string
		pass         bool
	}{
		{"claims of the kinds named, others ignored", "claims:\n      - {kind: killed, value: 11}", true},
		{"a second claim of a named kind is unexpected", "claims:\n      - {kind: injured, value: 25}\n      - {kind: killed, value: 11}\n      - {kind: killed, value: 12}", false},
		{"no claims at all", "claims: []", false},
		{"no claims of a kind", "kinds: [detained]\n    claims: []", true},
		{"kinds with a claim outside them", "kinds: [injured]\n    claims: []", false},
		{"the type must match when given", "claims:\n      - {type: date, kind: killed}", false},
		{"words, case ignored", "claims:\n      - {kind: killed, words: KILLING 11}", true},
		{"a range with equal ends, written with a dash", "claims:\n      - {kind: injured, value: \"25–25\"}", true},
		{"findings only", "findings: []", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, "tests:\n  - name: x\n    docs: [{published: 2024-01-04, text: "+text+"}]\n    "+tt.expect+"\n")
			if c := onlyCase(t, r); (c.Status == Pass) != tt.pass {
				t.Errorf("status %s, want pass=%v; missed %+v unexpected %+v", c.Status, tt.pass, c.Missed, c.Unexpected)
			}
		})
	}
}

// TestFindings: findings are compared exactly: every one given must be
// expected, values in any order.
func TestFindings(t *testing.T) {
	docs := `    docs:
      - {published: 2024-03-24, text: "Turkish police detained 47 people after the attack on the Santa Maria church in Istanbul on January 28."}
      - {published: 2024-03-25, text: "After the Santa Maria church attack in Istanbul on January 28, Turkish police detained 31 people."}
`
	tests := []struct {
		name, expect string
		pass         bool
	}{
		{"values in the other order", `findings: [{rule: detention-count, values: ["31", "47"]}]`, true},
		{"a wrong relation", `findings: [{rule: detention-count, relation: update}]`, false},
		{"one side only", `findings: [{rule: detention-count, values: ["47"]}]`, false},
		{"none expected", `findings: []`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, "tests:\n  - name: x\n"+docs+"    "+tt.expect+"\n")
			c := onlyCase(t, r)
			if (c.Status == Pass) != tt.pass {
				t.Errorf("status %s, want pass=%v; missed %+v unexpected %+v", c.Status, tt.pass, c.Missed, c.Unexpected)
			}
			if !tt.pass && tt.expect == "findings: []" && (len(c.Unexpected) != 1 || c.Unexpected[0].Text != "detention-count count/detained contradiction medium: 47 vs 31") {
				t.Errorf("unexpected: %+v", c.Unexpected)
			}
		})
	}
}

// TestTodo: a todo case that fails does not fail the run; one that passes
// is reported as fixed.
func TestTodo(t *testing.T) {
	r := runWith(t, `tests:
  - name: still failing
    todo: "arithmetic in words is not read"
    docs: [{published: 2024-05-05, text: "Police said the number of detainees had doubled to twice the 47 held on Monday."}]
    kinds: [detained]
    claims: [{kind: detained, value: 94}]
  - name: passes now
    todo: "was a gap"
    docs: [{published: 2024-05-05, text: "Police detained 47 people."}]
    claims: [{kind: detained, value: 47}]
`)
	if r.Failed() || r.Summary.Todo != 1 || r.Summary.Fixed != 1 {
		t.Fatalf("failed %v, summary %+v", r.Failed(), r.Summary)
	}
	var out bytes.Buffer
	WriteText(&out, r, false, nil)
	for _, want := range []string{
		"rules/casea_test.yaml:2:5: todo still failing: arithmetic in words is not read",
		"rules/casea_test.yaml:7:5: fixed passes now: it passes now; remove its todo (was a gap)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestTestFileErrors: a misspelt name in a test file is an error at its
// place, with a suggestion, and the case is not run; the sound case is.
func TestTestFileErrors(t *testing.T) {
	r := runWith(t, `tests:
  - name: a misspelt kind
    docs: [{published: 2024-05-05, text: "Police detained 47 people."}]
    claims: [{kind: detaned, value: 47}]
  - name: a misspelt check
    docs: [{published: 24/03/2024, text: "Police detained 47 people."}]
    findings: [{rule: detention-cuont}]
  - name: no expectation
    docs: [{text: "Police detained 47 people."}]
  - name: a sound case
    docs: [{text: "Police detained 47 people."}]
    clams: []
`)
	var got []string
	for _, d := range r.Diagnostics {
		got = append(got, d.Error())
	}
	want := []string{
		`rules/casea_test.yaml:4:21: error: test "a misspelt kind": unknown claim kind "detaned" [unknown-ref] (hint: did you mean "detained"?)`,
		`rules/casea_test.yaml:6:24: error: test "a misspelt check": published "24/03/2024" is not a date [bad-value] (hint: write the date as YYYY-MM-DD, like 2024-03-24)`,
		`rules/casea_test.yaml:7:23: error: test "a misspelt check": unknown check "detention-cuont" [unknown-ref] (hint: did you mean "detention-count"?)`,
		`rules/casea_test.yaml:8:5: error: test "no expectation" checks nothing [missing-value]`,
		`rules/casea_test.yaml:10:5: error: test "a sound case" checks nothing [missing-value]`,
		`rules/casea_test.yaml:12:5: error: unknown key "clams" [unknown-key] (hint: did you mean "claims"?)`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("diagnostic %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
	if len(r.Cases) != 0 || !r.Failed() {
		t.Errorf("%d cases run; failed %v", len(r.Cases), r.Failed())
	}
}

// TestCoverage: rules without positive or negative cases are listed.
func TestCoverage(t *testing.T) {
	srcs := []rule.Source{
		{Name: "r/counts.yaml", Data: []byte("counts:\n  - id: hostages\n    subject: event\n    verbs: [kidnapped, abducted]\n    nouns: [hostages]\n  - id: killed\n    subject: event\n    verbs: [killed]\nchecks:\n  - {id: hostage-count, kind: count, claims: [hostages], severity: medium}\n")},
		{Name: "r/counts_test.yaml", Data: []byte(`tests:
  - name: kidnapped
    docs: [{text: "Gunmen kidnapped 12 people."}]
    claims: [{kind: hostages, value: 12}]
  - name: no amount
    docs: [{text: "The hostages were freed on Friday."}]
    kinds: [hostages]
    claims: []
`)},
	}
	r := Run(srcs, Options{})
	if r.Failed() {
		var b bytes.Buffer
		WriteText(&b, r, true, nil)
		t.Fatal(b.String())
	}
	got := map[string]string{}
	for _, u := range r.Uncovered {
		got[u.What+" "+u.ID] = strings.Join(u.Missing, "+")
	}
	want := map[string]string{"count killed": "positive+negative", "check hostage-count": "positive+negative"}
	if len(got) != len(want) || got["count killed"] != want["count killed"] || got["check hostage-count"] != want["check hostage-count"] {
		t.Errorf("uncovered %v, want %v", got, want)
	}
}

// TestJSON: the machine form carries every case, with claims read.
func TestJSON(t *testing.T) {
	r := runWith(t, `tests:
  - name: detained
    docs: [{published: 2024-05-05, text: "Police detained 47 people."}]
    claims: [{kind: detained, value: 48}]
`)
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Schema string `json:"schema"`
		Cases  []struct {
			Status string `json:"status"`
			Missed []struct {
				Text string   `json:"text"`
				Line int      `json:"line"`
				Near []string `json:"near"`
			} `json:"missed"`
			Claims []struct{ Value, Words string } `json:"claims"`
		} `json:"cases"`
		Summary Summary `json:"summary"`
	}
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	c := back.Cases[0]
	if back.Schema != Schema || c.Status != Fail || c.Missed[0].Text != "detained 48" || c.Missed[0].Line != 4 ||
		len(c.Claims) != 1 || c.Claims[0].Value != "47" || back.Summary.Failed != 1 {
		t.Errorf("%s", b.String())
	}
}

// FuzzRun: any test file, however broken, gives diagnostics with places
// and never panics.
func FuzzRun(f *testing.F) {
	f.Add("tests:\n  - name: x\n    docs: [{text: \"Police detained 47 people.\"}]\n    claims: [{kind: detained, value: 47}]\n")
	f.Add("tests:\n  - name: x\n    docs: [{published: 2024-03-24, text: \"Kremlin accused Ukraine.\"}]\n    findings: [{values: [1, 2, 3]}]\n")
	f.Add("tests: [{name: a, todo: b, kinds: [killed], claims: []}]\n")
	f.Add("tests:\n  - &a {name: x, docs: [{text: y}], claims: [*a]}\n")
	rules := builtIn(f)
	var keep []rule.Source
	for _, s := range rules {
		if !rule.IsTestFile(s.Name) {
			keep = append(keep, s)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		r := Run(append(keep[:len(keep):len(keep)], rule.Source{Name: "f_test.yaml", Data: []byte(src)}), Options{})
		for _, d := range r.Diagnostics {
			if d.Code == "" || d.File == "" || d.Line < 1 || d.Col < 1 {
				t.Fatalf("diagnostic without code or place: %+v", d)
			}
		}
		for _, c := range r.Cases {
			if c.Status != Pass && c.Status != Fail && c.Status != Todo && c.Status != Fixed {
				t.Fatalf("status %q", c.Status)
			}
		}
	})
}
