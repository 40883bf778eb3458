package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck/crosscheck/internal/ruletest"
)

const detentions = "counts:\n  - id: detained\n    subject: event\n    verbs: [detained, arrested]\nchecks:\n  - {id: detention-count, kind: count, claims: [detained], severity: medium}\n"

func TestTestExitCodes(t *testing.T) {
	pass := `tests:
  - name: detained
    docs: [{text: "Police detained 47 people."}]
    claims: [{kind: detained, value: 47}]
  - name: not hours
    docs: [{text: "Police detained the suspect for 48 hours."}]
    kinds: [detained]
    claims: []
`
	fail := `tests:
  - name: detained, wrongly expected
    docs: [{text: "Police detained 47 people."}]
    claims: [{kind: detained, value: 46}]
`
	bad := `tests:
  - name: misspelt kind
    docs: [{text: "Police detained 47 people."}]
    claims: [{kind: detaned}]
`
	files := func(test string) fstest.MapFS {
		return fstest.MapFS{"r/counts.yaml": {Data: []byte(detentions)}, "r/counts_test.yaml": {Data: []byte(test)}}
	}
	tests := []struct {
		name  string
		files fstest.MapFS
		args  []string
		code  int
		out   string
	}{
		{"the built-in rules pass, strictly", nil, []string{"test", "--strict"}, ExitOK, " 0 failed, "},
		{"passing cases", files(pass), []string{"test", "r"}, ExitOK, "2 cases in 1 file: 2 passed, 0 failed"},
		{"a check without cases warns", files(pass), []string{"test", "r"}, ExitOK, `warning: check "detention-count" has no positive and no negative case [uncovered]`},
		{"… and fails with --strict", files(pass), []string{"test", "--strict", "r"}, ExitFindings, "1 rule without a positive or a negative case"},
		{"a failing case", files(fail), []string{"test", "r"}, ExitFindings, "r/counts_test.yaml:2:5: FAIL detained, wrongly expected"},
		{"an error in a test file", files(bad), []string{"test", "r"}, ExitBadInput, `r/counts_test.yaml:4:21: error: test "misspelt kind": unknown claim kind "detaned"`},
		{"an error in a rule file", fstest.MapFS{"r/c.yaml": {Data: []byte("counts:\n  - id: x\n    verb: [x]\n")}}, []string{"test", "r"}, ExitBadInput, "the rule files have errors, so no case was run"},
		{"no such folder", nil, []string{"test", "nowhere"}, ExitBadInput, ""},
		{"--run picks cases by name", files(pass), []string{"test", "-v", "--run", "HOURS", "r"}, ExitOK, "r/counts_test.yaml:5:5: ok   not hours\n1 case in 1 file"},
		{"--run matching nothing", files(pass), []string{"test", "--run", "hostage", "r"}, ExitOK, `no case name contains "hostage"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := tt.files
			if fs == nil {
				fs = fstest.MapFS{}
			}
			code, out, errs := run(t, "", fs, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.out) {
				t.Errorf("exit %d (want %d)\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
		})
	}
}

func TestTestJSON(t *testing.T) {
	code, out, _ := run(t, "", fstest.MapFS{}, "test", "--format", "json")
	var res ruletest.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if code != ExitOK || res.Schema != ruletest.Schema || res.Summary.Cases < 100 || res.Summary.Failed != 0 || len(res.Cases) != res.Summary.Cases {
		t.Errorf("exit %d, summary %+v", code, res.Summary)
	}
	for _, c := range res.Cases {
		if c.File == "" || c.Line < 1 || c.Name == "" {
			t.Fatalf("case without a place: %+v", c)
		}
	}
}
