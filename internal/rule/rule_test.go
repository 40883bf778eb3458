package rule

import (
	"strings"
	"testing"
)

func load(t *testing.T, files map[string]string) (*Set, []string) {
	t.Helper()
	var srcs []Source
	for n, s := range files {
		srcs = append(srcs, Source{Name: n, Data: []byte(s)})
	}
	set, diags := Load(srcs)
	var got []string
	for _, d := range diags {
		got = append(got, d.Error())
	}
	return set, got
}

func TestLoadErrorsArePlaced(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings, one per expected diagnostic, in order
	}{
		{"misspelt key", "checks:\n  - id: x\n    kind: count\n    severty: high\n",
			[]string{"c.yaml:2:5: error: check \"x\" has no severity [missing-value]", "c.yaml:4:5: error: unknown key \"severty\" [unknown-key] (hint: did you mean \"severity\"?)"}},
		{"duplicate count id", "counts:\n  - id: killed\n    verbs: [killed]\n  - id: killed\n    verbs: [slain]\n",
			[]string{"c.yaml:4:5: error: duplicate count id \"killed\" [duplicate-id]"}},
		{"unknown parent", "actors:\n  - id: iskp\n    parent: isiss\n  - id: isis\n",
			[]string{"c.yaml:2:5: error: unknown actor \"isiss\" [unknown-ref] (hint: did you mean \"isis\"?)"}},
		{"cycle", "actors:\n  - id: a\n    parent: b\n  - id: b\n    parent: a\n",
			[]string{"c.yaml:2:5: error: actor \"a\" is its own ancestor", "c.yaml:4:5: error: actor \"b\" is its own ancestor"}},
		{"bad template", "checks:\n  - id: x\n    kind: count\n    severity: high\n    message: \"{outlet_a} says {aa}\"\n",
			[]string{"c.yaml:2:5: error: check \"x\": message names unknown field {aa} [bad-template] (hint: did you mean {a}?)"}},
		{"unknown claim kind", "counts:\n  - id: killed\n    verbs: [killed]\nchecks:\n  - id: x\n    kind: count\n    severity: high\n    claims: [kiled]\n",
			[]string{"c.yaml:5:5: error: unknown claim kind \"kiled\" [unknown-ref] (hint: did you mean \"killed\"?)"}},
		{"stance without actor", "responsibility:\n  - id: claimed\n    polarity: assert\n    patterns: [\"claimed responsibility\"]\n",
			[]string{"has no {actor} slot"}},
		{"bad polarity", "responsibility:\n  - id: claimed\n    polarity: maybe\n    patterns: [\"{actor} claimed\"]\n",
			[]string{"polarity must be \"assert\" or \"deny\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := load(t, map[string]string{"c.yaml": tt.src})
			if len(got) != len(tt.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("diagnostic %d:\n got %s\nwant …%s…", i, got[i], w)
				}
			}
		})
	}
}

func TestMergeAndHierarchy(t *testing.T) {
	set, diags := load(t, map[string]string{
		"a.yaml": "actors:\n  - id: isis\n    aliases: [ISIS]\n  - id: iskp\n    parent: isis\n",
		"b.yaml": "actors:\n  - id: pkk\nwords:\n  people: [people]\n",
	})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if len(set.Actors) != 3 || len(set.Words.People) != 1 {
		t.Fatalf("merge: %d actors, %v", len(set.Actors), set.Words.People)
	}
	if set.Actors[0].File != "a.yaml" || set.Actors[0].Line != 2 {
		t.Errorf("actor position: %s:%d", set.Actors[0].File, set.Actors[0].Line)
	}
	if !set.Related("iskp", "isis") || !set.Related("isis", "iskp") || set.Related("isis", "pkk") {
		t.Error("hierarchy: ISKP must be related to ISIS both ways and PKK to neither")
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("counts:\n  - id: killed\n    verbs: [killed]\n")
	f.Add("actors:\n  - id: a\n    parent: a\n")
	f.Add("checks:\n  - id: x\n    kind: count\n    severity: high\n    message: \"{a} {b\"\n")
	f.Add("responsibility:\n  - id: c\n    polarity: assert\n    patterns: [\"{actor} {event} {\"]\n")
	f.Add("a: &a [*a]\n")
	f.Fuzz(func(t *testing.T, src string) {
		set, diags := Load([]Source{{Name: "f.yaml", Data: []byte(src)}})
		if set == nil {
			t.Fatal("nil set")
		}
		for _, d := range diags {
			if d.Code == "" || d.Message == "" || d.File == "" || d.Line < 1 || d.Col < 1 {
				t.Fatalf("diagnostic without code, message or place: %+v", d)
			}
		}
	})
}
