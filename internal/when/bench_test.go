package when

import "testing"

// BenchmarkScan scans the demo corpus (the seed articles) per iteration;
// -bench reports MB/s from SetBytes.
func BenchmarkScan(b *testing.B) {
	benchScan(b, (*Matcher).Scan)
}

// BenchmarkScanFullWalk is the same over the frozen full walk
// (reference_test.go): the figure Scan's pre-pass is measured against.
func BenchmarkScanFullWalk(b *testing.B) {
	benchScan(b, (*Matcher).scanRef)
}

func benchScan(b *testing.B, scan func(*Matcher, string, Day, bool) []Date) {
	m := testMatcher(b)
	docs := demoCorpus(b)
	refs := make([]Day, len(docs))
	size := 0
	for i, d := range docs {
		refs[i] = mustDay(b, d.Published)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			scan(m, d.Text, refs[i], true)
		}
	}
}
