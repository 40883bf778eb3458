package claim

import (
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// form is the word form responsibility patterns are matched by: the
// Porter2 stem of an English word, so one pattern word meets every
// inflection ("claimed" meets claims, claiming; "blamed" meets blames,
// blaming; "denied" meets deny, denies), and one form for the parts of
// "be" and "have", whose stems differ. Rule authors then write each
// wording once.
func form(lower string) string {
	if f, ok := auxForms[lower]; ok {
		return f
	}
	for i := 0; i < len(lower); i++ {
		if c := lower[i]; c < 'a' || c > 'z' {
			return lower // names, numbers and words in other scripts as they are
		}
	}
	if len(lower) < 3 {
		return lower
	}
	stems.RLock()
	f, ok := stems.m[lower]
	stems.RUnlock()
	if ok {
		return f
	}
	f = english.Stem(lower, true)
	stems.Lock()
	if len(stems.m) < maxStems {
		if stems.m == nil {
			stems.m = map[string]string{}
		}
		stems.m[strings.Clone(lower)] = f // not a slice of a document's text, kept alive
	}
	stems.Unlock()
	return f
}

// stems remembers the stems form has made: Porter2 takes about a
// microsecond a word, half the time of reading a responsibility sentence,
// and news repeats its words. A stem depends on the word alone, so one
// memory serves every extractor; it stops growing at maxStems words.
var stems struct {
	sync.RWMutex
	m map[string]string
}

const maxStems = 1 << 16

// auxForms are the irregular forms of "be" and "have".
var auxForms = map[string]string{
	"be": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
	"have": "have", "has": "have", "had": "have", "having": "have",
}

// formCue is the part every inflection of a pattern word spells out, for
// the cue index, which matches within words: "blam" is in blame, blamed
// and blaming, "carr" in carry and carried.
func formCue(f string) string {
	if n := len(f); n > 4 && (f[n-1] == 'i' || f[n-1] == 'e' || f[n-1] == 'y') {
		return f[:n-1]
	}
	return f
}
