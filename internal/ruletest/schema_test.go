package ruletest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/internal/rule"
)

// The JSON Schema of rule files (rules/schema.json) is what editors use to
// complete and check rule files; these tests keep it true to the files and
// to the Go types that read them.

const schemaURL = "https://github.com/crosscheck/crosscheck/rules/schema.json"

func compileSchemas(t *testing.T) (rules, tests *jsonschema.Schema) {
	t.Helper()
	return compileSchema(t, "schema.json"), compileSchema(t, "test.schema.json")
}

// compileSchema compiles one schema file alone, with no other resource
// to resolve a reference against: each must stand alone, as editors that
// resolve a relative $ref against the remote $id would otherwise fail on
// test.schema.json (issue 13).
func compileSchema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.UseLoader(noLoader{})
	b, err := os.ReadFile(filepath.Join("..", "..", "rules", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	url := strings.TrimSuffix(schemaURL, "schema.json") + name
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("%s does not compile on its own: %v", name, err)
	}
	return sch
}

// noLoader refuses every URL: a schema that needs another file fails.
type noLoader struct{}

func (noLoader) Load(url string) (any, error) {
	return nil, fmt.Errorf("%s: schemas must stand alone, nothing is fetched", url)
}

// instance turns YAML into the JSON value an editor's schema check sees:
// YAML 1.2's core schema, so 2024-03-24 is a string and 12 a number.
func instance(n *yaml.Node) any {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return instance(n.Content[0])
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = instance(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		l := []any{}
		for _, c := range n.Content {
			l = append(l, instance(c))
		}
		return l
	}
	switch n.ShortTag() {
	case "!!int", "!!float":
		return json.Number(strings.ReplaceAll(n.Value, "_", ""))
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value
}

func ruleFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(filepath.Join("..", "..", "rules"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".yaml" {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) < 8 {
		t.Fatalf("%d rule files: %v", len(files), err)
	}
	return files
}

// TestSchemaAcceptsBuiltInFiles: every built-in rule file and test file is
// valid under its schema, and names it in its first-line modeline.
func TestSchemaAcceptsBuiltInFiles(t *testing.T) {
	rules, tests := compileSchemas(t)
	for _, p := range ruleFiles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var n yaml.Node
		if err := yaml.Unmarshal(b, &n); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		sch, want := rules, "schema.json"
		if rule.IsTestFile(p) {
			sch, want = tests, "test.schema.json"
		}
		if err := sch.Validate(instance(&n)); err != nil {
			t.Errorf("%s does not follow %s:\n%v", p, want, err)
		}
		if strings.Contains(p, "lexicon") {
			want = "../" + want
		} else {
			want = "./" + want
		}
		if line, _, _ := strings.Cut(string(b), "\n"); line != "# yaml-language-server: $schema="+want {
			t.Errorf("%s: first line %q, want the modeline naming %s", p, line, want)
		}
	}
}

// TestSchemaRejects: the schema is no rubber stamp; each of these real
// slips in a rule or test file fails it.
func TestSchemaRejects(t *testing.T) {
	rules, tests := compileSchemas(t)
	cases := []struct {
		name, src string
		test      bool
	}{
		{"misspelt key", "counts:\n  - id: hostages\n    verbz: [kidnapped]\n", false},
		{"unknown section", "count:\n  - id: hostages\n", false},
		{"bad subject", "counts:\n  - id: hostages\n    subject: events\n", false},
		{"pattern without {actor}", "responsibility:\n  - id: claimed\n    polarity: assert\n    patterns: [\"claimed responsibility\"]\n", false},
		{"severity not in the list", "checks:\n  - id: x\n    kind: count\n    severity: critical\n", false},
		{"check with only an id", "checks:\n  - id: x\n", false},
		{"check turned off with a word", "checks:\n  - id: death-toll\n    off: yes\n", false},
		{"actor type misspelt", "actors:\n  - id: pkk\n    type: gruop\n", false},
		{"qualifier bound unknown", "quantity:\n  qualifiers:\n    - {words: at least, bound: minimum}\n", false},
		{"case without documents", "tests:\n  - name: x\n    claims: []\n", true},
		{"case checking nothing", "tests:\n  - name: x\n    docs: [{text: \"Gunmen killed 8 people.\"}]\n", true},
		{"misspelt case key", "tests:\n  - name: x\n    docs: [{text: \"Gunmen killed 8 people.\"}]\n    claim: []\n", true},
		{"date not YYYY-MM-DD", "tests:\n  - name: x\n    docs: [{text: \"Gunmen killed 8 people.\", published: 15/02/2025}]\n    claims: []\n", true},
		{"no values", "tests:\n  - name: x\n    docs: [{text: \"a\"}]\n    findings: [{values: []}]\n", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var n yaml.Node
			if err := yaml.Unmarshal([]byte(c.src), &n); err != nil {
				t.Fatal(err)
			}
			sch := rules
			if c.test {
				sch = tests
			}
			if err := sch.Validate(instance(&n)); err == nil {
				t.Errorf("schema accepts:\n%s", c.src)
			}
		})
	}
}

// TestSchemaMatchesGoTypes: every yaml key the Go types read is in the
// schema, and every key the schema allows is read, section by section, so
// the two cannot drift apart.
func TestSchemaMatchesGoTypes(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "rules", "schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(b, &root); err != nil {
		t.Fatal(err)
	}
	defs := root["$defs"].(map[string]any)
	compare(t, "rule file", reflect.TypeFor[rule.File](), root, defs)
	b, err = os.ReadFile(filepath.Join("..", "..", "rules", "test.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var troot map[string]any
	if err := json.Unmarshal(b, &troot); err != nil {
		t.Fatal(err)
	}
	compare(t, "test file", reflect.TypeFor[File](), troot, troot["$defs"].(map[string]any))
}

// compare checks that struct type typ and schema object sch have the same
// keys, then recurses into the fields that are structs or lists of them.
func compare(t *testing.T, where string, typ reflect.Type, sch map[string]any, defs map[string]any) {
	t.Helper()
	sch = deref(sch, defs)
	props, _ := sch["properties"].(map[string]any)
	if props == nil {
		t.Errorf("%s: the schema has no properties for Go type %s", where, typ)
		return
	}
	if sch["additionalProperties"] != false {
		t.Errorf("%s: the schema must refuse unknown keys (additionalProperties: false)", where)
	}
	goKeys := map[string]reflect.Type{}
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		goKeys[name] = f.Type
	}
	var missing, extra []string
	for k := range goKeys {
		if props[k] == nil {
			missing = append(missing, k)
		}
	}
	for k := range props {
		if _, ok := goKeys[k]; !ok {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("%s (%s): keys read by Go but not in the schema: %v", where, typ, missing)
	}
	if len(extra) > 0 {
		t.Errorf("%s (%s): keys in the schema but not read by Go: %v", where, typ, extra)
	}
	for k, ft := range goKeys {
		p, _ := props[k].(map[string]any)
		if p == nil {
			continue
		}
		p = deref(p, defs)
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
			if items, ok := p["items"].(map[string]any); ok {
				p = deref(items, defs)
			}
		}
		if ft.Kind() == reflect.Struct {
			compare(t, where+" › "+k, ft, p, defs)
		}
	}
}

// deref follows a local "$ref": "#/$defs/name".
func deref(sch map[string]any, defs map[string]any) map[string]any {
	for i := 0; i < 8; i++ {
		ref, ok := sch["$ref"].(string)
		if !ok || !strings.HasPrefix(ref, "#/$defs/") {
			return sch
		}
		next, _ := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		if next == nil {
			return sch
		}
		sch = next
	}
	return sch
}
