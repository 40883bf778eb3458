package yamlx

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

type stanceT struct {
	ID       string   `yaml:"id"`
	Polarity string   `yaml:"polarity"`
	Patterns []string `yaml:"patterns"`
	Loc      Loc      `yaml:"-"`
}

type stanceFile struct {
	Responsibility []stanceT `yaml:"responsibility"`
}

// TestLocAt: the column of a slot inside a pattern, however the pattern is
// quoted, is where its "{" is in the file.
func TestLocAt(t *testing.T) {
	tests := []struct {
		name, src string
		find      string // the text whose first byte is looked up in the decoded pattern
	}{
		{"plain", "responsibility:\n  - id: denied\n    patterns:\n      - no {actr} involvement\n", "{actr}"},
		{"double quoted", "responsibility:\n  - id: blamed\n    patterns:\n      - \"{attributor} blamed {acter} for {event}\"\n", "{acter}"},
		{"double quoted with escapes before", "responsibility:\n  - id: blamed\n    patterns:\n      - \"\\\"{attributor}\\\" blamed\\t{acter}\"\n", "{acter}"},
		{"double quoted with a unicode escape", "responsibility:\n  - id: blamed\n    patterns:\n      - \"Kyiv\\u2019s {attributor} blamed {acter}\"\n", "{acter}"},
		{"single quoted with a doubled quote", "responsibility:\n  - id: blamed\n    patterns:\n      - '{attributor}''s officials blamed {acter}'\n", "{acter}"},
		{"flow list", "responsibility:\n  - id: claimed\n    patterns: [\"{actor} claimed responsibility\", \"{actr} took responsibility for {event}\"]\n", "{actr}"},
		{"multi-byte before", "responsibility:\n  - id: blamed\n    patterns: [\"Türkiye’s {attributor} blamed {acter}\"]\n", "{acter}"},
		{"folded over two lines", "responsibility:\n  - id: blamed\n    patterns:\n      - \"{attributor} accused {actor}\n        of being behind {evnt}\"\n", "{evnt}"},
		{"literal block", "responsibility:\n  - id: blamed\n    patterns:\n      - |\n        {attributor} blamed {acter}\n", "{acter}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f stanceFile
			if ds := Decode("r.yaml", []byte(tt.src), &f); len(ds) > 0 {
				t.Fatal(ds)
			}
			st := f.Responsibility[0]
			item := -1
			for i, p := range st.Patterns {
				if strings.Contains(p, tt.find) {
					item = i
				}
			}
			if item < 0 {
				t.Fatalf("%q not in %q", tt.find, st.Patterns)
			}
			off := strings.Index(st.Patterns[item], tt.find)
			p := st.Loc.Field("patterns").Index(item).At(off)
			if got := tt.src[p.Offset:]; !strings.HasPrefix(got, tt.find) {
				t.Errorf("offset %d (line %d col %d) holds %q, want %q", p.Offset, p.Line, p.Col, first(got, 12), tt.find)
			}
			if line := strings.Count(tt.src[:p.Offset], "\n") + 1; line != p.Line {
				t.Errorf("line %d, want %d", p.Line, line)
			}
			if col := p.Offset - strings.LastIndex(tt.src[:p.Offset], "\n"); col != p.Col {
				t.Errorf("col %d, want %d", p.Col, col)
			}
		})
	}
}

func first(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// TestLocNavigation: fields, keys and items land on their own line and
// column; an absent key falls back to the mapping.
func TestLocNavigation(t *testing.T) {
	src := "base: &b\n  polarity: deny\nresponsibility:\n  - id: denied\n    <<: *b\n    patterns:\n      - \"{actor} denied involvement\"\n      - \"{actor} denied responsibility\"\n"
	var f struct {
		Base           map[string]string `yaml:"base"`
		Responsibility []stanceT         `yaml:"responsibility"`
	}
	root, ds := DecodeLoc("r.yaml", []byte(src), &f)
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	st := f.Responsibility[0].Loc
	checks := []struct {
		name string
		got  Pos
		line int
		col  int
	}{
		{"root section", root.Key("responsibility").Pos(), 3, 1},
		{"item", st.Pos(), 4, 5},
		{"id value", st.Field("id").Pos(), 4, 9},
		{"merged polarity", st.Field("polarity").Pos(), 2, 13},
		{"second pattern", st.Field("patterns").Index(1).Pos(), 8, 9},
		{"absent key falls back to the item", st.Field("parent").Pos(), 4, 5},
		{"index past the end falls back to the list", st.Field("patterns").Index(5).Pos(), 7, 7},
	}
	for _, c := range checks {
		if c.got.Line != c.line || c.got.Col != c.col {
			t.Errorf("%s: %d:%d, want %d:%d", c.name, c.got.Line, c.got.Col, c.line, c.col)
		}
	}
	if !st.Has("polarity") || st.Has("parent") {
		t.Error("Has: polarity comes through the merge key; parent is not set")
	}
	if (Loc{}).Pos().Known() || (Loc{}).Field("x").At(3).Known() {
		t.Error("the zero Loc has no place")
	}
}

// FuzzScalarOffset: for any string written in any YAML style, each plain
// character of the decoded value maps to that same character in the file.
func FuzzScalarOffset(f *testing.F) {
	for _, s := range []string{
		"{attributor} blamed {actor} for {event}",
		"Kyiv’s {attributor} said \"no\"",
		"it's {actor}'s claim",
		"line one\nline two\n\nafter a blank",
		"tab\there \\ back",
		"  leading and trailing  ",
	} {
		f.Add(s, 0)
		f.Add(s, 1)
		f.Add(s, 2)
		f.Add(s, 3)
	}
	styles := []yaml.Style{0, yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle, yaml.LiteralStyle, yaml.FoldedStyle}
	f.Fuzz(func(t *testing.T, s string, style int) {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: styles[uint(style)%uint(len(styles))]}
		doc := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: "k"}, n}}
		src, err := yaml.Marshal(doc)
		if err != nil {
			return
		}
		var got struct {
			K   string `yaml:"k"`
			Loc Loc    `yaml:"-"`
		}
		if ds := Decode("f.yaml", src, &got); len(ds) > 0 || got.K != s {
			return // a value yaml.v3 does not round-trip is no test of the mapping
		}
		v := got.Loc.Field("k")
		for i := 0; i <= len(s); i++ {
			p := v.At(i)
			if p.Offset < 0 || p.Offset > len(src) || p.Line < 1 || p.Col < 1 {
				t.Fatalf("offset %d of %q: bad place %+v in\n%s", i, s, p, src)
			}
			if i == len(s) {
				break
			}
			c := s[i]
			if c >= '0' && c <= 'z' && c != '\\' && c != '\'' && c != '"' && src[p.Offset] != c {
				t.Fatalf("offset %d of %q (%q) maps to %q at %d:%d in\n%s", i, s, c, src[p.Offset], p.Line, p.Col, src)
			}
		}
	})
}
