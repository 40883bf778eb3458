// Package text splits document text into paragraphs, sentences and word
// tokens, keeping byte offsets into the original text so that quotes and
// claim spans can be cut from it exactly.
package text

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	Word = iota
	Number
	Punct
)

// Token is one word, number or punctuation mark.
type Token struct {
	Start, End int    // byte offsets in the document text
	Text       string // as written
	Lower      string // lower case, curly apostrophes folded to '
	Kind       int
	Cap        bool // starts with an upper-case letter
}

// Tokenize splits s[start:end] into tokens. Numbers stay whole ("4,000",
// "1.5"), words keep inner hyphens and apostrophes ("ISIS-K", "Qaeda's"),
// abbreviations keep their dot ("Aug.", "U.S.").
func Tokenize(s string, start, end int) []Token {
	toks := make([]Token, 0, (end-start)/5)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
		case unicode.IsDigit(r):
			j := scanNumber(s, i, end)
			toks = append(toks, mk(s, i, j, Number))
			i = j
		case unicode.IsLetter(r):
			j := scanWord(s, i, end)
			toks = append(toks, mk(s, i, j, Word))
			i = j
		default:
			toks = append(toks, mk(s, i, i+n, Punct))
			i += n
		}
	}
	return toks
}

func mk(s string, a, b, kind int) Token {
	t := Token{Start: a, End: b, Text: s[a:b], Kind: kind}
	t.Lower = Fold(t.Text)
	r, _ := utf8.DecodeRuneInString(t.Text)
	t.Cap = unicode.IsUpper(r)
	return t
}

// scanNumber reads digits with thousands separators and one decimal point.
// Digits of any script make a number token (Arabic-Indic "٣", fullwidth
// "３"): the caller has seen a digit at i, so at least that rune is read and
// the scan always moves on. Amounts are read from ASCII digits only, by
// internal/quantity; the rule lexicons are English.
func scanNumber(s string, i, end int) int {
	for i < end {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsDigit(r) {
				i += n
				continue
			}
			break
		}
		if (c == ',' || c == '.') && i+1 < end && digitAt(s, i+1) {
			i++
			continue
		}
		break
	}
	return i
}

// digitAt reports whether a decimal digit of any script starts at s[i].
func digitAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsDigit(r)
}

// scanWord reads letters and digits, with inner hyphens and apostrophes,
// and a trailing dot when the word is a known abbreviation or an initialism.
func scanWord(s string, i, end int) int {
	start := i
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += n
			continue
		}
		if (r == '-' || r == '\'' || r == '’' || r == '.') && i+n < end {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(r2) || (r == '-' && unicode.IsDigit(r2)) {
				i += n
				continue
			}
		}
		break
	}
	if i < end && s[i] == '.' && keepsDot(s[start:i]) {
		i++
	}
	return i
}

// keepsDot says whether a word before a dot is an abbreviation.
func keepsDot(w string) bool {
	if _, ok := abbreviations[Fold(w)]; ok {
		return true
	}
	// Initialisms such as "U.S" (the final dot follows) or single capitals "E".
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	for k := 1; k < len(w); k += 2 {
		if w[k] != '.' {
			return false
		}
	}
	return len(w) >= 3
}

var abbreviations = map[string]struct{}{
	"mr": {}, "mrs": {}, "ms": {}, "dr": {}, "gen": {}, "col": {}, "lt": {}, "sgt": {}, "capt": {},
	"maj": {}, "gov": {}, "sen": {}, "rep": {}, "st": {}, "no": {}, "jr": {}, "sr": {}, "prof": {},
	"jan": {}, "feb": {}, "mar": {}, "apr": {}, "jun": {}, "jul": {}, "aug": {}, "sep": {},
	"sept": {}, "oct": {}, "nov": {}, "dec": {}, "inc": {}, "co": {}, "corp": {}, "vs": {},
	"u.s": {}, "u.n": {}, "u.k": {}, "e.g": {}, "i.e": {}, "a.m": {}, "p.m": {}, "mt": {}, "ft": {},
}

// Fold lower-cases ASCII and folds curly apostrophes, cheaply.
func Fold(s string) string {
	need := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c >= 'A' && c <= 'Z') || c >= 0x80 {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	b := make([]rune, 0, len(s))
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ':
			r = '\''
		case '–', '—':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		b = append(b, r)
	}
	return string(b)
}

// Skeleton is a word as its spellings across transliterations share it:
// its first letter, then its consonants but h and y, a doubled one once,
// apostrophes and hyphens dropped, q written k. "Tehrik-i-Taliban" and "Tehrik-e-Taliban"
// are both "trktlbn"; "Koocha" and "Kocha" both "kc". Spaces are kept.
func Skeleton(s string) string {
	b := make([]byte, 0, len(s))
	var last rune
	start := true
	for _, r := range Fold(s) {
		switch {
		case r == ' ':
			b = append(b, ' ')
			start, last = true, r
			continue
		case r == '\'' || r == '-':
			continue
		case !start && (r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' || r == 'y' || r == 'h'):
			continue
		}
		if r == 'q' {
			r = 'k' // "Oqba" and "Okba", "Qassem" and "Kassem"
		}
		if r != last {
			b = utf8.AppendRune(b, r)
		}
		start, last = false, r
	}
	return string(b)
}
