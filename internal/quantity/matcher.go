package quantity

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// synFlag marks the few English syntax words the scanner needs besides the
// lexicon: range connectors, articles, and the words that reveal dates,
// money and percentages.
type synFlag uint16

const (
	synA         synFlag = 1 << iota // "a", "an" before a multiplier: "a dozen"
	synHalf                          // "half a dozen"
	synAnd                           // "one hundred and twenty", "between 4 and 6"
	synBetween                       // "between 4,000 and 6,000"
	synFrom                          // "from 20 to 30"
	synTo                            // "20 to 30"
	synOr                            // "two or three"
	synMonth                         // "April 6": the number is a day
	synMonthAbbr                     // "Aug. 7"
	synCurrency                      // "10 million dollars", "USD 5"
	synPercent                       // "95 percent"
	synPer                           // "95 per cent"
	synCent                          //
	synNo                            // "No. 2"
)

// syntaxWords are English function words, not wording a rule author tunes,
// so they live here rather than in the lexicon file.
var syntaxWords = map[string]synFlag{
	"a": synA, "an": synA, "half": synHalf, "and": synAnd, "between": synBetween,
	"from": synFrom, "to": synTo, "or": synOr,
	"january": synMonth, "february": synMonth, "march": synMonth, "april": synMonth,
	"may": synMonth, "june": synMonth, "july": synMonth, "august": synMonth,
	"september": synMonth, "october": synMonth, "november": synMonth, "december": synMonth,
	"jan": synMonthAbbr, "feb": synMonthAbbr, "mar": synMonthAbbr, "apr": synMonthAbbr,
	"jun": synMonthAbbr, "jul": synMonthAbbr, "aug": synMonthAbbr, "sep": synMonthAbbr,
	"sept": synMonthAbbr, "oct": synMonthAbbr, "nov": synMonthAbbr, "dec": synMonthAbbr,
	"dollar": synCurrency, "dollars": synCurrency, "euro": synCurrency, "euros": synCurrency,
	"rubles": synCurrency, "roubles": synCurrency, "yuan": synCurrency, "rupees": synCurrency,
	"dinars": synCurrency, "riyals": synCurrency, "lira": synCurrency, "liras": synCurrency,
	"shekels": synCurrency, "usd": synCurrency, "eur": synCurrency, "gbp": synCurrency,
	"percent": synPercent, "pct": synPercent, "per": synPer, "cent": synCent, "no": synNo,
}

// wordInfo is everything one lowercase word can be: a number word, the
// first word of qualifier or vague phrases, a syntax word.
type wordInfo struct {
	unit, ten, mult       int64
	isUnit, isTen, isMult bool
	syn                   synFlag
	before, after, vague  []*phrase // phrases starting with this word, longest first
}

// phrase is one qualifier or vague entry, compiled to word pointers.
type phrase struct {
	words []*wordInfo
	text  string // as spelled in the lexicon, for traces
	q     Qualifier
	v     Vague
}

// Matcher is a compiled lexicon. It is immutable and safe for concurrent use.
type Matcher struct {
	words  map[string]*wordInfo
	maxLen int // longest key in bytes: longer words are not looked up
	// shapes has bit n of entry first*26+last set when some ASCII key of n
	// bytes starts and ends with those letters; it rejects most words of a
	// sentence before any hashing.
	shapes [26 * 26]uint32
}

// shapeOf returns the shapes index and bit of an ASCII lowercase word, or
// false when the word cannot be described that way.
func shapeOf(w string) (int, uint32, bool) {
	if len(w) == 0 || len(w) >= 32 {
		return 0, 0, false
	}
	f, l := w[0]|0x20, w[len(w)-1]|0x20
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
		return 0, 0, false
	}
	return int(f-'a')*26 + int(l-'a'), 1 << len(w), true
}

// tokPool recycles token buffers across Scan calls.
var tokPool = sync.Pool{New: func() any { b := make([]token, 0, 256); return &b }}

