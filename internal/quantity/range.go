package quantity

// rangeEnd reads the second number of "4,000-6,000", "20 to 30", "two or
// three", "between 4 and 6", "from 20 to 30" at connector token k.
func (m *Matcher) rangeEnd(t []token, k int, md mode) (number, bool) {
	if k+1 >= len(t) {
		return number{}, false
	}
	var conn synFlag
	switch md {
	case modeBetween:
		conn = synAnd
	case modeFrom:
		conn = synTo
	default:
		conn = synTo | synOr
	}
	c := &t[k]
	switch {
	case isDash(c) && md != modeBetween && md != modeFrom:
	case wordHas(t, k, conn, false) && c.space && t[k+1].space:
	default:
		return number{}, false
	}
	b, ok := m.readNumber(t, k+1, false)
	if !ok || b.year || b.dec {
		return number{}, false
	}
	return b, true
}

// rangeValues makes [lo, hi] from the two ends of a range, lending the
// upper end's multiplier to a bare lower end: "10 to 15 thousand" is
// 10,000 to 15,000, "1.5 to 2 million" 1,500,000 to 2,000,000.
func rangeValues(a, b number) (int64, int64, bool) {
	lo := a.val
	if a.mult == 0 && b.mult >= 100 {
		mant, scale := a.val, uint8(0)
		if a.dec {
			mant, scale = a.mant, a.scale
		}
		if v, ok := scaleDecimal(mant, scale, b.mult); ok && v <= b.val {
			lo = v
		} else if a.dec {
			return 0, 0, false
		}
	} else if a.dec {
		return 0, 0, false
	}
	return lo, b.val, lo < b.val
}
