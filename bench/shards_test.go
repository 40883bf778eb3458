package bench

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claimfile"
)

// BenchmarkCompare times what check --claims does once the shards are
// extracted: read the claims files back and compare every document, on
// generated corpora of growing size. It prints the size of the claims
// file a document, as written and gzipped, to size the files of a corpus.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{medium, large} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			x, diags := engine(b)
			docs, _ := corpus(n)
			id := claimfile.RulesID(x.Rules())
			var file bytes.Buffer
			w := claimfile.NewWriter(&file, id)
			read := check.Extract(x, docs)
			for i := range read {
				if err := w.Document(&read[i]); err != nil {
					b.Fatal(err)
				}
			}
			read = nil
			var gz bytes.Buffer
			zw := gzip.NewWriter(&gz)
			zw.Write(file.Bytes())
			zw.Close()
			var res check.Result
			var reading time.Duration
			mem := startPeakHeap()
			b.ResetTimer()
			for range b.N {
				start := time.Now()
				got, ds := claimfile.Read("claims.jsonl", bytes.NewReader(file.Bytes()), id)
				reading += time.Since(start)
				if len(ds) > 0 || len(got) != n {
					b.Fatalf("%d documents read back, diagnostics %v", len(got), ds)
				}
				res = check.Compare(x.Rules(), got, diags)
			}
			b.StopTimer()
			peak, base := mem.Stop()
			sec := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(n)/sec, "docs/s")
			b.ReportMetric(reading.Seconds()/float64(b.N), "read-s")
			b.ReportMetric(float64(file.Len())/float64(n), "claims-B/doc")
			b.ReportMetric(float64(gz.Len())/float64(n), "gzip-B/doc")
			b.ReportMetric(float64(textBytes(docs))/float64(n), "text-B/doc")
			b.ReportMetric(float64(res.Report.Summary.Findings), "findings")
			b.ReportMetric(peak, "peak-heap-MB")
			b.ReportMetric(peak-base, "run-heap-MB")
		})
	}
}
