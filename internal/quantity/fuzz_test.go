package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzScan checks that any input scans without panicking and yields
// amounts with sane offsets and intervals, in order and non-overlapping.
func FuzzScan(f *testing.F) {
	for _, tc := range scanCases {
		f.Add(tc.in)
	}
	paths, _ := filepath.Glob("/work/shared/seeds/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if len(line) > 0 && len(line) < 2000 && strings.ContainsAny(line, "0123456789") {
				f.Add(line)
			}
		}
	}
	for _, s := range []string{"", "-", "$", "1,", "1.", "No.", "a", "half a", "one hundred and",
		"99999999999999999999999 people", "9,999,999,999,999,999,999 billion", "between 5 and", "1–",
		"twenty-", "’", "\xff\xfe1", "0.000000000000000000001 billion"} {
		f.Add(s)
	}
	m := realMatcher(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, m.Scan(s))
	})
}
