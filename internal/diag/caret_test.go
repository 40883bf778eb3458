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

// TestCaretOnALongLine: on a 1 MB line only a window around the column is
// looked at and shown, cut at characters and marked "…", and a Printer
// indexes the file once for all its diagnostics (issue 13: 121,000
// warnings on one line took minutes when each scanned the file).
func TestCaretOnALongLine(t *testing.T) {
	line := strings.Repeat("wé’, ", 200000)
	src := []byte("counts:\n  verbs: [" + line + "]\n")
	col := len("  verbs: [") + len(strings.Repeat("wé’, ", 100000)) + 1
	got := Caret(src, 2, col)
	rows := strings.Split(got, "\n")
	if len(rows) != 3 || len(rows[0]) > 400 {
		t.Fatalf("caret on a long line is %d bytes:\n%.300s", len(got), got)
	}
	if !strings.HasPrefix(rows[0], "   2 | …") || !strings.HasSuffix(rows[0], "…") {
		t.Errorf("the line is not cut on both sides: %q", rows[0])
	}
	// The caret stands under the "w" the column points at.
	shown := []rune(strings.TrimPrefix(rows[0], "   2 | "))
	pad := []rune(strings.TrimPrefix(rows[1], "     | "))
	if i := len(pad) - 1; pad[i] != '^' || shown[i] != 'w' {
		t.Errorf("caret under %q, want under the w:\n%s", shown[i], got)
	}

	var out strings.Builder
	p := Printer{W: &out, Source: func(string) []byte { return src }}
	for i := range 50000 {
		p.Print(Diagnostic{Code: "duplicate-phrase", Severity: Warning, File: "big.yaml", Line: 2, Col: 11 + 7*i, Message: "listed twice"})
	}
	if n := out.Len(); n > 50000*400 {
		t.Errorf("50,000 diagnostics printed %d bytes", n)
	}
}
