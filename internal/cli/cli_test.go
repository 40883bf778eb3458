package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck/crosscheck/internal/report"
)

// run runs the command line in memory.
func run(t *testing.T, stdin string, files fstest.MapFS, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, FS: files, Path: func(n string) string { return n }}
	code = Main(args, env)
	return code, out.String(), errb.String()
}

const twoReports = `[
 {"id": "a", "source": {"name": "Daily A"}, "publishedAt": "2024-03-24", "text": "Turkish police detained 47 people after the attack on the Santa Maria church in Istanbul on January 28."},
 {"id": "b", "source": {"name": "Daily B"}, "publishedAt": "2024-03-25", "text": "After the Santa Maria church attack in Istanbul on January 28, Turkish police detained 31 people."}
]`

func TestCheckJSON(t *testing.T) {
	code, out, errs := run(t, "", fstest.MapFS{"r.json": {Data: []byte(twoReports)}}, "check", "--format", "json", "--fail-on", "medium", "r.json")
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d; stderr: %s", code, ExitFindings, errs)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Schema != report.Schema || len(rep.Findings) != 1 {
		t.Fatalf("schema %q, %d findings", rep.Schema, len(rep.Findings))
	}
	f := rep.Findings[0]
	if f.Kind != "count" || f.Claim != "detained" || f.Values[0].Text != "47" || f.Values[1].Text != "31" {
		t.Errorf("finding: %+v", f.Values)
	}
	if f.Evidence[0].Outlet != "Daily A" || f.Evidence[1].Words != "detained 31 people" {
		t.Errorf("evidence: %+v", f.Evidence)
	}
}

func TestFailOnAndNever(t *testing.T) {
	files := fstest.MapFS{"r.json": {Data: []byte(twoReports)}}
	if code, _, _ := run(t, "", files, "check", "--fail-on", "high", "r.json"); code != ExitOK {
		t.Errorf("a medium finding with --fail-on high: exit %d, want 0", code)
	}
	if code, _, _ := run(t, "", files, "check", "--fail-on", "never", "r.json"); code != ExitOK {
		t.Errorf("--fail-on never: exit %d", code)
	}
	if code, _, errs := run(t, "", files, "check", "--fail-on", "hihg", "r.json"); code != ExitBadInput || !strings.Contains(errs, "unknown severity") {
		t.Errorf("bad --fail-on: exit %d, %s", code, errs)
	}
}

func TestStdinAndFormats(t *testing.T) {
	for _, format := range []string{"text", "csv", "markdown"} {
		code, out, errs := run(t, twoReports, nil, "check", "--format", format, "-")
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", format, code, errs)
		}
		switch format {
		case "text":
			if !strings.Contains(out, "[-") || !strings.Contains(out, "47") || !strings.Contains(out, "{+") || !strings.Contains(out, "31") || !strings.Contains(out, "Daily A, 2024-03-24") || !strings.Contains(out, "│") {
				t.Errorf("text output lacks the side-by-side diff:\n%s", out)
			}
		case "csv":
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			// One row per source: the finding's two sides, each with its value.
			if err != nil || len(rows) != 3 || rows[1][8] != "47" || rows[2][8] != "31" || rows[1][9] != "Daily A" {
				t.Errorf("csv: %v %q", err, rows)
			}
		case "markdown":
			if !strings.Contains(out, "| a | Daily A | 2024-03-24 | 47 |") {
				t.Errorf("markdown:\n%s", out)
			}
		}
	}
}

func TestBadInputSaysWhere(t *testing.T) {
	files := fstest.MapFS{
		"bad.json":    {Data: []byte("[\n {\"id\": \"x\", \"text\": \"fine\"},\n {\"id\": \"y\" \"text\": 3}\n]")},
		"notext.json": {Data: []byte(`[{"id": "x", "body2": "words"}]`)},
	}
	code, _, errs := run(t, "", files, "check", "bad.json")
	if code != ExitBadInput || !strings.Contains(errs, "bad.json:3:") {
		t.Errorf("syntax error: exit %d, stderr %q", code, errs)
	}
	code, _, errs = run(t, "", files, "check", "notext.json")
	if code != ExitBadInput || !strings.Contains(errs, "/0") || !strings.Contains(errs, "text") {
		t.Errorf("missing text: exit %d, stderr %q", code, errs)
	}
	code, _, errs = run(t, "", files, "check", "missing.json")
	if code != ExitBadInput || !strings.Contains(errs, "missing.json") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	code, _, errs = run(t, "", files, "check", "--format", "xml")
	if code != ExitBadInput || !strings.Contains(errs, "unknown format") {
		t.Errorf("bad format: exit %d, stderr %q", code, errs)
	}
	code, _, errs = run(t, "", files, "check", "--map", "txt=body2", "notext.json")
	if code != ExitBadInput || !strings.Contains(errs, "text") {
		t.Errorf("bad --map: exit %d, stderr %q", code, errs)
	}
}

func TestMapField(t *testing.T) {
	doc := `[{"id": "x", "article": {"body": "Police detained 12 people after the Reina nightclub attack in Istanbul."}}]`
	code, out, errs := run(t, "", fstest.MapFS{"m.json": {Data: []byte(doc)}}, "claims", "--map", "text=article.body", "m.json")
	if code != ExitOK || !strings.Contains(out, "count/detained") {
		t.Errorf("exit %d, out %q, err %q", code, out, errs)
	}
}

func TestRulesDirErrors(t *testing.T) {
	files := fstest.MapFS{
		"rules/checks.yaml": {Data: []byte("checks:\n  - id: x\n    kind: count\n    severity: high\n    mesage: hi\n")},
	}
	code, _, errs := run(t, "", files, "check", "--rules", "rules")
	if code != ExitBadInput || !strings.Contains(errs, "rules/checks.yaml:5:5: error: unknown key \"mesage\"") || !strings.Contains(errs, "did you mean \"message\"") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestDemoCorpus(t *testing.T) {
	code, out, errs := run(t, "", nil, "check", "--fail-on", "never")
	if code != ExitOK || !strings.Contains(out, "findings in 11 documents") {
		t.Errorf("exit %d, stderr %q, out tail %q", code, errs, out[max(0, len(out)-200):])
	}
}
