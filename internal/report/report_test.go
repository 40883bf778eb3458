package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/diff"
)

func sample() *Report {
	lo1, lo2 := int64(47), int64(51)
	return &Report{
		Schema:    Schema,
		Documents: []Document{{ID: "a", Outlet: "Daily A"}, {ID: "b", Outlet: "Daily B"}},
		Findings: []Finding{{
			ID: "c-1", Rule: "detention-count", Kind: "count", Claim: "detained", Relation: Contradiction,
			Severity: "medium", Subject: "Santa Maria | church <attack>", Message: "=cmd|' /C calc'!A0",
			Values: []Value{{Side: "a", Text: "47", Lo: &lo1, Hi: &lo1}, {Side: "b", Text: "51", Lo: &lo2, Hi: &lo2}},
			Evidence: []Evidence{
				{Side: "a", Doc: "a", Outlet: "Daily A", Published: "2024-03-24", Quote: "Police detained 47 people.", Start: 7, End: 25, Words: "detained 47 people", Value: "47", Trace: []string{"'47' → [47, 47] exact"}},
				{Side: "b", Doc: "b", Outlet: "Daily B", Published: "2024-05-05", Quote: "Turkey detained 51 people.", Start: 7, End: 25, Words: "detained 51 people", Value: "51"},
			},
			Diff: &SideBySide{
				Left: []diff.Segment{{Op: diff.OpDelete, Text: "Police"}, {Op: diff.OpEqual, Text: " "},
					{Op: diff.OpEqual, Text: "detained ", Claim: true}, {Op: diff.OpDelete, Text: "47", Claim: true},
					{Op: diff.OpEqual, Text: " people", Claim: true}, {Op: diff.OpEqual, Text: "."}},
				Right: []diff.Segment{{Op: diff.OpInsert, Text: "Turkey"}, {Op: diff.OpEqual, Text: " "},
					{Op: diff.OpEqual, Text: "detained ", Claim: true}, {Op: diff.OpInsert, Text: "51", Claim: true},
					{Op: diff.OpEqual, Text: " people", Claim: true}, {Op: diff.OpEqual, Text: "."}},
			},
		}},
		Summary: Summary{Documents: 2, Claims: 2, Findings: 1},
	}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, sample(), false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"[MEDIUM]", "Daily A, 2024-03-24", "│ Daily B, 2024-05-05", "[-Police-]", "«[-47-]»", "'47' → [47, 47] exact", "1 findings in 2 documents"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes without colour")
	}
	b.Reset()
	WriteText(&b, sample(), true)
	if !strings.Contains(b.String(), "\x1b[31m") {
		t.Error("no colour on a terminal")
	}
}

func TestCSVIsSafe(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, sample()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("%v %q", err, rows)
	}
	if msg := rows[1][15]; !strings.HasPrefix(msg, "'=") {
		t.Errorf("a formula reached the spreadsheet: %q", msg)
	}
}

// TestCSVSources: one row per source of a finding, with its event,
// outlet, publication date and URL.
func TestCSVSources(t *testing.T) {
	r := sample()
	r.Documents[1].URL = "https://example.org/b"
	r.Findings[0].Event = "e-1"
	var b bytes.Buffer
	if err := WriteCSV(&b, r); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	want := [][]string{
		{"c-1", "e-1", "a", "47", "Daily A", "2024-03-24", "", "detained 47 people"},
		{"c-1", "e-1", "b", "51", "Daily B", "2024-05-05", "https://example.org/b", "detained 51 people"},
	}
	for i, w := range want {
		row := rows[i+1]
		got := []string{row[col["finding"]], row[col["event"]], row[col["side"]], row[col["value"]], row[col["outlet"]], row[col["published"]], row[col["url"]], row[col["words"]]}
		if strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("row %d = %q, want %q", i+1, got, w)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var b bytes.Buffer
	WriteMarkdown(&b, sample())
	out := b.String()
	if strings.Contains(out, "<attack>") || !strings.Contains(out, `Santa Maria \| church &lt;attack&gt;`) {
		t.Errorf("markdown not escaped:\n%s", out)
	}
	if !strings.Contains(out, "**detained 47 people**") {
		t.Errorf("claim words not marked:\n%s", out)
	}
}

func TestJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m["schema"] != Schema {
		t.Errorf("schema %v", m["schema"])
	}
	if strings.Contains(b.String(), `\u003c`) {
		t.Error("HTML characters escaped in JSON")
	}
	f := m["findings"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "rule", "kind", "claim", "relation", "severity", "subject", "message", "values", "evidence", "diff"} {
		if _, ok := f[k]; !ok {
			t.Errorf("finding lacks %q", k)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, sample(), "xml", false); err == nil {
		t.Error("no error for an unknown format")
	}
}

func TestVisible(t *testing.T) {
	tests := []struct{ in, want, passage string }{
		{"Daily A", "Daily A", "Daily A"},
		{"a\nb", `a\nb`, "a\nb"},
		{"a\r\n\tb", `a\r\n\tb`, "a\r\n\tb"},
		{"\x1b[2Jcleared", `\x1b[2Jcleared`, `\x1b[2Jcleared`},
		{"bell\a", `bell\a`, `bell\a`},
		{"del\x7f", `del\x7f`, `del\x7f`},
		{"c1 \u009b31m", `c1 \u009b31m`, `c1 \u009b31m`},
		{"next line\u0085", `next line\u0085`, "next line\u0085"},
		{"bad \xff byte", `bad \xff byte`, `bad \xff byte`},
		{`C:\path\n`, `C:\path\n`, `C:\path\n`},
		{"Теракт в «Крокусе», سه نفر", "Теракт в «Крокусе», سه نفر", "Теракт в «Крокусе», سه نفر"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Visible(tt.in); got != tt.want {
				t.Errorf("Visible = %q, want %q", got, tt.want)
			}
			if got := visiblePassage(tt.in); got != tt.passage {
				t.Errorf("visiblePassage = %q, want %q", got, tt.passage)
			}
		})
	}
}

