package when

// shifted reads a shift word and what it moves: "last Friday", "last
// January", "this past New Year's Eve", "last summer", "next March".
func (sc *scanner) shifted(i, j int, p *phrase) (hit, bool) {
	if j >= len(sc.toks) {
		return hit{}, false
	}
	info := sc.word(j)
	h := hit{start: sc.toks[i].start, next: j + 1, rel: true}
	var target func() (hit, bool)
	switch {
	case info.weekday > 0:
		h.end = sc.toks[j].end
		target = func() (hit, bool) { return sc.shiftWeekday(h, int(info.weekday)-1, p.shift) }
	case info.month > 0:
		if info.flags&wCapMonth != 0 && sc.toks[j].flags&fCap == 0 {
			return hit{}, false // "this may change"
		}
		h.end = sc.toks[j].end
		k := j + 1
		if sc.punct(k, '.') && sc.toks[j].full == sc.toks[k].start {
			k++
		}
		if _, ok := sc.dayAt(k, false); ok {
			return hit{}, false // "this Aug. 9, 1998 file photo": the date is the month's own
		}
		if _, ok := sc.yearAt(k, 1000, 2199); ok {
			return hit{}, false
		}
		target = func() (hit, bool) { return sc.shiftMonth(h, k, int(info.month), p.shift) }
	default:
		if q, k := sc.m.phraseAt(sc.toks, j, pHoliday); q != nil {
			h.end, h.next = sc.toks[k-1].end, k
			target = func() (hit, bool) { return sc.shiftHoliday(h, q, p.shift) }
		} else if q, k := sc.m.phraseAt(sc.toks, j, pSeason); q != nil {
			h.end, h.next = sc.toks[k-1].end, k
			target = func() (hit, bool) { return sc.shiftSeason(h, q, p.shift) }
		} else {
			return hit{}, false
		}
	}
	if sc.word(i-1).flags&wSpan != 0 {
		return skipTo(h.next) // the last January of the war
	}
	return target()
}

// shiftWeekday resolves "last Friday" (strictly before the reference) and
// "next Friday" (strictly after).
func (sc *scanner) shiftWeekday(h hit, wd int, s shift) (hit, bool) {
	if s == shiftThis || !sc.hasRef {
		return skipTo(h.next) // "this Friday" may be either side of the reference
	}
	rw := sc.ref.Weekday()
	if s == shiftNext {
		ahead := (wd - rw + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		h.lo = sc.ref + Day(ahead)
	} else {
		back := (rw - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		h.lo = sc.ref - Day(back)
	}
	h.hi, h.prec, h.note = h.lo, PrecDay, sc.relNote()
	return h, true
}

// shiftMonth resolves "last January" and kin. "last January" written
// after January is ambiguous: this year's January or the one before (a
// speaker in April 2017 may mean either), so the interval spans both. An
// editor's bracketed year after it wins.
func (sc *scanner) shiftMonth(h hit, k, mo int, s shift) (hit, bool) {
	if y, n, ok := sc.bracket(k); ok {
		h.lo, h.hi = monthSpan(y, mo)
		h.end, h.next = sc.toks[n-1].end, n
		h.prec, h.rel, h.note = PrecMonth, false, "year from the brackets"
		return h, true
	}
	if !sc.hasRef {
		return skipTo(h.next)
	}
	ry, rm, _ := sc.ref.YMD()
	h.prec, h.note = PrecMonth, sc.relNote()
	switch s {
	case shiftLast:
		h.lo, h.hi = monthSpan(ry-1, mo)
		if mo < rm {
			_, h.hi = monthSpan(ry, mo)
			h.note += "; may mean either of the last two"
		}
	case shiftPast:
		y := ry - 1
		if mo < rm {
			y = ry
		}
		h.lo, h.hi = monthSpan(y, mo)
	case shiftNext:
		y := ry + 1
		if mo > rm {
			y = ry
		}
		h.lo, h.hi = monthSpan(y, mo)
	default:
		h.lo, h.hi = monthSpan(ry, mo)
	}
	return h, true
}

// shiftHoliday resolves "this past New Year's Eve" (the latest one before
// the reference), "next Christmas", "this Christmas".
func (sc *scanner) shiftHoliday(h hit, q *phrase, s shift) (hit, bool) {
	if y, n, ok := sc.bracket(h.next); ok && q.b <= daysIn(y, q.a) {
		h.lo = DayOf(y, q.a, q.b)
		h.hi, h.end, h.next = h.lo, sc.toks[n-1].end, n
		h.prec, h.rel, h.note = PrecDay, false, "year from the brackets"
		return h, true
	}
	if !sc.hasRef {
		return skipTo(h.next)
	}
	ry, _, _ := sc.ref.YMD()
	y := ry
	switch s {
	case shiftLast, shiftPast:
		for q.b > daysIn(y, q.a) || DayOf(y, q.a, q.b) >= sc.ref {
			y--
		}
	case shiftNext:
		for q.b > daysIn(y, q.a) || DayOf(y, q.a, q.b) <= sc.ref {
			y++
		}
	default:
		if q.b > daysIn(y, q.a) {
			return skipTo(h.next)
		}
	}
	h.lo = DayOf(y, q.a, q.b)
	h.hi, h.prec, h.note = h.lo, PrecDay, sc.relNote()
	return h, true
}

// shiftSeason resolves "last summer" (the latest summer over before the
// reference month starts: 2023's for a paper of June 2024, 2024's for one
// of September 2024), "this summer", "next winter".
func (sc *scanner) shiftSeason(h hit, q *phrase, s shift) (hit, bool) {
	if !sc.hasRef {
		return skipTo(h.next)
	}
	ry, rm, _ := sc.ref.YMD()
	monthStart := DayOf(ry, rm, 1)
	y := ry
	switch s {
	case shiftLast, shiftPast:
		for {
			if _, hi := seasonIn(y, q.a, q.b); hi < monthStart {
				break
			}
			y--
		}
	case shiftNext:
		y = ry - 1
		for {
			if lo, _ := seasonIn(y, q.a, q.b); lo > sc.ref {
				break
			}
			y++
		}
	default:
		if q.b < q.a && rm <= q.b {
			y = ry - 1 // this winter, said in January
		}
	}
	h.lo, h.hi = seasonIn(y, q.a, q.b)
	h.prec, h.note = PrecMonth, sc.relNote()
	return h, true
}
