// Command eval measures crosscheck on real news reports: excerpts of
// published articles listed in manifest.yaml, and the pairs of statements a
// fact-checker labelled in labels.yaml before the engine was run on them.
// The excerpts are third-party text and stay out of git (eval/text/);
// README.md says how to rebuild them.
//
//	go run ./eval              score the engine (make eval)
//	go run ./eval -v           and list every miss and false flag
//	go run ./eval verify       check the texts against the manifest
//	go run ./eval queries      the searches that find the texts again
//	go run ./eval import F...  cut the texts out of saved search answers
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

func main() {
	dir := flag.String("dir", "eval", "the folder of manifest.yaml and labels.yaml")
	text := flag.String("text", "", "the folder of the excerpts (default DIR/text)")
	verbose := flag.Bool("v", false, "list every miss, false flag and unlabelled flag")
	flag.Parse()
	if *text == "" {
		*text = filepath.Join(*dir, "text")
	}
	m, l, err := loadSet(*dir)
	if err != nil {
		fail(err)
	}
	switch flag.Arg(0) {
	case "verify":
		os.Exit(verifyTexts(m, *text))
	case "queries":
		printQueries(m)
		return
	case "import":
		os.Exit(importAnswers(m, *text, flag.Args()[1:]))
	case "":
	default:
		fail(fmt.Errorf("unknown command %q", flag.Arg(0)))
	}
	if problems := validate(m, l); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "labels:", p)
		}
		os.Exit(2)
	}
	docs, present := loadTexts(m, *text)
	excluded := map[string]bool{}
	for _, x := range l.Exclude {
		excluded[x.Event] = true
	}
	counted := map[string]bool{} // documents whose pairs count
	for _, s := range m.Documents {
		counted[s.ID] = present[s.ID] && !excluded[s.Event]
	}
	if len(docs) == 0 {
		fmt.Printf("eval: no excerpt texts in %s; skipped (eval/README.md says how to rebuild them)\n", *text)
		return
	}
	x, err := engine()
	if err != nil {
		fail(err)
	}
	res := check.Run(x, docs, nil)
	fmt.Printf("%d of %d excerpts present, %d findings\n\n", len(docs), len(m.Documents), len(res.Report.Findings))
	score(l, &res.Report, counted, excluded).print(os.Stdout, *verbose)
}

// loadTexts reads the excerpts that are present, as documents.
func loadTexts(m *Manifest, dir string) ([]document.Document, map[string]bool) {
	var docs []document.Document
	present := map[string]bool{}
	for _, s := range m.Documents {
		b, err := os.ReadFile(filepath.Join(dir, s.ID+".txt"))
		if err != nil {
			continue
		}
		present[s.ID] = true
		docs = append(docs, document.Document{
			ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL, Published: s.Published, Text: string(b),
		})
	}
	return docs, present
}

func engine() (*claim.Extractor, error) {
	srcs, err := check.RuleSources(crosscheck.Rules, "rules")
	if err != nil {
		return nil, err
	}
	rs, diags := rule.Load(srcs)
	if diags.HasErrors() {
		return nil, fmt.Errorf("built-in rules: %v", diags)
	}
	return claim.New(rs), nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "eval:", err)
	os.Exit(2)
}
