package ruletest

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/internal/rule"
)

// agreeRules are the rules the test-file cases below are linted against.
const agreeRules = `counts:
  - id: hostages
    verbs: [kidnapped]
checks:
  - {id: hostage-count, kind: count, claims: [hostages], severity: medium}
`

const agreeDoc = "    docs: [{text: \"Gunmen kidnapped 40 people.\"}]\n"

// TestLoaderAndSchemaRejectTheSameMistakes: each mistake of issue 13 that
// the schema and the guide forbid is refused by the loader (or lint) with
// its code and by the schema an editor checks with. Where a schema cannot
// see the mistake, the case says why, and only the loader is held to it.
func TestLoaderAndSchemaRejectTheSameMistakes(t *testing.T) {
	rulesSch, testsSch := compileSchemas(t)
	cases := []struct {
		name, src string
		test      bool
		code      string // the loader's diagnostic code
		noSchema  string // why the schema cannot tell, if it cannot
	}{
		{"an id with capitals and a space", "counts:\n  - id: Hostage Count\n    verbs: [kidnapped]\n", false, "bad-id", ""},
		{"an id that is a number", "counts:\n  - id: 123\n    verbs: [kidnapped]\n", false, "bad-id", ""},
		{"a check id with capitals", "checks:\n  - {id: Toll, kind: count, severity: high}\n", false, "bad-id", ""},
		{"a null phrase", "counts:\n  - id: hostages\n    verbs: [kidnapped, ~]\n", false, "empty-item", ""},
		{"an empty item in a block list", "counts:\n  - id: hostages\n    verbs:\n      - kidnapped\n      -\n", false, "empty-item", ""},
		{"grows: yes", "counts:\n  - id: hostages\n    verbs: [kidnapped]\n    grows: yes\n", false, "bad-value", ""},
		{"grows: \"true\"", "counts:\n  - id: hostages\n    verbs: [kidnapped]\n    grows: \"true\"\n", false, "bad-value", ""},
		{"off: yes", "checks:\n  - id: death-toll\n    off: yes\n", false, "bad-value", ""},
		{"an unknown severity", "checks:\n  - {id: toll, kind: count, severity: critical}\n", false, "unknown-ref", ""},
		{"a !!binary value", "counts:\n  - id: hostages\n    verbs: [!!binary aGVsbG8=]\n", false, "bad-tag", "JSON Schema sees values, not YAML tags"},
		{"a custom tag", "counts:\n  - id: hostages\n    verbs: [!phrase kidnapped]\n", false, "bad-tag", "JSON Schema sees values, not YAML tags"},
		{"a count written as words, typed", "tests:\n  - name: x\n" + agreeDoc + "    claims: [{type: count, kind: hostages, value: about 40}]\n", true, "bad-value", ""},
		{"a count written as words, by kind", "tests:\n  - name: x\n" + agreeDoc + "    claims: [{kind: hostages, value: about 40}]\n", true, "bad-value", "which kinds are counts is in the rule files, not the schema"},
		{"a range that runs backwards", "tests:\n  - name: x\n" + agreeDoc + "    claims: [{type: count, kind: hostages, value: 44-36}]\n", true, "bad-value", "a pattern cannot compare two numbers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			name := "r/x.yaml"
			srcs := []rule.Source{{Name: "r/base.yaml", Data: []byte(agreeRules)}}
			if c.test {
				name = "r/x_test.yaml"
			} else if strings.Contains(c.src, "death-toll") {
				srcs[0].Data = []byte(agreeRules + "  - {id: death-toll, kind: count, claims: [hostages], severity: high}\n")
				srcs = append(srcs, rule.Source{Name: name, Data: []byte(c.src), Layer: 1})
			}
			if len(srcs) == 1 {
				srcs = append(srcs, rule.Source{Name: name, Data: []byte(c.src)})
			}
			var codes []string
			for _, d := range Lint(srcs) {
				if d.File == name && d.Severity == "error" {
					codes = append(codes, d.Code)
				}
			}
			if !contains(codes, c.code) {
				t.Errorf("loader: errors %q, want %s", codes, c.code)
			}
			var n yaml.Node
			if err := yaml.Unmarshal([]byte(c.src), &n); err != nil {
				t.Fatal(err)
			}
			sch := rulesSch
			if c.test {
				sch = testsSch
			}
			err := sch.Validate(instance(&n))
			switch {
			case c.noSchema == "" && err == nil:
				t.Errorf("schema accepts:\n%s", c.src)
			case c.noSchema != "" && err != nil:
				t.Errorf("schema rejects it after all (%v): drop the reason %q", err, c.noSchema)
			}
		})
	}
}
