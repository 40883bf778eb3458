package when

import "testing"

func TestDayOfRoundTrip(t *testing.T) {
	// Every day from 1600 to 2400 maps back to itself, and consecutive days
	// step through the calendar one day at a time.
	start, end := DayOf(1600, 1, 1), DayOf(2400, 12, 31)
	py, pm, pd := (start - 1).YMD()
	for d := start; d <= end; d++ {
		y, m, dd := d.YMD()
		if DayOf(y, m, dd) != d {
			t.Fatalf("%d: YMD %d-%d-%d maps back to %d", d, y, m, dd, DayOf(y, m, dd))
		}
		next := (y == py && m == pm && dd == pd+1) ||
			(y == py && m == pm+1 && dd == 1 && pd == daysIn(py, pm)) ||
			(y == py+1 && m == 1 && dd == 1 && pm == 12 && pd == 31)
		if !next {
			t.Fatalf("%s does not follow %04d-%02d-%02d", d, py, pm, pd)
		}
		py, pm, pd = y, m, dd
	}
}

func TestDayOf(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{1970, 1, 1, "1970-01-01"},
		{1969, 12, 31, "1969-12-31"},
		{2024, 2, 29, "2024-02-29"},
		{2024, 3, 0, "2024-02-29"},  // day 0 is the last day of the month before
		{2023, 3, 0, "2023-02-28"},  // no leap day in 2023
		{2000, 3, 0, "2000-02-29"},  // 2000 is a leap year
		{1900, 3, 0, "1900-02-28"},  // 1900 is not
		{2024, 13, 1, "2025-01-01"}, // months roll over into the next year
		{2024, 0, 1, "2023-12-01"},
		{2024, -1, 15, "2023-11-15"},
		{2024, 12, 32, "2025-01-01"},
	}
	for _, tc := range tests {
		if got := DayOf(tc.y, tc.m, tc.d).String(); got != tc.want {
			t.Errorf("DayOf(%d, %d, %d) = %s, want %s", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
	if DayOf(1970, 1, 1) != 0 {
		t.Errorf("the epoch is day %d, want 0", DayOf(1970, 1, 1))
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		day  string
		want int
	}{
		{"1970-01-01", 4}, // a Thursday
		{"1969-12-31", 3}, // before the epoch
		{"2024-03-22", 5}, // the Crocus City Hall attack, a Friday
		{"2024-03-24", 0}, // the Sunday the New York Times article ran
		{"2020-11-15", 0},
		{"2024-02-29", 4},
		{"2000-01-01", 6},
		{"1900-01-01", 1},
	}
	for _, tc := range tests {
		if got := mustDay(t, tc.day).Weekday(); got != tc.want {
			t.Errorf("%s: weekday %d, want %d", tc.day, got, tc.want)
		}
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when not a date
	}{
		{"2024-03-24", "2024-03-24"},
		{"2020-11-15T08:30:00Z", "2020-11-15"},
		{"2024-02-29", "2024-02-29"},
		{"2023-02-29", ""},
		{"2024-04-31", ""},
		{"2024-13-01", ""},
		{"2024-00-10", ""},
		{"2024-3-24", ""},
		{"24-03-2024", ""},
		{"2024/03/24", ""},
		{"", ""},
	}
	for _, tc := range tests {
		d, ok := ParseDay(tc.in)
		switch {
		case tc.want == "" && ok:
			t.Errorf("ParseDay(%q) = %s, want no date", tc.in, d)
		case tc.want != "" && (!ok || d.String() != tc.want):
			t.Errorf("ParseDay(%q) = %s %v, want %s", tc.in, d, ok, tc.want)
		}
	}
}

func TestPrecisionString(t *testing.T) {
	want := map[Precision]string{PrecDay: "day", PrecMonth: "month", PrecYear: "year", PrecDecade: "decade", 0: "precision(0)"}
	for p, s := range want {
		if p.String() != s {
			t.Errorf("Precision(%d) = %q, want %q", int(p), p.String(), s)
		}
	}
}

// TestSpanMatchesStrings checks appendSpan's month form against the
// String()[:7] it replaced, far years included.
func TestSpanMatchesStrings(t *testing.T) {
	for _, y := range []int{-120, 5, 999, 2024, 9999, 10000, 123456} {
		lo, hi := DayOf(y, 3, 1), DayOf(y, 4, 30)
		want := lo.String()[:7] + ".." + hi.String()[:7]
		if got := span(lo, hi, PrecMonth); got != want {
			t.Errorf("span(%s, %s) = %q, want %q", lo, hi, got, want)
		}
		if got, want := string(lo.AppendTo([]byte("x"))), "x"+lo.String(); got != want {
			t.Errorf("AppendTo = %q, want %q", got, want)
		}
	}
}
