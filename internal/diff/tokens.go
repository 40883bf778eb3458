package diff

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// tokenize splits s into word, whitespace and punctuation tokens and returns
// the end offset of each token (token i is s[ends[i-1]:ends[i]]). Every byte
// of s belongs to exactly one token, so the tokens concatenate back to s.
//
// A number is one token with its separators ("4,000", "1.5"), because a diff
// that splits "2014" from "2015" into "201" + "4"/"5" hides what changed.
// Abbreviations keep their dot ("Aug.", "U.S."), words keep inner
// apostrophes ("Baghdadi’s"), and hyphens stand alone ("24,000" "-"
// "strong"). An invalid UTF-8 byte is a token of its own.
func tokenize(s string) []int {
	var ends []int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case r == utf8.RuneError && n == 1:
			// invalid byte: alone, so it survives the round trip untouched
		case unicode.IsSpace(r):
			j = spaceEnd(s, j)
		case isWordRune(r):
			j = wordEnd(s, i)
		}
		ends = append(ends, j)
		i = j
	}
	return ends
}

// spaceEnd returns the end of the whitespace run that continues at i.
func spaceEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// isWordRune reports whether r can be part of a word or number.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// wordEnd returns the end of the word that starts at i. Inside a word it
// accepts "," and "." between digits, an apostrophe between letters, and the
// dot of an abbreviation.
func wordEnd(s string, i int) int {
	part := i       // start of the current dot-separated part, for abbreviations
	dotted := false // the word already holds an abbreviation dot ("U.S")
	var prev rune
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		if isWordRune(r) {
			prev = r
			i += n
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+n:])
		switch {
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			// "4,000", "1.5": the separator belongs to the number
		case (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next):
			// "didn’t", "Assad’s"
		case r == '.' && abbreviation(s[part:i], next, dotted):
			dotted = true
			part = i + n
		default:
			return i
		}
		prev = r
		i += n
	}
	return i
}

// abbreviation reports whether the dot after part ends an abbreviation rather
// than a sentence. next is the rune after the dot; dotted says an earlier part
// of the same word already ended in an abbreviation dot.
func abbreviation(part string, next rune, dotted bool) bool {
	if part == "" {
		return false
	}
	if abbreviations[part] {
		return true
	}
	for _, r := range part {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if unicode.IsLetter(next) {
		return true // "U.S", "e.g", "rewardsforjustice.net"
	}
	if utf8.RuneCountInString(part) == 1 {
		r, _ := utf8.DecodeRuneInString(part)
		return unicode.IsUpper(r) || dotted // initials "Michael E. Kurilla", the last dot of "U.S."
	}
	return false
}

// abbreviations are the words news writing ends with a dot mid-sentence.
// Case matters: "No. 2" is an abbreviation, "said no." ends a sentence.
var abbreviations = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Rev": true,
	"Gen": true, "Col": true, "Lt": true, "Maj": true, "Capt": true, "Sgt": true,
	"Adm": true, "Cpl": true, "Pvt": true, "Gov": true, "Sen": true, "Rep": true,
	"Jr": true, "Sr": true, "St": true, "Mt": true, "Ft": true,
	"No": true, "Nos": true, "Inc": true, "Corp": true, "Co": true, "Ltd": true,
	"vs": true, "etc": true, "approx": true, "est": true,
}

// passage is a text and the end offsets of its tokens.
type passage struct {
	s    string
	ends []int
}

// newPassage tokenizes s.
func newPassage(s string) passage { return passage{s, tokenize(s)} }

// start returns the offset of token i (len(s) when i is the token count).
func (p passage) start(i int) int {
	if i == 0 {
		return 0
	}
	return p.ends[i-1]
}

// tok returns token i.
func (p passage) tok(i int) string { return p.s[p.start(i):p.ends[i]] }

// boundary reports whether off falls between two tokens (or at an end).
func (p passage) boundary(off int) bool {
	if off == 0 {
		return true
	}
	i := sort.SearchInts(p.ends, off)
	return i < len(p.ends) && p.ends[i] == off
}

// words returns the indices of the tokens that are not whitespace.
func (p passage) words() []int {
	var out []int
	for i := range p.ends {
		r, n := utf8.DecodeRuneInString(p.s[p.start(i):])
		if r == utf8.RuneError && n == 1 || !unicode.IsSpace(r) {
			out = append(out, i)
		}
	}
	return out
}
