package quantity

// Scan finds all amounts in s, left to right, non-overlapping. It compiles
// lex on every call; compile once with Compile when scanning many strings.
func Scan(s string, lex *Lexicon) []Amount { return Compile(lex).Scan(s) }

// Scan finds all amounts in s, left to right, non-overlapping.
func (m *Matcher) Scan(s string) []Amount {
	if m == nil {
		m = Compile(nil)
	}
	bp := tokPool.Get().(*[]token)
	t := appendTokens((*bp)[:0], s, m)
	var out []Amount
	for i := 0; i < len(t); {
		if tk := &t[i]; tk.kind != tokNum && (tk.kind != tokWord || tk.w == nil) {
			i++ // most tokens: neither a number nor a lexicon word
			continue
		}
		a, next, ok := m.at(s, t, i)
		if ok {
			out = append(out, a)
		}
		i = max(next, i+1)
	}
	if cap(t) <= 1<<15 { // do not keep a whole corpus' worth of tokens alive
		*bp = t[:0]
		tokPool.Put(bp)
	}
	return out
}

// mode is what came right before a reading.
type mode uint8

const (
	modePlain     mode = iota
	modeQualified      // after a qualifier: "a 100" is allowed
	modeBetween        // after "between": "and" must join two numbers
	modeFrom           // after "from": "to" must join two numbers
)

// reading is a number or range read at some token, before qualifiers
// placed in front of it are applied.
type reading struct {
	lo, hi            int64
	numFirst, numLast int // tokens of the number(s)
	last              int // last token consumed, after-qualifier included
	isRange           bool
	after             *phrase // after-qualifier ("or more", "-plus"), or nil
}

// at tries to read an amount at token i. It returns the amount, the token
// to go on from, and whether an amount was found; when none was, the
// returned index may still jump over a date, a year or money.
func (m *Matcher) at(s string, t []token, i int) (Amount, int, bool) {
	tk := &t[i]
	if tk.kind == tokWord && tk.w != nil {
		w := tk.w
		for _, p := range w.before {
			j, ok := matchPhrase(t, i, p)
			if !ok {
				continue
			}
			if r, ok, _ := m.read(t, j, modeQualified); ok {
				return m.build(s, t, i, r, p), r.last + 1, true
			}
		}
		if w.syn&(synBetween|synFrom) != 0 && i+1 < len(t) && t[i+1].space {
			md := modeBetween
			if w.syn&synBetween == 0 {
				md = modeFrom
			}
			if r, ok, _ := m.read(t, i+1, md); ok {
				return m.build(s, t, i, r, nil), r.last + 1, true
			}
		}
	}
	// A vague phrase of several words reads before the number words in it:
	// "a dozen people died" is about twelve, not twelve.
	if a, next, ok := m.vagueAt(s, t, i, 2); ok {
		return a, next, true
	}
	if r, ok, skip := m.read(t, i, modePlain); ok {
		return m.build(s, t, i, r, nil), r.last + 1, true
	} else if skip > i {
		return Amount{}, skip, false
	}
	if a, next, ok := m.vagueAt(s, t, i, 1); ok {
		return a, next, true
	}
	return Amount{}, i + 1, false
}

// vagueAt reads a vague phrase of at least minWords words at token i.
func (m *Matcher) vagueAt(s string, t []token, i, minWords int) (Amount, int, bool) {
	if tk := &t[i]; tk.kind == tokWord && tk.w != nil {
		for _, p := range tk.w.vague {
			if len(p.words) < minWords {
				continue
			}
			j, ok := matchPhrase(t, i, p)
			if !ok {
				continue
			}
			if minWords > 1 && qualifiedAt(t, j) {
				break // "a dozen or so": the number words and their qualifier
			}
			if j < len(t) && isDash(&t[j]) && !t[j].space {
				break // "many-sided": part of a compound word
			}
			a := m.buildVague(s, t, i, j, p)
			return a, tokenAt(t, a.End, j), true
		}
	}
	return Amount{}, 0, false
}

// qualifiedAt reports a qualifier after an amount at token j: "or so".
func qualifiedAt(t []token, j int) bool {
	if j >= len(t) || t[j].kind != tokWord || t[j].w == nil {
		return false
	}
	for _, q := range t[j].w.after {
		if _, ok := matchPhrase(t, j, q); ok {
			return true
		}
	}
	return false
}

