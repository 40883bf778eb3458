// Package claim reads typed claims out of documents: counts as intervals,
// dated facts with precision, responsibility with stance and attributor,
// and breakdowns of totals. Wording comes from the rule files; this package
// holds only the mechanisms.
package claim

import "github.com/crosscheck/crosscheck/internal/when"

// Claim types.
const (
	Count          = "count"
	Date           = "date"
	Responsibility = "responsibility"
	Breakdown      = "breakdown"
)

// Claim is one statement of fact found in a document.
type Claim struct {
	Doc  int    // index of the document
	Type string // count, date, responsibility, breakdown
	Kind string // count kind, fact id or stance id
	// Start and End are the byte offsets of the claim's own words.
	Start, End int
	Words      string
	Sent       int // sentence index in the document
	SentStart  int
	SentEnd    int

	// Counts.
	Lo, Hi     int64
	Exact      bool
	Vague      bool
	Population string // the counted group when it is specific: "service members"
	Part       bool   // one part of a breakdown: compared only through its total
	// Earlier is set when the words say the figure was given before and has
	// since changed ("the initial toll", "rose from 19 to 22"); Revised
	// when they say it is a revision ("the toll rose to 22").
	Earlier, Revised bool
	// Article is set for a one read from "a" or "an" ("a suicide bomber
	// struck"), or a floor inferred from other words ("including six of
	// the attackers": at least six attackers): a report's figure only when
	// it gives no other.
	Article bool
	// Total is set when the words call the figure a toll ("the death
	// toll to be 338"): a whole, never a part of another figure.
	Total bool `json:",omitempty"`

	// Dates.
	Date when.Date

	// Responsibility.
	Actor     string // canonical actor id or normalised words
	ActorName string
	// ActorPerson is set when the actor is a person ("25-year-old
	// Hanifullah carried out the attack"): one who acts for a group.
	ActorPerson bool
	Attributor  string
	Deny        bool
	// Joint is the actor the same words hold responsible with this one
	// ("the PKK and the YPG were responsible"): an ally, not a rival.
	Joint string
	// Side is the state a person actor acts for, as the report describes
	// him ("the former Libyan intelligence officer"): his deeds and words
	// stand on that state's side.
	Side string `json:",omitempty"`
	// Initials are the actor's as its report writes them in brackets
	// ("the National Liberation Army (ELN)"): reports that use either
	// name the same actor.
	Initials string `json:",omitempty"`
	// Deed is set when the words tell what a group did ("Boko Haram
	// killed 40", "the Sulu Front's attack"), not who is held responsible
	// ("claimed", "blamed", "was behind"): weaker, and often of another act.
	Deed bool `json:",omitempty"`

	// Breakdown: the parts of a stated total.
	Parts []Part

	Subject Subject
	Trace   []string
	// rowOfBox: read from a fact box's row, not a sentence.
	rowOfBox bool
	// pastList: a count read past a list of who they were (see
	// verbAfterList); the counts inside the list are its parts.
	pastList bool
	// plusOne: a count whose verb follows one more person ("five nurses
	// and a driver were killed"); the total adds that person (see
	// sharedVerb).
	plusOne bool
}

// Part is one item of a breakdown.
type Part struct {
	Lo, Hi int64
	Words  string
	Start  int
	End    int
}

// Subject is what a claim is about.
type Subject struct {
	// Entity is the canonical id of the group or person a claim is about
	// (a group's size, a person's death), or "" for event claims.
	Entity string
	Name   string
	// When is the event's date as read from the context, if any.
	When    when.Date
	HasWhen bool
	// Told is set when When is written in the clause of a word for the
	// attack ("Friday's bombing", "gunmen attacked the base on Tuesday"):
	// the attack's day, not a toll's, a telling's or a burial's.
	Told bool `json:",omitempty"`
	// Night is set when night words stand beside When ("late on Friday",
	// "overnight"): an attack at the turn of a day, which reports may date
	// either side of midnight.
	Night bool `json:",omitempty"`
	// Displaced is set when the context says the event is offset from the
	// one named ("six months before the church attack").
	Displaced bool
	// DaysBefore is how many days before the report's own attack the
	// context puts the claim's ("this comes a day after the explosions
	// that killed 12"): the events stage dates it once the own attack has
	// a day.
	DaysBefore int `json:",omitempty"`
	// Event is the event words the claim names ("Friday's attack near Moscow").
	Event string
	// Places are the names in the sentence that names the event (places,
	// venues, states): "Moscow", "Crocus City Hall".
	Places []string
	// Hinted are towns a later sentence gives the report's attack when its
	// opening names none ("the attack in Tarvik"): a hint where it was, too
	// loosely read to set it apart from a report naming another town.
	Hinted []string `json:",omitempty"`
	// Kinds are the kinds of attack the event words name ("bombing",
	// "shooting"), from the rules' event_kinds; none when they name none.
	Kinds []string
	// Sites are the kinds of venue the claim's clause names ("mosque",
	// "ministry"), from the rules' venues: two reports naming only other
	// sites are about other attacks, or other parts of one.
	Sites []string
	// Own is set when these words come from a sentence that names an
	// attack with words of its own ("a car bombing in Kandahar"), not only
	// by referring back to one ("the attack").
	Own bool
	// EventSent is the sentence that names the event the claim refers to
	// (its own, or one before it), or -1.
	EventSent int
	// SamePlace is set when the clause puts its event where the report's
	// own happened: "an attack on the same shrine in October 2022".
	SamePlace bool
}

// InitialsKey is the key of the actor's initials, as another report that
// writes only them names the actor; "" when the report gives none.
func (c *Claim) InitialsKey() string {
	if c.Initials == "" {
		return ""
	}
	return initialsKey(c.Initials)
}
