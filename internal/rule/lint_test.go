package rule

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/diag"
)

func lint(files map[string]string) diag.List {
	var srcs []Source
	for n, s := range files {
		srcs = append(srcs, Source{Name: n, Data: []byte(s)})
	}
	return Lint(srcs)
}

// TestLintWarnings: rules that load but are very likely mistakes, each
// warned about at the value at fault.
func TestLintWarnings(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"a verb in two count kinds",
			"counts:\n  - id: killed\n    verbs: [killed, \"shot dead\"]\n  - id: injured\n    verbs: [wounded, \"shot dead\"]\nchecks:\n  - {id: c, kind: count, severity: high}\n",
			[]string{`c.yaml:5:22: warning: count "injured": "shot dead" is also wording of count "killed" [ambiguous-phrase]`}},
		{"a noun listed twice",
			"counts:\n  - id: hostages\n    verbs: [kidnapped]\n    nouns: [hostages, captives, Hostages]\nchecks:\n  - {id: c, kind: count, severity: high}\n",
			[]string{`c.yaml:4:33: warning: count "hostages": "Hostages" is listed twice in nouns [duplicate-phrase]`}},
		{"an alias of two actors",
			"actors:\n  - id: isis\n    aliases: [ISIS, IS, Daesh]\n  - id: iskp\n    parent: isis\n    aliases: [ISKP, ISIS]\n",
			[]string{`c.yaml:6:21: warning: actor "iskp": alias "ISIS" also names actor "isis" [shared-alias]`}},
		{"a misspelt actor type",
			"actors:\n  - id: pkk\n    type: gruop\n    aliases: [PKK]\n",
			[]string{`c.yaml:3:11: warning: actor "pkk": unknown type "gruop"`, `(hint: did you mean "group"?)`}},
		{"a count check naming a fact",
			"facts:\n  - id: founded\n    verbs: [founded]\ncounts:\n  - id: members\n    nouns: [fighters]\nchecks:\n  - {id: strength, kind: count, severity: medium, claims: [members, founded]}\n  - {id: dates, kind: date, severity: high}\n",
			[]string{`c.yaml:8:69: warning: check "strength" compares count claims, but "founded" is not a count kind, so it never applies to it [check-never-applies]`}},
		{"a kind no check compares",
			"counts:\n  - id: hostages\n    verbs: [kidnapped]\n",
			[]string{`c.yaml:2:9: warning: count "hostages" is read but no check compares it, so it never gives a finding [unchecked-kind] (hint: add a check with kind: count and claims: [hostages])`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lint(map[string]string{"c.yaml": tt.src})
			if len(got) != 1 {
				t.Fatalf("got %d diagnostics, want 1:\n%s", len(got), got.Error())
			}
			for _, w := range tt.want {
				if !strings.Contains(got[0].Error(), w) {
					t.Errorf("got  %s\nwant …%s…", got[0].Error(), w)
				}
			}
			if got[0].Severity != diag.Warning {
				t.Errorf("severity %q, want warning", got[0].Severity)
			}
		})
	}
}

// TestLintReportsEverything: one file with many problems gets all of them,
// in file order, errors and warnings together.
func TestLintReportsEverything(t *testing.T) {
	src := `counts:
  - id: hostages
    label: hostages taken
    subjet: event
    verbs: [kidnapped, abducted]
  - id: hostages
    verbs: [seized]
responsibility:
  - id: claimed
    polarity: assert
    patterns: ["{actor claimed responsibility for {event}"]
actors:
  - id: a
    parent: b
  - id: b
    parent: a
checks:
  - id: hostage-count
    kind: count
    claims: [hostage]
    severity: medium
    message: "{outlet_a} reports {a} {lable}"
`
	got := lint(map[string]string{"rules/hostages.yaml": src})
	want := []string{
		`rules/hostages.yaml:4:5: error: unknown key "subjet" [unknown-key] (hint: did you mean "subject"?)`,
		`rules/hostages.yaml:6:9: error: duplicate count id "hostages" [duplicate-id]`,
		`rules/hostages.yaml:11:17: error: stance "claimed": pattern "{actor claimed responsibility for {event}": slot {actor is not closed [bad-slot]`,
		`rules/hostages.yaml:14:13: error: actor "a" is its own ancestor through "parent": a → b → a [cycle]`,
		`rules/hostages.yaml:16:13: error: actor "b" is its own ancestor through "parent": b → a → b [cycle]`,
		`rules/hostages.yaml:20:14: error: unknown claim kind "hostage" [unknown-ref] (hint: did you mean "hostages"?)`,
		`rules/hostages.yaml:22:39: error: check "hostage-count": message names unknown field {lable} [bad-template] (hint: did you mean {label}?)`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(got), len(want), got.Error())
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i].Error(), w) {
			t.Errorf("diagnostic %d:\n got %s\nwant %s…", i, got[i].Error(), w)
		}
	}
}

// TestLintRefusesHazards: hostile files are refused with one diagnostic
// each, quickly, and do not stop the other files from being checked.
func TestLintRefusesHazards(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
	deep := "counts: " + strings.Repeat("[", 200) + strings.Repeat("]", 200) + "\n"
	huge := "words:\n  people: [" + strings.Repeat("people, ", 1<<17) + "]\n"
	got := lint(map[string]string{
		"bomb.yaml": bomb, "deep.yaml": deep, "huge.yaml": huge,
		"ok.yaml": "counts:\n  - id: killed\n    verbs: [killed]\n    subjet: event\nchecks:\n  - {id: toll, kind: count, severity: high}\n",
	})
	codes := map[string]string{}
	for _, d := range got {
		if _, dup := codes[d.File]; !dup {
			codes[d.File] = d.Code
		}
	}
	want := map[string]string{"bomb.yaml": "alias-bomb", "deep.yaml": "too-deep", "huge.yaml": "too-large", "ok.yaml": "unknown-key"}
	for f, c := range want {
		if codes[f] != c {
			t.Errorf("%s: first diagnostic %q, want %q\n%s", f, codes[f], c, got.Error())
		}
	}
}

// TestTestFilesAreNotRules: a rule directory holds its *_test.yaml files,
// and loading the rules leaves them out.
func TestTestFilesAreNotRules(t *testing.T) {
	set, diags := Load([]Source{
		{Name: "rules/counts.yaml", Data: []byte("counts:\n  - id: killed\n    verbs: [killed]\n")},
		{Name: "rules/counts_test.yaml", Data: []byte("tests:\n  - name: killed\n")},
	})
	if len(diags) > 0 || len(set.Counts) != 1 || len(set.Sources) != 1 {
		t.Errorf("got %d counts from %d sources: %v", len(set.Counts), len(set.Sources), diags)
	}
}
