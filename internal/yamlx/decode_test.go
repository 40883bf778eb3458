package yamlx

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/diag"
	"go.yaml.in/yaml/v3"
)

// The test types mimic a rule file written by a fact-checker.
type bounds struct {
	Lo int `yaml:"lo"`
	Hi int `yaml:"hi"`
}

type rule struct {
	ID        string         `yaml:"id"`
	Kind      string         `yaml:"kind"`
	Severity  string         `yaml:"severity,omitempty"`
	Aliases   []string       `yaml:"aliases"`
	Tolerance float64        `yaml:"tolerance"`
	Enabled   bool           `yaml:"enabled"`
	Range     *bounds        `yaml:"range"`
	Sources   map[string]int `yaml:"sources"`
	Match     yaml.Node      `yaml:"match"`
	Line      int            `yaml:"-"`
	Col       int            `yaml:"-"`
}

type ruleFile struct {
	Version  int        `yaml:"version"`
	Defaults *yaml.Node `yaml:"defaults"`
	Rules    []rule     `yaml:"rules"`
}

// show renders diagnostics compactly for exact comparison.
func show(l diag.List) []string {
	var out []string
	for _, d := range l {
		s := fmt.Sprintf("%d:%d %s %s", d.Line, d.Col, d.Code, d.Message)
		if d.Hint != "" {
			s += " | " + d.Hint
		}
		out = append(out, s)
	}
	return out
}

