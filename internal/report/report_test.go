package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

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
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v %q", err, rows)
	}
	if msg := rows[1][12]; !strings.HasPrefix(msg, "'=") {
		t.Errorf("a formula reached the spreadsheet: %q", msg)
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
