package when

// Overlap reports whether two dates can be the same at their common
// precision: "Aug. 7" and "in August" agree; "2014" and "2015" do not.
func Overlap(a, b Date) bool {
	p := max(a.Precision, b.Precision)
	return widenLo(a.Lo, p) <= widenHi(b.Hi, p) && widenLo(b.Lo, p) <= widenHi(a.Hi, p)
}

// widenLo moves a day to the start of its month, year or decade.
func widenLo(d Day, p Precision) Day {
	if !coarse(p) {
		return d // most dates are days: spare the calendar
	}
	y, m, _ := d.YMD()
	switch p {
	case PrecMonth:
		return DayOf(y, m, 1)
	case PrecYear:
		return DayOf(y, 1, 1)
	case PrecDecade:
		return DayOf(y-y%10, 1, 1)
	}
	return d
}

// widenHi moves a day to the end of its month, year or decade.
func widenHi(d Day, p Precision) Day {
	if !coarse(p) {
		return d
	}
	y, m, _ := d.YMD()
	switch p {
	case PrecMonth:
		if m == 12 {
			return DayOf(y+1, 1, 1) - 1
		}
		return DayOf(y, m+1, 1) - 1
	case PrecYear:
		return DayOf(y+1, 1, 1) - 1
	case PrecDecade:
		return DayOf(y-y%10+10, 1, 1) - 1
	}
	return d
}

// coarse reports a precision that widen moves: a month or more.
func coarse(p Precision) bool {
	return p == PrecMonth || p == PrecYear || p == PrecDecade
}
