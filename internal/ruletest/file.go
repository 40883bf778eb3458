// Package ruletest runs the test cases that sit beside the rule files
// (name_test.yaml): short documents and the claims and findings they must
// (or must not) give. It is pure, so the command line, the web page and the
// API run the same cases the same way.
package ruletest

import (
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// File is one test file.
type File struct {
	Schema string `yaml:"$schema,omitempty"`
	Tests  []Case `yaml:"tests"`
}

// Case is one test: documents and what they must give.
type Case struct {
	// Name says what the case shows, in a few words; unique in its file.
	Name string `yaml:"name"`
	// Todo marks a known gap: the reason the engine gets it wrong today.
	// A todo case that fails does not fail the run; one that passes is
	// reported so the mark can be removed.
	Todo string `yaml:"todo"`
	// Docs are the documents, as a news feed would give them.
	Docs []Doc `yaml:"docs"`
	// Kinds narrows which claims are compared: only claims of these kinds
	// (count kinds, facts or stances) count as unexpected.
	Kinds []string `yaml:"kinds"`
	// Claims lists the claims the documents must give. Absent: claims are
	// not checked. See match.go for which claims count as unexpected.
	Claims *[]WantClaim `yaml:"claims"`
	// Findings lists every finding the documents must give; [] means none.
	// Absent: findings are not checked.
	Findings *[]WantFinding `yaml:"findings"`

	File string    `yaml:"-"`
	Line int       `yaml:"-"`
	Col  int       `yaml:"-"`
	Loc  yamlx.Loc `yaml:"-"`
}

// Doc is one test document.
type Doc struct {
	ID        string `yaml:"id"` // default: a, b, c … in order
	Title     string `yaml:"title"`
	Outlet    string `yaml:"outlet"`
	Published string `yaml:"published"` // YYYY-MM-DD: relative dates are read against it
	Text      string `yaml:"text"`
}

// WantClaim is an expected claim. Kind is required; every other field
// that is set must match.
type WantClaim struct {
	Type  string `yaml:"type"` // count, date, responsibility, breakdown
	Kind  string `yaml:"kind"` // count kind, fact or stance id
	Value string `yaml:"value"`
	// Words must occur in the claim's own words (case ignored).
	Words string `yaml:"words"`
	// Subject must occur in the name of what the claim is about.
	Subject string `yaml:"subject"`
	// Attributor must occur in who says so (responsibility).
	Attributor string    `yaml:"attributor"`
	Doc        string    `yaml:"doc"` // the document's id
	Loc        yamlx.Loc `yaml:"-"`
}

// WantFinding is an expected finding; every field that is set must match.
type WantFinding struct {
	Rule     string `yaml:"rule"` // the check's id
	Kind     string `yaml:"kind"` // count, date, responsibility, arithmetic
	Claim    string `yaml:"claim"`
	Relation string `yaml:"relation"` // contradiction, update, inconsistent
	Severity string `yaml:"severity"`
	// Values are the values of every side, in any order: two for a
	// disagreement between two figures, more when several reports differ.
	Values []string  `yaml:"values"`
	Loc    yamlx.Loc `yaml:"-"`
}

// Parse reads one test file, reporting every problem in its shape.
func Parse(src rule.Source) (*File, diag.List) {
	var f File
	root, ds := yamlx.DecodeLoc(src.Name, src.Data, &f)
	for i := range f.Tests {
		c := &f.Tests[i]
		c.File = src.Name
		if !c.Loc.Valid() { // an empty item ("- " alone): place it at its dash
			c.Loc = root.Field("tests").Index(i)
			p := c.Loc.Pos()
			c.Line, c.Col = max(p.Line, 1), max(p.Col, 1)
		}
	}
	return &f, ds
}

// Split separates a rule directory's files into rules and tests.
func Split(srcs []rule.Source) (rules, tests []rule.Source) {
	for _, s := range srcs {
		if rule.IsTestFile(s.Name) {
			tests = append(tests, s)
		} else {
			rules = append(rules, s)
		}
	}
	return rules, tests
}
