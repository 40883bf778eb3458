package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	crosscheck "github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/bench"
	"github.com/crosscheck/crosscheck/internal/document"
)

// shardCorpus is a corpus split into four JSON Lines files: the demo
// corpus and generated reports dealt out in turn, with what a real batch
// brings along: the same id in two shards, a bad line, a bad date.
func shardCorpus(t *testing.T, generated int) (fstest.MapFS, []string) {
	t.Helper()
	docs, ds := document.Load("demo/corpus.json", crosscheck.DemoCorpus, document.Options{})
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	docs = append(docs, bench.Corpus(generated, 7)...)
	var shards [4]bytes.Buffer
	for i, d := range docs {
		rec, err := json.Marshal(map[string]string{"id": d.ID, "title": d.Title, "outlet": d.Outlet, "url": d.URL, "published": d.Published, "text": d.Text})
		if err != nil {
			t.Fatal(err)
		}
		shards[i%4].Write(append(rec, '\n'))
	}
	shards[1].WriteString(`{"id": "broken", "text": ` + "\n")
	shards[2].WriteString(`{"id": "` + docs[0].ID + `", "published": "yesterday", "text": "` + strings.ReplaceAll(docs[0].Text[:400], "\n", `\n`) + `"}` + "\n")
	files := fstest.MapFS{}
	var names []string
	for i := range shards {
		n := fmt.Sprintf("shard%d.jsonl", i)
		files[n] = &fstest.MapFile{Data: shards[i].Bytes()}
		names = append(names, n)
	}
	return files, names
}

// TestShardsGiveSingleRun extracts a corpus in four shards (claims
// --format jsonl, one run a shard) and compares them once (check
// --claims): every report format must be the bytes of one check of the
// four files, with its exit status and its messages.
func TestShardsGiveSingleRun(t *testing.T) {
	files, names := shardCorpus(t, 120)
	var claimsFiles []string
	for _, n := range names {
		code, out, errs := run(t, "", files, "claims", "--format", "jsonl", n)
		if n == "shard1.jsonl" {
			if code != ExitBadInput || !strings.Contains(errs, "shard1.jsonl:") {
				t.Fatalf("claims of a shard with a bad line: exit %d, stderr %q", code, errs)
			}
		} else if code != ExitOK {
			t.Fatalf("claims %s: exit %d: %s", n, code, errs)
		}
		cn := "claims-" + n
		files[cn] = &fstest.MapFile{Data: []byte(out)}
		claimsFiles = append(claimsFiles, cn)
	}
	for _, format := range []string{"json", "text", "csv", "markdown"} {
		t.Run(format, func(t *testing.T) {
			code1, want, errs1 := run(t, "", files, append([]string{"check", "--format", format}, names...)...)
			code2, got, errs2 := run(t, "", files, append([]string{"check", "--format", format, "--claims"}, claimsFiles...)...)
			if code1 != code2 || errs1 != errs2 {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", code2, errs2, code1, errs1)
			}
			if got != want {
				t.Errorf("check --claims of four shards differs from one check of the corpus at byte %d:\n%s\nwant:\n%s", firstDiff(got, want), around(got, firstDiff(got, want)), around(want, firstDiff(got, want)))
			}
			if format == "json" && (!strings.Contains(want, `"duplicate-id"`) || !strings.Contains(want, `"bad-date"`)) {
				t.Errorf("the corpus lost the cases it is built to hold: a duplicate id, a bad date")
			}
		})
	}
	// The shards may also be named by separate --claims, or be one file.
	var cat []byte
	args := []string{"check", "--format", "json"}
	for _, n := range claimsFiles {
		cat = append(cat, files[n].Data...)
		args = append(args, "--claims", n)
	}
	files["all.jsonl"] = &fstest.MapFile{Data: cat}
	_, want, _ := run(t, "", files, append([]string{"check", "--format", "json"}, names...)...)
	if _, got, _ := run(t, "", files, args...); got != want {
		t.Errorf("--claims before each file: differs at byte %d", firstDiff(got, want))
	}
	if _, got, _ := run(t, string(cat), files, "check", "--format", "json", "--claims", "-"); got != want {
		t.Errorf("the shards concatenated on standard input: differs at byte %d", firstDiff(got, want))
	}
}

func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func around(s string, i int) string {
	return s[max(0, i-200):min(len(s), i+200)]
}

