package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Manifest lists the real report excerpts: where each came from and how to
// find its span again. The texts themselves stay out of git.
type Manifest struct {
	Documents []Source `yaml:"documents"`
}

// Source is one excerpt of a published report.
type Source struct {
	ID            string `yaml:"id"`
	Event         string `yaml:"event"` // the labelled main event
	Outlet        string `yaml:"outlet"`
	URL           string `yaml:"url"`
	Published     string `yaml:"published"`
	PublishedFrom string `yaml:"published_from"`
	Title         string `yaml:"title"`
	Query         string `yaml:"query"` // a search that returns the URL
	First         string `yaml:"first"` // the span's first words
	Last          string `yaml:"last"`  // the span's last words
	Chars         int    `yaml:"chars"` // the span's length in bytes
}

// Labels are what a fact-checker read in the excerpts, written before the
// engine was run on them.
type Labels struct {
	// Exclude lists events the repository already holds: their pairs are
	// labelled but left out of the figures.
	Exclude []struct {
		Event string `yaml:"event"`
		Why   string `yaml:"why"`
	} `yaml:"exclude"`
	Events []LabelledEvent `yaml:"events"`
	Facts  []Fact          `yaml:"facts"`
	Pairs  []Pair          `yaml:"pairs"`
}

// LabelledEvent is one incident (or group or person) the excerpts report.
type LabelledEvent struct {
	ID      string `yaml:"id"`
	Label   string `yaml:"label"`
	Kind    string `yaml:"kind"`
	Place   string `yaml:"place"`
	Date    string `yaml:"date"`
	Subject string `yaml:"subject"`
}

// Fact is one statement of one document about one event.
type Fact struct {
	Doc   string `yaml:"doc"`
	Event string `yaml:"event"`
	Fact  string `yaml:"fact"`
	Value string `yaml:"value"`
	AsOf  string `yaml:"as_of"`
	Note  string `yaml:"note"`
	// Current is false for a figure the report gives as an earlier one
	// ("the initial toll was 24"): pairs are made of current figures.
	Current *bool `yaml:"current"`
}

// Pair is a labelled pair of statements from two documents (or one, for a
// report at odds with itself).
type Pair struct {
	A         string `yaml:"a"`
	B         string `yaml:"b"`
	Event     string `yaml:"event"`
	BEvent    string `yaml:"b_event"` // b's event, for different-events pairs
	Fact      string `yaml:"fact"`
	AValue    string `yaml:"a_value"`
	BValue    string `yaml:"b_value"`
	Label     string `yaml:"label"`
	Why       string `yaml:"why"`
	Corrected string `yaml:"corrected"`
}

// Pair labels.
const (
	Conflict        = "conflict"
	Update          = "update"
	Consistent      = "consistent"
	DifferentEvents = "different-events"
)

// flagWorthy says whether a fact-checker wants the pair shown.
func flagWorthy(label string) bool { return label == Conflict || label == Update }

// key names a pair of documents and a fact, whatever their order.
type key struct{ a, b, fact string }

func pairKey(a, b, fact string) key {
	if b < a {
		a, b = b, a
	}
	return key{a, b, fact}
}

func readYAML(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// loadSet reads the manifest and the labels in dir.
func loadSet(dir string) (*Manifest, *Labels, error) {
	var m Manifest
	if err := readYAML(filepath.Join(dir, "manifest.yaml"), &m); err != nil {
		return nil, nil, err
	}
	var l Labels
	if err := readYAML(filepath.Join(dir, "labels.yaml"), &l); err != nil {
		return nil, nil, err
	}
	return &m, &l, nil
}

// validate reports what is wrong with the labels: unknown documents,
// events or labels, and pairs of statements left unlabelled.
func validate(m *Manifest, l *Labels) []string {
	var out []string
	docs := map[string]bool{}
	for _, d := range m.Documents {
		if docs[d.ID] {
			out = append(out, "manifest: document "+d.ID+" twice")
		}
		docs[d.ID] = true
	}
	events := map[string]bool{}
	for _, e := range l.Events {
		events[e.ID] = true
	}
	for _, d := range m.Documents {
		if !events[d.Event] {
			out = append(out, fmt.Sprintf("manifest: %s: unknown event %q", d.ID, d.Event))
		}
	}
	for _, f := range l.Facts {
		if !docs[f.Doc] {
			out = append(out, fmt.Sprintf("facts: unknown document %q", f.Doc))
		}
		if !events[f.Event] {
			out = append(out, fmt.Sprintf("facts: %s: unknown event %q", f.Doc, f.Event))
		}
	}
	labelled := map[key]bool{}
	for _, p := range l.Pairs {
		if !docs[p.A] || !docs[p.B] {
			out = append(out, fmt.Sprintf("pairs: %s / %s: unknown document", p.A, p.B))
		}
		switch p.Label {
		case Conflict, Update, Consistent, DifferentEvents:
		default:
			out = append(out, fmt.Sprintf("pairs: %s / %s: unknown label %q", p.A, p.B, p.Label))
		}
		labelled[pairKey(p.A, p.B, p.Fact)] = true
	}
	// Every two documents stating one fact of one event must be labelled.
	type ef struct{ event, fact string }
	by := map[ef][]string{}
	for _, f := range l.Facts {
		if f.Current != nil && !*f.Current {
			continue
		}
		k := ef{f.Event, f.Fact}
		if !contains(by[k], f.Doc) {
			by[k] = append(by[k], f.Doc)
		}
	}
	var missing []string
	for k, ds := range by {
		for i := range ds {
			for j := i + 1; j < len(ds); j++ {
				if !labelled[pairKey(ds[i], ds[j], k.fact)] {
					missing = append(missing, fmt.Sprintf("pairs: %s / %s (%s, %s) not labelled", ds[i], ds[j], k.event, k.fact))
				}
			}
		}
	}
	sort.Strings(missing)
	return append(out, missing...)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
