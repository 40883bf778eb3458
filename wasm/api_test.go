package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/cli"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
)

// call sends a request built from v and returns the raw answer.
func call(t *testing.T, v any) []byte {
	t.Helper()
	in, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return Handle(in)
}

// cliOut runs `crosscheck <args>` in memory over files.
func cliOut(t *testing.T, files fstest.MapFS, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	env := cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, FS: files, Path: func(n string) string { return n }}
	if code := cli.Main(args, env); code > cli.ExitFindings {
		t.Fatalf("crosscheck %v: exit %d: %s", args, code, errb.String())
	}
	return out.String()
}

const twoReports = `[
 {"id": "a", "source": {"name": "Daily A"}, "publishedAt": "2024-03-24", "text": "Turkish police detained 47 people after the attack on the Santa Maria church in Istanbul on January 28."},
 {"id": "b", "source": {"name": "Daily B"}, "publishedAt": "2024-03-25", "text": "After the Santa Maria church attack in Istanbul on January 28, Turkish police detained 31 people."}
]`

// TestCheckSameBytesAsCLI is the promise every host keeps: the page's
// report is byte for byte the CLI's.
func TestCheckSameBytesAsCLI(t *testing.T) {
	demo := string(crosscheck.DemoCorpus)
	want := cliOut(t, nil, "check", "--format", "json", "--fail-on", "never")
	if got := call(t, Request{Op: "check", Files: []File{{Name: "demo/corpus.json", Data: demo}}}); string(got) != want {
		t.Errorf("demo corpus as a file: the wasm report differs from the CLI's\nwasm: %.300s\ncli:  %.300s", got, want)
	}

	// The page keeps documents loaded; checking them must give the same bytes.
	var loaded struct {
		Documents []document.Document `json:"documents"`
	}
	if err := json.Unmarshal(call(t, Request{Op: "load", Files: []File{{Name: "demo/corpus.json", Data: demo}}}), &loaded); err != nil {
		t.Fatal(err)
	}
	if len(loaded.Documents) != 11 {
		t.Fatalf("demo corpus loaded %d documents, want 11", len(loaded.Documents))
	}
	if got := call(t, Request{Op: "check", Documents: loaded.Documents}); string(got) != want {
		t.Errorf("demo corpus as loaded documents: the wasm report differs from the CLI's")
	}

	files := fstest.MapFS{"r.json": {Data: []byte(twoReports)}}
	for _, format := range []string{"json", "csv", "markdown"} {
		want := cliOut(t, files, "check", "--format", format, "--fail-on", "never", "r.json")
		if got := call(t, Request{Op: "check", Format: format, Files: []File{{Name: "r.json", Data: twoReports}}}); string(got) != want {
			t.Errorf("%s: wasm %q\ncli %q", format, got, want)
		}
	}
}

// TestRenderMatchesCheck: exports render the report the page holds; they
// must equal a fresh check in that format.
func TestRenderMatchesCheck(t *testing.T) {
	files := []File{{Name: "demo/corpus.json", Data: string(crosscheck.DemoCorpus)}}
	rep := call(t, Request{Op: "check", Files: files})
	for _, format := range []string{"json", "csv", "markdown"} {
		want := call(t, Request{Op: "check", Files: files, Format: format})
		if got := call(t, Request{Op: "render", Report: rep, Format: format}); !bytes.Equal(got, want) {
			t.Errorf("render %s differs from check %s:\n%.400s\n---\n%.400s", format, format, got, want)
		}
	}
}

