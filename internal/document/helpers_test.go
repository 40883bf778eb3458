package document

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// where renders a diagnostic's place and identity but not its wording:
// "file:line:col severity code pointer field", empty parts left out.
func where(d diag.Diagnostic) string {
	s := d.File
	if d.Line > 0 {
		s += fmt.Sprintf(":%d:%d", d.Line, d.Col)
	}
	parts := []string{s, d.Severity, d.Code}
	for _, p := range []string{d.Pointer, d.Field} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.TrimSpace(strings.Join(parts, " "))
}

// wheres renders every diagnostic of l with where.
func wheres(l diag.List) []string {
	out := make([]string, len(l))
	for i, d := range l {
		out[i] = where(d)
	}
	return out
}