func TestDecodeDiagnostics(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"misspelt severity", `version: 1
rules:
  - id: iskp-founding-year
    severty: high
`, []string{`4:5 unknown-key unknown key "severty" | did you mean "severity"?`}},
		{"key with no close match lists the allowed keys", `rules:
  - id: x
    colour: red
`, []string{`3:5 unknown-key unknown key "colour" | allowed keys: id, kind, severity, aliases, tolerance, enabled, range, sources, match`}},
		{"swapped letters at the top", "verison: 2\n", []string{`1:1 unknown-key unknown key "verison" | did you mean "version"?`}},
		{"aliases written as a mapping", `rules:
  - id: iskp
    aliases:
      ISKP: Islamic State Khorasan
`, []string{`4:7 wrong-type "aliases" must be a list of strings, got a mapping`}},
		{"aliases written as one string", `rules:
  - aliases: ISIS-K
`, []string{`2:14 wrong-type "aliases" must be a list of strings, got "ISIS-K" | put each item on its own line starting with "- ", or write [a, b]`}},
		{"one alias is a mapping", `rules:
  - aliases: [ISKP, {ISIS: K}]
`, []string{`2:21 wrong-type item 2 of "aliases" must be a string, got a mapping | if this is text that contains ": ", put it in quotes`}},
		{"lo is a word", `rules:
  - range:
      lo: many
      hi: 51
`, []string{`3:11 bad-value "lo" must be a whole number, got "many"`}},
		{"hi with a thousands comma", `rules:
  - range: {lo: 47, hi: "1,200"}
`, []string{`2:25 bad-value "hi" must be a whole number, got "1,200" | write numbers without commas, like 1200`}},
		{"count with a decimal point", "version: 1.5\n", []string{`1:10 bad-value "version" must be a whole number, got "1.5" | use a whole number, without a decimal point`}},
		{"count too large", "version: 99999999999999999999\n", []string{`1:10 bad-value "version" is out of range, got "99999999999999999999"`}},
		{"enabled is maybe", "rules:\n  - enabled: maybe\n", []string{`2:14 bad-value "enabled" must be true or false, got "maybe" | write true or false`}},
		// Issue 13: what the schema and an editor reject, the loader rejects.
		{"enabled is yes", "rules:\n  - enabled: yes\n", []string{`2:14 bad-value "enabled" must be true or false, got "yes" | write true or false`}},
		{"enabled is a quoted true", "rules:\n  - enabled: \"true\"\n", []string{`2:14 bad-value "enabled" must be true or false, got "true" | write true or false without quotes`}},
		{"a null alias", "rules:\n  - aliases: [ISKP, ~, ISIS-K]\n", []string{`2:21 empty-item item 2 of "aliases" is empty | write the item, or remove it; quote it if it is the word null`}},
		{"an empty item in a block list", "rules:\n  - aliases:\n      - ISKP\n      -\n", []string{`4:8 empty-item item 2 of "aliases" is empty | write the item, or remove it; quote it if it is the word null`}},
		{"a binary value", "rules:\n  - id: !!binary aGVsbG8=\n", []string{`2:9 bad-tag "id" has the tag !!binary, which crosscheck does not read | remove the tag; write the value as plain text`}},
		{"a custom tag", "rules:\n  - kind: !count x\n", []string{`2:11 bad-tag "kind" has the tag !count, which crosscheck does not read | remove the tag; write the value as plain text`}},
		{"tolerance is a word", "rules:\n  - tolerance: ten percent\n", []string{`2:16 bad-value "tolerance" must be a number, got "ten percent"`}},
		{"range is a number", "rules:\n  - range: 5\n", []string{`2:12 wrong-type "range" must be a mapping, got "5" | expected keys: lo, hi`}},
		{"duplicate key", `rules:
  - id: santa-maria-detentions
    kind: count
    id: santa-maria-arrests
`, []string{`4:5 duplicate-key duplicate key "id": it is already set on line 2 | keep only one of them`}},
		{"duplicate map key", `rules:
  - sources:
      nyt: 47
      blog: 51
      nyt: 48
`, []string{`5:7 duplicate-key duplicate key "nyt": it is already set on line 3 | keep only one of them`}},
		{"map value of the wrong kind", "rules:\n  - sources: {nyt: [47]}\n", []string{`2:20 wrong-type "nyt" must be a whole number, got a list`}},
		{"list key", "rules:\n  - ? [a, b]\n    : 1\n", []string{`2:7 wrong-type a key must be a plain name, got a list`}},
		{"file is a list", "- id: x\n- id: y\n", []string{`1:1 wrong-type the file must be a mapping, got a list | expected keys: version, defaults, rules`}},
		{"file is a list after a comment", "# rules\n\n- id: x\n", []string{`3:1 wrong-type the file must be a mapping, got a list | expected keys: version, defaults, rules`}},
		{"file is one word", "crosscheck\n", []string{`1:1 wrong-type the file must be a mapping, got "crosscheck" | expected keys: version, defaults, rules`}},
		{"tab indentation", "rules:\n  - id: x\n\tkind: count\n", []string{`3:1 yaml-syntax found a tab character that violates indentation | indent with spaces: YAML does not allow tabs in indentation`}},
		{"colon in an unquoted value on line 1", "version: note: one\n", []string{`1:1 yaml-syntax mapping values are not allowed in this context | a value that contains ": " must be put in quotes, or this line is indented wrongly`}},
		{"unclosed flow list", "version: 1\nrules: [a, b\n", []string{`2:8 yaml-syntax did not find expected ',' or ']' | a [list] or {mapping} written on one line is not closed, or an item in it needs quotes`}},
		{"key indented one space short", "version: 1\nrules:\n  - id: x\n    kind: count\n   severity: high\n",
			[]string{`5:4 yaml-syntax did not find expected '-' indicator | every item of a list starts with "- " at the same indentation`}},
		{"unquoted colon deep in the file", "version: 1\nrules:\n  - id: reina\n    note: killed: 39\n",
			[]string{`4:5 yaml-syntax mapping values are not allowed in this context | a value that contains ": " must be put in quotes, or this line is indented wrongly`}},
		{"unclosed quote", "rules:\n  - id: x\n    kind: \"detained 47 people\n  - id: y\n",
			[]string{`3:5 yaml-syntax found unexpected end of stream | a quote or bracket is opened but never closed`}},
		{"unknown anchor", "rules:\n  - id: x\n    kind: *nope\n",
			[]string{`3:5 yaml-syntax unknown anchor 'nope' referenced | every *name must refer to an &name defined earlier in the file`}},
		{"value starting with @", "rules:\n  - id: @iskp\n",
			[]string{"2:9 yaml-syntax found character that cannot start any token | a value starting with @ or ` must be put in quotes"}},
		// Issue 13: the caret at the byte at fault, and the hint for it.
		{"a tab for indentation", "rules:\n\t- id: iskp\n",
			[]string{"2:1 yaml-syntax found character that cannot start any token | indent with spaces: YAML does not allow tabs in indentation"}},
		{"a backquote inside a list", "rules:\n  - aliases: [ISKP, `x`]\n",
			[]string{"2:21 yaml-syntax found character that cannot start any token | a value starting with @ or ` must be put in quotes"}},
		{"an unquoted message template", "rules:\n  - id: x\n    kind: {outlet_a} reports {a}\n",
			[]string{`3:11 yaml-syntax did not find expected key | a value starting with { is read as a {mapping} written on one line; put text such as a message template in quotes: "{outlet_a} reports {a}"`}},
		{"a byte that is not UTF-8", "rules:\n  - id: ki\xffd\n",
			[]string{"2:11 yaml-syntax invalid leading UTF-8 octet | the file must be UTF-8; this byte is not: retype the character, or save the file as UTF-8"}},
		{"a NUL byte after a multi-byte character", "rules:\n  - id: é\x00\n",
			[]string{"2:11 yaml-syntax control characters are not allowed | remove the control character (byte 0x00); it is invisible in most editors"}},
		{"second document", "version: 1\n---\nversion: 2\n", []string{`2:1 multi-document a second YAML document starts here; a file holds only one | remove the "---" line, or move what follows into a file of its own`}},
		{"merge of a scalar", "rules:\n  - <<: 5\n", []string{`2:9 wrong-type "<<" must merge a mapping or a list of mappings, got "5"`}},
		{"column counted in bytes after two non-ASCII letters", "rules:\n  - {id: Ürümqi, sevrity: x}\n", []string{`2:20 unknown-key unknown key "sevrity" | did you mean "severity"?`}},
		{"recursive alias", "defaults: &d [*d]\n", []string{`1:15 alias-bomb aliases here expand to more than 100000 values | an alias (*name) may not refer to itself or multiply into a huge document`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f ruleFile
			got := Decode("rules/deaths.yaml", []byte(tt.src), &f)
			for _, d := range got {
				if d.File != "rules/deaths.yaml" || d.Severity != diag.Error {
					t.Errorf("diagnostic %+v: want file and severity error set", d)
				}
			}
			if g := show(got); !reflect.DeepEqual(g, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(g, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestDecodeReportsAllErrorsInOrderAndKeepsGoodFields(t *testing.T) {
	src := `version: 1
rules:
  - id: santa-maria-detentions
    kind: count
    severty: high
    aliases: [Santa Maria church attack, Istanbul church attack]
    range: {lo: many, hi: 51}
  - id: iskp-founding-year
    kind: date
    enabled: true
    tolerance: 0.5
    sources: {nyt: 2015, tca: twenty-fourteen}
    colour: red
`
	var f ruleFile
	got := show(Decode("r.yaml", []byte(src), &f))
	want := []string{
		`5:5 unknown-key unknown key "severty" | did you mean "severity"?`,
		`7:17 bad-value "lo" must be a whole number, got "many"`,
		`12:31 bad-value "tca" must be a whole number, got "twenty-fourteen"`,
		`13:5 unknown-key unknown key "colour" | allowed keys: id, kind, severity, aliases, tolerance, enabled, range, sources, match`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if f.Version != 1 || len(f.Rules) != 2 {
		t.Fatalf("version %d, %d rules; want 1 and 2", f.Version, len(f.Rules))
	}
	r0, r1 := f.Rules[0], f.Rules[1]
	if r0.ID != "santa-maria-detentions" || r0.Kind != "count" || r0.Range == nil || r0.Range.Hi != 51 || r0.Range.Lo != 0 {
		t.Errorf("first rule = %+v", r0)
	}
	if !reflect.DeepEqual(r0.Aliases, []string{"Santa Maria church attack", "Istanbul church attack"}) {
		t.Errorf("aliases = %q", r0.Aliases)
	}
	if !r1.Enabled || r1.Tolerance != 0.5 || !reflect.DeepEqual(r1.Sources, map[string]int{"nyt": 2015}) {
		t.Errorf("second rule = %+v", r1)
	}
	if r0.Line != 3 || r0.Col != 5 || r1.Line != 8 || r1.Col != 5 {
		t.Errorf("positions %d:%d and %d:%d, want 3:5 and 8:5", r0.Line, r0.Col, r1.Line, r1.Col)
	}
}

func TestDecodeValues(t *testing.T) {
	src := `version: 0x10
rules:
  - id: 007
    kind: 1.50
    severity: true
    tolerance: 1_000.5
    enabled: false
    range: {lo: "47", hi: 010}
    aliases: [ISKP, 2015, "~"]
    match: {any: [killed, dead]}
  - id: null-fields
    range: ~
    sources:
`
	var f ruleFile
	if got := Decode("r.yaml", []byte(src), &f); got != nil {
		t.Fatalf("unexpected diagnostics:\n%s", got.Error())
	}
	r := f.Rules[0]
	if f.Version != 16 || r.ID != "007" || r.Kind != "1.50" || r.Severity != "true" || r.Tolerance != 1000.5 || r.Enabled {
		t.Errorf("scalars: version %d, rule %+v", f.Version, r)
	}
	if *r.Range != (bounds{47, 10}) {
		t.Errorf("range = %+v, want quoted 47 and decimal (not octal) 010", *r.Range)
	}
	if !reflect.DeepEqual(r.Aliases, []string{"ISKP", "2015", "~"}) {
		t.Errorf("aliases = %q", r.Aliases)
	}
	if r.Match.Kind != yaml.MappingNode || r.Match.Line != 10 || r.Match.Column != 12 {
		t.Errorf("match node kind %v at %d:%d, want a mapping at 10:12", r.Match.Kind, r.Match.Line, r.Match.Column)
	}
	if n := f.Rules[1]; n.Range != nil || n.Sources != nil {
		t.Errorf("null fields should stay zero: %+v", n)
	}
}

func TestDecodeWrongKindLeavesPointerNil(t *testing.T) {
	var f ruleFile
	got := Decode("r.yaml", []byte("rules:\n  - id: reina\n    range: [39]\n"), &f)
	if len(got) != 1 || got[0].Code != "wrong-type" || f.Rules[0].Range != nil || f.Rules[0].ID != "reina" {
		t.Errorf("diagnostics %q, rule %+v", show(got), f.Rules[0])
	}
}

func TestDecodeMergeKeysAndAliases(t *testing.T) {
	src := `defaults: &count
  kind: count
  severity: high
  aliases: &names [ISKP, ISIS-K]
rules:
  - <<: *count
    id: iskp-strength
  - <<: [*count]
    id: iskp-founding-year
    severity: low
    aliases: *names
`
	var f ruleFile
	if got := Decode("r.yaml", []byte(src), &f); got != nil {
		t.Fatalf("unexpected diagnostics:\n%s", got.Error())
	}
	a, b := f.Rules[0], f.Rules[1]
	if a.Kind != "count" || a.Severity != "high" || b.Severity != "low" || b.ID != "iskp-founding-year" {
		t.Errorf("rules = %+v / %+v", a, b)
	}
	if !reflect.DeepEqual(b.Aliases, []string{"ISKP", "ISIS-K"}) || f.Defaults == nil || f.Defaults.Anchor != "count" {
		t.Errorf("aliases %q, defaults %+v", b.Aliases, f.Defaults)
	}
}

func TestDecodeEmptyFiles(t *testing.T) {
	for _, src := range []string{"", "# no rules yet\n", "---\n", "~\n", "version: 3\n---\n"} {
		var f ruleFile
		if got := Decode("r.yaml", []byte(src), &f); got != nil {
			t.Errorf("%q: unexpected diagnostics:\n%s", src, got.Error())
		}
		if f.Version != 0 && src != "version: 3\n---\n" {
			t.Errorf("%q: version %d, want zero", src, f.Version)
		}
	}
}

func TestDecodeLimits(t *testing.T) {
	t.Run("too large", func(t *testing.T) {
		defer func(n int) { MaxBytes = n }(MaxBytes)
		MaxBytes = 10
		got := show(Decode("r.yaml", []byte("version: 12345\n"), &ruleFile{}))
		want := []string{"1:1 too-large file is 15 bytes, more than the limit of 10 | split it into smaller files"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %q", got)
		}
	})
	t.Run("too deep", func(t *testing.T) {
		src := "rules: " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "\n"
		got := show(Decode("r.yaml", []byte(src), &ruleFile{}))
		// the root mapping is level 1 and the list at column 8 is level 2
		want := []string{"1:71 too-deep values are nested more than 64 levels deep"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %q", got)
		}
	})
	t.Run("deep through aliases", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("defaults:\n  a0: &a0 [x]\n")
		for i := 1; i <= 70; i++ {
			fmt.Fprintf(&b, "  a%d: &a%d [*a%d]\n", i, i, i-1)
		}
		got := Decode("r.yaml", []byte(b.String()), &ruleFile{})
		if len(got) != 1 || got[0].Code != "too-deep" {
			t.Errorf("got %q", show(got))
		}
	})
	t.Run("billion laughs", func(t *testing.T) {
		src := "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
		for c := 'b'; c <= 'i'; c++ {
			p := "*" + string(c-1)
			src += fmt.Sprintf("%c: &%c [%s]\n", c, c, strings.Repeat(p+", ", 8)+p)
		}
		// Expanding it would take billions of nodes: the test would hang, not pass.
		got := show(Decode("r.yaml", []byte(src), &map[string][][][][][][][][][]string{}))
		// a..e expand to 74,718 nodes; the first *e on line 6 passes the cap
		want := []string{"6:8 alias-bomb aliases here expand to more than 100000 values | an alias (*name) may not refer to itself or multiply into a huge document"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %q", got)
		}
	})
}

func TestDecodeUnsupported(t *testing.T) {
	var ch struct {
		C chan int `yaml:"c"`
	}
	got := show(Decode("r.yaml", []byte("c: 1\n"), &ch))
	want := []string{`1:4 unsupported-type cannot decode "c" into Go type chan int (a bug in crosscheck)`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q", got)
	}
	got = show(Decode("r.yaml", []byte("c: 1\n"), ruleFile{}))
	if len(got) != 1 || !strings.Contains(got[0], "need a non-nil pointer") {
		t.Errorf("non-pointer: got %q", got)
	}
}

func TestDecodeInlineAndUntagged(t *testing.T) {
	type common struct {
		ID string `yaml:"id"`
	}
	var v struct {
		common  `yaml:",inline"`
		Subject string
		secret  string
		Skip    string `yaml:"-"`
	}
	got := show(Decode("r.yaml", []byte("id: iskp\nsubject: ISKP founding\nskip: x\n"), &v))
	want := []string{`3:1 unknown-key unknown key "skip" | allowed keys: id, subject`}
	if !reflect.DeepEqual(got, want) || v.ID != "iskp" || v.Subject != "ISKP founding" || v.secret != "" {
		t.Errorf("got %q, value %+v", got, v)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"version: 1\nrules:\n  - id: iskp-founding-year\n    severty: high\n",
		"rules:\n  - aliases: [ISKP, ISIS-K, Islamic State Khorasan]\n    range: {lo: 47, hi: 51}\n",
		"rules:\n  - sources: {nyt: 2015, tca: 2014}\n    enabled: yes\n    tolerance: 0.1\n",
		"defaults: &d {kind: count}\nrules:\n  - <<: *d\n    id: x\n",
		"a: &a [*a]\n",
		"- x\n---\ny: 1\n",
		"rules:\n\t- id: x\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var v ruleFile
		for _, d := range Decode("f.yaml", []byte(src), &v) {
			if d.Line < 1 || d.Col < 1 || d.Code == "" || d.Message == "" || d.Severity != diag.Error {
				t.Fatalf("bad diagnostic %+v", d)
			}
			if d.Offset < 0 || d.Offset > len(src) {
				t.Fatalf("offset %d outside 0..%d", d.Offset, len(src))
			}
		}
	})
}
