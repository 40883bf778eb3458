package quantity

import (
	"strings"
	"sync"
	"testing"
)

// TestScanConcurrent shares one Matcher across goroutines, as the engine
// does; run with -race to check it is immutable.
func TestScanConcurrent(t *testing.T) {
	m := realMatcher(t)
	s := "killed at least 140 people, some 3,400 were deported and between 4,000 and 6,000 joined"
	want := strings.Join(traces(m.Scan(s)), " | ")
	if strings.Count(want, "→") != 3 {
		t.Fatalf("want three amounts, got %s", want)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := strings.Join(traces(m.Scan(s)), " | "); got != want {
					errs <- got
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent scan differs: %s", e)
	}
}
