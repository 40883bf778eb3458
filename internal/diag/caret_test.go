package diag

import (
	"strings"
	"testing"
)

func TestCaret(t *testing.T) {
	src := []byte("counts:\n  - id: hostages\n    verbz: [kidnapped]\n    patterns: [\"Türkiye’s {attributor} blamed {acter}\"]\n\tkey: tab\n")
	tests := []struct {
		name      string
		line, col int
		want      string
	}{
		{"misspelt key", 3, 5, "   3 |     verbz: [kidnapped]\n     |     ^\n"},
		// "Türkiye’s " takes 14 bytes but 10 characters: the caret is under the "{" of {acter}.
		{"slot after multi-byte characters", 4, 50, "   4 |     patterns: [\"Türkiye’s {attributor} blamed {acter}\"]\n     |                                               ^\n"},
		{"tab kept as a tab", 5, 2, "   5 | \tkey: tab\n     | \t^\n"},
		{"column past the end", 2, 99, "   2 |   - id: hostages\n     |                 ^\n"},
		{"line past the end", 9, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Caret(src, tt.line, tt.col); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestCaretLongLine: a long pattern list is cut around the column, and the
// caret still stands under the character at fault.
func TestCaretLongLine(t *testing.T) {
	line := "    verbs: [" + strings.Repeat("killed, ", 30) + "kiled, " + strings.Repeat("slain, ", 20) + "]"
	col := strings.Index(line, "kiled") + 1
	got := Caret([]byte(line), 1, col)
	rows := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(rows) != 2 {
		t.Fatalf("got %q", got)
	}
	caret := strings.IndexRune(rows[1], '^')
	shown := []rune(rows[0])
	if caret < 0 || caret >= len(shown) || !strings.HasPrefix(string(shown[caret:]), "kiled") {
		t.Errorf("caret at %d does not point at \"kiled\":\n%s", caret, got)
	}
	if len(shown) > maxShown+20 {
		t.Errorf("line not cut: %d characters", len(shown))
	}
}

func TestPretty(t *testing.T) {
	src := []byte("checks:\n  - id: x\n    severty: high\n")
	d := Diagnostic{Code: "unknown-key", Severity: Error, File: "rules/checks.yaml", Line: 3, Col: 5, Message: `unknown key "severty"`, Hint: `did you mean "severity"?`}
	var b strings.Builder
	Pretty(&b, d, src, false)
	want := "rules/checks.yaml:3:5: error: unknown key \"severty\" [unknown-key]\n   3 |     severty: high\n     |     ^\n  hint: did you mean \"severity\"?\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	Pretty(&b, d, nil, true)
	if !strings.Contains(b.String(), "\x1b[1;31merror:\x1b[0m") || strings.Contains(b.String(), " | ") {
		t.Errorf("colour, no source: %q", b.String())
	}
}
