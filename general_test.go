package crosscheck_test

import (
	"os"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// TestGeneralCorpus checks reports written for the tests, not the seed
// corpus, so that tuning to the seeds shows up as a failure here:
// testdata/general (written with the engine) and testdata/probes (written
// after it, to try it as unseen news would).
func TestGeneralCorpus(t *testing.T) {
	for _, dir := range []string{"testdata/general", "testdata/probes"} {
		t.Run(dir, func(t *testing.T) {
			var acc acceptance
			readYAML(t, dir+"/expect.yaml", &acc)
			data, err := os.ReadFile(dir + "/corpus.jsonl")
			if err != nil {
				t.Fatal(err)
			}
			docs, diags := document.Load("corpus.jsonl", data, document.Options{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			srcs, err := check.RuleSources(crosscheck.Rules, "rules")
			if err != nil {
				t.Fatal(err)
			}
			rs, rdiags := rule.Load(srcs)
			if rdiags.HasErrors() {
				t.Fatal(rdiags)
			}
			rep := check.Run(claim.New(rs), docs, diags).Report
			checkExpectations(t, rep, acc)
			t.Logf("%s: %d findings", dir, len(rep.Findings))
			for _, f := range rep.Findings {
				t.Logf("  %-6s %-14s %-10s %-13s %s", f.Severity, f.Kind, f.Claim, f.Relation, f.Message)
			}
		})
	}
}
