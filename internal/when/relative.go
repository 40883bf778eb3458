package when

import "strings"

// relNote is the trace note of every date resolved against the reference,
// built once per Scan call: a text often has several such dates.
func (sc *scanner) relNote() string {
	if sc.rel == "" {
		sc.rel = "relative to published " + sc.ref.String()
	}
	return sc.rel
}

// relative reads a fixed relative phrase: "last year", "earlier this
// year", "yesterday". "last year [2016]" takes the editor's year.
func (sc *scanner) relative(i, j int, p *phrase) (hit, bool) {
	if sc.word(i-1).flags&wSpan != 0 {
		return skipTo(j) // over the last year: twelve months, not a calendar year
	}
	h := hit{start: sc.toks[i].start, end: sc.toks[j-1].end, next: j, rel: true}
	if p.rel.unit == unitYear && p.rel.mode == 0 {
		if y, n, ok := sc.bracket(j); ok {
			h.lo, h.hi = yearSpan(y)
			h.prec, h.rel, h.note = PrecYear, false, "year from the brackets"
			h.end, h.next = sc.toks[n-1].end, n
			return h, true
		}
	}
	if !sc.hasRef {
		return skipTo(j)
	}
	h.lo, h.hi, h.prec = sc.resolve(p.rel)
	h.note = sc.relNote()
	return h, true
}

// resolve turns a relative code into an interval around the reference.
//
// Weeks: "this week" is the Monday-to-Sunday week holding the reference.
// "last week" is [ref-13, ref-1]: it holds the previous calendar week
// whichever day the reference falls on and whichever day weeks start, and
// the seven days before the reference; "next week" mirrors it.
func (sc *scanner) resolve(c relCode) (Day, Day, Precision) {
	ref := sc.ref
	ry, rm, _ := ref.YMD()
	switch c.unit {
	case unitDay:
		d := ref + Day(c.off)
		if c.mode != 0 {
			d = ref
		}
		return d, d, PrecDay
	case unitWeek:
		mon := ref - Day((ref.Weekday()+6)%7)
		switch {
		case c.mode == relToDate && ref > mon:
			// "earlier this week": the days of the week before the report's.
			return mon, ref - 1, PrecDay
		case c.mode == relToDate:
			return mon, ref, PrecDay
		case c.mode == relRest:
			return ref, mon + 6, PrecDay
		case c.off == 0:
			return mon, mon + 6, PrecDay
		}
		mid := ref + Day(7*c.off)
		return mid - 6, mid + 6, PrecDay
	case unitMonth:
		lo, hi := clip(DayOf(ry, rm+c.off, 1), DayOf(ry, rm+c.off+1, 0), ref, c.mode)
		return lo, hi, PrecMonth
	}
	lo, hi := yearSpan(ry + c.off)
	lo, hi = clip(lo, hi, ref, c.mode)
	return lo, hi, PrecYear
}

// clip cuts an interval at the reference for "earlier this ..." and
// "later this ...".
func clip(lo, hi, ref Day, mode uint8) (Day, Day) {
	switch mode {
	case relToDate:
		return lo, ref
	case relRest:
		return ref, hi
	}
	return lo, hi
}

// ago reads "five years ago", "2 days ago", "five years ago this month".
// "four years earlier" is not read: its anchor is some other event.
func (sc *scanner) ago(i int) (hit, bool) {
	t := sc.toks[i]
	n := 0
	switch {
	case t.kind == tWord:
		n = int(sc.word(i).number)
	case t.kind == tNum && t.nd <= 4 && t.flags == 0:
		n = int(t.val)
	}
	u := sc.word(i + 1).unit
	if h, ok := sc.yearsAndMonthsAgo(i, n, u); ok {
		return h, true
	}
	if h, ok := sc.eitherYearsAgo(i, n); ok {
		return h, true
	}
	if n < 1 || n > 1000 || u == 0 || sc.word(i+2).flags&wAgo == 0 {
		return hit{}, false
	}
	h := hit{start: t.start, end: sc.toks[i+2].end, next: i + 3, rel: true}
	// "ago this month", "ago today": the year count lands on this month or day.
	var also *phrase
	if u == unitYear {
		if p, j := sc.m.phraseAt(sc.toks, i+3, pRelative); p != nil && p.rel.mode == 0 && p.rel.off == 0 && (p.rel.unit == unitMonth || p.rel.unit == unitDay) {
			also = p
			h.end, h.next = sc.toks[j-1].end, j
		}
	}
	if !sc.hasRef {
		return skipTo(h.next)
	}
	ref := sc.ref
	ry, rm, rd := ref.YMD()
	switch {
	case also != nil && also.rel.unit == unitMonth:
		h.lo, h.hi = monthSpan(ry-n, rm)
		h.prec = PrecMonth
	case also != nil:
		h.lo = DayOf(ry-n, rm, rd)
		h.hi, h.prec = h.lo, PrecDay
	case u == unitYear:
		h.lo, h.hi = yearSpan(ry - n)
		h.prec = PrecYear
	case u == unitMonth:
		h.lo, h.hi = DayOf(ry, rm-n, 1), DayOf(ry, rm-n+1, 0)
		h.prec = PrecMonth
	case u == unitWeek:
		mid := ref - Day(7*n)
		h.lo, h.hi, h.prec = mid-3, mid+3, PrecDay
	default:
		h.lo = ref - Day(n)
		h.hi, h.prec = h.lo, PrecDay
	}
	h.note = sc.relNote()
	return h, true
}

