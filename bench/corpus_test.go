package bench

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/check"
)

func TestCorpusIsDeterministic(t *testing.T) {
	a, b := Corpus(40, 7), Corpus(40, 7)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Corpus(40, 7) differs between two calls")
	}
	if c := Corpus(40, 8); reflect.DeepEqual(a, c) {
		t.Fatal("Corpus(40, 8) equals Corpus(40, 7): the seed is not used")
	}
}

// TestCorpusShape checks what the benchmarks rely on: news-length
// documents, dated after what they report, about many places.
func TestCorpusShape(t *testing.T) {
	docs, about := generate(1000, seed)
	ids := map[string]bool{}
	places, venues := map[string]bool{}, map[string]bool{}
	outletsPerEvent := map[*event]map[string]bool{}
	bytes := 0
	for i, d := range docs {
		words := len(strings.Fields(d.Text))
		if words < 600 || words > 2500 {
			t.Errorf("%s: %d words, want 600–2,500", d.ID, words)
		}
		pub, err := time.Parse("2006-01-02", d.Published)
		if err != nil {
			t.Fatalf("%s: published %q: %v", d.ID, d.Published, err)
		}
		if e := about[i]; pub.Before(e.day) || e.day.Year() < 2015 || e.day.Year() > 2025 {
			t.Errorf("%s: published %s, event on %s", d.ID, d.Published, e.day.Format(time.DateOnly))
		}
		if ids[d.ID] || d.Title == "" || d.Outlet == "" || !strings.HasPrefix(d.URL, "https://") {
			t.Errorf("%s: duplicate id or missing title, outlet or URL: %+v", d.ID, d)
		}
		if strings.ContainsAny(d.Text, "{}") {
			t.Errorf("%s: an unfilled template slot in the text", d.ID)
		}
		ids[d.ID] = true
		places[about[i].place] = true
		venues[about[i].venue] = true
		if outletsPerEvent[about[i]] == nil {
			outletsPerEvent[about[i]] = map[string]bool{}
		}
		outletsPerEvent[about[i]][d.Outlet] = true
		bytes += len(d.Text)
	}
	if len(places) < 150 || len(venues) < 150 {
		t.Errorf("1,000 documents report attacks at %d venues in %d places, want hundreds", len(venues), len(places))
	}
	if bytes < 1_000_000*len(docs)/1000 {
		t.Errorf("%d bytes in 1,000 documents: 10,000 would hold under 10 MB", bytes)
	}
	shared := 0
	for _, outlets := range outletsPerEvent {
		if len(outlets) >= 2 {
			shared++
		}
	}
	if shared < len(outletsPerEvent)/2 {
		t.Errorf("only %d of %d events are covered by two outlets or more", shared, len(outletsPerEvent))
	}
}

// TestTemplatesFill fills every template, so a misspelt slot fails here
// rather than in the middle of a benchmark.
func TestTemplatesFill(t *testing.T) {
	w := newWorld(newRand(3), 50)
	wr := &writer{w: w, r: newRand(4), e: w.events[0], past: w.events[1], used: map[string]bool{}}
	wr.pub = wr.e.day.AddDate(0, 0, 3)
	wr.figures(false)
	lists := [][]string{titleTemplates, leadTemplates, injuryTemplates, casualtyTemplates, breakdownTemplates,
		detentionTemplates, claimTemplates, blameTemplates, denyTemplates, foundTemplates, sizeTemplates,
		leaderTemplates, pastTemplates, aftermathTemplates, quoteTemplates, politicsFiller, economyFiller,
		sportFiller, societyFiller, fillerWho, fillerWhat, fillerHow}
	for _, l := range lists {
		for _, tmpl := range l {
			if s := wr.expand(tmpl); strings.ContainsAny(s, "{}") {
				t.Errorf("%q filled as %q", tmpl, s)
			}
		}
	}
}

// TestCorpusHoldsDisagreements runs the engine on a small corpus: outlets
// that give different tolls, founding dates and culprits must show up as
// findings of each kind.
func TestCorpusHoldsDisagreements(t *testing.T) {
	x, diags := engine(t)
	res := check.Run(x, Corpus(300, seed), diags)
	for _, kind := range []string{"count", "date", "responsibility"} {
		if res.Report.Summary.ByKind[kind] == 0 {
			t.Errorf("no %s findings in 300 generated documents (by kind: %v)", kind, res.Report.Summary.ByKind)
		}
	}
}
