package claim

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// datesLater dates a sentence that opens with an offset from the one
// before: "In 1992, a bomb attack on the embassy left 29 dead. Two years
// later, a truck bomb … left 85 dead" puts the second attack in 1994. The
// offset is counted from the last date of the sentence before, at that
// date's precision or the offset's, whichever is coarser; a sentence with
// a date of its own keeps it.
func datesLater(di *docInfo) {
	for i := 1; i < len(di.toks); i++ {
		if len(di.dates[i]) > 0 || len(di.dates[i-1]) == 0 {
			continue
		}
		toks := di.toks[i]
		k, n, unit, ok := openingOffset(toks)
		if !ok {
			continue
		}
		from := di.dates[i-1][len(di.dates[i-1])-1]
		if from.Precision == when.PrecDecade || unit < from.Precision && unit != when.PrecYear {
			continue // "in the 1990s … two years later", "in 2014 … three days later": no day to count from
		}
		d, ok := shifted(from, n, unit)
		if !ok {
			continue
		}
		d.Start, d.End = toks[k].Start, toks[k+2].End
		d.Text = di.text[d.Start:d.End]
		d.Relative = true
		d.Trace = "'" + d.Text + "' after '" + from.Text + "'"
		di.dates[i] = append(di.dates[i], d)
	}
}

// openingOffset finds "Two years later" among a sentence's first words:
// the index of the amount, the amount, and the unit's precision.
func openingOffset(toks []text.Token) (k, n int, unit when.Precision, ok bool) {
	for k = 0; k+2 < len(toks) && k < 3; k++ {
		if n, unit, ok = offsetAt(toks, k); ok {
			return k, n, unit, true
		}
	}
	return 0, 0, 0, false
}

// offsetAt reads "two years later", "24 hours later" at token k: the
// amount and the unit's precision, hours counted in whole days ("hours
// later" may be that day or the next, and is no offset here).
func offsetAt(toks []text.Token, k int) (n int, unit when.Precision, ok bool) {
	if k+2 >= len(toks) || toks[k+2].Lower != "later" {
		return 0, 0, false
	}
	w := toks[k].Lower
	if w == "a" || w == "an" {
		n = 1
	} else if v, found := smallNumbers[w]; found {
		n = v
	} else if v, err := strconv.Atoi(w); err == nil && v > 0 && v < 100 {
		n = v
	} else {
		return 0, 0, false
	}
	switch base(toks[k+1].Lower) {
	case "hour", "hours":
		if n < 24 {
			return 0, 0, false
		}
		return n / 24, when.PrecDay, true
	case "day", "days":
		return n, when.PrecDay, true
	case "month", "months":
		return n, when.PrecMonth, true
	case "year", "years":
		return n, when.PrecYear, true
	}
	return 0, 0, false
}

// shifted moves a date n units on, keeping the coarser precision.
func shifted(d when.Date, n int, unit when.Precision) (when.Date, bool) {
	y, m, day := d.Lo.YMD()
	switch unit {
	case when.PrecYear:
		y += n
		return when.Date{Lo: when.DayOf(y, 1, 1), Hi: when.DayOf(y, 12, 31), Precision: when.PrecYear}, true
	case when.PrecMonth:
		m += n
		y += (m - 1) / 12
		m = (m-1)%12 + 1
		lo := when.DayOf(y, m, 1)
		next := when.DayOf(y+m/12, m%12+1, 1)
		return when.Date{Lo: lo, Hi: next - 1, Precision: when.PrecMonth}, true
	case when.PrecDay:
		if d.Precision != when.PrecDay || d.Lo != d.Hi {
			return when.Date{}, false
		}
		lo := when.DayOf(y, m, day) + when.Day(n)
		return when.Date{Lo: lo, Hi: lo, Precision: when.PrecDay}, true
	}
	return when.Date{}, false
}

// onThisDay makes "on this day in 1919" the day of the year the report
// came out on, in 1919: a history column's way of dating what it recalls.
func onThisDay(di *docInfo, text string) {
	if !di.hasRef {
		return
	}
	_, m, d := di.ref.YMD()
	for si, ds := range di.dates {
		for k := range ds {
			dt := &di.dates[si][k]
			if dt.Precision != when.PrecYear || dt.Start < len("this day in ") {
				continue
			}
			before := strings.ToLower(text[max(0, dt.Start-len("this date in ")):dt.Start])
			if !strings.HasSuffix(before, "this day in ") && !strings.HasSuffix(before, "this date in ") {
				continue
			}
			y, _, _ := dt.Lo.YMD()
			if m == 2 && d == 29 {
				continue // no such day in most years
			}
			day := when.DayOf(y, m, d)
			dt.Lo, dt.Hi, dt.Precision = day, day, when.PrecDay
			dt.Trace += fmt.Sprintf("; on this day (%02d-%02d, the report's) in that year", m, d)
		}
	}
}

