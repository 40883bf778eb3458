package quantity

import (
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// lexiconPath is the real lexicon the tests exercise.
const lexiconPath = "../../rules/lexicon/quantity.yaml"

var (
	realOnce sync.Once
	realLex  *Lexicon
	realM    *Matcher
	realErr  error
)

// loadLexicon parses the lexicon file strictly: unknown keys are errors.
func loadLexicon(path string) (*Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	dec.KnownFields(true)
	// The file is a rule file: the lexicon is its "quantity" section.
	var file struct {
		Quantity Lexicon `yaml:"quantity"`
	}
	if err := dec.Decode(&file); err != nil {
		return nil, err
	}
	return &file.Quantity, nil
}

// realMatcher returns the compiled real lexicon, failing the test if it
// cannot be loaded.
func realMatcher(tb testing.TB) *Matcher {
	tb.Helper()
	realOnce.Do(func() {
		realLex, realErr = loadLexicon(lexiconPath)
		if realErr == nil {
			realM = Compile(realLex)
		}
	})
	if realErr != nil {
		tb.Fatalf("load %s: %v", lexiconPath, realErr)
	}
	return realM
}

// seedTexts reads the seed news texts, sorted by name.
func seedTexts(tb testing.TB) map[string]string {
	tb.Helper()
	paths, err := filepath.Glob("/work/shared/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Skipf("no seed texts: %v", err)
	}
	sort.Strings(paths)
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}
