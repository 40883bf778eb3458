// Package diag holds diagnostics as data: a stable code, a place, a message.
// Every loader collects all of them instead of stopping at the first.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Severity of a diagnostic.
const (
	Error   = "error"
	Warning = "warning"
)

// Diagnostic is one problem found in user input. Offsets are bytes; Line and
// Col (1-based, col counted in bytes) are filled from them when shown.
type Diagnostic struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	File     string `json:"file,omitempty"`
	Line     int    `json:"line,omitempty"`
	Col      int    `json:"col,omitempty"`
	Offset   int    `json:"offset,omitempty"`
	Pointer  string `json:"pointer,omitempty"` // JSON pointer of the record, e.g. /documents/3
	Field    string `json:"field,omitempty"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
}

// Error renders the diagnostic as "file:line:col: severity: message [code]"
// so terminals and editors make it clickable.
func (d Diagnostic) Error() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.File)
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", d.Line, d.Col)
		}
		b.WriteString(": ")
	}
	sev := d.Severity
	if sev == "" {
		sev = Error
	}
	b.WriteString(sev)
	b.WriteString(": ")
	if d.Pointer != "" {
		b.WriteString(d.Pointer)
		b.WriteString(": ")
	}
	if d.Field != "" {
		fmt.Fprintf(&b, "field %q: ", d.Field)
	}
	b.WriteString(d.Message)
	if d.Code != "" {
		fmt.Fprintf(&b, " [%s]", d.Code)
	}
	if d.Hint != "" {
		b.WriteString(" (hint: ")
		b.WriteString(d.Hint)
		b.WriteString(")")
	}
	return b.String()
}

// List is a set of diagnostics.
type List []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity != Warning {
			return true
		}
	}
	return false
}

// Sort orders by file, then position, then code, so output is deterministic.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Pointer != b.Pointer {
			return a.Pointer < b.Pointer
		}
		return a.Code < b.Code
	})
}

// Error joins all diagnostics, one a line.
func (l List) Error() string {
	parts := make([]string, len(l))
	for i, d := range l {
		parts[i] = d.Error()
	}
	return strings.Join(parts, "\n")
}

// LineCol turns a byte offset in src into a 1-based line and column.
func LineCol(src []byte, offset int) (line, col int) {
	if offset > len(src) {
		offset = len(src)
	}
	if offset < 0 {
		offset = 0
	}
	line = 1
	last := -1
	for i := 0; i < offset; i++ {
		if src[i] == '\n' {
			line++
			last = i
		}
	}
	return line, offset - last
}

// SourceLine returns the text of the given 1-based line, for carets.
func SourceLine(src []byte, line int) string {
	n := 1
	start := 0
	for i, c := range src {
		if n == line {
			start = i
			break
		}
		if c == '\n' {
			n++
			if n == line {
				start = i + 1
				break
			}
		}
	}
	if n != line {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return strings.TrimRight(string(src[start:end]), "\r")
}
