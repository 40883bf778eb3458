package when

// wordClass is what a vocabulary word may do at the start of a date; the
// pre-pass (region.go) uses it to find where a date can begin.
type wordClass uint8

const (
	// wordUnknown: not in the vocabulary (id 0).
	wordUnknown wordClass = iota
	// wordContext: read only around a date ("of", "in", "people", "ago").
	wordContext
	// wordLed: starts a date only when a known word, a number or a mark
	// follows it: phrases of two or more words ("the end of", "last
	// year"), shifts and qualifiers ("last", "early"), range openers
	// ("between"), spelled-out counts ("five years ago"), seasons
	// ("summer 2023").
	wordLed
	// wordAlone: may be a date on its own: months, weekdays, one-word
	// holidays and relative words ("Christmas", "yesterday").
	wordAlone
)

// sigLen bounds the words the signature table settles; longer words are
// looked up.
const sigLen = 16

// sigClass is the highest class of the vocabulary's a-z words of each
// length, first and last letter. Most words of a text have a signature no
// word that may start a date shares, and are settled without hashing.
type sigClass [sigLen + 1][26][26]wordClass

// classify fills the word classes and the packed a-z table once the
// lexicon is compiled. A word's class follows what core and at do with a
// token of that word (scan.go): every pattern they try for a wordLed word
// reads the token after it and fails on an unknown word.
func (m *Matcher) classify() {
	m.odd = m.vocab.ascii.build(&m.vocab)
	m.class = make([]wordClass, len(m.info))
	for id := 1; id < len(m.info); id++ {
		info := m.info[id]
		led := info.number > 0 || (id < len(m.ranges) && m.ranges[id] != nil)
		alone := info.month > 0 || info.weekday > 0
		if id < len(m.phrases) {
			for _, p := range m.phrases[id] {
				switch p.kind {
				case pRelative, pHoliday:
					led = true
					alone = alone || len(p.words) == 1
				case pShift, pQualifier, pSeason:
					led = true
				}
			}
		}
		switch {
		case alone:
			m.class[id] = wordAlone
		case led:
			m.class[id] = wordLed
		default:
			m.class[id] = wordContext
		}
	}
	m.vocab.sig = new(sigClass)
	for w, id := range m.vocab.ids {
		if n := len(w); n <= sigLen && plainWord(w) {
			c := &m.vocab.sig[n][w[0]-'a'][w[n-1]-'a']
			*c = max(*c, m.class[id])
		}
	}
	m.buildFollows()
}

// plainWord reports whether w is lowercase a-z letters only.
func plainWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return w != ""
}

// classOf returns the class of the a-z word w (any case) and, for
// wordLed and wordAlone words, its id. A word whose signature only
// context words share is called context whether or not it is one: that
// errs towards reading on, never towards stopping.
func (m *Matcher) classOf(w string) (wordClass, int32) {
	if n := len(w); n <= sigLen {
		if c := m.vocab.sig[n][(w[0]|0x20)-'a'][(w[n-1]|0x20)-'a']; c < wordLed {
			return c, 0
		}
	}
	id := m.vocab.lookupASCII(w)
	return m.class[id], id
}

// lookupASCII returns the id of the a-z word w (any case), 0 when unknown;
// words past maxWord letters are unknown, as tokenize has it.
func (v *vocab) lookupASCII(w string) int32 {
	switch n := len(w); {
	case n > maxWord || v.sig == nil:
		return 0
	case n <= sigLen:
		if v.sig[n][(w[0]|0x20)-'a'][(w[n-1]|0x20)-'a'] == wordUnknown {
			return 0
		}
		var lo, hi uint64
		for k := 0; k < n; k++ {
			packLetter(&lo, &hi, k, w[k]|0x20)
		}
		return v.ascii.lookup(lo, hi, n)
	case !v.ascii.long:
		return 0
	}
	var low [maxWord]byte
	for k := 0; k < len(w); k++ {
		low[k] = w[k] | 0x20
	}
	return v.lookup(low[:len(w)])
}
