package bench

import (
	"sync"
	"testing"

	crosscheck "github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// seed fixes the generated corpora, so runs compare like with like.
const seed = 20240322

// Corpus sizes of BenchmarkCheck; the largest is also the text that
// BenchmarkFields and BenchmarkExtract read.
const (
	small  = 100
	medium = 1000
	large  = 10000
)

var (
	rulesOnce sync.Once
	extractor *claim.Extractor
	ruleDiags diag.List
	rulesErr  error

	corporaMu sync.Mutex
	corpora   = map[int][]document.Document{}
)

// engine compiles the built-in rules once per process.
func engine(tb testing.TB) (*claim.Extractor, diag.List) {
	tb.Helper()
	rulesOnce.Do(func() {
		var srcs []rule.Source
		srcs, rulesErr = check.RuleSources(crosscheck.Rules, "rules")
		if rulesErr != nil {
			return
		}
		var rs *rule.Set
		rs, ruleDiags = rule.Load(srcs)
		extractor = claim.New(rs)
	})
	if rulesErr != nil {
		tb.Fatalf("reading the built-in rules: %v", rulesErr)
	}
	if ruleDiags.HasErrors() {
		tb.Fatalf("the built-in rules do not load:\n%v", ruleDiags)
	}
	return extractor, ruleDiags
}

// corpus generates n documents once per process, so that benchmark loops
// time only the engine; it returns them with their text size in bytes.
func corpus(n int) ([]document.Document, int) {
	corporaMu.Lock()
	defer corporaMu.Unlock()
	docs, ok := corpora[n]
	if !ok {
		docs = Corpus(n, seed)
		corpora[n] = docs
	}
	return docs, textBytes(docs)
}

func textBytes(docs []document.Document) int {
	n := 0
	for i := range docs {
		n += len(docs[i].Text)
	}
	return n
}
