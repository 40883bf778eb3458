package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// Transliterated names differ most often by one vowel: "Shebab" and
// "Shabab", "Hizbollah" and "Hezbollah". The skeletons of actorsSpelt are
// too short for one-word names like these, so a one-word name of the
// rules also matches any word one vowel away from it, found through the
// name with one vowel taken out (the symmetric-delete trick: both sides
// drop a vowel and meet).

// minVowelVariant is the shortest name matched one vowel away: shorter
// names ("Hamas", "Hamad") are too close to other words.
const minVowelVariant = 6

// vowelVariants indexes one-word names by themselves and by each spelling
// with one vowel removed. Every capitalised word of every sentence asks,
// and almost all miss: lens says which lengths a name has, so a word of
// no length within one of them misses before it is folded.
type vowelVariants struct {
	keys map[string][]vowelEntry
	lens [maxVowelVariant + 2]bool
	// skels holds each name's letters other than vowels, hashed: a word
	// one vowel away has the same ones, so an ASCII word whose hash is
	// not here misses without being folded or having its vowels dropped.
	skels map[uint64]bool
}

// maxVowelVariant is the longest name indexed one vowel away.
const maxVowelVariant = 40

type vowelEntry struct {
	name  string
	actor int
}

func newVowelVariants() *vowelVariants {
	return &vowelVariants{keys: map[string][]vowelEntry{}, skels: map[uint64]bool{}}
}

func (v *vowelVariants) add(name string, actor int) {
	w := text.Fold(name)
	if strings.ContainsRune(w, ' ') || len(w) < minVowelVariant || len(w) > maxVowelVariant {
		return
	}
	v.lens[len(w)] = true
	v.skels[consonantHash(w)] = true
	for _, k := range vowelDeletes(w) {
		v.keys[k] = append(v.keys[k], vowelEntry{w, actor})
	}
}

// match returns the actor a word names one vowel away from one of its
// names, when exactly one actor fits.
func (v *vowelVariants) match(word string) (int, bool) {
	// A fold keeps an ASCII word's length; another may change it.
	if n := len(word); n < minVowelVariant-1 || n <= maxVowelVariant+1 && isASCII(word) && !v.lens[n-1] && !v.lens[min(n, maxVowelVariant+1)] && !v.lens[min(n+1, maxVowelVariant+1)] {
		return 0, false
	}
	if isASCII(word) && !v.skels[consonantHash(word)] {
		return 0, false
	}
	w := text.Fold(word)
	if len(w) < minVowelVariant {
		return 0, false
	}
	found := -1
	for _, k := range vowelDeletes(w) {
		for _, e := range v.keys[k] {
			if !vowelEdit(w, e.name) {
				continue
			}
			if found >= 0 && found != e.actor {
				return 0, false
			}
			found = e.actor
		}
	}
	return found, found >= 0
}

// consonantHash hashes (FNV-1a) an ASCII word's bytes other than vowels,
// lower-cased as Fold lower-cases them.
func consonantHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if isVowel(c) {
			continue
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// vowelDeletes is w and w with each one of its vowels removed.
func vowelDeletes(w string) []string {
	out := []string{w}
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) {
			out = append(out, w[:i]+w[i+1:])
		}
	}
	return out
}

// vowelEdit: a and b differ by one vowel put in, taken out or changed.
func vowelEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	// A vowel added at the end makes another word: "Baghdadi" is a man,
	// "Baghdad" a city.
	switch len(b) - len(a) {
	case 0:
		return isVowel(a[i]) && isVowel(b[i]) && a[i+1:] == b[i+1:]
	case 1:
		return i < len(a) && isVowel(b[i]) && a[i:] == b[i+1:]
	}
	return false
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}
