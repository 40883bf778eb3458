package text

import (
	"unicode"
	"unicode/utf8"
)

// IsUpper reports whether strings.ToUpper(s) == s without writing the
// upper-case copy, which the reading code asked for at every capitalised
// word: each rune is its own upper case, and s is valid UTF-8 (ToUpper
// writes U+FFFD for a byte that is not).
func IsUpper(s string) bool {
	return sameCase(s, unicode.ToUpper)
}

// IsLower is IsUpper for strings.ToLower.
func IsLower(s string) bool {
	return sameCase(s, unicode.ToLower)
}

func sameCase(s string, to func(rune) rune) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if rune(c) != to(rune(c)) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || to(r) != r {
			return false
		}
		i += n
	}
	return true
}
