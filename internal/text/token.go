// Package text splits document text into paragraphs, sentences and word
// tokens, keeping byte offsets into the original text so that quotes and
// claim spans can be cut from it exactly.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
	// ID is Lower's id in the Vocab whose Tokenizer read the token, and
	// Base the id of Lower without a possessive "'s" or a trailing
	// apostrophe (ID again when it has neither): Unknown for a word the
	// vocabulary does not hold, NoID when no vocabulary read the token
	// (Tokenize). Ids mean something only to that vocabulary.
	ID, Base int32
	Kind     uint8 // Word, Number or Punct; a byte keeps a token at 64 bytes
	Cap      bool  // starts with an upper-case letter
}

// Tokenize splits s[start:end] into tokens. Numbers stay whole ("4,000",
// "1.5"), words keep inner hyphens and apostrophes ("ISIS-K", "Qaeda's"),
// abbreviations keep their dot ("Aug.", "U.S."). Its tokens carry no
// vocabulary ids; a Vocab's Tokenizer gives them.
func Tokenize(s string, start, end int) []Token {
	z := Tokenizer{toks: make([]Token, 0, (end-start)/5)}
	return z.Tokenize(s, start, end)
}

// Tokenize splits s[start:end] into tokens as the function Tokenize does,
// and gives each its ids in the tokenizer's vocabulary. The tokens of all
// its calls share one array and their lower-case forms one buffer, so a
// document costs a few allocations, not one per sentence and capitalised
// word; a lower-case form the vocabulary holds is its string. The slice
// returned has no room to grow into the next call's tokens.
func (z *Tokenizer) Tokenize(s string, start, end int) []Token {
	from := len(z.toks)
	i := start
	for i < end {
		var r rune
		n := 1
		if c := s[i]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
		case unicode.IsDigit(r):
			j := scanNumber(s, i, end)
			z.add(s, i, j, Number)
			i = j
		case unicode.IsLetter(r):
			j := scanWord(s, i, end)
			if k := gluedAt(s, start, i, j); k > 0 {
				j = k
			}
			z.add(s, i, j, Word)
			i = j
		default:
			z.add(s, i, i+n, Punct)
			i += n
		}
	}
	return z.toks[from:len(z.toks):len(z.toks)]
}

// GluedLabel finds where the figure starts in a fact box's row copied
// without the cell break, "Deaths17" or "Injured25+": in the word at
// s[a] (read up to end), a word of lower-case letters (capitalised when
// it opens the label) with digits glued to its end, that opens its line
// or follows a label's first words ("Non-fatal injuries11"), with
// nothing else between it and a line break or from, the start of the
// text scanned.
// It returns 0 for any other word ("F16", "COVID19", a model number
// inside a sentence). The quantity scanner asks it too, so both read the
// row as a label and a figure.
func GluedLabel(s string, from, a, end int) int {
	return gluedAt(s, from, a, scanWord(s, a, end))
}

// gluedAt is GluedLabel for the word s[a:b].
func gluedAt(s string, from, a, b int) int {
	capital := 'A' <= s[a] && s[a] <= 'Z'
	if b-a < 4 || !capital && (s[a] < 'a' || s[a] > 'z') || s[b-1] < '0' || s[b-1] > '9' {
		return 0
	}
	k := a + 1
	for k < b && 'a' <= s[k] && s[k] <= 'z' {
		k++
	}
	if k-a < 3 {
		return 0
	}
	// Digits, or a range of them: "Deaths300-500".
	for d := k; d < b; d++ {
		if (s[d] < '0' || s[d] > '9') && !(s[d] == '-' && d > k && d+1 < b) {
			return 0
		}
	}
	// Before it on its line only a label's other words may stand, two at
	// most, of letters and hyphens, the first capitalised: "Non-fatal
	// injuries11"; a label opens after a space or a line's start, not
	// after a hyphen glued to it ("-Aaa0").
	if a > from && s[a-1] != ' ' && s[a-1] != '\t' && s[a-1] != '\n' {
		return 0
	}
	words, inWord, first := 0, false, byte(0)
	for p := a - 1; p >= from; p-- {
		switch c := s[p]; {
		case c == ' ' || c == '\t':
			inWord = false
			continue
		case c == '\n':
			return labelStart(k, words, first, capital)
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-':
			if !inWord {
				words++
				inWord = true
			}
			first = c
			continue
		}
		return 0
	}
	return labelStart(k, words, first, capital)
}

// labelStart gives k when the words before a glued label open as a
// label's do: none (the label's own word capitalised), or two at most
// with a capital first.
func labelStart(k, words int, first byte, capital bool) int {
	if words == 0 && capital || words > 0 && words <= 2 && 'A' <= first && first <= 'Z' {
		return k
	}
	return 0
}

