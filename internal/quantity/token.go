package quantity

import (
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/text"
)

// tokKind tells what a token is.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters, with inner apostrophes: "one", "Qaeda’s"
	tokNum                      // digits with thousands commas and one decimal point: "4,000", "1.5"
	tokMixed                    // letters and digits glued: "10th", "2.3m", "G7", "1.2.3"
	tokPunct                    // any other single rune
)

// maxDigits keeps digit values far from int64 overflow.
const maxDigits = 18

// token is one word, number or punctuation rune of the input, with byte offsets.
type token struct {
	start, end int
	kind       tokKind
	space      bool      // whitespace or the start of the text comes right before
	upper      bool      // tokWord: starts with an ASCII capital (month names)
	r          rune      // tokPunct: the rune
	w          *wordInfo // tokWord: lexicon roles, nil when the word is unknown
	mant       int64     // tokNum: all digits as one integer ("1.5" -> 15)
	scale      uint8     // tokNum: digits after the decimal point
	ndig       uint8     // tokNum: digits before the decimal point
	commas     bool      // tokNum: written with thousands separators
}

// isSpaceRune covers the spaces news pages carry besides ASCII ones,
// including no-break and zero-width spaces.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// letterAt reports whether a letter starts at s[i], and its width.
func letterAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r), n
}

// apostropheAt returns the width of an apostrophe (' or ’) at s[i], or 0.
func apostropheAt(s string, i int) int {
	if s[i] == '\'' {
		return 1
	}
	if s[i] == 0xe2 && len(s) >= i+3 && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// tokenize returns the tokens of s. With a matcher, word tokens get their
// lexicon roles.
func tokenize(s string, m *Matcher) []token { return appendTokens(nil, s, m) }

// appendTokens appends the tokens of s to dst, left to right in one pass.
func appendTokens(dst []token, s string, m *Matcher) []token {
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || ('\t' <= c && c <= '\r') {
			space = true
			i++
			continue
		}
		t := token{start: i, space: space}
		space = false
		switch {
		case isDigit(c):
			i = scanNumber(s, i, &t)
		default:
			if ok, _ := letterAt(s, i); ok {
				i = scanWord(s, i, &t, m)
				break
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if c >= utf8.RuneSelf && isSpaceRune(r) {
				space = true
				i += n
				continue
			}
			t.kind, t.r = tokPunct, r
			i += n
		}
		t.end = i
		dst = append(dst, t)
		// A fact box's label glued to its figure ("Deaths17"): the figure
		// stands as if a space were there.
		space = t.kind == tokWord && i < len(s) && isDigit(s[i])
	}
	return dst
}

// scanNumber reads "47", "4,000", "1.5" at s[i]; a number glued to letters
// or to a second decimal point becomes tokMixed.
func scanNumber(s string, i int, t *token) int {
	t.kind = tokNum
	nd := 0
	add := func(c byte) {
		nd++
		t.mant = t.mant*10 + int64(c-'0')
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		if nd < maxDigits {
			add(s[j])
		} else {
			nd++
		}
		j++
	}
	// Thousands groups: a comma followed by exactly three digits.
	for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
		(j+4 == len(s) || !isDigit(s[j+4])) {
		for k := j + 1; k < j+4; k++ {
			if nd < maxDigits {
				add(s[k])
			} else {
				nd++
			}
		}
		t.commas = true
		j += 4
	}
	intDigits := nd
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			if nd < maxDigits {
				add(s[j])
			} else {
				nd++
			}
			j++
		}
		t.scale = uint8(min(nd-intDigits, 255))
	}
	t.ndig = uint8(min(intDigits, 255))
	if nd >= maxDigits {
		t.kind = tokMixed
	}
	if j < len(s) && gluedAlnumAt(s, j) {
		t.kind = tokMixed
		j = scanMixedTail(s, j)
	}
	return j
}

// gluedAlnumAt reports whether s[j:] continues a token: a letter or digit,
// a "." or "," followed by a digit (version numbers, dates), or an
// apostrophe followed by a letter ("1990’s").
func gluedAlnumAt(s string, j int) bool {
	if isDigit(s[j]) {
		return true
	}
	if ok, _ := letterAt(s, j); ok {
		return true
	}
	if (s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1]) {
		return true
	}
	if n := apostropheAt(s, j); n > 0 && j+n < len(s) {
		ok, _ := letterAt(s, j+n)
		return ok
	}
	return false
}

// scanMixedTail consumes the rest of a mixed token.
func scanMixedTail(s string, j int) int {
	for j < len(s) && gluedAlnumAt(s, j) {
		if n := apostropheAt(s, j); n > 0 {
			j += n
			continue
		}
		if isDigit(s[j]) || s[j] == '.' || s[j] == ',' {
			j++
			continue
		}
		_, n := letterAt(s, j)
		j += n
	}
	return j
}

// scanWord reads letters and inner apostrophes at s[i]; digits glued to the
// letters make it tokMixed ("G7", "IK19").
func scanWord(s string, i int, t *token, m *Matcher) int {
	t.kind = tokWord
	t.upper = 'A' <= s[i] && s[i] <= 'Z'
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if isASCIILetter(c) {
				j++
				continue
			}
			if c != '\'' {
				break
			}
		}
		if ok, n := letterAt(s, j); ok {
			j += n
			continue
		}
		if n := apostropheAt(s, j); n > 0 && j+n < len(s) {
			if ok, _ := letterAt(s, j+n); ok {
				j += n
				continue
			}
		}
		break
	}
	if j < len(s) && isDigit(s[j]) {
		// "Deaths17" opening a line: a fact box's label and its figure.
		if text.GluedLabel(s, 0, i, len(s)) == j {
			return j
		}
		t.kind = tokMixed
		return scanMixedTail(s, j)
	}
	if m != nil {
		t.w = m.lookup(s[i:j])
	}
	return j
}
