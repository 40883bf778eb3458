package rule

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// oneLineVerbs is a rule file of about size bytes whose count kind lists
// its verbs on one line: the shape that made lint quadratic (issue 13:
// 110,000 phrases, 989 KB, took 150 s). dup repeats one phrase, so that
// every phrase is also a warning placed on that line.
func oneLineVerbs(size int, dup bool) []byte {
	var b strings.Builder
	b.WriteString("counts:\n  - id: big\n    verbs: [")
	for n := 0; b.Len() < size-200; n++ {
		if n > 0 {
			b.WriteString(", ")
		}
		if dup {
			b.WriteString("went")
		} else {
			fmt.Fprintf(&b, "w%d", n)
		}
	}
	b.WriteString("]\nchecks:\n  - {id: big-count, kind: count, claims: [big], severity: low}\n")
	return []byte(b.String())
}

// fastest is the shortest of three runs of f, so that a machine busy with
// something else for a moment does not count.
func fastest(f func()) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// TestLintOneLineListIsLinear: linting a 1 MB list written on one line
// takes about eight times as long as an eighth of it. Measured as a
// ratio, not against a clock, so a slow machine does not fail it: linear
// time gives about 8, the quadratic walk it replaces 64 (and 205 s for the
// whole megabyte), so the bound sits far from both. make test runs it.
func TestLintOneLineListIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures lint on 1 MB of rules")
	}
	for _, dup := range []bool{false, true} {
		t.Run(fmt.Sprintf("warnings=%v", dup), func(t *testing.T) {
			small, big := oneLineVerbs(yamlx.MaxBytes/8, dup), oneLineVerbs(yamlx.MaxBytes-1024, dup)
			var nsmall, nbig int
			ts := fastest(func() { nsmall = len(Lint([]Source{{Name: "big.yaml", Data: small}})) })
			tb := fastest(func() { nbig = len(Lint([]Source{{Name: "big.yaml", Data: big}})) })
			if dup && (nsmall < 5000 || nbig < 8*nsmall-200) {
				t.Fatalf("%d and %d warnings; want one per repeated phrase", nsmall, nbig)
			}
			if !dup && (nsmall != 0 || nbig != 0) {
				t.Fatalf("%d and %d problems; want none", nsmall, nbig)
			}
			// make test runs other packages beside this one, and under Wasm in
			// Node the collector's pauses grow with the heap: a loaded run gave
			// twice the linear ratio (8.2 for 4 at a quarter), so the bound
			// allows that and more, still well under the quadratic 64.
			limit := 24.0
			if runtime.GOARCH == "wasm" {
				limit = 32
			}
			ratio := float64(tb) / float64(ts)
			t.Logf("%d bytes %v, %d bytes %v: %.1f times", len(small), ts, len(big), tb, ratio)
			if ratio > limit {
				t.Errorf("lint of %d bytes took %v, of %d bytes %v: %.1f times as long, want about 8 (linear)", len(small), ts, len(big), tb, ratio)
			}
		})
	}
}

// BenchmarkLintOneLineList lints a 1 MB rule file whose list is one line.
func BenchmarkLintOneLineList(b *testing.B) {
	src := oneLineVerbs(yamlx.MaxBytes-1024, false)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if ds := Lint([]Source{{Name: "big.yaml", Data: src}}); len(ds) > 0 {
			b.Fatal(ds.Error())
		}
	}
}