// tokenAt returns the first token index from k on that starts at or after
// byte offset end.
func tokenAt(t []token, end, k int) int {
	for k < len(t) && t[k].start < end {
		k++
	}
	return k
}

// matchPhrase matches the words of p at token i, each spaced from the one
// before, and returns the token after them.
func matchPhrase(t []token, i int, p *phrase) (int, bool) {
	if i+len(p.words) > len(t) {
		return i, false
	}
	for k, w := range p.words {
		tk := &t[i+k]
		if tk.kind != tokWord || tk.w != w || (k > 0 && !tk.space) {
			return i, false
		}
	}
	return i + len(p.words), true
}

// afterQualifier matches an after-qualifier at token k, spaced ("500 or
// more") or hyphenated ("140-plus").
func afterQualifier(t []token, k int) (*phrase, int) {
	if k >= len(t) {
		return nil, k
	}
	at := k
	if isDash(&t[k]) && !t[k].space && k+1 < len(t) && !t[k+1].space {
		at = k + 1
	} else if !t[k].space {
		return nil, k
	}
	if t[at].kind != tokWord || t[at].w == nil {
		return nil, k
	}
	for _, p := range t[at].w.after {
		if end, ok := matchPhrase(t, at, p); ok {
			return p, end - 1
		}
	}
	return nil, k
}

// plusSign is the after-qualifier a glued "+" stands for: the lexicon's
// "plus", or nil when it has none.
func (m *Matcher) plusSign() *phrase {
	if w := m.words["plus"]; w != nil {
		for _, p := range w.after {
			if len(p.words) == 1 {
				return p
			}
		}
	}
	return nil
}

// read reads a number or a range at token i. When nothing countable is
// there it returns ok false and, if it recognised a date, year, money or
// the like, the token to resume at (else i).
func (m *Matcher) read(t []token, i int, md mode) (reading, bool, int) {
	a, ok := m.readNumber(t, i, md == modeQualified)
	if !ok {
		return reading{}, false, i
	}
	if md == modePlain {
		if skip := m.leftSkip(t, a); skip >= 0 {
			return reading{}, false, skip
		}
	}
	if a.year {
		return reading{}, false, skipGlued(t, a.last+1)
	}
	k := a.last + 1
	r := reading{numFirst: a.first, numLast: a.last, last: a.last, lo: a.val, hi: a.val}

	if md == modePlain || md == modeQualified {
		// "300+ civilians killed": a plus sign glued to the number reads
		// as the lexicon's "plus".
		if punctIs(t, k, '+') && !t[k].space && !a.dec && (k+1 >= len(t) || t[k+1].space) {
			if p := m.plusSign(); p != nil {
				r.after, r.last = p, k
				return r, true, 0
			}
		}
		if p, last := afterQualifier(t, k); p != nil && !a.dec {
			r.after, r.last = p, last
			if m.notCountAfter(t, last+1) {
				return reading{}, false, skipGlued(t, last+2)
			}
			return r, true, 0
		}
	}
	if b, ok := m.rangeEnd(t, k, md); ok {
		lo, hi, ok := rangeValues(a, b)
		// "between 1500 and 1200 were killed": the words bound it both
		// ways, whichever comes first.
		if !ok && md == modeBetween && !a.dec && !b.dec && b.val < a.val && a.mult == b.mult {
			lo, hi, ok = b.val, a.val, true
		}
		if ok {
			if skip := m.rightSkip(t, b); skip >= 0 {
				return reading{}, false, skip
			}
			r.lo, r.hi, r.isRange, r.numLast, r.last = lo, hi, true, b.last, b.last
			if p, last := afterQualifier(t, b.last+1); p != nil {
				r.after, r.last = p, last
			}
			return r, true, 0
		}
	}
	if md == modeBetween || md == modeFrom {
		return reading{}, false, i
	}
	if a.dec { // "2.5" alone is a measure, not a count
		return reading{}, false, skipGlued(t, k)
	}
	if skip := m.rightSkip(t, a); skip >= 0 {
		return reading{}, false, skip
	}
	return r, true, 0
}
