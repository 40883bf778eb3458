package when

import "strings"

// Scan finds the date expressions in s, in order and without overlaps.
// ref is the publication date. When hasRef is false, expressions that need
// it (relative wording, dates without a year) are skipped, never guessed.
//
// A reference outside the years 1..9999 counts as no reference.
func (m *Matcher) Scan(s string, ref Day, hasRef bool) []Date {
	return m.scan(nil, s, ref, hasRef, true)
}

// AppendDates appends the dates of s to dst, as Scan finds them, but with
// every Trace left empty: a host that passes on only offsets and
// intervals (wasm's DatesCompact) skips the one string per date a trace
// costs, and reuses dst from text to text.
func (m *Matcher) AppendDates(dst []Date, s string, ref Day, hasRef bool) []Date {
	return m.scan(dst, s, ref, hasRef, false)
}

func (m *Matcher) scan(out []Date, s string, ref Day, hasRef, traces bool) []Date {
	if hasRef && (ref < minRef || ref > maxRef) {
		hasRef = false
	}
	buf, _ := m.pool.Get().(*scanBuf)
	if buf == nil {
		buf = new(scanBuf)
	}
	buf.spans = m.regions(s, buf.spans[:0])
	if len(buf.spans) > 0 {
		sc := scanner{m: m, s: s, ref: ref, hasRef: hasRef, traces: traces, toks: buf.toks[:0]}
		for _, sp := range buf.spans {
			sc.toks = tokenizeSpan(s, sp.from, sp.to, &m.vocab, sc.toks[:0])
			out = sc.walk(out)
		}
		buf.toks = sc.toks[:0]
	}
	m.pool.Put(buf)
	return out
}

// scanBuf holds the buffers one Scan call reuses from the last.
type scanBuf struct {
	spans []window
	toks  []token
}

