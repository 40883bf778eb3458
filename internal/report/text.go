package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/diff"
)

// ANSI styles for a terminal; without colour the same marks are made with
// brackets so the output reads the same in a file or a pipe.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiDim    = "\x1b[2m"
	ansiUnder  = "\x1b[4m"
)

// colWidth is the width of one column of the side-by-side view.
const colWidth = 58

// WriteText writes each finding with its side-by-side diff.
func WriteText(w io.Writer, r *Report, color bool) error {
	st := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	for i, f := range r.Findings {
		if i > 0 {
			fmt.Fprintln(w)
		}
		sev := strings.ToUpper(f.Severity)
		fmt.Fprintf(w, "%s %s · %s/%s · %s\n", st(ansiBold+sevColor(f.Severity), "["+Visible(sev)+"]"), st(ansiBold, Visible(f.Subject)), Visible(f.Kind), Visible(f.Claim), Visible(f.Relation))
		fmt.Fprintf(w, "  %s\n", Visible(f.Message))
		for _, v := range f.Values {
			fmt.Fprintf(w, "  %s: %s\n", Visible(v.Side), st(ansiBold, Visible(v.Text)))
		}
		a, b := sides(f)
		if f.Diff != nil {
			left := renderSide(f.Diff.Left, color)
			right := renderSide(f.Diff.Right, color)
			fmt.Fprintln(w)
			sideBySide(w, heading(a), heading(b), left, right, color)
		} else {
			fmt.Fprintf(w, "\n  %s\n", heading(a))
			for _, line := range wrap(markClaim(a, color), colWidth*2) {
				fmt.Fprintf(w, "  %s\n", line)
			}
		}
		fmt.Fprintf(w, "  %s\n", st(ansiDim, "how the values were read:"))
		for _, e := range f.Evidence {
			for _, t := range e.Trace {
				fmt.Fprintf(w, "  %s %s\n", st(ansiDim, "·"), st(ansiDim, Visible(e.Doc+": "+t)))
			}
		}
		fmt.Fprintf(w, "  %s\n", st(ansiDim, Visible("id "+f.ID+" · rule "+f.Rule)))
	}
	fmt.Fprintf(w, "\n%d findings in %d documents (%d claims read)\n", r.Summary.Findings, r.Summary.Documents, r.Summary.Claims)
	for _, d := range r.Diagnostics {
		fmt.Fprintln(w, Visible(d.Error()))
	}
	return nil
}

func sevColor(s string) string {
	switch s {
	case "high":
		return ansiRed
	case "medium":
		return ansiYellow
	}
	return ""
}

func heading(e Evidence) string {
	h := e.Outlet
	if h == "" {
		h = e.Doc
	}
	if e.Published != "" {
		h += ", " + e.Published
	}
	return Visible(h)
}

// renderSide marks one side: claim words in «», removed [-…-], added {+…+}.
func renderSide(segs []diff.Segment, color bool) string {
	var sb strings.Builder
	for _, s := range segs {
		t := visiblePassage(s.Text)
		switch {
		case color && s.Op != diff.OpEqual && s.Claim:
			t = ansiBold + ansiUnder + opColor(s.Op) + t + ansiReset
		case color && s.Op != diff.OpEqual:
			t = opColor(s.Op) + t + ansiReset
		case color && s.Claim:
			t = ansiUnder + t + ansiReset
		case s.Op == diff.OpDelete:
			t = "[-" + t + "-]"
		case s.Op == diff.OpInsert:
			t = "{+" + t + "+}"
		}
		if !color && s.Claim {
			t = "«" + t + "»"
		}
		sb.WriteString(t)
	}
	return sb.String()
}

func opColor(op string) string {
	if op == diff.OpDelete {
		return ansiRed
	}
	return ansiGreen
}

func markClaim(e Evidence, color bool) string {
	q := e.Quote
	a, b := e.Start-e.QuoteStart, e.End-e.QuoteStart
	if a < 0 || b > len(q) || a > b {
		return visiblePassage(q)
	}
	pre, words, post := visiblePassage(q[:a]), visiblePassage(q[a:b]), visiblePassage(q[b:])
	if color {
		return pre + ansiUnder + words + ansiReset + post
	}
	return pre + "«" + words + "»" + post
}

// sideBySide prints two wrapped columns next to each other.
func sideBySide(w io.Writer, ha, hb, left, right string, color bool) {
	l := wrap(left, colWidth)
	r := wrap(right, colWidth)
	fmt.Fprintf(w, "  %s │ %s\n", pad(ha, colWidth), hb)
	fmt.Fprintf(w, "  %s─┼─%s\n", strings.Repeat("─", colWidth), strings.Repeat("─", colWidth))
	for i := 0; i < len(l) || i < len(r); i++ {
		var a, b string
		if i < len(l) {
			a = l[i]
		}
		if i < len(r) {
			b = r[i]
		}
		fmt.Fprintf(w, "  %s │ %s\n", pad(a, colWidth), b)
	}
}

// visible counts the characters a terminal shows (escape codes excluded).
func visible(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

func pad(s string, n int) string {
	if v := visible(s); v < n {
		return s + strings.Repeat(" ", n-v)
	}
	return s
}

// wrap breaks text at spaces into lines of at most width visible characters.
func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, word := range strings.Fields(s) {
		wl := visible(word)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += wl
	}
	if curLen > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