// weekday reads a weekday: "on Friday", "Friday's attack" (the latest such
// day on or before the reference, so a Sunday paper's "on Sunday" is that
// day), or a weekday before a full date ("Sunday, May 5, 2024").
func (sc *scanner) weekday(i int) (hit, bool) {
	wd := int(sc.word(i).weekday) - 1
	// "Sunday mass" is a routine; "Sunday's market bombing" is a day's.
	possessive := i < len(sc.toks) && sc.toks[i].full > sc.toks[i].end
	if sc.word(i-1).flags&wWeekdayBlock != 0 || sc.word(i+1).flags&wWeekdayNoun != 0 && !possessive {
		return skipTo(i + 1) // Good Friday, Sunday mass
	}
	j := i + 1
	// "Monday, August 13", "Monday (August 13th)".
	if sc.punct(j, ',') || sc.punct(j, '(') {
		j++
	}
	if j < len(sc.toks) && (sc.word(j).month > 0 || sc.toks[j].kind == tNum) {
		if h, ok := sc.core(j, true); ok && !h.skip && h.prec == PrecDay && h.lo == h.hi {
			h.start = sc.toks[i].start
			h.weekday = int8(wd + 1)
			if sc.punct(h.next, ')') && sc.punct(j-1, '(') {
				h.end, h.next = sc.toks[h.next].end, h.next+1
			}
			if h.lo.Weekday() != wd {
				if h.note != "" {
					h.note += "; "
				}
				h.note += "the weekday named does not fall on it"
			}
			return h, true
		}
	}
	if !sc.hasRef {
		return skipTo(i + 1)
	}
	d := sc.ref - Day((sc.ref.Weekday()-wd+7)%7)
	// "on Wednesday (14th)", "on Monday (13)": the day of the month in
	// brackets, as papers in Brazil write it, is the day meant; the month
	// is the one that puts it nearest the weekday.
	if n, ok := sc.bracketedDay(i + 1); ok {
		day := nearestDayOfMonth(d, n, sc.ref)
		h := hit{start: sc.toks[i].start, end: sc.toks[i+3].end, next: i + 4, lo: day, hi: day, prec: PrecDay, rel: true, weekday: int8(wd + 1), note: sc.relNote()}
		if day.Weekday() != wd {
			h.note += "; the weekday named does not fall on it"
		}
		return h, true
	}
	h := hit{start: sc.toks[i].start, end: sc.toks[i].end, next: i + 1, lo: d, hi: d, prec: PrecDay, rel: true, note: sc.relNote()}
	// "the Saturday before last": the one a week before that.
	if i+2 < len(sc.toks) && strings.EqualFold(sc.text(i+1), "before") && strings.EqualFold(sc.text(i+2), "last") {
		h.lo, h.hi = d-7, d-7
		h.end, h.next = sc.toks[i+2].end, i+3
	}
	// "on Friday last week", "Friday of last week": that weekday of the
	// calendar week before the reference's, one day and not two dates.
	if k := i + 1; k+1 < len(sc.toks) {
		if strings.EqualFold(sc.text(k), "of") && k+2 < len(sc.toks) {
			k++
		}
		if strings.EqualFold(sc.text(k), "last") && strings.EqualFold(sc.text(k+1), "week") {
			monday := sc.ref - Day((sc.ref.Weekday()+6)%7)
			day := monday - 7 + Day((wd+6)%7)
			h.lo, h.hi = day, day
			h.end, h.next = sc.toks[k+1].end, k+2
		}
	}
	return h, true
}

