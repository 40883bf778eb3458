package when

import "strconv"

// Precision of a date expression: the unit its bounds are stated in.
type Precision int

// Precisions, finest first.
const (
	PrecDay Precision = iota + 1
	PrecMonth
	PrecYear
	PrecDecade
)

// String names the precision: "day", "month", "year" or "decade".
func (p Precision) String() string {
	switch p {
	case PrecDay:
		return "day"
	case PrecMonth:
		return "month"
	case PrecYear:
		return "year"
	case PrecDecade:
		return "decade"
	}
	return "precision(" + strconv.Itoa(int(p)) + ")"
}

// Date is one date expression found in a sentence.
type Date struct {
	Lo, Hi    Day // inclusive interval
	Precision Precision
	// Relative is true when the interval depends on the reference date:
	// relative wording ("last year", "on Friday") and dates that took
	// their year from it ("Aug. 7").
	Relative   bool
	Start, End int    // byte offsets of the expression in the input
	Text       string // input[Start:End]
	// Weekday is the weekday the text names with a day ("Monday, August
	// 13"), 1 to 7 for Sunday to Saturday, or 0; it may not fall on Lo.
	Weekday int8
	Trace   string // how the interval was reached, for reports
}

// span renders an interval at its precision: "2019", "2017..2019",
// "2016-01..2017-01", "1990s", "2024-09-04..2024-09-05". Bounds that do
// not sit on the precision's edges (earlier this year) fall back to days.
func span(lo, hi Day, p Precision) string {
	var b [32]byte
	return string(appendSpan(b[:0], lo, hi, p))
}

// appendSpan appends span(lo, hi, p) to b.
func appendSpan(b []byte, lo, hi Day, p Precision) []byte {
	ly, lm, ld := lo.YMD()
	hy, hm, hd := hi.YMD()
	monthEdges := ld == 1 && hd == daysIn(hy, hm)
	yearEdges := monthEdges && lm == 1 && hm == 12
	switch {
	case p == PrecDecade && yearEdges && ly%10 == 0 && hy == ly+9:
		return append(strconv.AppendInt(b, int64(ly), 10), 's')
	case (p == PrecYear || p == PrecDecade) && yearEdges:
		b = strconv.AppendInt(b, int64(ly), 10)
		if ly == hy {
			return b
		}
		return strconv.AppendInt(append(b, ".."...), int64(hy), 10)
	case p != PrecDay && monthEdges:
		n := len(b)
		b = lo.appendTo(b)[:n+7] // YYYY-MM, as String()[:7]
		if ly == hy && lm == hm {
			return b
		}
		n = len(b) + 2
		return hi.appendTo(append(b, ".."...))[:n+7]
	}
	b = lo.appendTo(b)
	if lo == hi {
		return b
	}
	return hi.appendTo(append(b, ".."...))
}
