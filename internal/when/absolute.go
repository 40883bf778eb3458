package when

// month reads the patterns that start with a month name: "Aug. 7",
// "September 4 and 5", "Sept. 11, 2001", "March 2019", "June of 2016",
// "last January [2016]" (after the shift) and "in January".
func (sc *scanner) month(i int, cued bool) (hit, bool) {
	mo := int(sc.word(i).month)
	j := i + 1
	if sc.punct(j, '.') && sc.toks[i].full == sc.toks[j].start {
		j++ // Aug.
	}
	if d1, ok := sc.dayAt(j, false); ok {
		return sc.monthDay(i, j, mo, d1)
	}
	k := j
	if sc.word(k).flags&wLink != 0 {
		k++
	}
	if y, ok := sc.yearAt(k, 1000, 2199); ok {
		lo, hi := monthSpan(y, mo)
		return hit{start: sc.toks[i].start, end: sc.toks[k].end, next: k + 1, lo: lo, hi: hi, prec: PrecMonth}, true
	}
	h := hit{start: sc.toks[i].start, end: sc.toks[i].end, next: i + 1, prec: PrecMonth}
	if _, _, ok := sc.bracket(j); ok {
		return sc.yearless(h, j, mo, 0, 0)
	}
	if _, _, ok := sc.relYear(j); ok {
		return sc.yearless(h, j, mo, 0, 0)
	}
	if n, ok := sc.anchored(j); ok {
		return skipTo(n)
	}
	// A month named alone needs a word that introduces a time ("in",
	// "since", "early"), and "May" or "March" a capital, to be a date;
	// written short ("Mar"), a day or a year beside it.
	if !cued && sc.word(i-1).flags&wMonthCue == 0 || sc.word(i).flags&wMonthAbbr != 0 {
		return hit{}, false
	}
	if sc.word(i).flags&wCapMonth != 0 && sc.toks[i].flags&fCap == 0 {
		return hit{}, false
	}
	return sc.yearless(h, i+1, mo, 0, 0)
}

// monthDay reads what follows "Month day" at token j: a second day ("4 and
// 5", "1 to 10", "4-5"), then a year ("Sept. 11, 2001", "August 23 2024").
func (sc *scanner) monthDay(i, j, mo, d1 int) (hit, bool) {
	k := j + 1
	d2 := d1
	var joiner int32
	if dash := sc.isDash(k); dash || sc.word(k).flags&wJoiner != 0 {
		if d, ok := sc.dayAt(k+1, dash); ok && d > d1 {
			d2 = d
			if !dash {
				joiner = sc.toks[k].id
			}
			k += 2
		}
	}
	h := hit{start: sc.toks[i].start, end: sc.toks[k-1].end, next: k, prec: PrecDay, joiner: joiner}
	// A year after a comma must look like one of this era ("April 6, 48
	// affiliates" is not April 6, 48); without a comma the month already
	// says it is a date.
	yk, ylo, yhi := k, 1000, 2199
	if sc.punct(k, ',') {
		yk, ylo, yhi = k+1, 1800, 2099
	}
	if y, ok := sc.yearAt(yk, ylo, yhi); ok {
		if d2 > daysIn(y, mo) {
			return skipTo(yk + 1) // February 30, 2020
		}
		h.lo, h.hi = DayOf(y, mo, d1), DayOf(y, mo, d2)
		h.end, h.next = sc.toks[yk].end, yk+1
		return h, true
	}
	if d2 > daysIn(2000, mo) {
		return skipTo(k) // April 31
	}
	if d1 == d2 && k < len(sc.toks) && sc.toks[k].kind == tWord {
		for _, w := range sc.m.named[mo*100+d1] {
			if sc.toks[k].id == w {
				return skipTo(k) // the Sept. 11 attacks
			}
		}
	}
	return sc.yearless(h, k, mo, d1, d2)
}

// dayFirst reads "3 January 2024", "3 January", "4th of July".
func (sc *scanner) dayFirst(i int) (hit, bool) {
	d, ok := sc.dayAt(i, false)
	if !ok {
		return hit{}, false
	}
	j := i + 1
	// "22–23 September 1997": a night or a span of days, day first.
	d2 := d
	if sc.isDash(j) {
		if e, ok := sc.dayAt(j+1, true); ok && e > d && sc.word(j+2).month != 0 {
			d2, j = e, j+2
		}
	}
	if sc.word(j).flags&wLink != 0 && sc.toks[i].flags&fOrd != 0 {
		j++
	}
	mo := int(sc.word(j).month)
	if mo == 0 || d2 > daysIn(2000, mo) {
		return hit{}, false
	}
	k := j + 1
	if sc.punct(k, '.') && sc.toks[j].full == sc.toks[k].start {
		k++
	}
	h := hit{start: sc.toks[i].start, end: sc.toks[j].end, next: j + 1, prec: PrecDay}
	// "23 October, 2007" as "October 23, 2007": a year after a comma must
	// look like one of this era.
	yk, ylo, yhi := k, 1000, 2199
	if sc.punct(k, ',') {
		yk, ylo, yhi = k+1, 1800, 2099
	}
	if y, ok := sc.yearAt(yk, ylo, yhi); ok {
		if d2 > daysIn(y, mo) {
			return skipTo(yk + 1)
		}
		h.lo, h.hi = DayOf(y, mo, d), DayOf(y, mo, d2)
		h.end, h.next = sc.toks[yk].end, yk+1
		return h, true
	}
	return sc.yearless(h, j+1, mo, d, d2)
}

