package bench

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/diag"
)

// TestScalingReport runs the engine once on 100, 1,000, 3,000 and 10,000
// documents and prints how the time grows: about 10× from 1,000 to 10,000
// documents means the work is linear in the corpus, about 100× that it
// grows with the square. It is a report, not a speed test: it fails only
// when the engine reports errors or finds nothing in a corpus built to
// hold disagreements. Run it with CROSSCHECK_SCALING=1.
func TestScalingReport(t *testing.T) {
	if os.Getenv("CROSSCHECK_SCALING") != "1" {
		t.Skip("set CROSSCHECK_SCALING=1 to run the scaling report")
	}
	x, diags := engine(t)
	secs := map[int]float64{}
	fmt.Printf("%8s %8s %9s %8s %11s %10s %10s\n", "docs", "MB", "seconds", "MB/s", "µs per doc", "claims", "findings")
	for _, n := range []int{100, 1000, 3000, 10000} {
		docs, size := corpus(n)
		start := time.Now()
		res := check.Run(x, docs, diags)
		sec := time.Since(start).Seconds()
		secs[n] = sec
		mb := float64(size) / 1e6
		sum := res.Report.Summary
		fmt.Printf("%8d %8.1f %9.2f %8.2f %11.0f %10d %10d\n", n, mb, sec, mb/sec, sec*1e6/float64(n), sum.Claims, sum.Findings)
		if diag.List(res.Report.Diagnostics).HasErrors() {
			t.Errorf("%d documents: the engine reports errors: %v", n, res.Report.Diagnostics)
		}
		if sum.Findings == 0 {
			t.Errorf("%d documents: no findings; the generator or the engine is broken", n)
		}
	}
	fmt.Printf("time(10000)/time(1000) = %.1f× (linear: 10×, quadratic: 100×)\n", secs[10000]/secs[1000])
}
