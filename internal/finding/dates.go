package finding

import "github.com/crosscheck/crosscheck/internal/when"

// overlapAt reports whether two dates can be the same at their common
// precision: "Aug. 7" and "in August" agree; "2014" and "2015" do not.
func overlapAt(a, b when.Date) bool {
	p := a.Precision
	if b.Precision > p {
		p = b.Precision
	}
	alo, ahi := widen(a.Lo, p), widenHi(a.Hi, p)
	blo, bhi := widen(b.Lo, p), widenHi(b.Hi, p)
	return alo <= bhi && blo <= ahi
}

// widen moves a day to the start of its month, year or decade.
func widen(d when.Day, p when.Precision) when.Day {
	y, m, _ := d.YMD()
	switch p {
	case when.PrecMonth:
		return when.DayOf(y, m, 1)
	case when.PrecYear:
		return when.DayOf(y, 1, 1)
	case when.PrecDecade:
		return when.DayOf(y-y%10, 1, 1)
	}
	return d
}

// widenHi moves a day to the end of its month, year or decade.
func widenHi(d when.Day, p when.Precision) when.Day {
	y, m, _ := d.YMD()
	switch p {
	case when.PrecMonth:
		if m == 12 {
			return when.DayOf(y+1, 1, 1) - 1
		}
		return when.DayOf(y, m+1, 1) - 1
	case when.PrecYear:
		return when.DayOf(y+1, 1, 1) - 1
	case when.PrecDecade:
		return when.DayOf(y-y%10+10, 1, 1) - 1
	}
	return d
}

// dateText shows a date at its precision.
func dateText(d when.Date) string {
	lo, hi := d.Lo.String(), d.Hi.String()
	switch d.Precision {
	case when.PrecYear:
		lo, hi = lo[:4], hi[:4]
	case when.PrecMonth:
		lo, hi = lo[:7], hi[:7]
	case when.PrecDecade:
		return lo[:3] + "0s"
	}
	if lo == hi {
		return lo
	}
	return lo + "–" + hi
}
