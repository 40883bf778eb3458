package bench

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
)

// BenchmarkCheck times the whole engine, extraction and comparison
// (check.Run), on generated corpora of growing size.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{small, medium, large} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			x, diags := engine(b)
			docs, size := corpus(n)
			if n == large && size < 10_000_000 {
				b.Fatalf("the %d-document corpus holds %d bytes, want at least 10 MB", n, size)
			}
			var res check.Result
			mem := startPeakHeap()
			b.ResetTimer()
			for range b.N {
				res = check.Run(x, docs, diags)
			}
			b.StopTimer()
			peak, base := mem.Stop()
			sec := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(size)/1e6/sec, "MB/s")
			b.ReportMetric(float64(n)/sec, "docs/s")
			b.ReportMetric(float64(res.Report.Summary.Findings), "findings")
			b.ReportMetric(float64(res.Report.Summary.Claims), "claims")
			b.ReportMetric(peak, "peak-heap-MB")
			b.ReportMetric(peak-base, "run-heap-MB")
			b.ReportMetric(maxRSS(), "maxrss-MB")
		})
	}
}

// BenchmarkFields splits the largest corpus into words with strings.Fields:
// the speed a plain tokenising pass sets, to hold the engine's MB/s against.
func BenchmarkFields(b *testing.B) {
	docs, size := corpus(large)
	words := 0
	b.ResetTimer()
	for range b.N {
		words = 0
		for i := range docs {
			words += len(strings.Fields(docs[i].Text))
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(size)/1e6/(b.Elapsed().Seconds()/float64(b.N)), "MB/s")
	b.ReportMetric(float64(words), "words")
}

// BenchmarkExtract times extraction alone, one x.Extract per document of
// the largest corpus, without comparing claims.
func BenchmarkExtract(b *testing.B) {
	x, _ := engine(b)
	docs, size := corpus(large)
	claims := 0
	b.ResetTimer()
	for range b.N {
		claims = 0
		for i := range docs {
			claims += len(x.Extract(i, &docs[i]).Claims)
		}
	}
	b.StopTimer()
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(size)/1e6/sec, "MB/s")
	b.ReportMetric(float64(len(docs))/sec, "docs/s")
	b.ReportMetric(float64(claims), "claims")
}

// BenchmarkNew compiles the built-in rules into an extractor, as every
// request to the Worker does: the cold path, without reading the YAML.
func BenchmarkNew(b *testing.B) {
	x, _ := engine(b)
	rs := x.Rules()
	b.ReportAllocs()
	for range b.N {
		claim.New(rs)
	}
}
