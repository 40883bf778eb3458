package claim

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// docInfo is one document cut into sentences and tokens, with the dates,
// actors and names each sentence mentions.
type docInfo struct {
	idx    int
	text   string
	sents  []text.Sentence
	toks   [][]text.Token
	forms  []string      // scratch: a sentence's word forms while it is read for responsibility
	dates  [][]when.Date // offsets into the document text
	ments  [][]mention   // actors and names, in order
	events []int         // per sentence: event id, or -1
	hits   []bool        // per sentence: holds a cue word
	ref    when.Day
	hasRef bool

	dated     []datedEvent // sentences that name an attack and date it, found once
	datedDone bool

	openingEnd int    // the first sentence past the opening (see inOpening), or -1 before it is found
	captions   []bool // per sentence: a picture's caption (see caption)

	// What every claim of a sentence asks of it, worked out once.
	facts []*sentFacts
	first map[string]int // mention key → first sentence naming it

	figures   map[int][]int64 // the amounts read in the sentences so far, by count kind
	venueOnly map[string]bool // names written only before a venue word, found once

	// spelledOut maps the key of initials the text writes in brackets after
	// a name to that name: "the Armed Islamic Group (GIA, from French …)".
	spelledOut map[string]spelling

	// agents maps a person's key to the state the report says he acts
	// for (see stateAgent), found once.
	agents map[string]string
	// named counts each name's mentions in the document, for which of
	// several groups "the group" most likely means (see salient).
	named map[string]int
}

// sentFacts is what a sentence says about its event, for all its claims.
type sentFacts struct {
	date            when.Date // the date that dates its event
	hasDate         bool
	kinds           []string // kinds of attack it names
	eventWords      string   // the words that name its event
	displacedBefore bool     // "six months before the attack": a claim here is not about that attack
	displacedAny    bool     // "a year later" too, for the sentence after it
	otherAt         int      // token where it turns to an earlier attack ("another attack"), or -1
	own             bool     // it names an attack with words of its own
	// anniversary: the date of its attack, years back from the day it
	// marks ("Today marks four years since the bombing"), if it gives one.
	anniversary    when.Date
	hasAnniversary bool
}

// datedEvent is a sentence that names an attack, with the date it gives.
type datedEvent struct {
	sent int
	date when.Date
}

// mention is an actor (from the rules) or a proper name in a sentence.
type mention struct {
	a, b   int // token range in the sentence
	actor  int // index into rule actors, or -1 for a plain name
	name   string
	key    string // canonical key: "actor:<id>" or "name:<normalised>"
	person bool
	poss   bool // written as a possessive: "Al-Qaeda's"
	appos  bool // inside an apposition: "the son of Osama bin Laden"
	// org: a name the rules do not know that names a group, by its last
	// word ("the Popular Front") or the apposition after it ("the Ahvaz
	// National Resistance, an umbrella group"), for "the group" and
	// "they" to refer to.
	org bool
	// locative: the name says where something happened ("in Istanbul",
	// "at the Crocus City Hall", "the Peshawar market bombing"), not who.
	locative bool
	dateline bool // a wire dateline's place: "PESHAWAR, Pakistan (AP) —"
}

// analyse reads a document's sentences. Dates are scanned only in
// sentences that a claim can draw on (a cue sentence and the six before
// it), since date scanning is the costliest step on text with no claims.
func (x *Extractor) analyse(idx int, d *document.Document, hits func(*docInfo) []bool) *docInfo {
	return x.analyseWith(x.lex.vocab.Tokenizer(len(d.Text)), idx, d, hits)
}

