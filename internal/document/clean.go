package document

import (
	"strings"
	"unicode/utf8"
)

// sanitize turns "\r\n" into "\n" and replaces NUL bytes and invalid UTF-8
// with U+FFFD, keeping every other byte as it is: later stages quote text
// by byte offset. bad reports a replacement, "\r\n" is not one.
func sanitize(s string) (out string, bad bool) {
	if !strings.Contains(s, "\r\n") && !strings.ContainsRune(s, 0) && utf8.ValidString(s) {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\r':
			// "\r\n", and the "\r\r\n" of a file converted twice, are one
			// line break; a lone '\r' is kept.
			j := i
			for j < len(s) && s[j] == '\r' {
				j++
			}
			if j < len(s) && s[j] == '\n' {
				i = j // the '\n' is written next round
				continue
			}
			b.WriteString(s[i:j])
			i = j
			continue
		case c == 0:
			b.WriteRune(utf8.RuneError)
			bad = true
			i++
			continue
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			bad = true
		}
		b.WriteRune(r)
		i += n
	}
	return b.String(), bad
}

// cleanFields sanitizes every field of doc and reports whether any held
// NUL or invalid UTF-8, so the caller warns once per document.
func (l *loader) cleanFields(doc *Document) bool {
	found := false
	for _, f := range []*string{&doc.ID, &doc.Title, &doc.Outlet, &doc.URL, &doc.Published, &doc.Text} {
		var bad bool
		*f, bad = sanitize(*f)
		found = found || bad
	}
	return found
}

// oneLine trims s and collapses its whitespace runs (titles and outlet names
// sometimes carry the line breaks of the page they were scraped from).
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// hasTags reports whether s holds an HTML tag: '<', an optional '/', a
// letter-led alphanumeric name, then '>', '/' or whitespace, with a '>'
// somewhere after. A bare "<" in prose ("fewer than <10") is not a tag.
func hasTags(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == '/' {
			j++
		}
		if j >= len(s) || !isLetter(s[j]) {
			continue
		}
		for j < len(s) && (isLetter(s[j]) || isDigit(s[j])) {
			j++
		}
		if j >= len(s) {
			return false
		}
		switch s[j] {
		case '>':
			return true
		case '/', ' ', '\t', '\n', '\r':
			// With no '>' left no later '<' can be a tag either: stop
			// here rather than scan the rest again for each '<'.
			return strings.IndexByte(s[j:], '>') >= 0
		}
	}
	return false
}