// yearless finishes a month or day written without its year, looking at
// token k after it: an editor's bracketed year ("last January [2016]"), a
// relative year ("January this year"), a phrase tying it to a year the
// text does not give ("June of that year": skipped), or else the
// reference year. d1 == 0 means the whole month.
func (sc *scanner) yearless(h hit, k, mo, d1, d2 int) (hit, bool) {
	in := func(y int) (Day, Day) {
		if d1 == 0 {
			return monthSpan(y, mo)
		}
		return DayOf(y, mo, d1), DayOf(y, mo, d2)
	}
	if y, n, ok := sc.bracket(k); ok {
		if d2 > daysIn(y, mo) {
			return skipTo(n)
		}
		h.lo, h.hi = in(y)
		h.end, h.next = sc.toks[n-1].end, n
		h.note = "year from the brackets"
		return h, true
	}
	if y, n, ok := sc.relYear(k); ok {
		if !sc.hasRef || d2 > daysIn(y, mo) {
			return skipTo(n)
		}
		h.lo, h.hi = in(y)
		h.end, h.next = sc.toks[n-1].end, n
		h.rel, h.note = true, sc.relNote()
		return h, true
	}
	if n, ok := sc.anchored(k); ok {
		return skipTo(n)
	}
	if !sc.hasRef {
		return skipTo(h.next)
	}
	y, note := sc.place(mo, d1, d2, h.prec)
	h.lo, h.hi = in(y)
	h.rel, h.note = true, note
	return h, true
}

// pubNote is the trace note of a date that took the reference's year,
// built once per Scan call.
func (sc *scanner) pubNote() string {
	if sc.pub == "" {
		sc.pub = "year from published " + sc.ref.String()
	}
	return sc.pub
}

// place picks the year of a date written without one: the reference year,
// unless that puts a day more than 31 days after the reference, or a month
// after it (news reports the recent past), then the year before. February
// 29 goes to the latest leap year that fits.
func (sc *scanner) place(mo, d1, d2 int, p Precision) (int, string) {
	ry, _, _ := sc.ref.YMD()
	y := ry
	note := sc.pubNote()
	first := d1
	if first == 0 {
		first = 1
	}
	// A month alone that starts after the reference is last year's: "was
	// killed in March", written in January.
	slack, after := Day(31), "more than 31 days after"
	if d1 == 0 {
		slack, after = 0, "after"
	}
	if lo := DayOf(y, mo, first); d2 <= daysIn(y, mo) && lo-sc.ref > slack {
		hi := DayOf(y, mo, d2)
		if d1 == 0 {
			hi = DayOf(y, mo+1, 0)
		}
		note = "previous year: " + span(lo, hi, p) + " would be " + after + " published " + sc.ref.String()
		y--
	}
	if d2 > daysIn(y, mo) {
		for d2 > daysIn(y, mo) {
			y--
		}
		note = "latest leap year before published " + sc.ref.String()
	}
	return y, note
}

// holiday reads a fixed-date holiday with or without its year:
// "New Year's Eve 2023", "on New Year's Eve".
func (sc *scanner) holiday(i, j int, p *phrase) (hit, bool) {
	h := hit{start: sc.toks[i].start, end: sc.toks[j-1].end, next: j, prec: PrecDay}
	if y, ok := sc.yearAt(j, 1000, 2199); ok && p.b <= daysIn(y, p.a) {
		h.lo = DayOf(y, p.a, p.b)
		h.hi = h.lo
		h.end, h.next = sc.toks[j].end, j+1
		return h, true
	}
	return sc.yearless(h, j, p.a, p.b, p.b)
}

// seasonYear reads a season with its year: "summer of 2023", "summer 2023".
func (sc *scanner) seasonYear(i, j int, p *phrase) (hit, bool) {
	k := j
	if sc.word(k).flags&wLink != 0 {
		k++
	}
	y, ok := sc.yearAt(k, 1000, 2199)
	if !ok {
		return hit{}, false
	}
	lo, hi := seasonIn(y, p.a, p.b)
	if p.b < p.a {
		// "winter 2023" may be the one ending or the one starting in 2023.
		lo, _ = seasonIn(y-1, p.a, p.b)
	}
	return hit{start: sc.toks[i].start, end: sc.toks[k].end, next: k + 1, lo: lo, hi: hi, prec: PrecMonth}, true
}

// seasonIn returns the season that starts in year y; seasons whose last
// month comes before their first end in the year after.
func seasonIn(y, from, to int) (Day, Day) {
	if to < from {
		return DayOf(y, from, 1), DayOf(y+1, to+1, 0)
	}
	return DayOf(y, from, 1), DayOf(y, to+1, 0)
}
