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
			[]string{"c.yaml:4:9: error: duplicate count id \"killed\" [duplicate-id]"}},
		{"unknown parent", "actors:\n  - id: iskp\n    parent: isiss\n  - id: isis\n",
			[]string{"c.yaml:3:13: error: unknown actor \"isiss\" [unknown-ref] (hint: did you mean \"isis\"?)"}},
		{"cycle", "actors:\n  - id: a\n    parent: b\n  - id: b\n    parent: a\n",
			[]string{"c.yaml:3:13: error: actor \"a\" is its own ancestor through \"parent\": a → b → a [cycle]", "c.yaml:5:13: error: actor \"b\" is its own ancestor through \"parent\": b → a → b [cycle]"}},
		{"self parent", "actors:\n  - id: isis\n    parent: isis\n",
			[]string{"c.yaml:3:13: error: actor \"isis\" is its own ancestor through \"parent\": isis → isis [cycle]"}},
		{"bad template", "checks:\n  - id: x\n    kind: count\n    severity: high\n    message: \"{outlet_a} says {aa}\"\n",
			[]string{"c.yaml:5:32: error: check \"x\": message names unknown field {aa} [bad-template] (hint: did you mean {a}?)"}},
		{"unclosed template field", "checks:\n  - id: x\n    kind: count\n    severity: high\n    message: \"{outlet_a} reports {a {label}\"\n",
			[]string{"c.yaml:5:34: error: check \"x\": message: slot {a is not closed [bad-template] (hint: close it: {a})"}},
		{"unknown claim kind", "counts:\n  - id: killed\n    verbs: [killed]\nchecks:\n  - id: x\n    kind: count\n    severity: high\n    claims: [kiled]\n",
			[]string{"c.yaml:8:14: error: unknown claim kind \"kiled\" [unknown-ref] (hint: did you mean \"killed\"?)"}},
		{"stance without actor", "responsibility:\n  - id: claimed\n    polarity: assert\n    patterns: [\"claimed responsibility\"]\n",
			[]string{"c.yaml:4:16: error: stance \"claimed\": pattern \"claimed responsibility\": pattern has no {actor} slot [bad-slot]"}},
		{"misspelt slot", "responsibility:\n  - id: blamed\n    polarity: assert\n    patterns:\n      - \"{attributor} blamed {acter} for {event}\"\n",
			[]string{"c.yaml:5:31: error: stance \"blamed\": pattern \"{attributor} blamed {acter} for {event}\": unknown slot {acter} [bad-slot] (hint: did you mean {actor}?)"}},
		{"unclosed slot", "responsibility:\n  - id: claimed\n    polarity: assert\n    patterns: ['{actor claimed responsibility for {event}']\n",
			[]string{"c.yaml:4:17: error: stance \"claimed\": pattern \"{actor claimed responsibility for {event}\": slot {actor is not closed [bad-slot] (hint: close it: {actor})"}},
		{"slot joined to a word", "responsibility:\n  - id: claimed\n    polarity: assert\n    patterns: [\"{actor}s claim of {event}\"]\n",
			[]string{"c.yaml:4:17: error: stance \"claimed\": pattern \"{actor}s claim of {event}\": slot {actor} is joined to other text"}},
		{"possessive slot inside a pattern", "responsibility:\n  - id: claimed\n    polarity: assert\n    patterns: [\"claim of {actor}'s {event}\"]\n",
			[]string{"c.yaml:4:26: error: stance \"claimed\": pattern \"claim of {actor}'s {event}\": slot {actor} is joined to other text"}},
		{"grows and shrinks", "counts:\n  - id: patients\n    verbs: [remain in hospital]\n    grows: true\n    shrinks: true\n",
			[]string{`c.yaml:5:14: error: count "patients" both grows and shrinks: a later figure can revise it only one way [bad-value]`}},
		{"dead_of unknown", "counts:\n  - id: attackers\n    nouns: [gunmen]\n    people: true\n  - id: attackers-killed\n    dead_of: atackers\n",
			[]string{`c.yaml:6:14: error: unknown count "atackers" [unknown-ref] (hint: did you mean "attackers"?)`}},
		{"dead_of of no people", "counts:\n  - id: killed\n    verbs: [killed]\n  - id: killed-killed\n    dead_of: killed\n",
			[]string{`c.yaml:5:14: error: count "killed-killed": dead_of names "killed", which counts no people (people: true) [bad-value]`}},
		{"lexicon problem", "quantity:\n  units: {one: 1}\n  qualifiers:\n    - {words: at least, bound: minimum}\n",
			[]string{"c.yaml:1:1: error: quantity lexicon: "}},
		{"counts:\n-", "counts:\n-",
			[]string{`c.yaml:2:2: error: item 1 of "counts" is empty [empty-item]`}},
		{"checks:\n  - ~\n", "checks:\n  - ~\n",
			[]string{`c.yaml:2:5: error: item 1 of "checks" is empty [empty-item]`}},
		{"unknown care site", "words:\n  sites:\n    hospital: [hospital]\n  care_sites: [hospital, hospitl]\n",
			[]string{"c.yaml:4:26: error: unknown site \"hospitl\" [unknown-ref] (hint: did you mean \"hospital\"?)"}},
		{"bad polarity", "responsibility:\n  - id: claimed\n    polarity: maybe\n    patterns: [\"{actor} claimed\"]\n",
			[]string{"c.yaml:3:15: error: stance \"claimed\": polarity must be \"assert\", \"deny\" or \"none\""}},
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