// text is the words of token i as written.
func (sc *scanner) text(i int) string { return sc.s[sc.toks[i].start:sc.toks[i].end] }

// eitherYearsAgo reads "two or three years ago", "five to six years ago"
// as the years of both counts, not as the last count alone: n at token i.
func (sc *scanner) eitherYearsAgo(i, n int) (hit, bool) {
	if n < 1 || i+4 >= len(sc.toks) || sc.toks[i+1].kind != tWord {
		return hit{}, false
	}
	if w := sc.text(i + 1); w != "or" && w != "to" {
		return hit{}, false
	}
	t := sc.toks[i+2]
	m := 0
	switch {
	case t.kind == tWord:
		m = int(sc.word(i + 2).number)
	case t.kind == tNum && t.nd <= 4 && t.flags == 0:
		m = int(t.val)
	}
	if m <= n || m > 1000 || sc.word(i+3).unit != unitYear || sc.word(i+4).flags&wAgo == 0 {
		return hit{}, false
	}
	h := hit{start: sc.toks[i].start, end: sc.toks[i+4].end, next: i + 5, rel: true}
	if !sc.hasRef {
		return skipTo(h.next)
	}
	ry, _, _ := sc.ref.YMD()
	h.lo, _ = yearSpan(ry - m)
	_, h.hi = yearSpan(ry - n)
	h.prec = PrecYear
	return h, true
}

// yearsAndMonthsAgo reads "two years and four months ago" as one month,
// not as "four months ago": n years (unit u) at token i.
func (sc *scanner) yearsAndMonthsAgo(i, n int, u unit) (hit, bool) {
	if u != unitYear || n < 1 || n > 1000 || i+5 >= len(sc.toks) {
		return hit{}, false
	}
	and := sc.toks[i+2]
	if sc.s[and.start:and.end] != "and" || sc.word(i+4).unit != unitMonth || sc.word(i+5).flags&wAgo == 0 {
		return hit{}, false
	}
	m := 0
	switch t := sc.toks[i+3]; {
	case t.kind == tWord:
		m = int(sc.word(i + 3).number)
	case t.kind == tNum && t.nd <= 2 && t.flags == 0:
		m = int(t.val)
	}
	if m < 1 || m > 11 {
		return hit{}, false
	}
	h := hit{start: sc.toks[i].start, end: sc.toks[i+5].end, next: i + 6, rel: true}
	if !sc.hasRef {
		return skipTo(h.next)
	}
	ry, rm, _ := sc.ref.YMD()
	h.lo, h.hi = monthSpan(ry-n, rm-m)
	h.prec = PrecMonth
	h.note = sc.relNote()
	return h, true
}

// bracketedDay reads a day of the month alone in brackets at token j:
// "(14th)", "(13)".
func (sc *scanner) bracketedDay(j int) (int, bool) {
	if !sc.punct(j, '(') || !sc.punct(j+2, ')') || j+1 >= len(sc.toks) {
		return 0, false
	}
	t := sc.toks[j+1]
	if t.kind != tNum || t.nd > 2 || t.flags&^fOrd != 0 || t.val < 1 || t.val > 31 {
		return 0, false
	}
	return int(t.val), true
}

// nearestDayOfMonth is the day n of d's month or of a month near it,
// not after the reference, whichever lies nearest d; d when there is none.
func nearestDayOfMonth(d Day, n int, ref Day) Day {
	y, m, _ := d.YMD()
	best, gap := d, -1
	for dm := -2; dm <= 1; dm++ {
		yy, mm := y, m+dm
		for mm < 1 {
			yy, mm = yy-1, mm+12
		}
		for mm > 12 {
			yy, mm = yy+1, mm-12
		}
		c := DayOf(yy, mm, n)
		if _, cm, cd := c.YMD(); cm != mm || cd != n || c > ref {
			continue // no such day that month, or one still to come
		}
		g := int(c - d)
		if g < 0 {
			g = -g
		}
		if gap < 0 || g < gap {
			best, gap = c, g
		}
	}
	return best
}
