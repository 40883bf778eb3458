package document

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// The years a publication date is believed in. The core reads no clock,
// so the window is fixed: before 1900 there is no news this engine reads,
// and a date decades ahead is a placeholder ("2099-12-31", "9999-01-01")
// or a typo. An unbelievable date is dropped like an unreadable one: used,
// it would resolve "last year" decades away and sort a report after every
// real one (making a contradiction look like a later update). Raise
// latestYear well before news is written in it.
const (
	earliestYear = 1900
	latestYear   = 2050
)

// unresolved is what an unused publication date costs, said in every
// message about one.
const unresolved = "relative dates in this document (\"last year\", \"on Friday\") are left unresolved"

// dateHint is the usual advice for a date that cannot be read.
const dateHint = "write dates like 2024-03-24 or 2024-03-24T10:00:00Z"

// readDate reads a publication date as written in any input format. It
// returns the day, or a bad-date diagnostic (code, message and hint; the
// caller places it) saying why the date is not used.
func readDate(raw string) (string, *diag.Diagnostic) {
	day, ok := NormalizeDate(raw)
	if !ok {
		why, hint := unreadable(raw)
		return "", &diag.Diagnostic{Code: "bad-date",
			Message: fmt.Sprintf("publication date %q not read%s; %s", raw, why, unresolved), Hint: hint}
	}
	return believable(day, strconv.Quote(raw))
}

// believable checks a read day against the years a publication date is
// believed in; shown is the value as the message quotes it.
func believable(day, shown string) (string, *diag.Diagnostic) {
	if y, _ := strconv.Atoi(day[:4]); y < earliestYear || y > latestYear {
		return "", &diag.Diagnostic{Code: "bad-date",
			Message: fmt.Sprintf("publication date %s is in %d, outside %d–%d, so likely a placeholder; not used: %s", shown, y, earliestYear, latestYear, unresolved),
			Hint:    "leave the date out when it is not known"}
	}
	return day, nil
}

// unreadable says why a date was not read, when a common slip explains it,
// and what to write instead.
func unreadable(raw string) (why, hint string) {
	if y, m, d, ok := isoDigits(raw); ok {
		switch {
		case m < 1 || m > 12:
			return fmt.Sprintf(": there is no month %d", m), dateHint
		case d < 1 || d > daysIn(y, m):
			return fmt.Sprintf(": %s %d has no day %d", time.Month(m), y, d), dateHint
		}
	}
	if a, b, y, ok := slashDigits(raw); ok {
		if a <= 12 && b <= 12 && a != b {
			return fmt.Sprintf(": %d/%d could be day/month or month/day", a, b),
				fmt.Sprintf("write %04d-%02d-%02d or %04d-%02d-%02d, whichever is meant", y, b, a, y, a, b)
		}
		return ": numeric day/month order is not read", "write it as YYYY-MM-DD"
	}
	if len(raw) == 8 && allDigits(raw) {
		return "", fmt.Sprintf("if it means %s-%s-%s, write it so", raw[:4], raw[4:6], raw[6:])
	}
	return "", dateHint
}

// isoDigits splits "YYYY-MM-DD" (and a time after it) into numbers,
// whatever their range.
func isoDigits(s string) (y, m, d int, ok bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:10]) {
		return 0, 0, 0, false
	}
	y, _ = strconv.Atoi(s[:4])
	m, _ = strconv.Atoi(s[5:7])
	d, _ = strconv.Atoi(s[8:10])
	return y, m, d, true
}

// slashDigits splits "DD/DD/YYYY" (or with dots or dashes).
func slashDigits(s string) (a, b, y int, ok bool) {
	words := strings.Fields(s)
	if len(words) == 0 {
		return 0, 0, 0, false
	}
	parts := strings.FieldsFunc(words[0], func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return 0, 0, 0, false
	}
	for _, p := range parts {
		if !allDigits(p) {
			return 0, 0, 0, false
		}
	}
	a, _ = strconv.Atoi(parts[0])
	b, _ = strconv.Atoi(parts[1])
	y, _ = strconv.Atoi(parts[2])
	return a, b, y, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// daysIn is the number of days in month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dateLayouts are the ways feeds and pages write publication dates: ISO
// forms, RFC 3339 and the RSS RFC 1123 forms, and the English long forms
// of datelines ("March 24, 2024", "24 March 2024").
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano, // also reads RFC 3339 without fractions
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-1-2",
	"2006/01/02",
	"2006/1/2",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"January 2, 2006",
	"January 2 2006",
	"2 January 2006",
	"2 January, 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"2 Jan 2006",
	"2 Jan, 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, January 2, 2006",
	"Mon January 2, 2006",
}

// NormalizeDate reads a publication date and returns it as YYYY-MM-DD, the
// day as the publisher wrote it (no time zone conversion). Words after the
// date ("March 24, 2024 10:00 AM EDT") are ignored. It reports false when
// no known form matches.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 100 {
		return "", false // no date is this long; do not try every prefix
	}
	if day, ok := parseDate(s); ok {
		return day, true
	}
	if tidy := tidyDate(s); tidy != s {
		return parseDate(tidy)
	}
	return "", false
}

// parseDate tries every layout on s, then on ever shorter word prefixes of
// s so trailing times and zones the layouts do not know are dropped.
func parseDate(s string) (string, bool) {
	words := strings.Fields(s)
	for k := len(words); k >= 1; k-- {
		cand := strings.Join(words[:k], " ")
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, cand); err == nil {
				return t.Format("2006-01-02"), true
			}
		}
	}
	return "", false
}

// tidyDate removes what AP style and ordinals add to dates: the dot after
// an abbreviated month ("Aug. 9"), "Sept", and "st/nd/rd/th" after a day.
func tidyDate(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' && i > 0 && isLetter(s[i-1]) {
			continue
		}
		if i > 0 && isDigit(s[i-1]) && i+1 < len(s) {
			suf := strings.ToLower(s[i : i+2])
			end := i+2 == len(s) || !isLetter(s[i+2])
			if end && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
				i++
				continue
			}
		}
		b.WriteByte(c)
	}
	out := b.String()
	for _, sept := range []string{"Sept ", "sept ", "SEPT "} {
		out = strings.ReplaceAll(out, sept, sept[:3]+" ")
	}
	return out
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// unixDate reads a JSON number (as written) as a publication date in Unix
// time, or gives the bad-date diagnostic saying why it is not used.
func unixDate(raw string) (string, *diag.Diagnostic) {
	x, err := strconv.ParseFloat(raw, 64)
	day, ok := unixDay(x)
	if err != nil || !ok {
		return "", &diag.Diagnostic{Code: "bad-date",
			Message: fmt.Sprintf("published is the number %s, not a Unix time in seconds or milliseconds; not used: %s", raw, unresolved),
			Hint:    dateHint}
	}
	return believable(day, raw+" ("+day+")")
}

// unixDay reads x as Unix time in seconds, or milliseconds when it is too
// large to be seconds, and returns its UTC day. Zero and negative values
// are placeholders, not dates; so are values past any calendar (1e400 is
// +Inf once parsed).
func unixDay(x float64) (string, bool) {
	if x > 1e11 {
		x /= 1000
	}
	if !(x > 0 && x < 253402300800) { // NaN too; the bound is the end of the year 9999
		return "", false
	}
	return time.Unix(int64(x), 0).UTC().Format("2006-01-02"), true
}
