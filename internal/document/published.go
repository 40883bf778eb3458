package document

import (
	"strings"
	"time"
)

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

// unixDay reads x as Unix time in seconds, or milliseconds when it is too
// large to be seconds, and returns its UTC day. Zero and negative values
// are placeholders, not dates.
func unixDay(x float64) (string, bool) {
	if x > 1e11 {
		x /= 1000
	}
	if x <= 0 || x > 7.3e9 { // after the year 2200
		return "", false
	}
	return time.Unix(int64(x), 0).UTC().Format("2006-01-02"), true
}
