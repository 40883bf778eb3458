package when

import (
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// Token flags.
const (
	fCap    uint8 = 1 << iota // word starts with an upper-case letter
	fPoss                     // followed by 's, which is outside [start, end)
	fOther                    // number that is never part of a date: 4,000 2.5 10:00 9/11 C5 $10 19kg
	fOrd                      // ordinal day: 3rd, 28th
	fDecade                   // decade: 1990s, 1990's
	fHyph                     // joined by a hyphen to the token before: IK-19, 2017-2019
)

// token is one word, number or punctuation mark. Whitespace separates
// tokens and is never a token, so two tokens next to each other in the
// slice have only whitespace between them.
type token struct {
	start, end int32 // Text bytes: a word without its possessive 's
	full       int32 // end including any possessive
	id         int32 // word: vocabulary id, 0 when the lexicon does not know it
	val        int32 // number: value, saturated
	r          rune  // punctuation mark
	kind       tokKind
	nd         uint8 // number: digit count
	flags      uint8
}

// maxWord bounds the words looked up in the vocabulary; lexicon words are
// short, so longer words are unknown without hashing them.
const maxWord = 32

// tokenize appends the tokens of s to toks. Words get their vocabulary id
// from vocab (nil leaves every id 0).
func tokenize(s string, vocab *vocab, toks []token) []token {
	return tokenizeSpan(s, 0, len(s), vocab, toks)
}

// tokenizeSpan appends the tokens of s[from:to] with their offsets in s.
// from must start a token and to end one (a space or the end of s, as the
// pre-pass chooses them); the scanners may look past to, as they would in
// the whole text.
func tokenizeSpan(s string, from, to int, vocab *vocab, toks []token) []token {
	var low [maxWord + utf8.UTFMax]byte
	for i := from; i < to; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v':
				i++
			case (c|0x20) >= 'a' && (c|0x20) <= 'z':
				var t token
				i, t = scanWord(s, i, vocab, low[:0])
				toks = append(toks, t)
			case c >= '0' && c <= '9':
				var t token
				i, t = scanNumber(s, i, toks, vocab)
				toks = append(toks, t)
			default:
				toks = append(toks, token{start: int32(i), end: int32(i + 1), full: int32(i + 1), r: rune(c), kind: tPunct})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r):
			var t token
			i, t = scanWord(s, i, vocab, low[:0])
			toks = append(toks, t)
		default:
			toks = append(toks, token{start: int32(i), end: int32(i + size), full: int32(i + size), r: r, kind: tPunct})
			i += size
		}
	}
	return toks
}

// isApostrophe accepts the straight and the typographic apostrophe.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ'
}

