package check_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/bench"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
)

// corpora are every corpus of testdata/ and a generated one.
func corpora(t *testing.T) map[string][]document.Document {
	t.Helper()
	out := map[string][]document.Document{}
	demo, diags := document.Load("corpus.json", crosscheck.DemoCorpus, document.Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	out["demo"] = demo
	for _, name := range []string{"general", "probes"} {
		b, err := os.ReadFile("../../testdata/" + name + "/corpus.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		docs, diags := document.Load(name+".jsonl", b, document.Options{})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		out[name] = docs
	}
	out["generated"] = bench.Corpus(200, 7)
	return out
}

// canonical is what a report says, without the order documents came in.
func canonical(t *testing.T, r report.Report) []byte {
	t.Helper()
	r.Documents = nil
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOrderIndependence: the same documents in any order give the same
// findings and events (ids, values, evidence) in the same output order.
func TestOrderIndependence(t *testing.T) {
	x := extractor(t)
	for name, docs := range corpora(t) {
		t.Run(name, func(t *testing.T) {
			want := canonical(t, check.Run(x, docs, nil).Report)
			r := rand.New(rand.NewPCG(1, 2))
			for try := range 3 {
				shuffled := append([]document.Document(nil), docs...)
				r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				got := canonical(t, check.Run(x, shuffled, nil).Report)
				if !bytes.Equal(got, want) {
					t.Fatalf("shuffle %d gives another report:\n%s", try, firstDiff(want, got))
				}
			}
		})
	}
}

// firstDiff shows the lines around the first difference.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			lo := max(0, i-3)
			return fmt.Sprintf("want:\n%s\ngot:\n%s", strings.Join(la[lo:min(len(la), i+3)], "\n"), strings.Join(lb[lo:min(len(lb), i+3)], "\n"))
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(la), len(lb))
}

// TestManyReportsOfOneEvent: the number of reports of one attack never
// silences its finding (a cap on shared terms once dropped every term
// shared by more than 64 reports).
func TestManyReportsOfOneEvent(t *testing.T) {
	x := extractor(t)
	for _, n := range []int{2, 64, 65, 300} {
		docs := make([]document.Document, n)
		for i := range docs {
			toll := 137
			if i == n-1 {
				toll = 145
			}
			docs[i] = document.Document{
				ID: fmt.Sprintf("r%03d", i), Outlet: fmt.Sprintf("Outlet %d", i), Published: "2024-03-23",
				Text: fmt.Sprintf("Gunmen attacked the Crocus City Hall concert venue near Moscow on Friday, killing %d people, officials said.", toll),
			}
		}
		rep := check.Run(x, docs, nil).Report
		found := false
		for _, f := range rep.Findings {
			if f.Claim == "killed" && len(f.Values) == 2 && f.Relation == report.Contradiction {
				found = true
			}
		}
		if !found || len(rep.Events) != 1 {
			t.Errorf("%d reports: %d events, findings %+v", n, len(rep.Events), rep.Findings)
		}
	}
}
