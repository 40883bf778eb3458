package claim

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// builtinForCues compiles the repository's rule files.
func builtinForCues(t *testing.T) *Extractor {
	t.Helper()
	var srcs []rule.Source
	paths, _ := filepath.Glob("../../rules/*.yaml")
	lex, _ := filepath.Glob("../../rules/lexicon/*.yaml")
	for _, p := range append(paths, lex...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, rule.Source{Name: p, Data: b})
	}
	rs, diags := rule.Load(srcs)
	if diags.HasErrors() {
		t.Fatalf("rules: %v", diags)
	}
	return New(rs)
}

// cueTexts are haystacks with real news wording: the demo corpus and the
// rule tests' sentences, as written, upper-cased and lower-cased (the
// match is ASCII case-insensitive).
func cueTexts(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../rules/*_test.yaml")
	files = append(files, "../../testdata/demo/corpus.json")
	var out []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		out = append(out, s, strings.ToUpper(s), strings.ToLower(s))
	}
	return out
}

// TestCueAutomataAgree checks that the NFA and the DFA of the cue words
// find the same matches, so that which one scanned a document (see
// dfaAfter) never changes its claims.
func TestCueAutomataAgree(t *testing.T) {
	x := builtinForCues(t)
	pats := x.cues.pats
	if len(pats) < 50 {
		t.Fatalf("only %d cue words", len(pats))
	}
	nfa, dfa := buildCueAutomaton(pats, false), buildCueAutomaton(pats, true)
	total := 0
	for _, s := range cueTexts(t) {
		a, b := nfa.FindAll(s), dfa.FindAll(s)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("NFA and DFA disagree on a text of %d bytes: %d against %d matches", len(s), len(a), len(b))
		}
		total += len(a)
	}
	t.Logf("%d cue words, %d matches", len(pats), total)
	if total < 1000 {
		t.Errorf("only %d matches over the texts; the comparison proves little", total)
	}
}

// TestCueIndexSwitches checks that the index scans with the NFA until
// dfaAfter bytes, then with the DFA, and marks the same sentences with both.
func TestCueIndexSwitches(t *testing.T) {
	x := builtinForCues(t)
	docs, diags := document.Load("corpus.json", mustRead(t, "../../testdata/demo/corpus.json"), document.Options{})
	if diags.HasErrors() || len(docs) == 0 {
		t.Fatalf("demo corpus: %v", diags)
	}
	ref := &cueIndex{pats: x.cues.pats, nfa: x.cues.nfa}
	ref.scanned.Store(-1 << 60) // never switches
	c := x.buildCues()
	scanned := 0
	for round := 0; scanned <= dfaAfter+len(docs[0].Text); round++ {
		for i := range docs {
			di := x.analyse(i, &docs[i], func(*docInfo) []bool { return nil })
			got, want := c.mark(di), ref.mark(di)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, document %s: marks differ after %d bytes", round, docs[i].ID, scanned)
			}
			scanned += len(di.text)
			if built := c.dfa.Load() != nil; built != (scanned > dfaAfter) {
				t.Fatalf("after %d bytes: DFA built = %v", scanned, built)
			}
		}
	}
	if ref.dfa.Load() != nil {
		t.Error("the reference index built a DFA")
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
