package claim

import (
	"github.com/crosscheck/crosscheck/internal/document"
)

// Doc is the result of reading one document.
type Doc struct {
	Claims []Claim
	info   *docInfo
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
		out = append(out, x.facts(di, si)...)
		out = append(out, x.responsibility(di, si)...)
	}
	breaks := x.breakdowns(di, counts)
	all := append(counts, out...)
	all = append(all, breaks...)
	for i := range all {
		x.describe(di, &all[i])
	}
	return Doc{Claims: all, info: di}
}
