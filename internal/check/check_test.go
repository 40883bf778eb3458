package check_test

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
)

var (
	once sync.Once
	ext  *claim.Extractor
)

func extractor(tb testing.TB) *claim.Extractor {
	once.Do(func() {
		srcs, err := check.RuleSources(crosscheck.Rules, "rules")
		if err != nil {
			tb.Fatal(err)
		}
		rs, diags := rule.Load(srcs)
		if diags.HasErrors() {
			tb.Fatal(diags)
		}
		ext = claim.New(rs)
	})
	return ext
}

// FuzzRun feeds arbitrary text through the whole pipeline: it must never
// panic, and every claim and finding must point inside its document.
func FuzzRun(f *testing.F) {
	docs, _ := document.Load("c.json", crosscheck.DemoCorpus, document.Options{})
	for _, d := range docs {
		for _, p := range strings.Split(d.Text, "\n\n") {
			if len(p) > 40 {
				f.Add(p, "2024-03-24")
			}
		}
	}
	// Phrasings with their own readings: asides, increments, ages, datelines, clauses.
	f.Add("PESHAWAR, Pakistan (AP) — At least 23 people, including the bomber, died; two more arrests, and children under 16 were among those hurt.", "2023-01-31")
	f.Add("In January, twin bombings in Kerman killed 95 people, and in March gunmen killed 145: the toll, including the three attackers, rose to 148.", "2024-07-15")
	f.Add("Critics blamed al-Mourabitoun for failing to prevent it; there was no evidence that Iran was behind the attack, which was claimed by ISIS.", "2015-11-21")
	f.Add("The group claimed responsibility. It denied it. They said it was behind the attack on", "2020-02-29")
	f.Add("killed , , and at least", "")
	// Digits of other scripts once made the tokenizer loop until memory ran out.
	f.Add("A bomb killed ３ people; another ٣ were hurt and ߃ missing.", "2024-03-24")
	f.Fuzz(func(t *testing.T, text, published string) {
		x := extractor(t)
		docs := []document.Document{
			{ID: "a", Text: text, Published: published},
			{ID: "b", Text: text + " Police detained 12 people after the attack in Istanbul on January 3.", Published: "2024-03-24"},
		}
		res := check.Run(x, docs, nil)
		for _, c := range res.Claims {
			d := docs[c.Doc].Text
			if c.Start < 0 || c.End > len(d) || c.Start > c.End || d[c.Start:c.End] != c.Words {
				t.Fatalf("claim %q has bad offsets %d:%d", c.Words, c.Start, c.End)
			}
		}
		for _, f := range res.Report.Findings {
			if len(f.Evidence) == 0 || len(f.Values) < 2 || f.ID == "" {
				t.Fatalf("malformed finding %+v", f)
			}
			for _, e := range f.Evidence {
				var d string
				for _, doc := range docs {
					if doc.ID == e.Doc {
						d = doc.Text
					}
				}
				if e.QuoteStart < 0 || e.QuoteEnd > len(d) || d[e.QuoteStart:e.QuoteEnd] != e.Quote {
					t.Fatalf("evidence quote does not match its offsets: %+v", e)
				}
			}
		}
	})
}

// TestConcurrentRuns: one extractor serves many checks at once (the
// web page's worker and the API share one), with identical results.
func TestConcurrentRuns(t *testing.T) {
	x := extractor(t)
	docs, _ := document.Load("c.json", crosscheck.DemoCorpus, document.Options{})
	want := len(check.Run(x, docs, nil).Report.Findings)
	var wg sync.WaitGroup
	errs := make(chan int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := len(check.Run(x, docs, nil).Report.Findings); got != want {
				errs <- got
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent run gave %d findings, want %d", got, want)
	}
}

// TestSameReportOnAnyCores: documents are read on every core the process
// may use, and the report is the same bytes on one core or several.
func TestSameReportOnAnyCores(t *testing.T) {
	x := extractor(t)
	docs, _ := document.Load("c.json", crosscheck.DemoCorpus, document.Options{})
	run := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		var b bytes.Buffer
		rep := check.Run(x, docs, nil).Report
		if err := report.WriteJSON(&b, &rep); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	one := run(1)
	for _, n := range []int{2, 4, 8} {
		if got := run(n); !bytes.Equal(got, one) {
			t.Errorf("the report on %d cores differs from the one on one core", n)
		}
	}
}