// hostile is sample() with control characters in every field that comes
// from the input: a newline in an id that would forge a report line, and
// escape sequences that would clear the screen or recolour it.
func hostile() *Report {
	r := sample()
	f := &r.Findings[0]
	f.ID = "c-1\n[HIGH] forged · count/killed · contradiction"
	f.Subject = "Santa Maria\x1b[2J"
	f.Message = "Daily\x1b]0;title\x07 A reports 47"
	f.Values[0].Text = "47\r51"
	f.Evidence[0].Outlet = "Daily\x1b[31mA"
	f.Evidence[0].Doc = "a\nb"
	f.Evidence[0].Quote = "Police \x1b[8mdetained 47 people."
	f.Evidence[0].Start, f.Evidence[0].End = 7+5, 25+5
	f.Evidence[0].Words = "detained 47 people"
	f.Diff.Left[0].Text = "Police\x1b[8m"
	r.Diagnostics = []diag.Diagnostic{{Code: "bad-utf8", Severity: "warning", File: "in\x1b[2J.json", Message: "id \"x\ny\""}}
	return r
}

func TestControlCharactersAreShown(t *testing.T) {
	for _, format := range []string{"text", "markdown"} {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, hostile(), format, false); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, c := range []string{"\x1b", "\x07", "\r"} {
				if strings.Contains(out, c) {
					t.Errorf("%q reached the output:\n%s", c, out)
				}
			}
			for line := range strings.Lines(out) {
				if strings.HasPrefix(line, "[HIGH] forged") {
					t.Errorf("a newline in an id forged a line:\n%s", out)
				}
			}
			for _, want := range []string{`c-1\n[HIGH] forged`, `\x1b[2J`, `Daily\x1b]0;title\a A`} {
				if !strings.Contains(out, strings.NewReplacer("_", `\_`).Replace(want)) && !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
		})
	}
	// With colour, the only escape sequences are the renderer's own.
	var b bytes.Buffer
	WriteText(&b, hostile(), true)
	for _, seq := range []string{"\x1b[2J", "\x1b[8m", "\x1b[31mA", "\x1b]0"} {
		if strings.Contains(b.String(), seq) {
			t.Errorf("input's %q reached a terminal", seq)
		}
	}
}

// TestCSVKeepsControlCharacters: CSV is data, so a newline in an id is
// kept, quoted, and reads back as written.
func TestCSVKeepsControlCharacters(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, hostile()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 1+len(hostile().Findings[0].Evidence) {
		t.Fatalf("%v %q", err, rows)
	}
	if got, want := rows[1][0], hostile().Findings[0].ID; got != want {
		t.Errorf("id read back as %q, want %q", got, want)
	}
	if got := rows[1][12]; got != "a\nb" {
		t.Errorf("doc read back as %q", got)
	}
}

// FuzzWriteJSON holds WriteJSON to the encoder's own indenting, which it
// replaced for speed: the same bytes for any text in a report's strings
// and for empty and missing lists.
func FuzzWriteJSON(f *testing.F) {
	f.Add("Police detained 47 people.", "a", 7, false)
	f.Add("<&> \"quoted\" \\ \u2028 \x00 \xff é", "", 0, true)
	f.Add("{}[],:", "[]", -1, false)
	f.Fuzz(func(t *testing.T, quote, id string, start int, empty bool) {
		r := sample()
		r.Findings[0].Evidence[0].Quote = quote
		r.Findings[0].Message = quote + id
		r.Documents = append(r.Documents, Document{ID: id, Title: quote, Claims: start})
		r.Findings[0].Evidence[1].Start = start
		if empty {
			r.Findings[0].Diff = nil
			r.Events = []Event{}
			r.Findings[0].Values = nil
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := WriteJSON(&got, r); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("WriteJSON differs from the encoder's indenting:\n%s\nwant:\n%s", got.Bytes(), want.Bytes())
		}
	})
}
