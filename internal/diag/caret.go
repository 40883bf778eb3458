package diag

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxShown is the widest source excerpt Caret prints; longer lines are cut
// to a window around the column so the caret stays on screen.
const maxShown = 100

// Caret returns the source line of a 1-based line and byte column with a
// caret under the column, gutter and all:
//
//	12 |     verbz: [kidnapped]
//	   |     ^
//
// The caret lines up in a terminal: each character before it, however many
// bytes it takes, becomes one space, and tabs stay tabs. It returns "" when
// the line is not in src.
func Caret(src []byte, line, col int) string {
	text := SourceLine(src, line)
	if line < 1 || (text == "" && !lineExists(src, line)) {
		return ""
	}
	col = max(1, min(col, len(text)+1))
	for col > 1 && col <= len(text) && !utf8.RuneStart(text[col-1]) {
		col-- // a column inside a character points at the character
	}
	before, after := text[:col-1], text[col-1:]
	if n := utf8.RuneCountInString(before); n > maxShown*2/3 {
		before = "…" + string([]rune(before)[n-maxShown/2:])
	}
	if r := []rune(after); len(r) > maxShown/2 && utf8.RuneCountInString(before)+len(r) > maxShown {
		after = string(r[:maxShown/2]) + "…"
	}
	var pad strings.Builder
	for _, r := range before {
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	num := strconv.Itoa(line)
	width := max(4, len(num)+1)
	return fmt.Sprintf("%*s | %s%s\n%*s | %s^\n", width, num, before, after, width, "", pad.String())
}

func lineExists(src []byte, line int) bool {
	return line == 1 || strings.Count(string(src), "\n") >= line-1
}

// Pretty writes d for a person at a terminal: the clickable first line
// "file:line:col: severity: message [code]", the source line with a caret
// under the column when src holds it, and the hint on a line of its own.
// With color, the severity is red (errors) or yellow (warnings) and the
// caret green, as compilers show them.
func Pretty(w io.Writer, d Diagnostic, src []byte, color bool) {
	head := d
	head.Hint = ""
	line := head.Error()
	if color {
		sev := head.Severity
		if sev == "" {
			sev = Error
		}
		paint := "\x1b[1;31m"
		if sev == Warning {
			paint = "\x1b[1;33m"
		}
		line = strings.Replace(line, sev+":", paint+sev+":\x1b[0m", 1)
	}
	fmt.Fprintln(w, line)
	if d.Line > 0 && src != nil {
		if c := Caret(src, d.Line, d.Col); c != "" {
			if color {
				i := strings.LastIndexByte(c[:len(c)-1], '\n')
				c = c[:i+1] + strings.Replace(c[i+1:], "^", "\x1b[1;32m^\x1b[0m", 1)
			}
			io.WriteString(w, c)
		}
	}
	if d.Hint != "" {
		fmt.Fprintf(w, "  hint: %s\n", d.Hint)
	}
}