// yearsFromText gives a day written without its year the year the text
// gives the same days: a report of 2021 that tells of "the night from
// Sept. 22 to 23" and of "Sept. 23, 1997" means 1997 both times, not the
// September before it came out.
func yearsFromText(di *docInfo) { yearsFrom(di, di) }

// yearsFrom gives the yearless days of target the years src writes out
// (a headline's "13 September" the body's "September 13, 1999").
func yearsFrom(di, src *docInfo) {
	type dated struct {
		d    when.Date
		sent int
	}
	// A few written-out days of each month are enough to take a year
	// from, and keep a text of thousands of dates linear.
	var explicit []dated
	perMonth := map[int]int{}
	for si, ds := range src.dates {
		for _, d := range ds {
			if _, m, _ := d.Lo.YMD(); !d.Relative && d.Precision == when.PrecDay && perMonth[m] < yearSources {
				perMonth[m]++
				explicit = append(explicit, dated{d, si})
			}
		}
	}
	if len(explicit) == 0 {
		return
	}
	for si, ds := range di.dates {
		// "on Aug. 7, the anniversary of the 1998 bombings": a sentence that
		// gives another year beside the day sets the two years apart.
		if anniversaryIn(di.toks[si]) || slices.ContainsFunc(ds, func(d when.Date) bool { return hasYear(d.Text) }) {
			continue
		}
		for k := range ds {
			d := &ds[k]
			// A day and month with no year: "Sept. 22", not "Monday".
			if !d.Relative || d.Precision != when.PrecDay || !strings.ContainsAny(d.Text, "0123456789") || hasYear(d.Text) {
				continue
			}
			y, m, dd := d.Lo.YMD()
			for _, x := range explicit {
				e := x.d
				ey, em, ed := e.Lo.YMD()
				if em != m || ey == y {
					continue
				}
				// The same days in the same place are the same night told
				// twice; "on Aug. 7, the anniversary of the 1998 bombings"
				// in another city is a later year's. A headline's day is
				// its text's when the text gives that very day.
				if di == src && !namesInCommon(di.ments[si], src.ments[x.sent]) || di != src && ed != dd {
					continue
				}
				_, _, hd := d.Hi.YMD()
				// The year is now the text's, not the reference's.
				d.Lo, d.Hi, d.Relative = when.DayOf(ey, m, dd), when.DayOf(ey, m, hd), false
				d.Trace += "; year from the text's " + e.Text
				break
			}
		}
	}
}

// yearSources is how many written-out days of one month a yearless day
// is held against.
const yearSources = 4

// hasYear reports four digits in a row: a year written out.
func hasYear(s string) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// namesInCommon reports a name two sentences both give.
func namesInCommon(a, b []mention) bool {
	for _, m := range a {
		for _, n := range b {
			if m.key == n.key && !m.person {
				return true
			}
		}
	}
	return false
}

// anniversaryIn reports the word "anniversary" in a sentence.
func anniversaryIn(toks []text.Token) bool {
	for _, t := range toks {
		if t.Lower == "anniversary" {
			return true
		}
	}
	return false
}

// weekdayReach is how many sentences back a written-out day may give a
// bare weekday its date.
const weekdayReach = 3

// weekdaysFromText dates a bare weekday by the day written out just
// before it that falls on that weekday: a report of 2011 that opens
// "April 11 2002: attack in Tunisia" and goes on "it was a Thursday
// afternoon when a bomber struck" means that Thursday, not the one
// before it came out. Days of the report's own week (a byline's) are
// passed over; a nearer written day on another weekday leaves the weekday
// as it was read.
func weekdaysFromText(di *docInfo) {
	if !di.hasRef {
		return
	}
	for si, ds := range di.dates {
		for k := range ds {
			d := &ds[k]
			if !d.Relative || d.Precision != when.PrecDay || d.Lo != d.Hi || strings.ContainsAny(d.Text, "0123456789") {
				continue
			}
			if e, ok := writtenWeekday(di, si, d); ok {
				d.Lo, d.Hi = e.Lo, e.Hi
				d.Trace += "; the " + e.Text + " written before it"
			}
		}
	}
}

// writtenWeekday finds the written-out day nearest before date d of
// sentence si, within weekdayReach sentences, that falls on d's weekday
// and lies more than a week before the report.
func writtenWeekday(di *docInfo, si int, d *when.Date) (when.Date, bool) {
	for s := si; s >= 0 && s >= si-weekdayReach; s-- {
		ds := di.dates[s]
		for k := len(ds) - 1; k >= 0; k-- {
			e := ds[k]
			if s == si && e.Start >= d.Start {
				continue
			}
			if e.Relative || e.Precision != when.PrecDay || e.Lo != e.Hi {
				continue
			}
			if e.Lo >= di.ref-7 {
				continue // a byline's day, the report's own week
			}
			if e.Lo.Weekday() == d.Lo.Weekday() {
				return e, true
			}
			return when.Date{}, false // the nearest written day is another
		}
	}
	return when.Date{}, false
}
