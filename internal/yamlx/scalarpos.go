package yamlx

import (
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// scalarOffset maps byte off of a scalar's decoded value to its offset in
// data, where the scalar is written from start (its first character, or its
// opening quote, or its | or > indicator). It replays YAML's decoding: quotes
// are skipped, escapes and doubled single quotes count as what they decode
// to, and line breaks fold as YAML folds them. An off past the value's end
// lands at its end.
func scalarOffset(data []byte, start int, style yaml.Style, off int) int {
	if start < 0 || start >= len(data) {
		return max(0, min(start, len(data)))
	}
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		return flowOffset(data, start+1, '"', off)
	case style&yaml.SingleQuotedStyle != 0:
		return flowOffset(data, start+1, '\'', off)
	case style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return blockOffset(data, start, style&yaml.FoldedStyle != 0, off)
	}
	return flowOffset(data, start, 0, off)
}

// flowOffset walks a plain (quote 0) or quoted scalar's text from i.
func flowOffset(data []byte, i int, quote byte, off int) int {
	n := 0 // decoded bytes before data[i]
	for i < len(data) && n < off {
		c := data[i]
		switch {
		case quote != 0 && c == quote:
			if quote == '\'' && i+1 < len(data) && data[i+1] == '\'' {
				n, i = n+1, i+2 // '' is one quote
				continue
			}
			return i // the closing quote: off is past the end
		case quote == '"' && c == '\\' && i+1 < len(data):
			if isBreak(data, i+1) {
				i = skipIndent(data, skipBreak(data, i+1)) // an escaped break decodes to nothing
				continue
			}
			length, width := escape(data, i)
			if n+width > off {
				return i // inside one escape: point at its backslash
			}
			n, i = n+width, i+length
		case c == ' ' || c == '\t':
			j := i
			for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
				j++
			}
			if isBreak(data, j) {
				i = j // spaces before a line break are dropped
				continue
			}
			n, i = n+1, i+1
		case isBreak(data, i):
			var width int
			i, width = fold(data, i)
			n += width
		default:
			n, i = n+1, i+1
		}
	}
	return i
}

// blockOffset walks a literal (|) or folded (>) block scalar whose indicator
// is at start. Indentation is given in the header or is that of the first
// line with text.
func blockOffset(data []byte, start int, folded bool, off int) int {
	indent := -1
	i := start
	for ; i < len(data) && !isBreak(data, i); i++ { // the header: indicators and a comment
		if c := data[i]; c >= '1' && c <= '9' && indent < 0 {
			// An explicit indentation, counted from the header line's own.
			ls := start
			for ls > 0 && data[ls-1] != '\n' && data[ls-1] != '\r' {
				ls--
			}
			indent = skipIndent(data, ls) - ls + int(c-'0')
		}
	}
	i = skipBreak(data, i)
	n := 0
	for i < len(data) {
		lineStart := i
		sp := 0
		for i < len(data) && data[i] == ' ' && (indent < 0 || sp < indent) {
			i, sp = i+1, sp+1
		}
		if i < len(data) && !isBreak(data, i) {
			if indent < 0 {
				indent = sp
			} else if sp < indent {
				return lineStart // dedented: the scalar has ended
			}
			for i < len(data) && !isBreak(data, i) {
				if n >= off {
					return i
				}
				n, i = n+1, i+1
			}
		}
		if n >= off {
			return i
		}
		if i >= len(data) {
			break
		}
		text := i > lineStart+sp && data[lineStart+sp] != ' ' && data[lineStart+sp] != '\t'
		length, width := lineBreak(data, i)
		i += length
		// Folding joins two lines with a space, one byte like the break; a
		// break after text followed by blank lines is dropped ("a\n\nb"
		// folds to "a\nb"), unless the next text is more indented, whose
		// breaks are kept. LS and PS are never folded.
		if !(folded && width == 1 && text && blankLine(data, i) && !moreIndented(data, i, indent)) {
			n += width
		}
	}
	return min(i, len(data))
}

// blankLine reports whether the line starting at i holds only spaces.
func blankLine(data []byte, i int) bool {
	j := skipIndent(data, i)
	return isBreak(data, j)
}

// moreIndented reports whether the first line with text from i starts
// with whitespace past indent.
func moreIndented(data []byte, i, indent int) bool {
	for i < len(data) && blankLine(data, i) {
		i = skipBreak(data, skipIndent(data, i))
	}
	j := i + max(indent, 0)
	return j < len(data) && (data[j] == ' ' || data[j] == '\t')
}

// fold skips a line break at i, the blank lines after it and the next
// line's indentation; width is what they decode to. A first break read as
// \n folds to a space when no blank lines follow and to the blank lines'
// breaks when some do; LS and PS are kept, with every break after them.
func fold(data []byte, i int) (next, width int) {
	length, first := lineBreak(data, i)
	i += length
	trailing := 0
	for {
		j := skipIndent(data, i)
		if length, w := lineBreak(data, j); length > 0 {
			trailing += w
			i = j + length
			continue
		}
		if first == 1 {
			return j, max(trailing, 1)
		}
		return j, first + trailing
	}
}

// lineBreak measures the line break at data[i]: how many bytes it is
// written with and how many yaml.v3 decodes it to, or 0, 0. YAML 1.1
// breaks lines at \r\n, \r, \n and NEL (U+0085), read as one \n, and at
// LS and PS (U+2028, U+2029), kept as written.
func lineBreak(data []byte, i int) (length, width int) {
	if i >= len(data) {
		return 0, 0
	}
	switch c := data[i]; {
	case c == '\r' && i+1 < len(data) && data[i+1] == '\n':
		return 2, 1
	case c == '\r' || c == '\n':
		return 1, 1
	case c == 0xC2 && i+1 < len(data) && data[i+1] == 0x85:
		return 2, 1
	case c == 0xE2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9):
		return 3, 3
	}
	return 0, 0
}

func isBreak(data []byte, i int) bool {
	length, _ := lineBreak(data, i)
	return length > 0
}

func skipBreak(data []byte, i int) int {
	length, _ := lineBreak(data, i)
	return i + length
}

func skipIndent(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	return i
}

// escape measures the double-quoted escape at data[i] (a backslash): how
// many bytes it is written with and how many it decodes to.
func escape(data []byte, i int) (length, width int) {
	if i+1 >= len(data) {
		return 1, 0
	}
	hex := 0
	switch data[i+1] {
	case 'x':
		hex = 2
	case 'u':
		hex = 4
	case 'U':
		hex = 8
	case 'N', '_':
		return 2, 2 // U+0085, U+00A0
	case 'L', 'P':
		return 2, 3 // U+2028, U+2029
	default:
		return 2, 1
	}
	end := min(i+2+hex, len(data))
	r, err := strconv.ParseUint(string(data[i+2:end]), 16, 32)
	if err != nil {
		return end - i, 1
	}
	w := utf8.RuneLen(rune(r))
	if w < 0 {
		w = 3 // decoded as U+FFFD
	}
	return end - i, w
}
