package claim

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/when"
)

// Doc is the result of reading one document.
type Doc struct {
	Claims []Claim
	// Lede is what the headline and opening say happened, when they name
	// an attack: the report's own event, which its claims are about unless
	// their own words say otherwise.
	Lede    Subject
	HasLede bool
	// Related are pairs of places the text names together as one inside
	// the other: "at the Crocus City Hall near Moscow", "Kerman, Iran".
	Related [][2]string
	// Names are the names as the text writes them, by key: "name:paso"
	// is "El Paso", "name:khyber pakhtunkhwa" "Khyber Pakhtunkhwa".
	Names map[string]string
	// Venues are the place keys that name a venue or the name a venue
	// holds ("Istiklal Avenue", "Istiklal"): a venue lies in some town, so
	// a town named elsewhere may be where it is.
	Venues []string
	// Victims are the keys of the people whose death the opening tells.
	Victims []string
	// A Doc holds nothing of the document's tokens, so their array can
	// serve the next document (tokenizers).
}

// Extract reads every claim of one document. idx is the document's index in
// the corpus, carried in each claim.
func (x *Extractor) Extract(idx int, d *document.Document) Doc {
	tz := x.lex.tokenizer(len(d.Text))
	defer x.lex.tokenizers.Put(tz)
	di := x.analyseWith(tz, idx, d, x.cues.mark)
	var counts, out []Claim
	for si := range di.sents {
		out = append(out, x.perpetratorRow(di, si)...)
		if !di.hits[si] {
			continue
		}
		counts = append(counts, shownAtLeast(di, si, aloneAtLeast(di, si, listParts(x.counts(di, si))))...)
		counts = append(counts, x.singularCounts(di, si)...)
		counts = append(counts, x.alsoOne(di, x.oneVictim(di, si), counts)...)
		counts = append(counts, x.oneMoreCounts(di, si)...)
		counts = append(counts, x.partitiveAttackers(di, si, counts)...)
		counts = append(counts, x.nextVictim(di, si, counts)...)
		out = append(out, x.facts(di, si)...)
		out = append(out, x.responsibility(di, si)...)
	}
	out = dropRecentIfDated(out)
	breaks, parts := x.breakdowns(di, counts)
	all := append(counts, out...)
	all = append(all, breaks...)
	lede, ok := x.lede(di, d)
	for i := range all {
		x.describe(di, &all[i])
		// A fact box's row is about the page's own attack, whatever the
		// rows around it say ("Attack type: Mass car bombings").
		if all[i].rowOfBox && ok {
			all[i].Subject = Subject{EventSent: -1}
		}
	}
	// "… killing 71 soldiers." then, further down, "the attack took place
	// on December 11": the opening's undated claims are about that day.
	if told := toldAt(di, lede.When); ok && lede.HasWhen && told >= 0 {
		for i := range all {
			c := &all[i]
			if !c.Subject.HasWhen && !c.Subject.Displaced && !c.Earlier && inOpening(di, c.Sent) && c.Sent < told {
				c.Subject.When, c.Subject.HasWhen = lede.When, true
			}
		}
	}
	// A group's part is about what its total is about: described once.
	for _, p := range parts {
		p.claim.Subject = all[p.total].Subject
		all = append(all, p.claim)
	}
	x.markTold(di, all)
	all = append(all, x.eventDays(di, all)...)
	if ok && !lede.HasWhen && di.hasRef {
		lede.When, lede.HasWhen = x.retoldDay(di, all, &lede)
	}
	if ok && x.datesManyEvents(di) {
		// An analysis or a chronology: its opening names one attack of
		// many, and its claims are about the ones their own sentences name.
		ok = false
	}
	return Doc{Claims: all, Lede: lede, HasLede: ok, Related: x.relatedPlaces(di), Names: surfaceNames(di), Venues: x.venueNames(di), Victims: x.victims(di)}
}

// toldAt is the sentence of the text that holds date d's words, or -1
// (a headline's date is not the text's).
func toldAt(di *docInfo, d when.Date) int {
	if d.End <= d.Start || d.End > len(di.text) || di.text[d.Start:d.End] != d.Text {
		return -1
	}
	for si, s := range di.sents {
		if s.Start <= d.Start && d.Start < s.End {
			return si
		}
	}
	return -1
}

// surfaceNames gives each name key the way the text writes it, mixed case
// before capitals ("Kabul", not the dateline's "KABUL").
func surfaceNames(di *docInfo) map[string]string {
	out := make(map[string]string, mentionCount(di)) // sized once: growing it rehashes
	for _, ms := range di.ments {
		for _, m := range ms {
			if m.actor >= 0 || !strings.HasPrefix(m.key, "name:") {
				continue
			}
			s := m.name // "the Afghan capital" is Kabul
			if old, ok := out[m.key]; !ok || text.IsUpper(old) && !text.IsUpper(s) {
				out[m.key] = s
			}
		}
	}
	return out
}

// mentionCount is how many names a document's sentences hold: the most
// keys a map of its names can take.
func mentionCount(di *docInfo) int {
	n := 0
	for _, ms := range di.ments {
		n += len(ms)
	}
	return n
}

// venueNames lists the place keys of a document that name venues, with
// the names they hold unless the text also writes that name alone (then
// it is a town: "Brussels" beside "Brussels Airport").
func (x *Extractor) venueNames(di *docInfo) []string {
	held := map[string]bool{}
	var out []string
	for _, ms := range di.ments {
		for _, m := range ms {
			if place, ok := x.venuePlace(m); ok {
				if !slices.Contains(out, m.key) {
					out = append(out, m.key)
				}
				held[place] = true
			}
		}
	}
	if len(held) == 0 {
		return out // most reports name no venue: no map of the rest
	}
	alone := make(map[string]bool, mentionCount(di))
	for _, ms := range di.ments {
		for _, m := range ms {
			if _, ok := x.venuePlace(m); !ok {
				alone[m.key] = true
			}
		}
	}
	for p := range held {
		if !alone[p] {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}