// add appends the token s[a:b].
func (z *Tokenizer) add(s string, a, b int, kind uint8) {
	w := s[a:b]
	t := Token{Start: a, End: b, Text: w, Kind: kind}
	if c := w[0]; c < utf8.RuneSelf {
		t.Cap = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		t.Cap = unicode.IsUpper(r)
	}
	v := z.vocab
	switch {
	case !needsFold(w):
		t.Lower = w
		if v != nil {
			t.ID = v.ID(w)
		}
	case v != nil:
		z.fold = appendFold(z.fold[:0], w)
		if id, ok := v.ids[string(z.fold)]; ok {
			t.Lower, t.ID = v.words[id], id
		} else {
			t.Lower, t.ID = z.str(z.fold), Unknown
		}
	default:
		z.fold = appendFold(z.fold[:0], w)
		t.Lower = z.str(z.fold)
	}
	if v != nil {
		t.Base = t.ID
		if b := trimPossessive(t.Lower); len(b) != len(t.Lower) {
			t.Base = v.ID(b)
		}
	}
	z.toks = append(z.toks, t)
}

// trimPossessive strips a possessive "'s" or a trailing apostrophe.
func trimPossessive(w string) string {
	if strings.HasSuffix(w, "'s") {
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "'")
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
		if c := s[i]; c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
			// ASCII, most of news: a letter or digit goes on, anything
			// else but the joiners above ends the word.
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += n
			continue
		}
		// "Kelvar´s": an acute accent typed for an apostrophe joins too.
		if (r == '-' || r == '\'' || r == '’' || r == '´' || r == 'ʼ' || r == '.') && i+n < end {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(r2) || (r == '-' && unicode.IsDigit(r2)) {
				i += n
				continue
			}
		}
		// "the Kurdistan Workers' Party": a capitalised plural's genitive
		// inside a name keeps its apostrophe, as "Qaeda's" does.
		if (r == '\'' || r == '’') && pluralGenitive(s, start, i, n, end) {
			i += n
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
	if !needsFold(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// needsFold reports whether Fold would change s: it has an upper-case
// ASCII letter or any other byte than ASCII.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// appendFold appends Fold(s) to dst. A byte that is no UTF-8 becomes
// U+FFFD, as a string's runes read it.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, foldRune(r))
		i += n
	}
	return dst
}

// baseLetter is a letter without its accents, as spellings with and
// without them share it: "Chinégodar" is "Chinegodar", "Tillabéri"
// "Tillaberi". Letters whose decomposition opens with no ASCII letter
// stay as they are.
func baseLetter(r rune) rune {
	var buf [utf8.UTFMax]byte
	p := norm.NFD.PropertiesString(string(buf[:utf8.EncodeRune(buf[:], r)]))
	if d := p.Decomposition(); len(d) > 0 && d[0] < utf8.RuneSelf {
		return unicode.ToLower(rune(d[0]))
	}
	return r
}

// Plain is Fold without accents: "Suruç" and "Suruc" are both "suruc",
// however short (a skeleton says too little of a short name to match).
func Plain(s string) string {
	if !needsFold(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, baseLetter(foldRune(r)))
	}
	return string(b)
}

// foldRune is one rune of Fold.
func foldRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '´':
		return '\''
	case '–', '—':
		return '-'
	}
	return unicode.ToLower(r)
}

// Skeleton is a word as its spellings across transliterations share it:
// its first letter, then its consonants but h and y, a doubled one once,
// apostrophes and hyphens dropped, q written k. "Tehrik-i-Taliban" and "Tehrik-e-Taliban"
// are both "trktlbn"; "Koocha" and "Kocha" both "kc". Spaces are kept.
func Skeleton(s string) string {
	return string(AppendSkeleton(make([]byte, 0, len(s)), s))
}

// AppendSkeleton appends Skeleton(s) to dst, for a look-up that need not
// allocate.
func AppendSkeleton(dst []byte, s string) []byte {
	var last rune
	start := true
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = baseLetter(foldRune(r))
		}
		switch {
		case r == ' ':
			dst = append(dst, ' ')
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
			dst = utf8.AppendRune(dst, r)
		}
		start, last = false, r
	}
	return dst
}

// pluralGenitive reports an apostrophe at s[i:i+n] that closes a
// capitalised word ending in "s" and is followed by a space and another
// capitalised word: "Workers' Party", "Martyrs' Brigades".
func pluralGenitive(s string, start, i, n, end int) bool {
	if i-start < 3 || s[i-1] != 's' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[start:]); !unicode.IsUpper(r) {
		return false
	}
	j := i + n
	if j+1 >= end || s[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+1:])
	return unicode.IsUpper(r)
}