// Compile turns a lexicon into a Matcher. Entries Validate would reject are
// left out; a nil lexicon still finds numbers written in digits.
func Compile(l *Lexicon) *Matcher {
	m := &Matcher{words: map[string]*wordInfo{}}
	get := func(w string) *wordInfo {
		k := normWord(w)
		wi := m.words[k]
		if wi == nil {
			wi = &wordInfo{}
			m.words[k] = wi
			m.maxLen = max(m.maxLen, len(k))
			if i, bit, ok := shapeOf(k); ok {
				m.shapes[i] |= bit
			}
		}
		return wi
	}
	for w, f := range syntaxWords {
		get(w).syn |= f
	}
	if l == nil {
		return m
	}
	for _, w := range sortedKeys(l.Units) {
		if v := l.Units[w]; isSingleWord(w) && v >= 0 && v <= 19 {
			wi := get(w)
			wi.unit, wi.isUnit = v, true
		}
	}
	for _, w := range sortedKeys(l.Tens) {
		if v := l.Tens[w]; isSingleWord(w) && v >= 20 && v <= 90 && v%10 == 0 {
			wi := get(w)
			wi.ten, wi.isTen = v, true
		}
	}
	for _, w := range sortedKeys(l.Multipliers) {
		if v := l.Multipliers[w]; isSingleWord(w) && v >= 2 {
			wi := get(w)
			wi.mult, wi.isMult = v, true
		}
	}
	newPhrase := func(words string) *phrase {
		p := &phrase{text: normPhrase(words)}
		for _, f := range strings.Fields(words) {
			p.words = append(p.words, get(f))
		}
		return p
	}
	for _, q := range l.Qualifiers {
		if !isPhrase(q.Words) || !validBound(q) {
			continue
		}
		p := newPhrase(q.Words)
		p.q = q
		if q.After {
			p.words[0].after = append(p.words[0].after, p)
		} else {
			p.words[0].before = append(p.words[0].before, p)
		}
	}
	for _, v := range l.Vague {
		if !isPhrase(v.Words) || v.Lo < 0 || v.Hi < 0 || (v.Hi != 0 && v.Lo > v.Hi) {
			continue
		}
		p := newPhrase(v.Words)
		p.v = v
		p.words[0].vague = append(p.words[0].vague, p)
	}
	longestFirst := func(a, b *phrase) int { return cmp.Compare(len(b.words), len(a.words)) }
	for _, wi := range m.words {
		slices.SortStableFunc(wi.before, longestFirst)
		slices.SortStableFunc(wi.after, longestFirst)
		slices.SortStableFunc(wi.vague, longestFirst)
	}
	return m
}

// validBound reports whether Compile can use q.
func validBound(q Qualifier) bool {
	switch q.Bound {
	case BoundApprox, BoundNearBelow:
		return q.Tolerance > 0 && q.Tolerance < 1
	case BoundMin, BoundAbove, BoundMax, BoundBelow, BoundExact:
		return true
	}
	return false
}

// lookup finds the roles of a word, ignoring case and apostrophe style,
// without allocating for ASCII words.
func (m *Matcher) lookup(w string) *wordInfo {
	var buf [32]byte
	if len(w) > len(buf) || len(w) == 0 {
		return nil
	}
	if i, bit, ok := shapeOf(w); ok && m.shapes[i]&bit == 0 && w[0] < utf8.RuneSelf && w[len(w)-1] < utf8.RuneSelf {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			k := normWord(w)
			if len(k) > m.maxLen {
				return nil
			}
			return m.words[k]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) > m.maxLen {
		return nil
	}
	return m.words[string(buf[:len(w)])]
}

// normWord lowercases w and straightens curly apostrophes.
func normWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(w)), "’", "'")
}

func sortedKeys(m map[string]int64) []string { return slices.Sorted(maps.Keys(m)) }
