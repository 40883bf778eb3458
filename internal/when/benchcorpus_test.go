package when_test

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/crosscheck/crosscheck/bench"
	"github.com/crosscheck/crosscheck/internal/when"
)

// sentenceEnd splits text as the page benchmark does (site/test/bench.mjs).
var sentenceEnd = regexp.MustCompile(`[.!?]\s+`)

// benchSentences are the sentences of the page benchmark: every sentence
// longer than 20 bytes of the first n generated documents, with the
// document's publication date.
func benchSentences(tb testing.TB, n int) ([]string, []when.Day) {
	var texts []string
	var refs []when.Day
	for _, d := range bench.Corpus(n, 1) {
		ref, ok := when.ParseDay(d.Published[:10])
		if !ok {
			tb.Fatalf("%s: published %q", d.ID, d.Published)
		}
		last := 0
		add := func(s string) {
			if len(s) > 20 {
				texts = append(texts, s)
				refs = append(refs, ref)
			}
		}
		for _, loc := range sentenceEnd.FindAllStringIndex(d.Text, -1) {
			add(d.Text[last : loc[0]+1])
			last = loc[1]
		}
		add(d.Text[last:])
	}
	return texts, refs
}

// BenchmarkScanSentences scans the page benchmark's sentences one by one,
// as crosscheckDates does (make bench-site): the scanner without the
// JavaScript boundary.
func BenchmarkScanSentences(b *testing.B) {
	m := when.TestingMatcher(b)
	texts, refs := benchSentences(b, 300)
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, s := range texts {
			m.Scan(s, refs[i], true)
		}
	}
}

// TestScanMatchesReferenceOnBenchCorpus scans the generated news of the
// page benchmark (the same seed, 300 documents) whole and by sentence, and
// requires Scan to find exactly what the full walk finds.
func TestScanMatchesReferenceOnBenchCorpus(t *testing.T) {
	m := when.TestingMatcher(t)
	n := 300
	if testing.Short() {
		n = 40
	}
	found := 0
	for _, d := range bench.Corpus(n, 1) {
		ref, _ := when.ParseDay(d.Published[:10])
		got, want := m.Scan(d.Text, ref, true), m.ScanFullWalk(d.Text, ref, true)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: Scan and the full walk disagree:\n%v\n%v", d.ID, got, want)
		}
	}
	texts, refs := benchSentences(t, n)
	for i, s := range texts {
		got, want := m.Scan(s, refs[i], true), m.ScanFullWalk(s, refs[i], true)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Scan and the full walk disagree on %q:\n%v\n%v", s, got, want)
		}
		found += len(got)
	}
	if found == 0 {
		t.Fatal("no dates in the benchmark corpus: the test compares nothing")
	}
}
