// Package rule holds the rule files' model: claim kinds and their wording,
// lexicons, actors with aliases and hierarchy, and comparison checks. Rule
// authors change crosscheck's behaviour by editing YAML; the engine reads
// only this model.
package rule

import (
	"github.com/crosscheck/crosscheck/internal/quantity"
	"github.com/crosscheck/crosscheck/internal/when"
	"github.com/crosscheck/crosscheck/internal/yamlx"
)

// File is the shape of one rule file: every section is optional and the
// sections of all files are merged.
type File struct {
	Schema         string            `yaml:"$schema,omitempty"`
	Counts         []CountKind       `yaml:"counts"`
	Facts          []Fact            `yaml:"facts"`
	Responsibility []Stance          `yaml:"responsibility"`
	Actors         []Actor           `yaml:"actors"`
	Checks         []Check           `yaml:"checks"`
	Quantity       quantity.Lexicon  `yaml:"quantity"`
	Dates          when.Lexicon      `yaml:"dates"`
	Words          Words             `yaml:"words"`
	Names          map[string]string `yaml:"name_variants"`
	// Groups name one counted group in other words, singular to singular
	// ("trooper: soldier"), so "30 troopers" meets "40 soldiers".
	Groups map[string]string `yaml:"group_variants"`
}

// CountKind is something news counts: killed, injured, detained, members.
type CountKind struct {
	ID    string `yaml:"id"`
	Label string `yaml:"label"`
	// Verbs count on either side of the amount: "killed 47", "47 were killed".
	Verbs []string `yaml:"verbs"`
	// Nouns name the counted thing right after the amount: "400 casualties", "39 people dead".
	Nouns []string `yaml:"nouns"`
	// Tolls are nouns for the running figure: "the death toll from Friday's
	// bombing rose to 41" counts killed.
	Tolls []string `yaml:"tolls"`
	// SumOf marks a total of other kinds (casualties = killed + injured).
	SumOf []string `yaml:"sum_of"`
	// Subject says what a count is about: "event" (an attack: compared when
	// the contexts match) or "actor" (a group's size: compared per group).
	Subject string `yaml:"subject"`
	// Grows marks counts that rise as news comes in (tolls, arrests): a
	// later, higher figure is reported as an update, not a contradiction.
	Grows bool `yaml:"grows"`
	// Shrinks marks counts that fall as time passes (people still in
	// hospital): a later, lower figure is an update.
	Shrinks bool `yaml:"shrinks"`
	// Victims marks counts of people harmed: a figure "including the
	// bomber" has the attackers taken off, so victims meet victims.
	Victims bool `yaml:"victims"`
	// People marks nouns that name people whom a verb after them may count
	// as something else: "three gunmen were killed" counts the killed, "three
	// gunmen stormed the hotel" the gunmen.
	People bool `yaml:"people"`
	// Singular counts "a", "an", "one", "a lone" or "a single" before a
	// singular noun as one: "a lone gunman" against "two gunmen".
	Singular []string `yaml:"singular"`
	// Agents are nouns for people that count this kind only when they are
	// who carried out the attack: "stormed by three militants", "seven
	// militants attacked the cafe". Elsewhere "militants" may be a group's
	// size or the dead.
	Agents []string `yaml:"agents"`
	// DeadOf names a kind of people (attackers) whose dead this kind
	// counts: "five gunmen were killed" gives five attackers killed, as well
	// as at least five attackers.
	DeadOf string    `yaml:"dead_of"`
	File   string    `yaml:"-"`
	Line   int       `yaml:"-"`
	Col    int       `yaml:"-"`
	Loc    yamlx.Loc `yaml:"-" json:"-"` // where it was written, for diagnostics
}

