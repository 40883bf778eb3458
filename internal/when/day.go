package when

import "strconv"

// Day is a civil date as days since 1970-01-01 (proleptic Gregorian, no
// time zone).
type Day int32

// DayOf returns the day for year y, month m, day d. Out-of-range months and
// days roll over the way a calendar does, so DayOf(y, m+1, 0) is the last
// day of month m and DayOf(y, 13, 1) is January 1 of y+1.
func DayOf(y, m, d int) Day {
	// Bring the month into 1..12, carrying whole years.
	m--
	y += floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	m++
	// Count from March so the leap day is the last day of the counted year.
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Day(era*146097 + doe - 719468)
}

// YMD splits the day into year, month (1..12) and day of month (1..31).
func (d Day) YMD() (y, m, dd int) {
	z := int(d) + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, dd
}

// String renders the day as YYYY-MM-DD.
func (d Day) String() string {
	var b [24]byte
	return string(d.appendTo(b[:0]))
}

// AppendTo appends the day as String writes it to b, without
// allocating; hosts that write many dates use it.
func (d Day) AppendTo(b []byte) []byte { return d.appendTo(b) }

func (d Day) appendTo(out []byte) []byte {
	y, m, dd := d.YMD()
	if y >= 0 && y <= 9999 {
		out = append(out, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	} else {
		out = strconv.AppendInt(out, int64(y), 10)
	}
	return append(out, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+dd/10), byte('0'+dd%10))
}

// Weekday returns the day of the week, 0 = Sunday.
func (d Day) Weekday() int {
	// 1970-01-01 was a Thursday.
	return int((int64(d)%7 + 7 + 4) % 7)
}

// ParseDay reads a YYYY-MM-DD date at the start of s ("2024-03-24",
// "2024-03-24T10:00:00Z"). It reports false when s does not start with a
// valid calendar date.
func ParseDay(s string) (Day, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return DayOf(y, m, d), true
}

// digits parses a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

// isLeap reports whether y is a Gregorian leap year.
func isLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// monthSpan returns the first and last day of month m of year y.
func monthSpan(y, m int) (Day, Day) {
	return DayOf(y, m, 1), DayOf(y, m+1, 0)
}

// yearSpan returns January 1 and December 31 of year y.
func yearSpan(y int) (Day, Day) {
	return DayOf(y, 1, 1), DayOf(y, 12, 31)
}

// floorDiv divides rounding toward minus infinity, for dates before 1970.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
