package claimfile

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	crosscheck "github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/bench"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

func engine(t testing.TB) *claim.Extractor {
	t.Helper()
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		t.Fatal(err)
	}
	rs, ds := rule.Load(srcs)
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	return claim.New(rs)
}

func corpus(t testing.TB, generated int) []document.Document {
	t.Helper()
	docs, ds := document.Load("demo/corpus.json", crosscheck.DemoCorpus, document.Options{})
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	return append(docs, bench.Corpus(generated, 11)...)
}

// TestRoundTrip writes what Extract read of real documents and reads it
// back: every field of every claim must come back as it was. A field
// added to the claim types that the file cannot carry (one not exported,
// or of a kind compact.go does not write) fails here.
func TestRoundTrip(t *testing.T) {
	x := engine(t)
	read := check.Extract(x, corpus(t, 60))
	id := RulesID(x.Rules())
	var buf bytes.Buffer
	w := NewWriter(&buf, id)
	carried := diag.Diagnostic{Code: "bad-date", Severity: diag.Warning, File: "feed.jsonl", Line: 3, Col: 18, Pointer: "/2", Field: "published", Message: `"yesterday" is not a date`}
	if err := w.Diagnostic(carried); err != nil {
		t.Fatal(err)
	}
	for i := range read {
		if err := w.Document(&read[i]); err != nil {
			t.Fatal(err)
		}
	}
	got, ds := Read("c.jsonl", &buf, id)
	if len(ds) != 1 || ds[0] != carried {
		t.Fatalf("diagnostics %v, want the one carried: %v", ds, carried)
	}
	if len(got) != len(read) {
		t.Fatalf("%d documents back, want %d", len(got), len(read))
	}
	claims := 0
	for i := range read {
		claims += len(read[i].Claims)
		if !reflect.DeepEqual(got[i], read[i]) {
			for j := range min(len(got[i].Claims), len(read[i].Claims)) {
				if !reflect.DeepEqual(got[i].Claims[j], read[i].Claims[j]) {
					t.Fatalf("document %s, claim %d:\n got %#v\nwant %#v", read[i].Doc.ID, j, got[i].Claims[j], read[i].Claims[j])
				}
			}
			t.Fatalf("document %s:\n got %#v\nwant %#v", read[i].Doc.ID, got[i], read[i])
		}
	}
	if claims < 500 {
		t.Errorf("only %d claims: the corpus no longer tests much", claims)
	}
}

// TestRulesID: the id names the effective rules, not the files.
func TestRulesID(t *testing.T) {
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		t.Fatal(err)
	}
	base, _ := rule.Load(srcs)
	same, _ := rule.Load(append(srcs, rule.Source{Name: "empty.yaml", Data: []byte("checks: []\n"), Layer: 1}))
	other, ds := rule.Load(append(srcs, rule.Source{Name: "off.yaml", Data: []byte("checks:\n  - {id: death-toll, severity: low}\n"), Layer: 1}))
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	if RulesID(base) != RulesID(same) {
		t.Errorf("an empty layer changed the id: %s, %s", RulesID(base), RulesID(same))
	}
	if RulesID(base) == RulesID(other) {
		t.Errorf("a check's severity changed and the id did not: %s", RulesID(base))
	}
}