func TestCheckFindsTheDetentionUpdate(t *testing.T) {
	var rep report.Report
	if err := json.Unmarshal(call(t, Request{Op: "check", Files: []File{{Name: "r.json", Data: twoReports}}}), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Values[0].Text != "47" || rep.Findings[0].Values[1].Text != "31" {
		t.Fatalf("findings: %+v", rep.Findings)
	}
}

// TestPlainTextKeepsMarkup: a pasted text is text; "<script>" in it stays
// as characters (the page shows it with textContent, never as markup).
func TestPlainTextKeepsMarkup(t *testing.T) {
	const text = "Police detained 47 people <script>alert(1)</script> near <img src=x onerror=alert(2)>."
	a := decode(t, call(t, Request{Op: "load", Files: []File{{Name: "pasted.txt", Data: text, Format: "text"}}}))
	if len(a.Documents) != 1 || a.Documents[0].Text != text {
		t.Errorf("pasted text: %+v", a.Documents)
	}
}

// answer decodes an error-or-lists answer.
type answer struct {
	Error       string `json:"error"`
	Gap         string `json:"gap"`
	Diagnostics []struct {
		Code, Severity, File, Pointer, Field, Message string
		Line, Col                                     int
	} `json:"diagnostics"`
	Documents []document.Document `json:"documents"`
	Rules     []File              `json:"rules"`
	Demo      File                `json:"demo"`
}

func decode(t *testing.T, b []byte) answer {
	t.Helper()
	var a answer
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatalf("answer is not JSON: %v: %s", err, b)
	}
	return a
}

func TestLoadLocatesErrors(t *testing.T) {
	cases := []struct {
		name, data     string
		line, col      int
		pointer, field string
	}{
		{"trailing comma in an array", "[\n {\"id\": \"a\", \"text\": \"x\"},\n]\n", 3, 1, "", ""},
		{"text that is a number", `[{"id": "a", "text": 42}]`, 1, 0, "/0", "text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := decode(t, call(t, Request{Op: "load", Files: []File{{Name: "bad.json", Data: c.data}}}))
			if len(a.Diagnostics) == 0 {
				t.Fatalf("no diagnostics for %q", c.data)
			}
			d := a.Diagnostics[0]
			if d.File != "bad.json" || d.Line != c.line || (c.col > 0 && d.Col != c.col) || d.Pointer != c.pointer || d.Field != c.field {
				t.Errorf("diagnostic %+v, want line %d col %d pointer %q field %q", d, c.line, c.col, c.pointer, c.field)
			}
		})
	}
	a := decode(t, call(t, Request{Op: "load", Files: []File{{Name: "story.html", Data: "<html><title>Raid</title><body><p>Police detained 47 people.</p><script>alert(1)</script></body></html>"}}}))
	if len(a.Documents) != 1 || !strings.Contains(a.Documents[0].Text, "detained 47") || strings.Contains(a.Documents[0].Text, "alert") {
		t.Errorf("html document: %+v", a.Documents)
	}
}

func TestCheckRefusesBadInput(t *testing.T) {
	a := decode(t, call(t, Request{Op: "check", Files: []File{{Name: "bad.json", Data: "[{"}}}))
	if a.Error == "" || len(a.Diagnostics) == 0 {
		t.Errorf("bad document: %+v", a)
	}
	a = decode(t, call(t, Request{Op: "check", Rules: []File{{Name: "rules/checks.yaml", Data: "checks:\n  - id: x\n    kindd: count\n"}}, Files: []File{{Name: "r.json", Data: twoReports}}}))
	if a.Error == "" || len(a.Diagnostics) == 0 || a.Diagnostics[0].Line == 0 {
		t.Errorf("bad rules: %+v", a)
	}
	if a := decode(t, Handle([]byte("{"))); !strings.HasPrefix(a.Error, "bad request") {
		t.Errorf("bad request: %+v", a)
	}
	if a := decode(t, call(t, Request{Op: "frobnicate"})); !strings.Contains(a.Error, "unknown op") {
		t.Errorf("unknown op: %+v", a)
	}
}

