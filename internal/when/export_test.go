package when

import "testing"

// Hooks for the tests of package when_test, which may import the
// benchmark generator (package bench imports packages that import this
// one, so package when's own tests cannot).

// ScanFullWalk is the frozen full walk of reference_test.go.
func (m *Matcher) ScanFullWalk(s string, ref Day, hasRef bool) []Date {
	return m.scanRef(s, ref, hasRef)
}

// TestingMatcher compiles the real lexicon.
func TestingMatcher(tb testing.TB) *Matcher { return testMatcher(tb) }
