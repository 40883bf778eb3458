package document

import (
	"strings"
	"testing"
)

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

// TestPublishedProblems reads each odd publication date in a JSON record:
// what is kept, and the located warning that says why a date is not used.
func TestPublishedProblems(t *testing.T) {
	tests := []struct {
		published string // the JSON value
		want      string // Document.Published
		where     string // where() of the one diagnostic, "" for none
		msg       string // part of its message and hint
	}{
		{`"2024-03-24"`, "2024-03-24", "", ""},
		{`"1900-01-01"`, "1900-01-01", "", ""},
		{`"2050-12-31"`, "2050-12-31", "", ""},
		{`"yesterday"`, "", "c.json:1:40 warning bad-date /0 published", `publication date "yesterday" not read; relative dates in this document ("last year", "on Friday") are left unresolved`},
		{`"2024-13-45"`, "", "c.json:1:40 warning bad-date /0 published", `"2024-13-45" not read: there is no month 13;`},
		{`"2024-02-30"`, "", "c.json:1:40 warning bad-date /0 published", `"2024-02-30" not read: February 2024 has no day 30;`},
		{`"20240304"`, "", "c.json:1:40 warning bad-date /0 published", `(hint: if it means 2024-03-04, write it so)`},
		{`"04/03/2024"`, "", "c.json:1:40 warning bad-date /0 published", `"04/03/2024" not read: 4/3 could be day/month or month/day; relative dates in this document ("last year", "on Friday") are left unresolved [bad-date] (hint: write 2024-03-04 or 2024-04-03, whichever is meant)`},
		{`"24/03/2024"`, "", "c.json:1:40 warning bad-date /0 published", `numeric day/month order is not read`},
		{`"2099-01-01"`, "", "c.json:1:40 warning bad-date /0 published", `publication date "2099-01-01" is in 2099, outside 1900–2050, so likely a placeholder; not used: relative dates`},
		{`"0000-01-01"`, "", "c.json:1:40 warning bad-date /0 published", `is in 0, outside 1900–2050`},
		{`"1850-06-01"`, "", "c.json:1:40 warning bad-date /0 published", `is in 1850, outside`},
		{`1e400`, "", "c.json:1:40 warning bad-date /0 published", `published is the number 1e400, not a Unix time in seconds or milliseconds; not used`},
		{`-5`, "", "c.json:1:40 warning bad-date /0 published", `the number -5, not a Unix time`},
		{`4102444800`, "", "c.json:1:40 warning bad-date /0 published", `publication date 4102444800 (2100-01-01) is in 2100, outside 1900–2050`},
		{`{"$date": "2024-03-24"}`, "", "c.json:1:40 warning field-type /0 published", `published is a JSON object, not a date (a string like 2024-03-24, or Unix time); ignored [field-type] (hint: map it with --map published=published.$date)`},
		{`["2024-03-24"]`, "", "c.json:1:40 warning field-type /0 published", `published is a JSON array, not a date (a string like 2024-03-24, or Unix time); ignored [field-type] (hint: map it with --map published=published.0)`},
		{`true`, "", "c.json:1:40 warning field-type /0 published", `published is a JSON boolean, not a date`},
	}
	for _, tt := range tests {
		t.Run(tt.published, func(t *testing.T) {
			in := `[{"id": "a", "text": "x", "published": ` + tt.published + `}]`
			docs, diags := Load("c.json", []byte(in), Options{})
			if len(docs) != 1 || docs[0].Published != tt.want {
				t.Fatalf("documents %+v, want one published %q", docs, tt.want)
			}
			if tt.where == "" {
				if len(diags) != 0 {
					t.Errorf("unexpected diagnostics:\n%s", diags.Error())
				}
				return
			}
			if len(diags) != 1 || where(diags[0]) != tt.where || !strings.Contains(diags[0].Error(), tt.msg) {
				t.Errorf("diagnostics\n%s\nwant one at %s containing %q", diags.Error(), tt.where, tt.msg)
			}
		})
	}
}

// TestPublishedInFiles gives text, Markdown and HTML inputs the same
// reading of a publication date as JSON records.
func TestPublishedInFiles(t *testing.T) {
	tests := []struct{ name, in, where, msg string }{
		{"story.md", "---\ntitle: T\ndate: 04/03/2024\n---\nThree people were killed.\n", "story.md:3:7 warning bad-date published", `"04/03/2024" not read: 4/3 could be day/month or month/day`},
		{"story.md", "---\ndate: 2099-12-31\n---\nThree people were killed.\n", "story.md:2:7 warning bad-date published", `is in 2099, outside 1900–2050`},
		{"page.html", `<html><head><meta property="article:published_time" content="yesterday"></head><body><p>Three people were killed.</p></body></html>`,
			"page.html:1:62 warning bad-date published", `"yesterday" not read`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			docs, diags := Load(tt.name, []byte(tt.in), Options{})
			if len(docs) != 1 || docs[0].Published != "" {
				t.Fatalf("documents %+v, want one without a date", docs)
			}
			if len(diags) != 1 || where(diags[0]) != tt.where || !strings.Contains(diags[0].Error(), tt.msg) {
				t.Errorf("diagnostics\n%s\nwant one at %s containing %q", diags.Error(), tt.where, tt.msg)
			}
		})
	}
}

// TestOddIDs keeps a numeric id as written and reports an id that is an
// object or an array, which would otherwise become a default id silently.
func TestOddIDs(t *testing.T) {
	tests := []struct{ id, want, where, msg string }{
		{`1e400`, "1e400", "", ""},
		{`12345678901234567890123`, "12345678901234567890123", "", ""},
		{`{"$oid": "64f1"}`, "auto", "c.json:1:9 warning field-type /0 id", `id is a JSON object, not a string or a number; ignored [field-type] (hint: map it with --map id=id.$oid)`},
		{`[1, 2]`, "auto", "c.json:1:9 warning field-type /0 id", `id is a JSON array, not a string or a number; ignored`},
		{`{}`, "auto", "c.json:1:9 warning field-type /0 id", `id is a JSON object`},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			docs, diags := Load("c.json", []byte(`[{"id": `+tt.id+`, "text": "x"}]`), Options{})
			if len(docs) == 1 && tt.want == "auto" && docs[0].ID == ContentID(&docs[0]) {
				docs[0].ID = "auto"
			}
			if len(docs) != 1 || docs[0].ID != tt.want {
				t.Fatalf("documents %+v, want id %q", docs, tt.want)
			}
			if tt.where == "" {
				if len(diags) != 0 {
					t.Errorf("unexpected diagnostics:\n%s", diags.Error())
				}
				return
			}
			if len(diags) != 1 || where(diags[0]) != tt.where || !strings.Contains(diags[0].Error(), tt.msg) {
				t.Errorf("diagnostics\n%s\nwant one at %s containing %q", diags.Error(), tt.where, tt.msg)
			}
		})
	}
}
