package bench

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
)

// update rewrites testdata/same.golden from the engine as it is: only after
// a change meant to change what is read, with the diff reviewed.
var update = flag.Bool("update", false, "rewrite testdata/same.golden")

// dumpDir, when set, receives every document's reading as JSON, to diff two
// runs and see what changed.
var dumpDir = flag.String("dump", "", "write each document's claims as JSON into this directory")

const goldenPath = "testdata/same.golden"

// sameCorpora are the texts whose readings must not change under a change
// meant only to make the engine faster: the generated corpus the speed
// figures are measured on, and the corpora committed with the tests.
func sameCorpora(t *testing.T) []struct {
	name string
	docs []document.Document
} {
	var out []struct {
		name string
		docs []document.Document
	}
	gen, _ := corpus(medium)
	out = append(out, struct {
		name string
		docs []document.Document
	}{"bench-1000", gen})
	for _, f := range []string{
		"../testdata/demo/corpus.json", "../testdata/general/corpus.jsonl", "../testdata/probes/corpus.jsonl",
		"../testdata/examples/reports.json", "../testdata/examples/feed.jsonl",
	} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, diags := document.Load(filepath.Base(f), data, document.Options{})
		if diags.HasErrors() {
			t.Fatalf("%s: %v", f, diags)
		}
		out = append(out, struct {
			name string
			docs []document.Document
		}{strings.TrimPrefix(f, "../testdata/"), docs})
	}
	return out
}

// TestSameClaims is the differential test of the extractor's speed work:
// every document's claims, lede, related places, names and venues, and
// every corpus's whole report, hashed and held against the hashes in
// testdata/same.golden, which the extractor as it was before wrote. A
// change that moves any claim fails here with the documents it moved.
func TestSameClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1,000 generated documents")
	}
	x, diags := engine(t)
	var lines []string
	for _, c := range sameCorpora(t) {
		for i := range c.docs {
			d := x.Extract(i, &c.docs[i])
			data, err := json.Marshal(struct {
				Doc    claim.Doc
				Claims int
			}{d, len(d.Claims)})
			if err != nil {
				t.Fatal(err)
			}
			if *dumpDir != "" {
				name := filepath.Join(*dumpDir, fmt.Sprintf("%s-%04d.json", strings.ReplaceAll(c.name, "/", "_"), i))
				if err := os.WriteFile(name, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			lines = append(lines, fmt.Sprintf("%s doc %d %d claims %s", c.name, i, len(d.Claims), digest(data)))
		}
		rep := check.Run(x, c.docs, diags).Report
		data, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprintf("%s report %d findings %d claims %s", c.name, rep.Summary.Findings, rep.Summary.Claims, digest(data)))
	}
	if *update {
		if err := os.WriteFile(goldenPath, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := readLines(t, goldenPath)
	if len(want) != len(lines) {
		t.Errorf("%d readings, %s holds %d", len(lines), goldenPath, len(want))
	}
	bad := 0
	for i := range min(len(want), len(lines)) {
		if want[i] != lines[i] {
			bad++
			if bad <= 20 {
				t.Errorf("reading changed:\n  was %s\n  now %s", want[i], lines[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d readings changed; -dump DIR writes them as JSON to compare with a run of the old engine", bad, len(lines))
	}
}

func digest(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:12])
}

func readLines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (go test ./bench -run TestSameClaims -update writes it)", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
