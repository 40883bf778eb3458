package when

import (
	"unicode"
	"unicode/utf8"
)

// The pre-pass. Tokenizing every word and looking it up in the vocabulary
// cost most of Scan, yet dates start only at numbers and at a few words.
// The pre-pass walks the text by chunks (runs of non-space bytes; a token
// never spans a space, so tokenizing from a chunk's start gives the same
// tokens as tokenizing from the text's start) and marks the spans where a
// date can be; Scan tokenizes and walks only those.
//
// A span runs from two chunks before a chunk that may start a date (the
// patterns look back at most two tokens: prevWord, the month cue, the span
// marker) to the first chunk after it whose first token is an unknown
// word. Every pattern reads forward token by token and fails on an unknown
// word, so no pattern started inside a span reads past its end, and the
// text between spans holds no start. Scan therefore finds exactly what a
// walk over all tokens finds; equivalence_test.go and FuzzScan hold it to
// that against the frozen full walk (reference_test.go).

// window is a byte range of the text to tokenize.
type window struct{ from, to int }

// chunkFlags is what the pre-pass learns of one chunk (a run of non-space
// bytes).
type chunkFlags uint8

const (
	chHot  chunkFlags = 1 << iota // holds a number, or a word that may be a date alone
	chLed                         // ends with a wordLed word: hot if what follows fits it
	chStop                        // not hot, and its first token is an unknown word
)

// Byte kinds for the pre-pass.
const (
	kPunct uint8 = iota
	kSpace
	kLetter
	kDigit
	kHigh // the first byte of a multi-byte rune
)

var byteKind = func() (t [256]uint8) {
	for _, c := range " \t\n\r\f\v" {
		t[c] = kSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = kLetter, kLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = kDigit
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = kHigh
	}
	return t
}()

// regions appends the spans of s to tokenize, in order and apart.
func (m *Matcher) regions(s string, out []window) []window {
	start := skipSpace(s, 0)
	if start == len(s) {
		return out
	}
	end, f, led := m.chunkAt(s, start)
	back0, back1 := start, start // starts of the two chunks before this one
	open, from := false, 0
	for {
		j := skipSpace(s, end)
		more := j < len(s)
		var nextEnd int
		var next chunkFlags
		var nextLed int32
		if more {
			nextEnd, next, nextLed = m.chunkAt(s, j)
		}
		switch {
		case f&chHot != 0 || (f&chLed != 0 && more && m.followedAt(led, s, j)):
			if !open {
				open, from = true, back0
			}
		case open && f&chStop != 0:
			out = addSpan(out, from, end)
			open = false
		}
		if !more {
			break
		}
		back0, back1 = back1, start
		start, end, f, led = j, nextEnd, next, nextLed
	}
	if open {
		out = addSpan(out, from, end)
	}
	return out
}

// addSpan appends [from, to), joining it to the last span if they touch:
// a span's look-back may reach into the one before.
func addSpan(out []window, from, to int) []window {
	if n := len(out); n > 0 && from <= out[n-1].to {
		out[n-1].to = max(out[n-1].to, to)
		return out
	}
	return append(out, window{from, to})
}

// skipSpace returns the first index at or after i that is not white space
// as tokenize sees it.
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch byteKind[s[i]] {
		case kSpace:
			i++
		case kHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

// skipChunk returns the end of the chunk holding i.
func skipChunk(s string, i int) int {
	for i < len(s) {
		switch byteKind[s[i]] {
		case kSpace:
			return i
		case kHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return i
			}
			i += size
		default:
			i++
		}
	}
	return i
}
