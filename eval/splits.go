package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/event"
	"github.com/crosscheck/crosscheck/internal/when"
)

// splits says why the reports of one labelled event were put in different
// events: for each two reports whose own figures joined different
// events, how their own events weigh against each other. It prints the
// reasons by kind, names and numbers aside, so a set can be looked into
// without reading its texts; -v lists each pair.
func splits(x *claim.Extractor, res check.Result, docs []document.Document, m *Manifest, verbose bool) {
	own := ownEvents(res)
	read := check.Extract(x, docs)
	evDoc := map[string]*event.Doc{}
	for i := range read {
		xd := &read[i]
		ed := &event.Doc{Key: xd.Doc.ID, Lede: xd.Lede, HasLede: xd.HasLede, Related: xd.Related, Names: xd.Names, Venues: xd.Venues, Victims: xd.Victims}
		ed.Published, ed.HasPub = when.ParseDay(xd.Doc.Published)
		evDoc[xd.Doc.ID] = ed
	}
	by := map[string][]string{}
	for _, s := range m.Documents {
		if evDoc[s.ID] != nil {
			by[s.Event] = append(by[s.Event], s.ID)
		}
	}
	kinds := map[string]int{}
	var lines []string
	for ev, ids := range by {
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				a, b := ids[i], ids[j]
				if len(own[a]) == 0 || len(own[b]) == 0 || shareAny(own[a], own[b]) {
					continue
				}
				why := event.WhyApart(evDoc[a], evDoc[b])
				kinds[reasonKind(why)]++
				lines = append(lines, fmt.Sprintf("%s\t%s / %s\t%s", ev, a, b, why))
			}
		}
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		return kinds[ks[i]] > kinds[ks[j]] || kinds[ks[i]] == kinds[ks[j]] && ks[i] < ks[j]
	})
	for _, k := range ks {
		fmt.Printf("%4d  %s\n", kinds[k], k)
	}
	if verbose {
		sort.Strings(lines)
		fmt.Println()
		for _, l := range lines {
			fmt.Println(l)
		}
	}
}

// ownEvents lists, per document, the engine events its own figures joined.
func ownEvents(res check.Result) map[string]map[string]bool {
	own := map[string]map[string]bool{}
	for _, e := range res.Report.Events {
		for _, f := range e.Facts {
			for _, g := range f.Figures {
				if strings.HasPrefix(g.Why, "the report's own event") {
					if own[g.Doc] == nil {
						own[g.Doc] = map[string]bool{}
					}
					own[g.Doc][e.ID] = true
				}
			}
		}
	}
	return own
}

func shareAny(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

var (
	reasonPlace = regexp.MustCompile(`in [^,]+, not [^,]+`)
	reasonDates = regexp.MustCompile(`dated [^,]+`)
	reasonNums  = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)
	reasonKinds = regexp.MustCompile(`a [a-z ]+, not a [a-z ]+`)
)

// reasonKind is a reason with its names, days and numbers taken out:
// "in Kabul, not Kandahar" and "in Peshawar, not Quetta" are one kind.
func reasonKind(why string) string {
	if strings.HasPrefix(why, "fits") {
		return "fits: joined no group with the other (an order or a third report's doing)"
	}
	why = reasonPlace.ReplaceAllString(why, "in X, not Y")
	why = reasonDates.ReplaceAllString(why, "dated D")
	why = reasonKinds.ReplaceAllString(why, "a K, not a K'")
	return reasonNums.ReplaceAllString(why, "N")
}
