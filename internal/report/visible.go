package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Visible writes the control characters of s as Go escapes (\n, \t,
// \x1b, \u009b) and bytes that are not UTF-8 as \xNN, for output meant for
// a terminal or a document. Ids, titles and outlets come from the input:
// raw, an escape sequence would reach the terminal (and could rewrite what
// it shows), and a newline in an id would forge a line of the report. JSON
// escapes them itself; CSV quotes them, keeping the data exact.
// Backslashes are left as they are, so paths and patterns stay readable.
func Visible(s string) string {
	return escape(s, false)
}

// visiblePassage is Visible for passages of text, which the text format
// wraps at whitespace: line breaks and tabs are kept for the wrapping to
// fold into spaces; every other control character is escaped.
func visiblePassage(s string) string {
	return escape(s, true)
}

func escape(s string, keepSpace bool) string {
	if clean(s, keepSpace) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !isControl(r) || keepSpace && unicode.IsSpace(r):
			b.WriteString(s[i : i+n])
		case r < utf8.RuneSelf:
			if e, ok := named[r]; ok {
				b.WriteString(e)
			} else {
				fmt.Fprintf(&b, `\x%02x`, r)
			}
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// named are the escapes people read without a table.
var named = map[rune]string{'\a': `\a`, '\b': `\b`, '\f': `\f`, '\n': `\n`, '\r': `\r`, '\t': `\t`, '\v': `\v`}

// isControl is C0, DEL and C1: what terminals act on instead of showing.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0
}

// clean reports whether s needs no escaping: the fast path for the
// common case of plain text.
func clean(s string, keepSpace bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if !utf8.ValidString(s[i:]) {
				return false
			}
			for _, r := range s[i:] {
				if isControl(r) && !(keepSpace && unicode.IsSpace(r)) {
					return false
				}
			}
			return true
		}
		if isControl(rune(c)) && !(keepSpace && unicode.IsSpace(rune(c))) {
			return false
		}
	}
	return true
}
