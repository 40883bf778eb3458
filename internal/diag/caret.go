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

// Text is a file's bytes with its line starts, indexed once, so that
// showing many diagnostics in one file costs each only a window of its
// own line (issue 13: 121,000 warnings on one 1 MB line took minutes when
// each caret scanned the file and copied the line).
type Text struct {
	data   []byte
	starts []int // byte offset where each line starts
}

// NewText indexes src's lines ("\n" ends a line; a "\r" before it is
// left out of what is shown).
func NewText(src []byte) *Text {
	t := &Text{data: src, starts: []int{0}}
	for i, c := range src {
		if c == '\n' {
			t.starts = append(t.starts, i+1)
		}
	}
	return t
}

// Line returns the text of 1-based line n without its line break, and
// whether the line exists.
func (t *Text) Line(n int) (string, bool) {
	b, ok := t.line(n)
	return string(b), ok
}

func (t *Text) line(n int) ([]byte, bool) {
	if t == nil || n < 1 || n > len(t.starts) {
		return nil, false
	}
	start, end := t.starts[n-1], len(t.data)
	if n < len(t.starts) {
		end = t.starts[n] - 1
	}
	if end > start && t.data[end-1] == '\r' {
		end--
	}
	return t.data[start:end], true
}

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
	return NewText(src).Caret(line, col)
}

// window is how many bytes on either side of the column Caret looks at:
// enough for maxShown characters of up to four bytes.
const window = maxShown * 4

// Caret is the package's Caret for a line of t.
func (t *Text) Caret(line, col int) string {
	text, ok := t.line(line)
	if !ok {
		return ""
	}
	col = max(1, min(col, len(text)+1))
	for col > 1 && col <= len(text) && !utf8.RuneStart(text[col-1]) {
		col-- // a column inside a character points at the character
	}
	// Only a window around the column is ever shown: cut the line to it
	// first, at character starts, so a long line costs no more than a
	// short one. What is cut is still long enough to be marked "…" below.
	lo, hi := max(0, col-1-window), min(len(text), col-1+window)
	for lo > 0 && lo < col-1 && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for hi < len(text) && hi > col-1 && !utf8.RuneStart(text[hi]) {
		hi--
	}
	before, after := string(text[lo:col-1]), string(text[col-1:hi])
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

// Printer writes diagnostics as Pretty does, each file's text indexed once
// however many diagnostics it has. Source returns a file's bytes (nil when
// unknown: no caret is drawn).
type Printer struct {
	W      io.Writer
	Color  bool
	Source func(file string) []byte
	texts  map[string]*Text
}

// Print writes one diagnostic.
func (p *Printer) Print(d Diagnostic) {
	var t *Text
	if p.Source != nil && d.File != "" && d.Line > 0 {
		if p.texts == nil {
			p.texts = map[string]*Text{}
		}
		var ok bool
		if t, ok = p.texts[d.File]; !ok {
			if src := p.Source(d.File); src != nil {
				t = NewText(src)
			}
			p.texts[d.File] = t
		}
	}
	pretty(p.W, d, t, p.Color)
}

// Pretty writes d for a person at a terminal: the clickable first line
// "file:line:col: severity: message [code]", the source line with a caret
// under the column when src holds it, and the hint on a line of its own.
// With color, the severity is red (errors) or yellow (warnings) and the
// caret green, as compilers show them.
func Pretty(w io.Writer, d Diagnostic, src []byte, color bool) {
	var t *Text
	if src != nil {
		t = NewText(src)
	}
	pretty(w, d, t, color)
}

func pretty(w io.Writer, d Diagnostic, t *Text, color bool) {
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
	if d.Line > 0 && t != nil {
		if c := t.Caret(d.Line, d.Col); c != "" {
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
