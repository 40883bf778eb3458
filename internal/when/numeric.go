package when

import (
	"strconv"
	"strings"
)

// number reads the patterns that start with a number: "five years ago"
// in digits, 2020-11-15, the 1990s, "3 January", 2014, 2017-2019.
func (sc *scanner) number(i int) (hit, bool) {
	t := sc.toks[i]
	if t.flags&fOther != 0 {
		return sc.slashed(i)
	}
	if h, ok := sc.ago(i); ok {
		return h, true
	}
	if h, ok := sc.iso(i); ok {
		return h, true
	}
	if t.flags&fDecade != 0 {
		if t.nd != 4 || t.val%10 != 0 || t.val < 1800 || t.val > 2090 || t.flags&fHyph != 0 {
			return hit{}, false
		}
		lo, _ := yearSpan(int(t.val))
		_, hi := yearSpan(int(t.val) + 9)
		return hit{start: t.start, end: t.end, next: i + 1, lo: lo, hi: hi, prec: PrecDecade}, true
	}
	if h, ok := sc.dayFirst(i); ok {
		return h, true
	}
	y, ok := sc.yearAt(i, 1800, 2099)
	if !ok {
		return hit{}, false
	}
	lo, hi := yearSpan(y)
	h := hit{start: t.start, end: t.end, next: i + 1, lo: lo, hi: hi, prec: PrecYear}
	// 2017-2019, 2014–15.
	if sc.isDash(i+1) && i+2 < len(sc.toks) && t.full == sc.toks[i+1].start {
		u := sc.toks[i+2]
		if u.kind == tNum && u.flags == fHyph && (u.nd == 4 || u.nd == 2) && !sc.countAfter(i+2) {
			y2 := int(u.val)
			if u.nd == 2 {
				y2 += y / 100 * 100
			}
			if y2 > y && y2 <= 2099 {
				_, h.hi = yearSpan(y2)
				h.end, h.next = u.end, i+3
			}
		}
	}
	return h, true
}

// iso reads 2020-11-15.
func (sc *scanner) iso(i int) (hit, bool) {
	t := sc.toks[i]
	if t.nd != 4 || t.flags != 0 || i+4 >= len(sc.toks) || !sc.punct(i+1, '-') || !sc.punct(i+3, '-') {
		return hit{}, false
	}
	a, b := sc.toks[i+2], sc.toks[i+4]
	if a.kind != tNum || b.kind != tNum || a.nd != 2 || b.nd != 2 || a.flags != fHyph || b.flags != fHyph || t.full != sc.toks[i+1].start {
		return hit{}, false
	}
	y, m, d := int(t.val), int(a.val), int(b.val)
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return hit{}, false
	}
	day := DayOf(y, m, d)
	return hit{start: t.start, end: b.end, next: i + 5, lo: day, hi: day, prec: PrecDay}, true
}

// rangeFrom reads a range opened by a word such as "between" or "from":
// "between 2017 and 2019", "from January 1 to 10". The opening word joins
// the Text.
func (sc *scanner) rangeFrom(i int, joins []int32) (hit, bool) {
	joined := func(k int) bool {
		if k >= len(sc.toks) || sc.toks[k].kind != tWord {
			return false
		}
		for _, j := range joins {
			if sc.toks[k].id == j {
				return true
			}
		}
		return false
	}
	if y1, ok := sc.yearAt(i+1, 1800, 2099); ok && joined(i+2) {
		if y2, ok := sc.yearAt(i+3, 1800, 2099); ok && y2 > y1 {
			lo, _ := yearSpan(y1)
			_, hi := yearSpan(y2)
			return hit{start: sc.toks[i].start, end: sc.toks[i+3].end, next: i + 4, lo: lo, hi: hi, prec: PrecYear}, true
		}
	}
	if sc.word(i+1).month > 0 {
		if h, ok := sc.month(i+1, true); ok && !h.skip && h.joiner != 0 {
			for _, j := range joins {
				if h.joiner == j {
					h.start = sc.toks[i].start
					return h, true
				}
			}
		}
	}
	return hit{}, false
}

// slashed reads a numeric date with slashes when only one reading is a
// day: 18/03/2015 (the 18th of March) or 03/18/2015 (March 18th). Where
// both numbers could be the month (03/04/2015), the order is a
// convention the text does not show, so nothing is read.
func (sc *scanner) slashed(i int) (hit, bool) {
	t := sc.toks[i]
	parts := strings.Split(sc.s[t.start:t.end], "/")
	if len(parts) != 3 || len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return hit{}, false
	}
	var n [3]int
	for k, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v <= 0 {
			return hit{}, false
		}
		n[k] = v
	}
	d, mo, y := n[0], n[1], n[2]
	switch {
	case d > 12 && mo <= 12:
	case mo > 12 && d <= 12:
		d, mo = mo, d
	case d == mo:
	default:
		return hit{}, false
	}
	if y < 1800 || y > 2099 || d > daysIn(y, mo) {
		return hit{}, false
	}
	day := DayOf(y, mo, d)
	return hit{start: t.start, end: t.end, next: i + 1, lo: day, hi: day, prec: PrecDay}, true
}