// walk appends the dates among the scanner's tokens, matching greedily
// from the left.
func (sc *scanner) walk(out []Date) []Date {
	for i := 0; i < len(sc.toks); {
		if t := &sc.toks[i]; t.kind == tPunct || (t.kind == tWord && t.id == 0) {
			i++ // nothing starts here; most tokens end at this test
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

// The span of usable reference dates; beyond it year arithmetic would
// leave the calendar.
var (
	minRef = DayOf(1, 1, 1)
	maxRef = DayOf(9999, 12, 31)
)

// scanner is the state of one Scan call.
type scanner struct {
	m      *Matcher
	s      string
	toks   []token
	ref    Day
	hasRef bool
	traces bool   // build each Date's Trace
	rel    string // relNote, once built
	pub    string // pubNote, once built
}

// hit is one match: either a date or, with skip, words that look like a
// date but are not one ("June of that year", "Good Friday") and must not
// be read again piecewise.
type hit struct {
	start, end int32 // bytes of the Text
	next       int   // token index after the match
	lo, hi     Day
	prec       Precision
	rel        bool
	skip       bool
	joiner     int32 // day ranges: the word joining the two days, for "from ... to"
	note       string
	weekday    int8 // the weekday named with the day, 1..7, or 0
}

// date turns a hit into the exported form.
func (sc *scanner) date(h hit) Date {
	text := sc.s[h.start:h.end]
	if !sc.traces {
		return Date{Lo: h.lo, Hi: h.hi, Precision: h.prec, Relative: h.rel,
			Start: int(h.start), End: int(h.end), Text: text, Weekday: h.weekday}
	}
	// One allocation: the trace is most of the cost of a found date.
	var b strings.Builder
	b.Grow(len(text) + len(h.note) + 40)
	b.WriteByte('\'')
	b.WriteString(text)
	b.WriteString("' → ")
	var sp [48]byte
	b.Write(appendSpan(sp[:0], h.lo, h.hi, h.prec))
	if h.note != "" {
		b.WriteString(" (")
		b.WriteString(h.note)
		b.WriteByte(')')
	}
	trace := b.String()
	return Date{Lo: h.lo, Hi: h.hi, Precision: h.prec, Relative: h.rel,
		Start: int(h.start), End: int(h.end), Text: text, Trace: trace, Weekday: h.weekday}
}

// skipTo is a hit that swallows tokens i..next-1 without a date.
func skipTo(next int) (hit, bool) { return hit{next: next, skip: true}, true }

// at tries every pattern at token i, with an optional qualifier ("early",
// "mid-", "the end of") in front.
func (sc *scanner) at(i int) (hit, bool) {
	if q, j := sc.m.phraseAt(sc.toks, i, pQualifier); q != nil {
		if sc.isDash(j) && j+1 < len(sc.toks) && sc.toks[j-1].full == sc.toks[j].start && sc.toks[j].end == sc.toks[j+1].start {
			j++
			sc.toks[j].flags &^= fHyph // mid-2024: the hyphen binds the qualifier, not a range
		}
		if j < len(sc.toks) {
			if h, ok := sc.core(j, true); ok && !h.skip {
				h.start = sc.toks[i].start
				if h.prec == PrecDecade && q.part > 0 {
					h = narrowDecade(h, q.part)
				}
				return h, true
			}
		}
	}
	return sc.core(i, false)
}

// core tries the patterns that start at token i.
func (sc *scanner) core(i int, cued bool) (hit, bool) {
	t := sc.toks[i]
	if t.kind == tNum {
		return sc.number(i)
	}
	if t.kind != tWord || t.id == 0 {
		return hit{}, false
	}
	if int(t.id) < len(sc.m.ranges) && sc.m.ranges[t.id] != nil {
		if h, ok := sc.rangeFrom(i, sc.m.ranges[t.id]); ok {
			return h, true
		}
	}
	if p, j := sc.m.phraseAt(sc.toks, i, pRelative); p != nil {
		return sc.relative(i, j, p)
	}
	if p, j := sc.m.phraseAt(sc.toks, i, pShift); p != nil {
		if h, ok := sc.shifted(i, j, p); ok {
			return h, true
		}
	}
	if p, j := sc.m.phraseAt(sc.toks, i, pHoliday); p != nil {
		return sc.holiday(i, j, p)
	}
	if p, j := sc.m.phraseAt(sc.toks, i, pSeason); p != nil {
		if h, ok := sc.seasonYear(i, j, p); ok {
			return h, true
		}
	}
	info := sc.m.info[t.id]
	switch {
	case info.weekday > 0:
		return sc.weekday(i)
	case info.month > 0:
		return sc.month(i, cued)
	case info.number > 0:
		return sc.ago(i)
	}
	return hit{}, false
}

// word returns the lexicon entry of token i, or the zero entry.
func (sc *scanner) word(i int) wordInfo {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != tWord {
		return wordInfo{}
	}
	return sc.m.info[sc.toks[i].id]
}

// punct reports whether token i is the punctuation mark r.
func (sc *scanner) punct(i int, r rune) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].kind == tPunct && sc.toks[i].r == r
}

// isDash accepts a hyphen or an en dash.
func (sc *scanner) isDash(i int) bool {
	return sc.punct(i, '-') || sc.punct(i, '–')
}

// prevWord returns the index of the word before token i, looking past one
// period ("No. 2"), or -1.
func (sc *scanner) prevWord(i int) int {
	i--
	if sc.punct(i, '.') {
		i--
	}
	if i >= 0 && sc.toks[i].kind == tWord {
		return i
	}
	return -1
}

// yearAt reads a four-digit year in lo..hi at token i, refusing counts:
// a count noun after it ("2000 people", "2000 to 3000 fighters") or a
// count cue before it ("more than 2000", "No. 2014").
func (sc *scanner) yearAt(i, lo, hi int) (int, bool) {
	if i >= len(sc.toks) {
		return 0, false
	}
	t := sc.toks[i]
	if t.kind != tNum || t.nd != 4 || t.flags&(fOther|fOrd|fDecade|fHyph) != 0 || int(t.val) < lo || int(t.val) > hi {
		return 0, false
	}
	if p := sc.prevWord(i); p >= 0 && sc.word(p).flags&wCountCue != 0 {
		return 0, false
	}
	if sc.countAfter(i) && !sc.yearBefore(i) {
		return 0, false
	}
	return int(t.val), true
}

// yearBefore reports a number at i that a month or "of" makes a year
// though a count word follows: "the blasts in May 2008 killed 71", "the
// blasts of 2008 killed 71" (a count of that size is written "2,008").
func (sc *scanner) yearBefore(i int) bool {
	p := sc.prevWord(i)
	if p < 0 || p != i-1 {
		return false
	}
	if sc.word(p).month != 0 {
		return true
	}
	next := i + 1
	if next >= len(sc.toks) || sc.toks[next].kind != tWord {
		return false
	}
	w := strings.ToLower(sc.s[sc.toks[next].start:sc.toks[next].end])
	return strings.EqualFold(sc.s[sc.toks[p].start:sc.toks[p].end], "of") && strings.HasSuffix(w, "ed")
}

// countAfter reports whether the number at token i is followed by a count
// noun, directly or through a range ("2000 to 3000 fighters").
func (sc *scanner) countAfter(i int) bool {
	if sc.word(i+1).flags&wCountNoun != 0 {
		return true
	}
	if (sc.word(i+1).flags&wJoiner != 0 || sc.isDash(i+1)) && i+2 < len(sc.toks) && sc.toks[i+2].kind == tNum {
		return sc.word(i+3).flags&wCountNoun != 0
	}
	return false
}

// dayAt reads a day of the month (1..31, "3rd" too) at token i.
func (sc *scanner) dayAt(i int, hyphenOK bool) (int, bool) {
	if i >= len(sc.toks) {
		return 0, false
	}
	t := sc.toks[i]
	bad := fOther | fDecade | fPoss
	if !hyphenOK {
		bad |= fHyph
	}
	if t.kind != tNum || t.nd > 2 || t.flags&bad != 0 || t.val < 1 || t.val > 31 {
		return 0, false
	}
	if sc.word(i+1).flags&wCountNoun != 0 && !sc.onMonth(i) {
		return 0, false // "in March 12 people were killed": a count
	}
	return int(t.val), true
}

// onMonth reports a day number after a month after "on": "a bombing on
// January 15 killed 21 people" gives a day, though a count noun follows.
func (sc *scanner) onMonth(i int) bool {
	m := sc.prevWord(i)
	if m < 1 || sc.word(m).month == 0 {
		return false
	}
	on := sc.toks[m-1]
	return on.kind == tWord && strings.EqualFold(sc.s[on.start:on.end], "on")
}

// bracket reads an editor's year in brackets at token i ("[2016]") and
// returns the year and the token after the closing bracket.
func (sc *scanner) bracket(i int) (int, int, bool) {
	if !sc.punct(i, '[') || !sc.punct(i+2, ']') {
		return 0, 0, false
	}
	t := sc.toks[i+1]
	if t.kind != tNum || t.nd != 4 || t.flags != 0 {
		return 0, 0, false
	}
	return int(t.val), i + 3, true
}

// anchored reports whether token i (after an optional link word) starts a
// phrase tying the date to a year the text does not give ("of that
// year"), and returns the token after it.
func (sc *scanner) anchored(i int) (int, bool) {
	if sc.word(i).flags&wLink != 0 {
		i++
	}
	if p, j := sc.m.phraseAt(sc.toks, i, pAnchored); p != nil {
		return j, true
	}
	return i, false
}

// relYear reads a relative year after a month or day ("this year", "of
// last year") and returns the year and the token after it.
func (sc *scanner) relYear(i int) (int, int, bool) {
	if sc.word(i).flags&wLink != 0 {
		i++
	}
	p, j := sc.m.phraseAt(sc.toks, i, pRelative)
	if p == nil || p.rel.unit != unitYear || p.rel.mode != 0 {
		return 0, 0, false
	}
	ry, _, _ := sc.ref.YMD()
	return ry + p.rel.off, j, true
}

// narrowDecade keeps the part of a decade a qualifier names, in years:
// "the early 1990s" is 1990 to 1993, the mid 1990s 1993 to 1996, the late
// 1990s 1997 to 1999.
func narrowDecade(h hit, part int8) hit {
	y, _, _ := h.lo.YMD()
	from, to := y, y+3
	switch part {
	case 2:
		from, to = y+3, y+6
	case 3:
		from, to = y+7, y+9
	}
	h.lo, _ = yearSpan(from)
	_, h.hi = yearSpan(to)
	h.prec = PrecYear
	return h
}
