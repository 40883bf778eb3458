package check_test

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
)

// adversaries are inputs built to find work that grows faster than the
// input: each makes documents of about n units of its shape.
var adversaries = []struct {
	name string
	unit int // units at 1×
	make func(n int) []document.Document
}{
	{"one unpunctuated sentence with numbers", 300, func(n int) []document.Document {
		var b strings.Builder
		b.WriteString("the bombing in Kabul on March 3 killed 12 people")
		for i := range n {
			fmt.Fprintf(&b, " and %d people were injured in Herat on May %d while police detained %d", i%90+2, i%28+1, i%40+3)
		}
		return []document.Document{{ID: "a", Published: "2024-05-30", Text: b.String()}}
	}},
	{"a repeated sentence", 1500, func(n int) []document.Document {
		s := "A suicide bomber killed 23 people and wounded 41 at a market in Peshawar on Monday, including 11 children, four women and two police officers, police said. "
		return []document.Document{{ID: "a", Published: "2024-05-30", Text: strings.Repeat(s, n)}}
	}},
	{"many names", 5000, func(n int) []document.Document {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Commander Abu Name%c%c of Brigade%c%c met Governor Khan%c%c in Town%c%c. ", 'A'+i%26, 'a'+i/26%26, 'A'+i%26, 'a'+i/26%26, 'A'+i/7%26, 'a'+i%26, 'A'+i/3%26, 'a'+i%26)
		}
		b.WriteString("The blast killed 12 people.")
		return []document.Document{{ID: "a", Published: "2024-05-30", Text: b.String()}}
	}},
	{"many numbers in one sentence", 5000, func(n int) []document.Document {
		var b strings.Builder
		b.WriteString("The attack killed 40 people, including ")
		for i := range n {
			fmt.Fprintf(&b, "%d from Town%d, ", i%9+1, i)
		}
		b.WriteString("and 3 from Kabul.")
		return []document.Document{{ID: "a", Published: "2024-05-30", Text: b.String()}}
	}},
	{"many reports of one event, each its own figure", 600, func(n int) []document.Document {
		docs := make([]document.Document, n)
		for i := range docs {
			docs[i] = document.Document{
				ID: fmt.Sprintf("r%04d", i), Outlet: fmt.Sprintf("Outlet %d", i), Published: "2024-03-23",
				Text: fmt.Sprintf("Gunmen attacked the Crocus City Hall concert venue near Moscow on Friday, killing %d people.", 100+i),
			}
		}
		return docs
	}},
	{"many reports of one event", 600, func(n int) []document.Document {
		docs := make([]document.Document, n)
		for i := range docs {
			docs[i] = document.Document{
				ID: fmt.Sprintf("r%04d", i), Outlet: fmt.Sprintf("Outlet %d", i), Published: fmt.Sprintf("2024-03-%02d", 23+i%3),
				Text: fmt.Sprintf("At least %d people were killed when gunmen attacked the Crocus City Hall concert venue near Moscow on Friday. Police detained %d suspects.", 130+i%20, 10+i%5),
			}
		}
		return docs
	}},
}

// TestScaling fails when quadrupling an adversarial input takes more than
// eight times as long (linear work takes four times as long, quadratic work
// sixteen). A span of four keeps the margin wide on both sides, so timer
// noise and other packages' tests sharing the cores do not decide it.
// Times are compared within this run, the best of several tries each, and
// a span that looks too slow is timed again before it fails.
func TestScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	x := extractor(t)
	for _, adv := range adversaries {
		t.Run(adv.name, func(t *testing.T) {
			small, large := adv.make(adv.unit), adv.make(4*adv.unit)
			a, b := bestOf(x, small, 5), bestOf(x, large, 5)
			t.Logf("1×, 4×: %.3f s, %.3f s", a, b)
			// A floor keeps timer noise on tiny inputs from failing it.
			if b <= 8*max(a, 0.02) {
				return
			}
			a = min(a, bestOf(x, small, 10))
			b = min(b, bestOf(x, large, 10))
			if b > 8*max(a, 0.02) {
				t.Errorf("quadrupling the input took %.1f× the time (%.3f s → %.3f s)", b/a, a, b)
			}
		})
	}
}

// bestOf is the shortest of n checks of docs, in seconds.
func bestOf(x *claim.Extractor, docs []document.Document, n int) float64 {
	best := 0.0
	for try := range n {
		runtime.GC()
		start := time.Now()
		check.Run(x, slices.Clone(docs), nil)
		if s := time.Since(start).Seconds(); try == 0 || s < best {
			best = s
		}
	}
	return best
}
