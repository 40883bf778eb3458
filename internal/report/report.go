// Package report defines the versioned report every host returns (the CLI,
// the web page and the API give the same bytes for the same input) and
// renders it as text, JSON, CSV or Markdown.
package report

import (
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/diff"
)

// Schema names the report format and its version. A change that removes or
// renames a field bumps the version; adding a field does not.
const Schema = "crosscheck.report/v1"

// Report is the result of one check.
type Report struct {
	Schema      string            `json:"schema"`
	Reference   string            `json:"reference_date,omitempty"`
	Documents   []Document        `json:"documents"`
	Events      []Event           `json:"events"`
	Findings    []Finding         `json:"findings"`
	Summary     Summary           `json:"summary"`
	Diagnostics []diag.Diagnostic `json:"diagnostics"`
}

// Document is a checked document, without its text.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Claims    int    `json:"claims"`
}

// Summary counts what the check found.
type Summary struct {
	Documents  int            `json:"documents"`
	Claims     int            `json:"claims"`
	Findings   int            `json:"findings"`
	BySeverity map[string]int `json:"by_severity"`
	ByKind     map[string]int `json:"by_kind"`
}

// Finding is one disagreement.
type Finding struct {
	ID       string `json:"id"`
	Rule     string `json:"rule"`
	Kind     string `json:"kind"`  // count, date, responsibility, arithmetic
	Claim    string `json:"claim"` // the claim kind: killed, detained, founded, claimed…
	Relation string `json:"relation"`
	Severity string `json:"severity"`
	Subject  string `json:"subject"`
	// Event is the id of the event (in Report.Events) the finding is
	// about; empty for findings about a group or a person.
	Event   string `json:"event,omitempty"`
	Message string `json:"message"`
	// Values are the normalised values in conflict, one per side.
	Values []Value `json:"values"`
	// Pairs are the sides set against each other, each with its relation:
	// a finding lists every figure of its fact that disagrees with another,
	// and two of them may well agree.
	Pairs    []SidePair `json:"pairs,omitempty"`
	Evidence []Evidence `json:"evidence"`
	// Diff is the side-by-side word diff of the first passage of each side.
	Diff *SideBySide `json:"diff,omitempty"`
}

// Relations between the sides of a finding.
const (
	Contradiction = "contradiction" // both cannot be true
	Update        = "update"        // a later report gives a higher count
	Inconsistent  = "inconsistent"  // one source disagrees with itself (arithmetic)
)

// Value is one side's normalised value.
type Value struct {
	Side string `json:"side"` // "a" or "b"
	Text string `json:"text"` // as shown: "47", "4,000–6,000", "2019", "Ukraine"
	// Counts: the interval; Hi is null when unbounded.
	Lo *int64 `json:"lo,omitempty"`
	Hi *int64 `json:"hi,omitempty"`
	// Dates: the interval and its precision.
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Precision string `json:"precision,omitempty"`
	// Responsibility: the actor and the stance.
	Actor  string `json:"actor,omitempty"`
	Stance string `json:"stance,omitempty"`
}

// Evidence is one passage that supports a side.
type Evidence struct {
	Side       string   `json:"side"`
	Doc        string   `json:"doc"`
	Outlet     string   `json:"outlet,omitempty"`
	Published  string   `json:"published,omitempty"`
	Quote      string   `json:"quote"`
	QuoteStart int      `json:"quote_start"` // byte offsets of the quote in the document text
	QuoteEnd   int      `json:"quote_end"`
	Start      int      `json:"start"` // byte offsets of the claim in the document text
	End        int      `json:"end"`
	Words      string   `json:"words"`
	Value      string   `json:"value"`
	Attributor string   `json:"attributor,omitempty"`
	Trace      []string `json:"trace"`
}

// SideBySide is a word diff of two passages.
type SideBySide struct {
	Left  []diff.Segment `json:"left"`
	Right []diff.Segment `json:"right"`
}

// SidePair is two sides of a finding that cannot both hold (a
// contradiction) or where the later revises the earlier (an update).
type SidePair struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Relation string `json:"relation"`
}

// Event is one incident as the documents report it, with every figure
// they give for each of its facts, whether or not the figures disagree.
type Event struct {
	ID    string `json:"id"`
	Label string `json:"label"` // "bombing in Hangu (2023-09-29)"
	// Kinds of attack and of site, and place names, most named first.
	Kinds  []string `json:"kinds"`
	Sites  []string `json:"sites"`
	Places []string `json:"places"`
	// When: the date the reports give (dated), or the day of the first
	// report when none dates it.
	From      string   `json:"from,omitempty"`
	To        string   `json:"to,omitempty"`
	Precision string   `json:"precision,omitempty"`
	Dated     bool     `json:"dated"`
	Documents []string `json:"documents"` // ids of the documents that report it
	Facts     []Fact   `json:"facts"`
}

// Fact is one kind of claim about an event (killed, injured, claimed…)
// and every figure reported for it, in order of publication.
type Fact struct {
	Kind    string   `json:"kind"`  // count | responsibility | date (the day of the attack)
	Claim   string   `json:"claim"` // the claim kind: killed, detained, claimed…
	Label   string   `json:"label"`
	Figures []Figure `json:"figures"`
}

// Figure is one document's statement of a fact.
type Figure struct {
	Claim     string `json:"claim"` // the claim's id
	Doc       string `json:"doc"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Text      string `json:"text"` // "47", "140+", "Islamic State (claimed)"
	Lo        *int64 `json:"lo,omitempty"`
	Hi        *int64 `json:"hi,omitempty"`
	// Current is false for a figure the report gives as an earlier one
	// ("the initial toll was 24"), and for parts and vague amounts: they
	// are shown, not compared.
	Current bool   `json:"current"`
	Words   string `json:"words"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Why     string `json:"why"` // why the claim belongs to this event
}