// Fact is a dated fact about a person or group: founded, killed, born.
type Fact struct {
	ID    string `yaml:"id"`
	Label string `yaml:"label"`
	// Verbs are the predicates that carry the date: "founded in 2015", "was killed last year".
	Verbs []string `yaml:"verbs"`
	// Nouns are event nouns: "his death on Aug. 7", "the group's founding in 2014".
	Nouns []string `yaml:"nouns"`
	// Intransitive verbs have their subject before them even in the active
	// voice: "Baghdadi died in a US raid" (not the raid's US).
	Intransitive []string `yaml:"intransitive"`
	// Rows are the labels of a fact box's row that give this fact's date
	// as the start of a span: "Active | 1970–1990", "Dates of operation:
	// 2008–present" give a group's founding.
	Rows []string  `yaml:"rows"`
	File string    `yaml:"-"`
	Line int       `yaml:"-"`
	Col  int       `yaml:"-"`
	Loc  yamlx.Loc `yaml:"-" json:"-"` // where it was written, for diagnostics
}

// Stance is a way of assigning responsibility: claimed, blamed, denied.
type Stance struct {
	ID string `yaml:"id"`
	// Polarity is "assert", "deny", or "none" for a stance that holds no
	// one responsible ("no group has claimed the attack").
	Polarity string `yaml:"polarity"`
	// Patterns are word sequences with slots: {actor}, {attributor}, {event}.
	// "{attributor} blamed {actor} for {event}", "{actor} claimed responsibility for {event}".
	// {group} is an {actor} that must be an armed group or organisation:
	// "{group}'s attack" reads "Boko Haram's attack", not "Baga's attack".
	// {forces} is an {actor} that must be a state's forces, before what
	// they did to people who were not armed: "{forces} opened fire on"
	// reads "Uzbek troops opened fire on protesters".
	Patterns []string  `yaml:"patterns"`
	File     string    `yaml:"-"`
	Line     int       `yaml:"-"`
	Col      int       `yaml:"-"`
	Loc      yamlx.Loc `yaml:"-" json:"-"` // where it was written, for diagnostics
}

// Actor is a group, state or person that can be held responsible or be a
// claim's subject.
type Actor struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// Type is what the engine treats the actor as: group, state, person
	// or agency. A type written as organisation or company is a group to
	// the engine (it can have a size and be blamed) and is kept in
	// Declared; see GroupTypes.
	Type     string   `yaml:"type"`
	Declared string   `yaml:"-" json:"-"`
	Aliases  []string `yaml:"aliases"`
	// Parent is the actor this one is a branch or unit of (ISKP → ISIS).
	Parent string `yaml:"parent"`
	// Capital is a state's capital: where "the capital" and "the Afghan
	// capital" of a report about it are.
	Capital string    `yaml:"capital"`
	File    string    `yaml:"-"`
	Line    int       `yaml:"-"`
	Col     int       `yaml:"-"`
	Loc     yamlx.Loc `yaml:"-" json:"-"` // where it was written, for diagnostics
}

// Check says which disagreements matter and how much.
type Check struct {
	ID       string `yaml:"id"`
	Kind     string `yaml:"kind"` // count, date, responsibility, arithmetic
	Severity string `yaml:"severity"`
	// Claims limits the check to these claim kinds (count or fact ids); empty means all.
	Claims []string `yaml:"claims"`
	// Tolerance widens count intervals by this fraction before comparing.
	Tolerance float64 `yaml:"tolerance"`
	// Precision is the coarsest date precision compared: day, month or year.
	Precision string `yaml:"precision"`
	// Message is a template: {subject}, {label}, {a}, {b}, {outlet_a}, {outlet_b}.
	Message string `yaml:"message"`
	// Off turns off a check of an earlier layer (a built-in check) named
	// by its id; the set keeps no check that is off.
	Off   bool      `yaml:"off" json:"-"`
	layer int       // the layer of the file that defined it
	File  string    `yaml:"-"`
	Line  int       `yaml:"-"`
	Col   int       `yaml:"-"`
	Loc   yamlx.Loc `yaml:"-" json:"-"` // where it was written, for diagnostics
}

