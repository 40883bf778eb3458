package when

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// sameAsReference fails the test when Scan and the frozen full walk
// (reference_test.go) disagree on s.
func sameAsReference(tb testing.TB, m *Matcher, s string, ref Day, hasRef bool) {
	tb.Helper()
	got, want := m.Scan(s, ref, hasRef), m.scanRef(s, ref, hasRef)
	if !reflect.DeepEqual(got, want) {
		tb.Fatalf("Scan and the full walk disagree on %q (ref %s, hasRef %v)\nScan:\n%s\nfull walk:\n%s",
			s, ref, hasRef, traces(got), traces(want))
	}
	// AppendDates is Scan without the traces, after what dst held.
	old := Date{Text: "kept"}
	bare := m.AppendDates([]Date{old}, s, ref, hasRef)
	for i := range want {
		want[i].Trace = ""
	}
	if len(bare) != len(want)+1 || bare[0] != old || (len(want) > 0 && !reflect.DeepEqual(bare[1:], want)) {
		tb.Fatalf("AppendDates disagrees with Scan on %q: %v, want %v", s, bare, want)
	}
}

// TestScanMatchesReferenceOnCorpus scans the demo corpus whole, by
// paragraph and by sentence, with and without the reference.
func TestScanMatchesReferenceOnCorpus(t *testing.T) {
	m := testMatcher(t)
	for _, d := range demoCorpus(t) {
		ref := mustDay(t, d.Published)
		for _, hasRef := range []bool{true, false} {
			sameAsReference(t, m, d.Text, ref, hasRef)
			for _, para := range strings.Split(d.Text, "\n") {
				sameAsReference(t, m, para, ref, hasRef)
				for _, s := range strings.SplitAfter(para, ". ") {
					sameAsReference(t, m, s, ref, hasRef)
				}
			}
		}
	}
}

// TestScanMatchesReferenceOnTables scans every input of the table tests.
func TestScanMatchesReferenceOnTables(t *testing.T) {
	m := testMatcher(t)
	for _, tc := range scanTests {
		ref := mustDay(t, "2024-03-24")
		if tc.ref != "" {
			ref = mustDay(t, tc.ref)
		}
		sameAsReference(t, m, tc.in, ref, tc.ref != "")
		sameAsReference(t, m, tc.in, ref, false)
	}
}

// TestScanMatchesReferenceOnWordSalad scans random strings of lexicon
// words, numbers, marks and other words, joined by spaces or not: the
// places where the pre-pass could cut a pattern short are dense here.
func TestScanMatchesReferenceOnWordSalad(t *testing.T) {
	m := testMatcher(t)
	r := rand.New(rand.NewPCG(1, 2))
	n := 200000
	if testing.Short() {
		n = 10000
	}
	ref := mustDay(t, "2024-03-24")
	for range n {
		s := wordSalad(r, 1+r.IntN(24))
		sameAsReference(t, m, s, ref, true)
		if r.IntN(4) == 0 {
			sameAsReference(t, m, s, ref, false)
		}
	}
}

// saladParts are the pieces wordSalad draws from; lexicon words come from
// the real lexicon on top of these.
var saladParts = []string{
	"2024", "2017", "1990s", "1990's", "15", "3rd", "31", "4,000", "2.5", "10:00", "9/11", "C5", "$10",
	"2020-11-15", "2017-2019", "[2016]", "[", "]", ",", ".", "-", "–", "—", "'s", "’s", "(", ")", "“", "”",
	"said", "attack", "people", "police", "Good", "Sunday", "mass", "over", "Sept.", "Aug", "mid-",
	"don't", "year’s", "Year's", "o'clock", "café", "naïve", "K", "\u00a0", "\u2009", "\n", "\xff",
	"MAY", "May", "may", "march", "March", "the", "THE", "The", "a", "An", "of", "in", "from", "between",
}

// wordSalad strings n pieces drawn from a palette of eight: lexicon words
// (in any case), marks, numbers and other words. A small palette makes
// the same few pieces meet often, in every order.
func wordSalad(r *rand.Rand, n int) string {
	words := saladWords()
	var palette [8]string
	for k := range palette {
		switch r.IntN(3) {
		case 0:
			palette[k] = saladParts[r.IntN(len(saladParts))]
		case 1:
			palette[k] = saladNumber(r)
		default:
			w := words[r.IntN(len(words))]
			switch r.IntN(6) {
			case 0:
				w = strings.ToUpper(w[:1]) + w[1:]
			case 1:
				w = strings.ToUpper(w)
			}
			palette[k] = w
		}
	}
	var b strings.Builder
	for k := 0; k < n; k++ {
		if k > 0 {
			switch r.IntN(10) {
			case 0:
				// glued: no space
			case 1:
				b.WriteString("  ")
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteString(palette[r.IntN(len(palette))])
	}
	return b.String()
}

// saladNumber draws a year, a day, a count or a two-digit year.
func saladNumber(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return strconv.Itoa(1790 + r.IntN(320))
	case 1:
		return strconv.Itoa(1 + r.IntN(33))
	case 2:
		return strconv.Itoa(r.IntN(100000))
	}
	return fmt.Sprintf("%02d", r.IntN(100))
}

var saladVocab []string

// saladWords lists every word of the vocabulary.
func saladWords() []string {
	if saladVocab == nil {
		for w := range matcher.vocab.ids {
			saladVocab = append(saladVocab, w)
		}
		// Map order is random; the salad must be the same every run.
		sort.Strings(saladVocab)
	}
	return saladVocab
}