// letterAt decodes s at i and reports whether it is a letter.
func letterAt(s string, i int) (rune, int, bool) {
	if i >= len(s) {
		return 0, 0, false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1, (c|0x20) >= 'a' && (c|0x20) <= 'z'
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return r, size, unicode.IsLetter(r)
}

// scanWord reads letters with inner apostrophes ("don't"), folding them
// into low for the vocabulary lookup. A final 's is kept out of the word
// and marked fPoss, so "Friday's" is the word "friday".
func scanWord(s string, i int, vocab *vocab, low []byte) (int, token) {
	if j, t, ok := plainWord8(s, i, vocab); ok {
		return j, t
	}
	t := token{start: int32(i), kind: tWord}
	r0, _, _ := letterAt(s, i)
	if unicode.IsUpper(r0) {
		t.flags |= fCap
	}
	long := false
	for i < len(s) {
		// Fast path: ASCII letters.
		if c := s[i]; c < utf8.RuneSelf {
			if (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				if len(low) < maxWord {
					low = append(low, c|0x20)
				} else {
					long = true
				}
				i++
				continue
			}
			if c != '\'' {
				break
			}
		}
		r, size, ok := letterAt(s, i)
		if ok {
			if len(low) < maxWord {
				if r < utf8.RuneSelf {
					low = append(low, byte(r)|0x20)
				} else {
					low = utf8.AppendRune(low, unicode.ToLower(r))
				}
			} else {
				long = true
			}
			i += size
			continue
		}
		if !isApostrophe(r) {
			break
		}
		if _, _, ok := letterAt(s, i+size); !ok {
			break
		}
		// An apostrophe between letters: possessive 's, or part of the word.
		if s2, n2, _ := letterAt(s, i+size); s2|0x20 == 's' {
			if _, _, more := letterAt(s, i+size+n2); !more {
				t.end = int32(i)
				t.full = int32(i + size + n2)
				t.flags |= fPoss
				t.id = lookup(vocab, low, long)
				return int(t.full), t
			}
		}
		low = append(low, '\'')
		i += size
	}
	t.end, t.full = int32(i), int32(i)
	t.id = lookup(vocab, low, long)
	return i, t
}

// plainWord8 reads the commonest word at once: fewer than eight ASCII
// letters followed by an ASCII byte that is neither a letter nor an
// apostrophe, so that scanWord's loop would stop there with no
// possessive. It reports false for anything else.
func plainWord8(s string, i int, vocab *vocab) (int, token, bool) {
	if vocab == nil || i+8 > len(s) {
		return 0, token{}, false
	}
	n := letterRun(load64(s, i))
	if n == 8 || s[i+n] >= utf8.RuneSelf || s[i+n] == '\'' {
		return 0, token{}, false
	}
	j := i + n
	t := token{start: int32(i), end: int32(j), full: int32(j), kind: tWord, id: vocab.lookupASCII(s[i:j])}
	if s[i] <= 'Z' {
		t.flags = fCap
	}
	return j, t, true
}

// lookup finds a folded word's id; words past maxWord are never lexicon words.
func lookup(vocab *vocab, low []byte, long bool) int32 {
	if long {
		return 0
	}
	return vocab.lookup(low)
}

// scanNumber reads a run of digits and classifies it by what touches it:
// thousands separators, decimals, clock times, slashes, currency signs and
// letters all make it fOther; st/nd/rd/th make an ordinal, s a decade.
func scanNumber(s string, i int, prev []token, vocab *vocab) (int, token) {
	t := token{start: int32(i), kind: tNum}
	i = digitRun(s, i, &t)
	for {
		// 4,000,000: groups of exactly three digits.
		if i+3 < len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4])) {
			t.flags |= fOther
			i += 4
			continue
		}
		// 2.5, 10:00, 9/11, 11/9/2020.
		if i+1 < len(s) && (s[i] == '.' || s[i] == ':' || s[i] == '/') && isDigit(s[i+1]) {
			t.flags |= fOther
			var junk token
			i = digitRun(s, i+1, &junk)
			continue
		}
		break
	}
	// Letters glued to the number.
	j := i
	for j < len(s) && (s[j]|0x20) >= 'a' && (s[j]|0x20) <= 'z' {
		j++
	}
	switch suf := lowerASCII(s[i:j]); {
	case j == i:
	case suf == "st" || suf == "nd" || suf == "rd" || suf == "th":
		t.flags |= fOrd
		i = j
	case suf == "s":
		t.flags |= fDecade
		i = j
	case vocab != nil && vocab.months[vocab.lookup([]byte(suf))]:
		// "On 2January": a day glued to its month is read as if spaced.
	default:
		t.flags |= fOther
		i = j
	}
	t.end, t.full = int32(i), int32(i)
	if j == i && i < len(s) {
		// 1990's is a decade; 2014's a possessive year.
		if r, size := utf8.DecodeRuneInString(s[i:]); isApostrophe(r) && i+size < len(s) && s[i+size]|0x20 == 's' {
			if _, _, more := letterAt(s, i+size+1); !more {
				if t.nd == 4 && t.val%10 == 0 {
					t.flags |= fDecade
					t.end = int32(i + size + 1)
				} else {
					t.flags |= fPoss
				}
				t.full = int32(i + size + 1)
				i = int(t.full)
			}
		}
	}
	if n := len(prev); n > 0 && prev[n-1].full == t.start {
		p := prev[n-1]
		switch {
		case p.kind == tWord || p.kind == tNum:
			t.flags |= fOther // C5, G20
		case p.r == '$' || p.r == '€' || p.r == '£' || p.r == '¥' || p.r == '#' || p.r == '=' || p.r == '_':
			t.flags |= fOther
		case (p.r == '"' || p.r == '\'') && n > 1 && prev[n-2].full == p.start && prev[n-2].r == '=':
			t.flags |= fOther // width="1920"
		case (p.r == '-' || p.r == '–') && n > 1 && prev[n-2].full == p.start && prev[n-2].kind != tPunct:
			t.flags |= fHyph
		}
	}
	return i, t
}

// digitRun reads ASCII digits into t's value and digit count.
func digitRun(s string, i int, t *token) int {
	for i < len(s) && isDigit(s[i]) {
		if t.val < 100_000_000 {
			t.val = t.val*10 + int32(s[i]-'0')
		}
		if t.nd < 255 {
			t.nd++
		}
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lowerASCII lowercases short ASCII suffixes without allocating when they
// are already lowercase.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for k := range b {
				b[k] |= 0x20
			}
			return string(b)
		}
	}
	return s
}

// foldWord lowercases a word and straightens its apostrophes, the form
// vocabulary keys take.
func foldWord(w string) string {
	out := make([]byte, 0, len(w))
	for _, r := range w {
		switch {
		case isApostrophe(r):
			out = append(out, '\'')
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r |= 0x20
			}
			out = append(out, byte(r))
		default:
			out = utf8.AppendRune(out, unicode.ToLower(r))
		}
	}
	return string(out)
}
