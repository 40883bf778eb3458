package when

import "strings"

// shiftCodes are the directions a shift word may carry.
var shiftCodes = map[string]shift{"last": shiftLast, "past": shiftPast, "next": shiftNext, "this": shiftThis}

type shift uint8

const (
	shiftLast shift = iota + 1 // most recent, or the one before it when ambiguous
	shiftPast                  // most recent strictly before the reference
	shiftNext                  // first strictly after the reference
	shiftThis                  // the one in the reference year or week
)

// unit of a relative expression.
type unit uint8

const (
	unitDay unit = iota + 1
	unitWeek
	unitMonth
	unitYear
)

var unitNames = map[string]unit{"day": unitDay, "week": unitWeek, "month": unitMonth, "year": unitYear}

// relCode is a parsed Relative code.
type relCode struct {
	unit unit
	off  int
	mode uint8 // 0: offset; relToDate; relRest
}

const (
	relToDate uint8 = iota + 1
	relRest
)

// parseRelCode reads "year-1", "day+0", "month:to-date", "week:rest".
func parseRelCode(s string) (relCode, bool) {
	for name, u := range unitNames {
		if !strings.HasPrefix(s, name) {
			continue
		}
		rest := s[len(name):]
		switch rest {
		case ":to-date":
			return relCode{unit: u, mode: relToDate}, true
		case ":rest":
			return relCode{unit: u, mode: relRest}, true
		}
		if len(rest) < 2 || (rest[0] != '+' && rest[0] != '-') {
			return relCode{}, false
		}
		n, ok := digits(rest[1:])
		if !ok || n > 100 {
			return relCode{}, false
		}
		if rest[0] == '-' {
			n = -n
		}
		return relCode{unit: u, off: n}, true
	}
	return relCode{}, false
}

// parseMonthDay reads "MM-DD"; February 29 is allowed.
func parseMonthDay(s string) (m, d int, ok bool) {
	if len(s) != 5 || s[2] != '-' {
		return 0, 0, false
	}
	m, ok1 := digits(s[:2])
	d, ok2 := digits(s[3:])
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > daysIn(2000, m) {
		return 0, 0, false
	}
	return m, d, true
}

// parseMonthPair reads "MM-MM"; the second month may wrap past December.
func parseMonthPair(s string) (from, to int, ok bool) {
	if len(s) != 5 || s[2] != '-' {
		return 0, 0, false
	}
	from, ok1 := digits(s[:2])
	to, ok2 := digits(s[3:])
	if !ok1 || !ok2 || from < 1 || from > 12 || to < 1 || to > 12 {
		return 0, 0, false
	}
	return from, to, true
}
