package quantity

import "testing"

// BenchmarkScan scans the seed texts whole; MB/s is the figure to watch,
// since Scan runs on every cue sentence of large corpora.
func BenchmarkScan(b *testing.B) {
	m := realMatcher(b)
	seeds := seedTexts(b)
	var total int64
	for _, s := range seeds {
		total += int64(len(s))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range seeds {
			m.Scan(s)
		}
	}
}