// analyseWith is analyse with the tokenizer to read the document's tokens
// into: the document's tokens are its, and share its array.
func (x *Extractor) analyseWith(tz *text.Tokenizer, idx int, d *document.Document, hits func(*docInfo) []bool) *docInfo {
	di := &docInfo{idx: idx, text: d.Text, openingEnd: -1}
	di.ref, di.hasRef = when.ParseDay(d.Published)
	di.sents = text.Sentences(d.Text)
	n := len(di.sents)
	di.toks = make([][]text.Token, n)
	di.dates = make([][]when.Date, n)
	di.ments = make([][]mention, n)
	di.events = make([]int, n)
	di.facts = make([]*sentFacts, n)
	di.hits = hits(di)
	near := make([]bool, n)
	for i := 0; i < n && i < ledeSentences+2; i++ {
		near[i] = true // the lede dates the report's event
	}
	for i, h := range di.hits {
		for k := i; h && k >= 0 && k >= i-6; k-- {
			near[k] = true
		}
	}
	// The tokens carry the ids of the rules' phrase words.
	for i, s := range di.sents {
		di.toks[i] = tz.Tokenize(d.Text, s.Start, s.End)
		if near[i] {
			ds := x.dates.Scan(d.Text[s.Start:s.End], di.ref, di.hasRef)
			for k := range ds {
				ds[k].Start += s.Start
				ds[k].End += s.Start
			}
			di.dates[i] = x.dropVenueHolidays(di.toks[i], ds)
		}
		di.ments[i] = x.mentions(di.toks[i])
		di.events[i] = -1
	}
	outletNoPlace(di, d.Outlet)
	datesLater(di)
	onThisDay(di, d.Text)
	yearsFromText(di)
	weekdaysFromText(di)
	common := commonWords(x.lex.commonMap(), di.toks)
	defer x.lex.commons.Put(common)
	// The dateline opens the text, or the line after its headline, or a
	// paragraph in capitals after a page's furniture ("DAKAR, Senegal -").
	for f := 0; f < len(di.toks); f++ {
		if f == 1 && !headlineLine(di.toks[0]) || f >= 2 {
			if f < 1 || di.sents[f].Para == di.sents[f-1].Para || len(di.toks[f]) == 0 || !allCaps(di.toks[f][:1]) || len(di.toks[f][0].Text) < 3 {
				continue
			}
		}
		if commonOpening(di.toks[f], common) {
			continue
		}
		if end := markDateline(di.toks[f], di.ments[f]); end >= 0 {
			// The dateline's date is when the report was filed; a day long
			// before it ("13th April 1919 – General Dyer orders his troops
			// to open fire") is what the report looks back at.
			kept := di.dates[f][:0]
			for _, d := range di.dates[f] {
				if d.Start >= end || !filedNear(di, d) {
					kept = append(kept, d)
				}
			}
			di.dates[f] = kept
			break
		}
	}
	for f := 0; f < len(di.toks) && f < 2; f++ {
		// "25 August 2022, Devastating hotel attack …": a day that opens
		// the text, or the line after its headline ("3 March 2021, Daily
		// Wire, TARVOSH –"), set off by a comma, is when it was written.
		if f == 1 && (!headlineLine(di.toks[0]) || di.sents[1].Para == di.sents[0].Para) {
			break
		}
		if len(di.dates[f]) == 0 {
			continue
		}
		toks, d0 := di.toks[f], di.dates[f][0]
		if j := tokIndex(toks, d0.End); len(toks) > 0 && d0.Start == toks[0].Start && d0.Precision == when.PrecDay && j < len(toks) && toks[j].Text == "," && filedNear(di, d0) {
			di.dates[f] = di.dates[f][1:]
		}
	}
	markCaptions(di)
	bracketInitials(di)
	x.pruneNames(di, common)
	surnames(di)
	peoples(di)
	x.openedNames(di)
	x.shortAliases(di)
	x.nameCapitals(di)
	x.linkEvents(di)
	return di
}

// tokIndex returns the index of the first token starting at or after off.
// Tokens are in text order, so it is a binary search: it is asked for every
// amount and date, and a sentence may have thousands of tokens.
func tokIndex(toks []text.Token, off int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off })
}

// headlineLine reports a first line that is a headline: capitalised as
// one, or with no full stop at its end.
func headlineLine(toks []text.Token) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1].Text
	return isHeadline(toks) || last != "." && last != "!" && last != "?" && last != "\"" && last != "”"
}

// outletNoPlace keeps the report's own outlet from being a place: "a list
// provided to The Independent", "told the Guardian" name who reports.
func outletNoPlace(di *docInfo, outlet string) {
	outlet = strings.TrimSpace(outlet)
	if outlet == "" {
		return
	}
	own := text.Fold(strings.TrimPrefix(strings.TrimPrefix(outlet, "The "), "the "))
	for _, ms := range di.ments {
		for i := range ms {
			if ms[i].locative && ms[i].actor < 0 && text.Fold(ms[i].name) == own {
				ms[i].locative = false
			}
		}
	}
}

// filedNear reports a date that may be when the report was written: within
// a month of its publication ("April 13, 1919, marked a turning point",
// opening a report of 2021, is the day it looks back at).
func filedNear(di *docInfo, d when.Date) bool {
	return !di.hasRef || d.Hi >= di.ref-filingDays && d.Lo <= di.ref+filingDays
}

// filingDays is how far from its publication a report may date its filing.
const filingDays = 31

// dropVenueHolidays drops a holiday's name that names a venue rather than
// a day: "a Christmas market" (open for weeks), not "on Christmas Day".
func (x *Extractor) dropVenueHolidays(toks []text.Token, ds []when.Date) []when.Date {
	kept := ds[:0]
	for _, d := range ds {
		if !strings.ContainsAny(d.Text, " 0123456789") {
			if j := tokIndex(toks, d.End); j < len(toks) && toks[j].Start == d.End+1 && isLowerWord(toks[j]) && x.venues[toks[j].Lower] != nil {
				continue
			}
		}
		kept = append(kept, d)
	}
	return kept
}
