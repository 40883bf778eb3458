// Package event works out which incident each claim is about. A document
// mentions events: its own (the one its headline and opening report) and
// others it recalls ("the 2017 truck bombing", "a blast in Mastung the same
// day"). Mentions are described by the kind of attack, the site, the places
// and the date, and are clustered across documents into events by
// compatible kind, time and place, with the prior that reports loaded
// together are about one story. Every event claim (a toll, a count of
// arrests, who is responsible) is assigned to exactly one event, with the
// reason; claims about a group or a person (its size, a founding date) are
// left to their subject.
package event

import (
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/when"
)

// Doc is what the event stage needs of one document.
type Doc struct {
	// Key orders documents whatever order they were given in: the same
	// documents give the same events.
	Key       string
	Published when.Day
	HasPub    bool
	Lede      claim.Subject // what the headline and opening report
	HasLede   bool
	Related   [][2]string       // places the text names one inside or beside the other
	Names     map[string]string // names as the text writes them, by key
	// Venues are the place keys that name a venue ("Istiklal Avenue"): it
	// lies in a town, perhaps one another mention names.
	Venues []string
	// Victims are the keys of the people whose death the opening tells.
	Victims []string
}

// Event is one incident, as the documents that mention it describe it.
type Event struct {
	ID     string   // stable: a hash of its first mention in document order
	Label  string   // "bombing, Hangu (2023-09-29)"
	Kinds  []string // kinds of attack, most named first
	Sites  []string
	Places []string // place keys ("name:hangu"), most named first
	// PlaceNames are Places as the reports write them ("El Paso").
	PlaceNames []string
	When       when.Date
	Dated      bool   // When was read from the text (else it spans the reports' days)
	Docs       []int  // the documents that mention it, in key order
	Claims     []int  // its claims, by index
	Main       []bool // per document of Docs: the document's own event
}

// Result is the events of a corpus and the event of each claim.
type Result struct {
	Events []Event
	Of     []int    // per claim: its event, or -1 for claims about a group or person
	Why    []string // per claim: why it belongs to its event
	// OffDay, per claim: its report gives it another day than its own
	// event's, and its event is that one all the same (a figure misdated,
	// or another attack's told beside it); the day is no day of the event.
	OffDay []bool
}

// isEventClaim reports the claims that are about an incident rather than
// a group or a person.
func isEventClaim(c *claim.Claim) bool {
	switch c.Type {
	case claim.Count, claim.Breakdown, claim.Responsibility:
		return c.Subject.Entity == ""
	case claim.Date:
		return c.Kind == claim.EventDay
	}
	return false
}
