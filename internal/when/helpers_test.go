package when

import (
	"encoding/json"
	"os"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

var (
	lexOnce sync.Once
	lex     *Lexicon
	lexErr  error
	matcher *Matcher
)

// testMatcher compiles the real lexicon from rules/lexicon/dates.yaml.
func testMatcher(tb testing.TB) *Matcher {
	tb.Helper()
	lexOnce.Do(func() {
		var b []byte
		b, lexErr = os.ReadFile("../../rules/lexicon/dates.yaml")
		if lexErr != nil {
			return
		}
		// The file is a rule file: the lexicon is its "dates" section.
		var file struct {
			Dates Lexicon `yaml:"dates"`
		}
		if lexErr = yaml.Unmarshal(b, &file); lexErr != nil {
			return
		}
		lex = &file.Dates
		matcher = Compile(lex)
	})
	if lexErr != nil {
		tb.Fatalf("loading the lexicon: %v", lexErr)
	}
	return matcher
}

// corpusDoc is one article of the demo corpus.
type corpusDoc struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// demoCorpus reads testdata/demo/corpus.json, the seed articles split one
// per document with their publication dates.
func demoCorpus(tb testing.TB) []corpusDoc {
	tb.Helper()
	b, err := os.ReadFile("../../testdata/demo/corpus.json")
	if err != nil {
		tb.Fatalf("reading the demo corpus: %v", err)
	}
	var c struct {
		Documents []corpusDoc `json:"documents"`
	}
	if err := json.Unmarshal(b, &c); err != nil {
		tb.Fatalf("parsing the demo corpus: %v", err)
	}
	return c.Documents
}

func mustDay(tb testing.TB, s string) Day {
	tb.Helper()
	d, ok := ParseDay(s)
	if !ok {
		tb.Fatalf("bad day %q", s)
	}
	return d
}
