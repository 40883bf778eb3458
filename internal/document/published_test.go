package document

import "testing"

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2024-03-24", "2024-03-24", true},
		{"2024-03-24T10:00:00Z", "2024-03-24", true},
		{"2024-03-24T10:00:00.123Z", "2024-03-24", true},
		{"2024-03-24T23:30:00-05:00", "2024-03-24", true}, // the publisher's day, not UTC's
		{"2024-03-24T10:00:00.000+0000", "2024-03-24", true},
		{"2024-03-24T10:00:00", "2024-03-24", true},
		{"2024-03-24 10:00", "2024-03-24", true},
		{"2024-03-24 10:00:00", "2024-03-24", true},
		{"2024/03/24", "2024-03-24", true},
		{"March 24, 2024", "2024-03-24", true},
		{"march 24, 2024", "2024-03-24", true},
		{"24 March 2024", "2024-03-24", true},
		{"Mar 24, 2024", "2024-03-24", true},
		{"Sunday, March 24, 2024", "2024-03-24", true},
		{"Sun, 24 Mar 2024 10:00:00 +0000", "2024-03-24", true},
		{"Sun, 24 Mar 2024 10:00:00 GMT", "2024-03-24", true},
		{"Sun, 5 May 2024 10:00:00 +0000", "2024-05-05", true},
		{"March 24, 2024 10:00 AM EDT", "2024-03-24", true},
		{"Aug. 9, 1998", "1998-08-09", true},
		{"Sept. 11, 2001", "2001-09-11", true},
		{"November 15th, 2020", "2020-11-15", true},
		{"15th November 2020", "2020-11-15", true},
		{"  2020-11-15  ", "2020-11-15", true},
		{"last Friday", "", false},
		{"2024", "", false},
		{"March 2024", "", false},
		{"2024-02-30", "", false},
		{"24/03/2024", "", false}, // day/month order is ambiguous
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := NormalizeDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestUnixDay(t *testing.T) {
	tests := []struct {
		in   float64
		want string
		ok   bool
	}{
		{1711274400, "2024-03-24", true},
		{1711274400000, "2024-03-24", true},
		{1605474600, "2020-11-15", true},
		{0, "", false},
		{-5, "", false},
		{1e20, "", false},
	}
	for _, tt := range tests {
		got, ok := unixDay(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("unixDay(%v) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
