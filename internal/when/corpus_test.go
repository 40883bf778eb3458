package when

import (
	"strings"
	"testing"
)

// scanDoc scans one demo-corpus article against its publication date.
func scanDoc(t *testing.T, id string) ([]Date, string) {
	t.Helper()
	m := testMatcher(t)
	for _, d := range demoCorpus(t) {
		if d.ID == id {
			return m.Scan(d.Text, mustDay(t, d.Published), true), d.Text
		}
	}
	t.Fatalf("no document %s in the demo corpus", id)
	return nil, ""
}

// find returns the first date whose Text is text and whose sentence
// contains near, so a test names the mention it means.
func find(t *testing.T, ds []Date, doc, text, near string) Date {
	t.Helper()
	for _, d := range ds {
		if d.Text != text {
			continue
		}
		lo := max(0, d.Start-120)
		hi := min(len(doc), d.End+120)
		if strings.Contains(doc[lo:hi], near) {
			return d
		}
	}
	t.Fatalf("no date %q near %q; found:\n%s", text, near, traces(ds))
	return Date{}
}

func overlap(a, b Date) bool { return a.Lo <= b.Hi && b.Lo <= a.Hi }

// TestSeedFindings checks the dates behind the acceptance list of the seed
// corpus (testdata/expected-findings.yaml): the pairs a checker must flag
// do not overlap, the look-alikes it must not flag do.
func TestSeedFindings(t *testing.T) {
	nyt, nytText := scanDoc(t, "nyt-2024-isis-k-ambitions")
	blog, blogText := scanDoc(t, "blog-2024-iskp-westward")
	chief, chiefText := scanDoc(t, "tca-2024-uzbek-security-chief")
	pres, presText := scanDoc(t, "tca-2024-uzbek-president")
	ap, apText := scanDoc(t, "arabnews-2020-al-masri-ap")
	crisis, crisisText := scanDoc(t, "arabnews-2020-al-qaeda-crisis")
	lwj, lwjText := scanDoc(t, "lwj-2017-uzbeki")

	tests := []struct {
		id       string
		a, b     Date
		conflict bool
	}{
		{"iskp-founding-year",
			find(t, nyt, nytText, "2015", "founded in 2015"),
			find(t, chief, chiefText, "2014", "formed in 2014"), true},
		{"hamza-bin-laden-death-year",
			find(t, ap, apText, "last year", "He was killed last year"),
			find(t, crisis, crisisText, "2017", "air strike in 2017"), true},
		{"crocus-date",
			find(t, pres, presText, "March 22", "Crocus City Hall"),
			find(t, nyt, nytText, "Friday", "attack near Moscow on Friday"), false},
		{"kerman-date",
			find(t, blog, blogText, "January 3", "On January 3, ISKP"),
			find(t, nyt, nytText, "January", "twin bombings in Iran"), false},
		{"santa-maria-date",
			find(t, blog, blogText, "January 28", "On January 28, two masked men"),
			find(t, nyt, nytText, "January", "Roman Catholic church in Istanbul"), false},
		{"al-masri-death-date",
			find(t, ap, apText, "Aug. 7", "Tehran alley"),
			find(t, ap, apText, "August", "Iranian capital in August"), false},
		{"al-masri-death-date across articles",
			find(t, ap, apText, "Aug. 7", "Tehran alley"),
			find(t, crisis, crisisText, "Aug. 7", "Tehran alley"), false},
		{"masharipov-entry",
			find(t, lwj, lwjText, "Jan. 2016", "smuggled into Turkey"),
			find(t, lwj, lwjText, "last January [2016]", "war in Syria"), false},
		{"turkey-car-bombing in early November 2016",
			find(t, lwj, lwjText, "early November", "Baghdadi called"),
			find(t, lwj, lwjText, "Aug. 2016", "Euphrates Shield"), true},
	}
	for _, tc := range tests {
		if got := !overlap(tc.a, tc.b); got != tc.conflict {
			t.Errorf("%s: conflict=%v, want %v\n  %s\n  %s", tc.id, got, tc.conflict, tc.a.Trace, tc.b.Trace)
		}
	}
}

// TestSeedNonDates checks that the numbers of the seed corpus that are
// counts, labels, times or markup stay unread: no date's Text is one of
// them or contains them.
func TestSeedNonDates(t *testing.T) {
	m := testMatcher(t)
	exact := []string{"1920", "19644", "19", "10", "2", "4,000", "6,000", "1,000", "3,000", "3,400",
		"95", "363", "140", "103", "280", "400", "500", "34", "58", "100", "13", "170"}
	within := []string{"IK-19", "9/11", "No. 2", "10th", "10:00"}
	for _, d := range demoCorpus(t) {
		for _, x := range m.Scan(d.Text, mustDay(t, d.Published), true) {
			for _, n := range exact {
				if x.Text == n {
					t.Errorf("%s: read %q as a date: %s", d.ID, x.Text, x.Trace)
				}
			}
			for _, n := range within {
				if strings.Contains(x.Text, n) {
					t.Errorf("%s: read %q as a date: %s", d.ID, x.Text, x.Trace)
				}
			}
		}
	}
}
