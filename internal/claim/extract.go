package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/document"
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
	info  *docInfo
}

// Extract reads every claim of one document. idx is the document's index in
// the corpus, carried in each claim.
func (x *Extractor) Extract(idx int, d *document.Document) Doc {
	di := x.analyse(idx, d, x.cues.mark)
	var counts, out []Claim
	for si := range di.sents {
		if !di.hits[si] {
			continue
		}
		counts = append(counts, x.counts(di, si)...)
		counts = append(counts, x.singularCounts(di, si)...)
		out = append(out, x.facts(di, si)...)
		out = append(out, x.responsibility(di, si)...)
	}
	breaks := x.breakdowns(di, counts)
	all := append(counts, out...)
	all = append(all, breaks...)
	for i := range all {
		x.describe(di, &all[i])
	}
	lede, ok := x.lede(di, d)
	if ok && x.datesManyEvents(di) {
		// An analysis or a chronology: its opening names one attack of
		// many, and its claims are about the ones their own sentences name.
		ok = false
	}
	return Doc{Claims: all, Lede: lede, HasLede: ok, Related: x.relatedPlaces(di), Names: surfaceNames(di), info: di}
}

// surfaceNames gives each name key the way the text writes it, mixed case
// before capitals ("Kabul", not the dateline's "KABUL").
func surfaceNames(di *docInfo) map[string]string {
	out := map[string]string{}
	for _, ms := range di.ments {
		for _, m := range ms {
			if m.actor >= 0 || !strings.HasPrefix(m.key, "name:") {
				continue
			}
			s := m.name // "the Afghan capital" is Kabul
			if old, ok := out[m.key]; !ok || old == strings.ToUpper(old) && s != strings.ToUpper(s) {
				out[m.key] = s
			}
		}
	}
	return out
}