// Words are the lexicons the extractors share.
type Words struct {
	// People are generic heads of a counted group: people, others, persons.
	People []string `yaml:"people"`
	// Reporting verbs take the date of the report, not of the fact: "confirmed his death on April 12".
	Reporting []string `yaml:"reporting"`
	// Hedges make a sentence too uncertain to count as a claim: "may or may not".
	Hedges []string `yaml:"hedges"`
	// Events are nouns for attacks: attack, bombing, massacre.
	Events []string `yaml:"events"`
	// Anaphora refer back to a group or person: "the group", "he".
	GroupAnaphora  []string `yaml:"group_anaphora"`
	PersonAnaphora []string `yaml:"person_anaphora"`
	// Stop are capitalised words that never name anything on their own.
	Stop []string `yaml:"stop"`
	// Demonyms map adjectives to places: Turkish → Turkey.
	Demonyms map[string]string `yaml:"demonyms"`
	// Parts introduce a breakdown of a total: "including", "among them".
	Parts []string `yaml:"parts"`
	// OrgHeads are nouns that make an unknown phrase an organisation that
	// can be held responsible: "a separatist movement", "a rebel group".
	OrgHeads []string `yaml:"org_heads"`
	// LeadingOrgHeads open an organisation's name in languages that put the
	// head first, joined to the rest by a particle: "Harkat-ul-Jihad"
	// (movement of), "Jaish al-Adl" (army of).
	LeadingOrgHeads []string `yaml:"leading_org_heads"`
	// Increments make an amount an addition to an earlier one, not a
	// total: "two more arrests", "another 12 died".
	Increments []string `yaml:"increments"`
	// Perpetrators are the attackers a toll may count too: "23 dead,
	// including the bomber".
	Perpetrators []string `yaml:"perpetrators"`
	// Venues are nouns that end a venue's name; the words before them name
	// a place too: "Brussels Airport" is in Brussels.
	Venues []string `yaml:"venues"`
	// WorldRegions span several countries ("West Africa", "the Middle
	// East"): where a group is active or a trend is told, never the place
	// that tells one attack from another.
	WorldRegions []string `yaml:"world_regions"`
	// Sites sort venue words into kinds of site (school: [school, "education
	// centre"]): claims naming only other sites ("near the interior
	// ministry", "at the education centre") are not compared.
	Sites map[string][]string `yaml:"sites"`
	// CareSites are the kinds of site where victims are taken and counted
	// (hospital): a figure given there ("brought in dead at the hospital")
	// is about the attack that sent them, so such a site names the
	// attack's site only beside a word for the attack ("the hospital
	// bombing", "an attack on a clinic").
	CareSites []string `yaml:"care_sites"`
	// EventKinds sort attack words into kinds (bombing, shooting, air
	// strike): two reports whose words for the event are of different kinds
	// only ("a drone strike in Kabul", "a suicide bomber outside Kabul
	// airport") are about different events.
	EventKinds map[string][]string `yaml:"event_kinds"`
	// Earlier words say a figure was given before and has since changed:
	// "the initial toll was 24", "a day earlier, officials said 29".
	Earlier []string `yaml:"earlier"`
	// Revisions say a figure revises an earlier one: "the toll rose to 36",
	// "was revised to 84".
	Revisions []string `yaml:"revisions"`
	// Responses open what a deed answers: "in response to the attack",
	// "following Friday's bombing": the army's raids after an attack are
	// another event, and the army did not carry the attack out.
	Responses []string `yaml:"responses"`
	// Proceedings are what courts and inquiries do: a date beside them
	// ("convicted 21 people Wednesday for their roles in the 2004 Madrid
	// train bombings") dates the proceeding, not the attack.
	Proceedings []string `yaml:"proceedings"`
	// Occasions are feasts and holidays whose names say when, not where:
	// "the Easter attacks", "the Ramadan bombing".
	Occasions []string `yaml:"occasions"`
	// Faiths are faiths and sects, written with capitals but naming no
	// place: "a Shiite mosque".
	Faiths []string `yaml:"faiths"`
	// Persons are nouns for one person a victim count may name alone: "a
	// soldier was killed", "shot dead a guard" count one killed.
	Persons []string `yaml:"persons"`
	// GenericActors are the words of descriptions that may be any group:
	// "militants", "a local extremist group".
	GenericActors []string `yaml:"generic_actors"`
}
