package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/crosscheck/crosscheck/internal/report"
)

const (
	reportA = `{"id": "a", "outlet": "Daily A", "published": "2024-03-24", "text": "Turkish police detained 47 people after the attack on the Santa Maria church in Istanbul on January 28."}`
	reportB = `{"id": "b", "outlet": "Daily B", "published": "2024-03-25", "text": "After the Santa Maria church attack in Istanbul on January 28, Turkish police detained 31 people."}`
)

// TestPartialResults checks what was read when some input is bad, and
// still exits 2; --strict checks nothing. Each case is named by its
// command line.
func TestPartialResults(t *testing.T) {
	files := fstest.MapFS{
		"feed.jsonl":  {Data: []byte(reportA + "\n{\"id\": \"x\", \"text\": \n" + reportB + "\n")},
		"array.json":  {Data: []byte("[" + reportA + ",\n 42,\n {\"id\": \"y\", \"title\": \"no text\"},\n" + reportB + "]")},
		"a.json":      {Data: []byte("[" + reportA + "]")},
		"b.json":      {Data: []byte("[" + reportB + "]")},
		"broken.json": {Data: []byte("[" + reportA + ",]")},
	}
	tests := []struct {
		args    []string
		docs    []string // ids in the report; nil when nothing is printed
		errors  []string // where each error diagnostic is, in the report and on stderr
		finding bool     // the detention finding is still made
	}{
		{[]string{"feed.jsonl"}, []string{"a", "b"}, []string{"feed.jsonl:2:21"}, true},
		{[]string{"array.json"}, []string{"a", "b"}, []string{"array.json:2:2", "array.json:3:2"}, true},
		{[]string{"a.json", "missing.json", "b.json"}, []string{"a", "b"}, []string{"missing.json"}, true},
		{[]string{"a.json", "broken.json"}, []string{"a"}, []string{"broken.json:1:"}, false},
		{[]string{"--strict", "feed.jsonl"}, nil, []string{"feed.jsonl:2:21"}, false},
		{[]string{"a.json", "missing.json", "b.json", "--strict"}, nil, []string{"missing.json"}, false},
		{[]string{"missing.json"}, nil, []string{"missing.json"}, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			args := append([]string{"check", "--format", "json", "--fail-on", "medium"}, tt.args...)
			code, out, errs := run(t, "", files, args...)
			if code != ExitBadInput {
				t.Errorf("exit %d, want %d (input was bad, whatever was found)", code, ExitBadInput)
			}
			for _, e := range tt.errors {
				if !strings.Contains(errs, e) {
					t.Errorf("stderr lacks an error at %s:\n%s", e, errs)
				}
			}
			if strings.Contains(errs, "warning:") {
				t.Errorf("warnings belong in the report, not on stderr:\n%s", errs)
			}
			if tt.docs == nil {
				if out != "" {
					t.Errorf("a report was printed although nothing may be checked:\n%s", out)
				}
				return
			}
			var rep report.Report
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			var ids []string
			for _, d := range rep.Documents {
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, " ") != strings.Join(tt.docs, " ") {
				t.Errorf("documents %q, want %q", ids, tt.docs)
			}
			var where []string
			for _, d := range rep.Diagnostics {
				if d.Severity == "error" {
					where = append(where, d.Error())
				}
			}
			if len(where) != len(tt.errors) {
				t.Errorf("report errors:\n%s\nwant %d", strings.Join(where, "\n"), len(tt.errors))
			}
			for i := range min(len(where), len(tt.errors)) {
				if !strings.HasPrefix(where[i], tt.errors[i]) {
					t.Errorf("report error %d is %q, want it at %s", i, where[i], tt.errors[i])
				}
			}
			if got := len(rep.Findings) == 1; got != tt.finding {
				t.Errorf("%d findings, want the finding: %v", len(rep.Findings), tt.finding)
			}
		})
	}
}

// TestPartialClaims lists the claims of the documents that were read.
func TestPartialClaims(t *testing.T) {
	files := fstest.MapFS{"a.json": {Data: []byte("[" + reportA + "]")}}
	code, out, errs := run(t, "", files, "claims", "a.json", "missing.json")
	if code != ExitBadInput || !strings.Contains(out, "count/detained") || !strings.Contains(errs, "missing.json: error: no such file") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, _ = run(t, "", files, "claims", "--strict", "a.json", "missing.json")
	if code != ExitBadInput || out != "" {
		t.Errorf("--strict: exit %d, stdout %q", code, out)
	}
}
