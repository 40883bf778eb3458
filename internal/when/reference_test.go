package when

import (
	"unicode"
	"unicode/utf8"
)

// The reference scanner: Scan as it was before it learned to tokenize only
// the text around possible dates. It is kept, frozen, so that the
// equivalence tests (equivalence_test.go, FuzzScan) can hold the fast path
// to exactly the same results. It shares the pattern code (absolute.go,
// numeric.go, ...) with Scan; only the tokenizer and the walk differ.

// scanRef finds the dates of s the old way: every token of the text, one
// walk over all of them.
func (m *Matcher) scanRef(s string, ref Day, hasRef bool) []Date {
	if hasRef && (ref < minRef || ref > maxRef) {
		hasRef = false
	}
	sc := scanner{m: m, s: s, ref: ref, hasRef: hasRef, traces: true}
	sc.toks = tokenizeRef(s, &m.vocab, nil)
	var out []Date
	for i := 0; i < len(sc.toks); {
		if t := &sc.toks[i]; t.kind == tPunct || (t.kind == tWord && t.id == 0) {
			i++
			continue
		}
		h, ok := sc.at(i)
		if !ok || h.next <= i {
			i++
			continue
		}
		if !h.skip {
			out = append(out, sc.date(h))
		}
		i = h.next
	}
	return out
}

// tokenizeRef is tokenize as it was before Scan learned to skip text: it
// tokenizes every word. It appends the tokens of s to toks. Words get their vocabulary id
// from vocab (nil leaves every id 0).
func tokenizeRef(s string, vocab *vocab, toks []token) []token {
	var low [maxWord + utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v':
				i++
			case (c|0x20) >= 'a' && (c|0x20) <= 'z':
				var t token
				i, t = scanWordRef(s, i, vocab, low[:0])
				toks = append(toks, t)
			case c >= '0' && c <= '9':
				var t token
				i, t = scanNumberRef(s, i, toks, vocab)
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
			i, t = scanWordRef(s, i, vocab, low[:0])
			toks = append(toks, t)
		default:
			toks = append(toks, token{start: int32(i), end: int32(i + size), full: int32(i + size), r: r, kind: tPunct})
			i += size
		}
	}
	return toks
}

// scanWordRef reads letters with inner apostrophes ("don't"), folding them
// into low for the vocabulary lookup. A final 's is kept out of the word
// and marked fPoss, so "Friday's" is the word "friday".
func scanWordRef(s string, i int, vocab *vocab, low []byte) (int, token) {
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
				t.id = lookupRef(vocab, low, long)
				return int(t.full), t
			}
		}
		low = append(low, '\'')
		i += size
	}
	t.end, t.full = int32(i), int32(i)
	t.id = lookupRef(vocab, low, long)
	return i, t
}

// lookupRef finds a folded word's id; words past maxWord are never lexicon words.
func lookupRef(vocab *vocab, low []byte, long bool) int32 {
	if long {
		return 0
	}
	return vocab.ids[string(low)] // the map, not the table Scan uses
}

// scanNumberRef reads a run of digits and classifies it by what touches it:
// thousands separators, decimals, clock times, slashes, currency signs and
// letters all make it fOther; st/nd/rd/th make an ordinal, s a decade.
func scanNumberRef(s string, i int, prev []token, vocab *vocab) (int, token) {
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
	case vocab != nil && vocab.months[vocab.ids[suf]]:
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
