package httpapi

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

var update = flag.Bool("update", false, "rewrite builtin_rules.json from the rule files")

// TestBuiltinSnapshot checks that the embedded snapshot is the one the
// rule files make today, and rewrites it with -update (review the diff).
func TestBuiltinSnapshot(t *testing.T) {
	want, err := rule.Snapshot(builtinSources())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("builtin_rules.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(builtinSnapshot, want) {
		t.Fatal("builtin_rules.json is not what the rule files make (the handler reads the YAML meanwhile): " +
			"run make snapshot (go test ./internal/httpapi -run TestBuiltinSnapshot -update) and review the diff")
	}
}

// TestSnapshotMatchesLoad checks that the set and diagnostics read from
// the snapshot are those rule.Load gives, all but the locations only
// validation uses, and that the extractor built from it reads the demo
// corpus as the one built from the YAML does.
func TestSnapshotMatchesLoad(t *testing.T) {
	srcs := builtinSources()
	got, gotDiags, ok := rule.FromSnapshot(builtinSnapshot, srcs)
	if !ok {
		t.Fatal("the snapshot was refused; run make snapshot")
	}
	want, wantDiags := rule.Load(srcs)
	clearLocs(reflect.ValueOf(&want.File).Elem())
	if !reflect.DeepEqual(got.File, want.File) {
		t.Error("the snapshot's rule set differs from rule.Load's")
	}
	if !reflect.DeepEqual(got.Sources, want.Sources) {
		t.Error("the snapshot's sources differ from rule.Load's")
	}
	if !reflect.DeepEqual(gotDiags, wantDiags) {
		t.Errorf("diagnostics: snapshot %v, rule.Load %v", gotDiags, wantDiags)
	}
}

// TestSnapshotRefused: a snapshot made from other files, or one that no
// longer fits the rule types, is refused, and the handler reads the YAML.
func TestSnapshotRefused(t *testing.T) {
	srcs := builtinSources()
	edited := append([]rule.Source{}, srcs...)
	for i, s := range edited {
		if !rule.IsTestFile(s.Name) {
			edited[i].Data = append(append([]byte{}, s.Data...), "\n# edited\n"...)
			break
		}
	}
	if _, _, ok := rule.FromSnapshot(builtinSnapshot, edited); ok {
		t.Error("a snapshot of other rule files was accepted")
	}
	renamed := bytes.Replace(builtinSnapshot, []byte(`"Verbs"`), []byte(`"VerbList"`), 1)
	if _, _, ok := rule.FromSnapshot(renamed, srcs); ok {
		t.Error("a snapshot with a field the rule types do not have was accepted")
	}
	if _, _, ok := rule.FromSnapshot(builtinSnapshot, srcs); !ok {
		t.Error("the snapshot of these very files was refused")
	}
	rs, _ := loadBuiltin(edited)
	if rs.Sources[0].Name != edited[0].Name || len(rs.Counts) == 0 {
		t.Error("loadBuiltin did not read the edited files")
	}
}

// clearLocs zeroes every yamlx.Loc inside v.
func clearLocs(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[yamlx.Loc]() {
			v.SetZero()
			return
		}
		for i := range v.NumField() {
			if v.Field(i).CanSet() {
				clearLocs(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			clearLocs(v.Index(i))
		}
	}
}