// TestCheckClaimsRefuses: each command line that check --claims must
// refuse, with its exit status and message.
func TestCheckClaimsRefuses(t *testing.T) {
	files := fstest.MapFS{
		"a.json":    {Data: []byte("[" + reportA + "]")},
		"b.json":    {Data: []byte("[" + reportB + "]")},
		"more.yaml": {Data: []byte("checks:\n  - {id: detention-count, severity: high}\n")},
		"dir/x":     {Data: []byte("")},
	}
	for _, n := range []string{"a", "b"} {
		_, out, _ := run(t, "", files, "claims", "--format", "jsonl", n+".json")
		files[n+".jsonl"] = &fstest.MapFile{Data: []byte(out)}
	}
	_, out, _ := run(t, "", files, "claims", "--format", "jsonl", "--rules", "more.yaml", "b.json")
	files["b-more.jsonl"] = &fstest.MapFile{Data: []byte(out)}
	a := string(files["a.jsonl"].Data)
	files["v2.jsonl"] = &fstest.MapFile{Data: []byte(strings.Replace(a, "crosscheck.claims/v1", "crosscheck.claims/v2", 1))}
	files["a-cut.jsonl"] = &fstest.MapFile{Data: []byte(a[:len(a)/2] + "\n")}

	tests := []struct {
		args   []string
		code   int
		stderr string // a line of standard error
		docs   int    // documents in the report; -1 when none is printed
	}{
		{[]string{"--claims", "a.jsonl", "b.jsonl"}, ExitFindings, "", 2},
		{[]string{"--claims", "a.jsonl", "b-more.jsonl"}, ExitBadInput, "b-more.jsonl:1:1: error: field \"rules\": the claims were read under other rules", -1},
		{[]string{"--rules", "more.yaml", "--claims", "a.jsonl", "b-more.jsonl"}, ExitBadInput, "a.jsonl:1:1: error: field \"rules\"", -1},
		{[]string{"--rules", "more.yaml", "--claims", "b-more.jsonl"}, ExitOK, "", 1},
		{[]string{"--claims", "v2.jsonl", "b.jsonl"}, ExitBadInput, `v2.jsonl:1:1: error: field "v": the line is format "crosscheck.claims/v2"; this crosscheck reads crosscheck.claims/v1 [claims-version]`, 1},
		{[]string{"--claims", "a-cut.jsonl", "b.jsonl"}, ExitBadInput, "a-cut.jsonl:1:", 1},
		{[]string{"--strict", "--claims", "a-cut.jsonl", "b.jsonl"}, ExitBadInput, "a-cut.jsonl:1:", -1},
		{[]string{"--claims", "missing.jsonl", "b.jsonl"}, ExitBadInput, "missing.jsonl: error: no such file [read-error]", 1},
		{[]string{"--claims", "dir", "b.jsonl"}, ExitBadInput, "dir: error: is a directory; name the files in it [read-error]", 1},
		{[]string{"--claims", "a.json"}, ExitBadInput, "a.json:1:1: error: not a line of a claims file", -1},
		{[]string{"--claims", "a.jsonl", "b.json", "a.jsonl"}, ExitBadInput, "b.json:1:1: error: not a line of a claims file", 2},
		{[]string{"--claims"}, ExitBadInput, "crosscheck: --claims needs the claims files to compare (made by crosscheck claims --format jsonl)", -1},
		{[]string{"--claims", "--map", "text=body", "a.jsonl"}, ExitBadInput, "crosscheck: --map applies where documents are read", -1},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := run(t, "", files, append([]string{"check", "--format", "json", "--fail-on", "medium"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.code, errs)
			}
			if tc.stderr == "" && errs != "" || !strings.Contains(errs, tc.stderr) {
				t.Errorf("stderr:\n%s\nwant a line with: %s", errs, tc.stderr)
			}
			if tc.docs < 0 {
				if out != "" {
					t.Errorf("printed a report:\n%s", out)
				}
				return
			}
			var rep struct{ Documents []any }
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("%v:\n%s", err, out)
			}
			if len(rep.Documents) != tc.docs {
				t.Errorf("%d documents reported, want %d", len(rep.Documents), tc.docs)
			}
		})
	}
}

// TestClaimsFormats: claims takes text, json and jsonl, and says so.
func TestClaimsFormats(t *testing.T) {
	files := fstest.MapFS{"a.json": {Data: []byte("[" + reportA + "]")}}
	if code, _, errs := run(t, "", files, "claims", "--format", "csv", "a.json"); code != ExitBadInput || !strings.Contains(errs, `unknown format "csv" for claims (formats: text, json, jsonl)`) {
		t.Errorf("claims --format csv: exit %d, %s", code, errs)
	}
	if code, _, errs := run(t, "", files, "claims", "--format", "jsonl", "--explain", "a.json"); code != ExitBadInput || !strings.Contains(errs, "--explain lists claims as text") {
		t.Errorf("claims --format jsonl --explain: exit %d, %s", code, errs)
	}
}

// TestShardsWithMap: --map is given where documents are read, and the
// comparison of the shards still gives the single run's bytes (check
// prints a --map warning, it does not report it).
func TestShardsWithMap(t *testing.T) {
	files := fstest.MapFS{
		"a.jsonl": {Data: []byte(strings.Replace(reportA, `"text"`, `"body"`, 1) + "\n")},
		"b.jsonl": {Data: []byte(strings.Replace(reportB, `"text"`, `"body"`, 1) + "\n")},
	}
	mapping := []string{"--map", "text=content", "--map", "text=body"}
	for _, n := range []string{"a", "b"} {
		code, out, errs := run(t, "", files, append([]string{"claims", "--format", "jsonl", n + ".jsonl"}, mapping...)...)
		if code != ExitOK {
			t.Fatalf("claims %s: exit %d: %s", n, code, errs)
		}
		files[n+".claims"] = &fstest.MapFile{Data: []byte(out)}
	}
	_, want, _ := run(t, "", files, append([]string{"check", "--format", "json", "a.jsonl", "b.jsonl"}, mapping...)...)
	_, got, errs := run(t, "", files, "check", "--format", "json", "--claims", "a.claims", "b.claims")
	if got != want || !strings.Contains(want, `"detained"`) {
		t.Errorf("differs at byte %d (stderr %s):\n%s\nwant:\n%s", firstDiff(got, want), errs, got, want)
	}
}
