package when

import (
	"unicode"
	"unicode/utf8"
)

// chunkAt classifies the chunk starting at i (not a space) and returns its
// end. With chLed it also returns the wordLed word's id. It errs only
// towards hot and away from stop: a hot chunk too many costs time, a stop
// too many would cut a pattern short.
func (m *Matcher) chunkAt(s string, i int) (int, chunkFlags, int32) {
	if end, f, led, ok := m.plainChunk(s, i); ok {
		return end, f, led
	}
	var f chunkFlags
	var led int32
	first := true  // no word read yet in this chunk
	inner := false // the word at i follows an apostrophe between letters
	for i < len(s) {
		switch byteKind[s[i]] {
		case kSpace:
			return i, f, led
		case kDigit:
			return skipChunk(s, i), chHot, 0
		case kHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return i, f, led
			}
			if unicode.IsLetter(r) {
				// A word with other letters: its lowercase form may even
				// be ASCII (the Kelvin sign), so it is not judged here.
				return skipChunk(s, i), chHot, 0
			}
			i += size // punctuation: curly quotes, dashes
			inner = false
		case kLetter:
			j := i + 1
			for j < len(s) && byteKind[s[j]] == kLetter {
				j++
			}
			atEnd, joined, other := wordEnd(s, j)
			if other || (m.odd && (inner || joined)) {
				// Other letters, or a token that may be a vocabulary word
				// with an apostrophe.
				return skipChunk(s, j), chHot, 0
			}
			class, id := m.classOf(s[i:j])
			switch class {
			case wordAlone:
				return skipChunk(s, j), chHot, 0
			case wordLed:
				if !atEnd {
					return skipChunk(s, j), chHot, 0
				}
				f |= chLed
				led = id
			case wordUnknown:
				// Without odd words, a token holding an apostrophe is
				// unknown, and a possessive's word is this one. (classOf
				// never calls a vocabulary word unknown.)
				if first && !inner {
					f |= chStop
				}
			}
			first = false
			inner = joined
			i = j
			if joined {
				i += apostropheAt(s, j)
			}
		default:
			i++
			inner = false
		}
	}
	return i, f, led
}

// wordEnd reads what ends a run of ASCII letters at j: the chunk's end, an
// apostrophe joining more letters to the token ("don't", "Friday's"), or a
// letter of another script that continues it.
func wordEnd(s string, j int) (atEnd, joined, other bool) {
	if j == len(s) {
		return true, false, false
	}
	switch byteKind[s[j]] {
	case kSpace:
		return true, false, false
	case kHigh:
		r, _ := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsSpace(r):
			return true, false, false
		case unicode.IsLetter(r):
			return false, false, true
		}
	}
	if n := apostropheAt(s, j); n > 0 && j+n < len(s) {
		_, _, joined = letterAt(s, j+n)
	}
	return false, joined, false
}

// apostropheAt returns the size of the apostrophe at j, 0 if none.
func apostropheAt(s string, j int) int {
	if s[j] == '\'' {
		return 1
	}
	if s[j] < utf8.RuneSelf {
		return 0
	}
	if r, size := utf8.DecodeRuneInString(s[j:]); isApostrophe(r) {
		return size
	}
	return 0
}

// plainChunk classifies the commonest chunk at once: a word of fewer than
// eight ASCII letters, alone or with one ASCII mark after it ("said",
// "attack,"), read eight bytes at a time. It reports false for anything
// else, which chunkAt then reads byte by byte.
func (m *Matcher) plainChunk(s string, i int) (int, chunkFlags, int32, bool) {
	if i+8 > len(s) {
		return 0, 0, 0, false
	}
	n := letterRun(load64(s, i))
	if n == 0 || n == 8 {
		return 0, 0, 0, false
	}
	end, mark := i+n, byte(0)
	switch k := byteKind[s[end]]; {
	case k == kSpace:
	case k == kPunct && s[end] != '\'' && (end+1 == len(s) || byteKind[s[end+1]] == kSpace):
		end, mark = end+1, s[end]
	default:
		return 0, 0, 0, false
	}
	class, id := m.classOf(s[i : i+n])
	switch class {
	case wordAlone:
		return end, chHot, 0, true
	case wordLed:
		switch mark {
		case 0:
			return end, chLed, id, true
		case '-':
			return end, chHot, 0, true // "mid-": the qualifier's dash
		}
		// Any other mark: no pattern of a wordLed word goes on past it.
	case wordUnknown:
		return end, chStop, 0, true
	}
	return end, 0, 0, true
}

// followedAt reports whether the token at j, the start of the chunk after
// a chunk ending with the wordLed word led, may carry one of its patterns
// on (follow.go). Anything it cannot judge counts as yes.
func (m *Matcher) followedAt(led int32, s string, j int) bool {
	f := &m.follows[led]
	switch byteKind[s[j]] {
	case kDigit:
		return f.num
	case kLetter:
		k := j + 1
		for k < len(s) && byteKind[s[k]] == kLetter {
			k++
		}
		if _, joined, other := wordEnd(s, k); other || (m.odd && joined) {
			return true
		}
		// A possessive's word is the run; without odd words any other
		// token with an apostrophe is unknown, and the run may only add.
		id := m.vocab.lookupASCII(s[j:k])
		return id != 0 && f.has(id)
	case kHigh:
		r, _ := utf8.DecodeRuneInString(s[j:])
		return unicode.IsLetter(r) || (r == '–' && f.dash)
	}
	return s[j] == '-' && f.dash
}