func TestLintPlacesErrors(t *testing.T) {
	b := decode(t, call(t, Request{Op: "builtin"}))
	if len(b.Rules) < 5 || b.Demo.Name != "demo/corpus.json" || len(b.Demo.Data) != len(crosscheck.DemoCorpus) {
		t.Fatalf("builtin: %d rules, demo %q", len(b.Rules), b.Demo.Name)
	}
	if a := decode(t, call(t, Request{Op: "lint", Rules: b.Rules})); a.Error != "" {
		t.Errorf("lint of the built-in rules: %+v", a)
	} else {
		for _, d := range a.Diagnostics {
			if d.Severity != "warning" {
				t.Errorf("the built-in rules have an error: %+v", d)
			}
		}
	}
	// A misspelt key in checks.yaml: the diagnostic names its line and column.
	edited := append([]File(nil), b.Rules...)
	for i, f := range edited {
		if f.Name == "rules/checks.yaml" {
			edited[i].Data = strings.Replace(f.Data, "severity:", "severty:", 1)
		}
	}
	a := decode(t, call(t, Request{Op: "lint", Rules: edited}))
	if len(a.Diagnostics) == 0 {
		t.Fatal("a misspelt key gave no diagnostic")
	}
	found := false
	for _, d := range a.Diagnostics {
		if strings.Contains(d.Message, "severty") {
			found = true
			if d.File != "rules/checks.yaml" || d.Line == 0 || d.Col == 0 {
				t.Errorf("diagnostic %+v has no place", d)
			}
		}
	}
	if !found {
		t.Errorf("no diagnostic names the misspelt key: %+v", a.Diagnostics)
	}
}

func TestDatesScanner(t *testing.T) {
	var a struct {
		Dates [][]foundDate `json:"dates"`
	}
	texts := []string{
		"He was killed last year in a US counterterrorism operation.",
		"The attack on the Santa Maria church on January 28 left one dead.",
		"No dates here.",
	}
	if err := json.Unmarshal(call(t, Request{Op: "dates", Texts: texts, Ref: "2020-11-15"}), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Dates) != 3 || len(a.Dates[2]) != 0 {
		t.Fatalf("dates: %+v", a.Dates)
	}
	if d := a.Dates[0]; len(d) != 1 || d[0].Text != "last year" || d[0].From != "2019-01-01" || d[0].To != "2019-12-31" {
		t.Errorf("last year: %+v", d)
	}
	if d := a.Dates[1]; len(d) != 1 || d[0].From != "2020-01-28" || d[0].Precision != "day" || texts[1][d[0].Start:d[0].End] != d[0].Text {
		t.Errorf("January 28: %+v", d)
	}
}

// TestRuleTests runs the rule files' test cases through the core's runner,
// and a broken rule shows up in the run's diagnostics.
func TestRuleTests(t *testing.T) {
	var res struct {
		Schema  string `json:"schema"`
		Summary struct{ Cases, Failed int }
	}
	if err := json.Unmarshal(call(t, Request{Op: "test"}), &res); err != nil {
		t.Fatal(err)
	}
	if res.Schema != "crosscheck.ruletest/v1" {
		t.Errorf("test run schema %q", res.Schema)
	}
}

// TestDatesCompactMatchesDates: the fast entry finds what the JSON one does.
func TestDatesCompactMatchesDates(t *testing.T) {
	texts := []string{"Gunmen attacked the hall on Friday, killing 133.", "", "The group was founded in the 1990s and split on March 3, 2014."}
	var a struct {
		Dates [][]foundDate `json:"dates"`
	}
	if err := json.Unmarshal(call(t, Request{Op: "dates", Texts: texts, Ref: "2024-03-24"}), &a); err != nil {
		t.Fatal(err)
	}
	var compact [][][]any
	if err := json.Unmarshal(DatesCompact("2024-03-24", strings.Join(texts, "\x00")), &compact); err != nil {
		t.Fatal(err)
	}
	if len(compact) != len(texts) {
		t.Fatalf("%d results for %d texts", len(compact), len(texts))
	}
	for i := range texts {
		if len(compact[i]) != len(a.Dates[i]) {
			t.Fatalf("text %d: %v vs %+v", i, compact[i], a.Dates[i])
		}
		for j, d := range a.Dates[i] {
			c := compact[i][j]
			if int(c[0].(float64)) != d.Start || int(c[1].(float64)) != d.End || c[2] != d.From || c[3] != d.To || c[4] != d.Precision {
				t.Errorf("text %d date %d: compact %v, json %+v", i, j, c, d)
			}
		}
	}
	if len(a.Dates[0]) != 1 || a.Dates[0][0].From != "2024-03-22" {
		t.Errorf("on Friday: %+v", a.Dates[0])
	}
}
