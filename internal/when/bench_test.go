package when

import "testing"

// BenchmarkScan scans the demo corpus (the seed articles) per iteration;
// -bench reports MB/s from SetBytes.
func BenchmarkScan(b *testing.B) {
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
			m.Scan(d.Text, refs[i], true)
		}
	}
}