// TestReadRefuses: each damaged line is an error at its line and field;
// the good lines around it are still read.
func TestReadRefuses(t *testing.T) {
	const id = "sha256:00"
	head := `{"v":"crosscheck.claims/v1","rules":"sha256:00",`
	good := head + `"doc":{"id":"good","text":"Ten were killed."},"claims":[{"Type":"count","Kind":"killed","Start":0,"End":15,"SentEnd":16,"Lo":10,"Hi":10}]}`
	tests := []struct {
		name, line       string
		code, field, msg string
		col              int
	}{
		{"not JSON", `{"v":"crosscheck.claims/v1",`, CodeSyntax, "", "invalid JSON", 29},
		{"not an object", `[1, 2]`, CodeField, "", "JSON object", 1},
		{"no version", `{"rules":"sha256:00","doc":{"id":"a","text":""},"claims":[]}`, CodeField, "v", "missing", 1},
		{"another version", `{"v":"crosscheck.claims/v2","rules":"sha256:00","doc":{"id":"a","text":""},"claims":[]}`, CodeVersion, "v", `format "crosscheck.claims/v2"`, 1},
		{"version not a string", `{"v":1}`, CodeVersion, "v", "format 1", 1},
		{"no rules", `{"v":"crosscheck.claims/v1","doc":{"id":"a","text":""},"claims":[]}`, CodeField, "rules", "missing", 1},
		{"no doc", head + `"claims":[]}`, CodeField, "doc", "missing", 1},
		{"no id", head + `"doc":{"text":""},"claims":[]}`, CodeField, "doc.id", "missing", 1},
		{"no text", head + `"doc":{"id":"a"},"claims":[]}`, CodeField, "doc.text", "missing", 1},
		{"no claims", head + `"doc":{"id":"a","text":""}}`, CodeField, "claims", "missing", 1},
		{"unknown field", head + `"doc":{"id":"a","text":""},"claims":[],"lede_":{}}`, CodeField, "lede_", "unknown", 1},
		{"unknown claim field", head + `"doc":{"id":"a","text":""},"claims":[{"Kidn":"killed"}]}`, CodeField, "Kidn", "unknown", 1},
		{"wrong type", head + `"doc":{"id":"a","text":""},"claims":[{"Lo":"ten"}]}`, CodeField, "claims.Lo", "string", len(head) + len(`"doc":{"id":"a","text":""},"claims":[{"Lo":"ten"`) + 1},
		{"span past the text", head + `"doc":{"id":"a","text":"Ten."},"claims":[{"Start":0,"End":40}]}`, CodeField, "claims.0.Start", "[0, 40)", 1},
		{"span backwards", head + `"doc":{"id":"a","text":"Ten were killed."},"claims":[{"Start":3,"End":1}]}`, CodeField, "claims.0.Start", "[3, 1)", 1},
		{"date span past the text", head + `"doc":{"id":"a","text":"Ten."},"claims":[{"Subject":{"When":{"Start":2,"End":9}}}]}`, CodeField, "claims.0.Subject.When", "[2, 9)", 1},
		{"date of a million years", head + `"doc":{"id":"a","text":"Ten."},"claims":[{"Date":{"Lo":0,"Hi":400000000,"Precision":1}}]}`, CodeField, "claims.0.Date.Lo", "between the years 1000 and 2999", 1},
		{"date backwards", head + `"doc":{"id":"a","text":"Ten."},"claims":[{"Subject":{"When":{"Lo":19000,"Hi":18000}}}]}`, CodeField, "claims.0.Subject.When.Lo", "days 19000..18000", 1},
		{"other rules", `{"v":"crosscheck.claims/v1","rules":"sha256:11","doc":{"id":"a","text":""},"claims":[]}`, CodeRules, "rules", "other rules (sha256:11) than this comparison's (sha256:00)", 1},
		{"doc and diagnostic", head + `"doc":{"id":"a","text":""},"claims":[],"diagnostic":{"code":"x","severity":"error","message":"m"}}`, CodeField, "doc", "not both", 1},
		{"diagnostic without message", head + `"diagnostic":{"code":"x","severity":"error"}}`, CodeField, "diagnostic.message", "missing", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := good + "\n\n" + tc.line + "\n" + good + "\n"
			docs, ds := Read("c.jsonl", strings.NewReader(in), id)
			if len(docs) != 2 {
				t.Errorf("%d documents read, want the 2 good ones", len(docs))
			}
			if len(ds) != 1 {
				t.Fatalf("diagnostics: %v", ds)
			}
			d := ds[0]
			at := fmt.Sprintf("c.jsonl:3:%d", tc.col)
			if d.Code != tc.code || d.Field != tc.field || !strings.Contains(d.Message, tc.msg) || !strings.HasPrefix(d.Error(), at+": error: ") {
				t.Errorf("got  %s\nwant %s: error: field %q: …%s… [%s]", d.Error(), at, tc.field, tc.msg, tc.code)
			}
		})
	}
}

// BenchmarkRead reads a claims file back: decoding is a share of what
// check --claims does before it compares.
func BenchmarkRead(b *testing.B) {
	x := engine(b)
	read := check.Extract(x, corpus(b, 300))
	id := RulesID(x.Rules())
	var buf bytes.Buffer
	w := NewWriter(&buf, id)
	for i := range read {
		w.Document(&read[i])
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for range b.N {
		if _, ds := Read("c.jsonl", bytes.NewReader(buf.Bytes()), id); len(ds) > 0 {
			b.Fatal(ds)
		}
	}
}
