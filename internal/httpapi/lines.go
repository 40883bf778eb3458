package httpapi

import (
	"sort"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// lineIndex turns byte offsets of a request body into 1-based lines and
// columns, as diag.LineCol does, from the line starts found once: a body
// of many megabytes may carry a diagnostic on many of its lines.
type lineIndex struct {
	src    []byte
	starts []int
}

func newLineIndex(src []byte) *lineIndex { return &lineIndex{src: src} }

// at places d at byte offset off of the body.
func (l *lineIndex) at(d diag.Diagnostic, off int) diag.Diagnostic {
	if l.starts == nil {
		l.starts = []int{0}
		for i, c := range l.src {
			if c == '\n' {
				l.starts = append(l.starts, i+1)
			}
		}
	}
	off = max(0, min(off, len(l.src)))
	n := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
	d.Offset, d.Line, d.Col = off, n, off-l.starts[n-1]+1
	return d
}
