package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

const hostages = `counts:
  - id: hostages
    label: hostages taken
    subject: event
    verbs: [kidnapped, abducted]
    nuons: [hostages]
responsibility:
  - id: claimed
    polarity: assert
    patterns: ["{acter} claimed responsibility for {event}"]
checks:
  - id: hostage-count
    kind: count
    claims: [hostages]
    severity: medium
    message: "{outlet_a} reports {a} {lable}"
`

// TestLintReportsEveryProblemWithACaret: each problem of a rule folder at
// its line and column, with the line, a caret under the place, and a hint.
func TestLintReportsEveryProblemWithACaret(t *testing.T) {
	files := fstest.MapFS{"myrules/hostages.yaml": {Data: []byte(hostages)}}
	code, out, errs := run(t, "", files, "lint", "myrules")
	if code != ExitFindings {
		t.Fatalf("exit %d, want 1; stderr: %s", code, errs)
	}
	want := `myrules/hostages.yaml:6:5: error: unknown key "nuons" [unknown-key]
   6 |     nuons: [hostages]
     |     ^
  hint: did you mean "nouns"?
myrules/hostages.yaml:10:18: error: stance "claimed": pattern "{acter} claimed responsibility for {event}": unknown slot {acter} [bad-slot]
  10 |     patterns: ["{acter} claimed responsibility for {event}"]
     |                  ^
  hint: did you mean {actor}?
myrules/hostages.yaml:16:39: error: check "hostage-count": message names unknown field {lable} [bad-template]
  16 |     message: "{outlet_a} reports {a} {lable}"
     |                                       ^
  hint: did you mean {label}?
3 errors, 0 warnings
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestLintExitCodes(t *testing.T) {
	clean := fstest.MapFS{"r/counts.yaml": {Data: []byte("counts:\n  - id: killed\n    verbs: [killed]\nchecks:\n  - {id: toll, kind: count, severity: high}\n")}}
	tests := []struct {
		name  string
		files fstest.MapFS
		args  []string
		code  int
		out   string
	}{
		{"the built-in rules are clean", nil, []string{"lint"}, ExitOK, "no problems in "},
		{"a clean folder", clean, []string{"lint", "r"}, ExitOK, "no problems in 1 file\n"},
		{"a warning is a problem", fstest.MapFS{"r/c.yaml": {Data: []byte("counts:\n  - id: hostages\n    verbs: [kidnapped]\n")}}, []string{"lint", "r"}, ExitFindings, "0 errors, 1 warning"},
		{"a hostile file is refused", fstest.MapFS{"r/c.yaml": {Data: []byte("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n")}}, []string{"lint", "r"}, ExitFindings, "[alias-bomb]"},
		{"no such folder", clean, []string{"lint", "nowhere"}, ExitBadInput, ""},
		{"no rule files", fstest.MapFS{"r/notes.txt": {Data: []byte("x")}}, []string{"lint", "r"}, ExitBadInput, ""},
		{"a file, like a folder", clean, []string{"lint", "r/counts.yaml"}, ExitOK, "no problems in 1 file"},
		{"a file that is not YAML", fstest.MapFS{"r/notes.txt": {Data: []byte("x")}}, []string{"lint", "r/notes.txt"}, ExitBadInput, ""},
		{"an unknown format", clean, []string{"lint", "--format", "xml", "r"}, ExitBadInput, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "", tt.files, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.out) {
				t.Errorf("exit %d (want %d)\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
		})
	}
}

func TestLintJSON(t *testing.T) {
	files := fstest.MapFS{"myrules/hostages.yaml": {Data: []byte(hostages)}}
	code, out, _ := run(t, "", files, "lint", "--format", "json", "myrules")
	var res lintResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if code != ExitFindings || res.Schema != LintSchema || res.Summary.Errors != 3 || len(res.Files) != 1 {
		t.Fatalf("exit %d: %s", code, out)
	}
	d := res.Diagnostics[1]
	if d.Code != "bad-slot" || d.Line != 10 || d.Col != 18 || d.Hint != "did you mean {actor}?" {
		t.Errorf("diagnostic: %+v", d)
	}
}
