package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// cut returns the span of excerpt that runs from the source's first words
// to its last, when it has the length the manifest gives.
func cut(s Source, excerpt string) (string, bool) {
	i := strings.Index(excerpt, s.First)
	for i >= 0 {
		if j := strings.Index(excerpt[i:], s.Last); j >= 0 {
			// The last words may also stand earlier: take the occurrence
			// that gives the recorded length.
			for k := i + j; k >= 0 && k < len(excerpt); {
				span := excerpt[i : k+len(s.Last)]
				if len(span) == s.Chars || s.Chars == 0 {
					return span, true
				}
				n := strings.Index(excerpt[k+1:], s.Last)
				if n < 0 {
					break
				}
				k += 1 + n
			}
		}
		n := strings.Index(excerpt[i+1:], s.First)
		if n < 0 {
			break
		}
		i += 1 + n
	}
	return "", false
}

// verifyTexts checks each present text against its manifest entry.
func verifyTexts(m *Manifest, dir string) int {
	bad, missing := 0, 0
	for _, s := range m.Documents {
		b, err := os.ReadFile(filepath.Join(dir, s.ID+".txt"))
		if err != nil {
			missing++
			continue
		}
		if span, ok := cut(s, string(b)); !ok || span != string(b) {
			fmt.Printf("%s: the text does not run from %q to %q in %d bytes (it has %d)\n", s.ID, s.First, s.Last, s.Chars, len(b))
			bad++
		}
	}
	fmt.Printf("%d texts match the manifest, %d do not, %d missing\n", len(m.Documents)-bad-missing, bad, missing)
	if bad > 0 {
		return 1
	}
	return 0
}

// printQueries lists each search query with the documents it finds.
func printQueries(m *Manifest) {
	by := map[string][]string{}
	for _, s := range m.Documents {
		by[s.Query] = append(by[s.Query], s.ID)
	}
	qs := make([]string, 0, len(by))
	for q := range by {
		qs = append(qs, q)
	}
	sort.Strings(qs)
	for _, q := range qs {
		fmt.Printf("%s\t%s\n", q, strings.Join(by[q], " "))
	}
}

// answer is a saved answer of the search tool's pages corpus.
type answer struct {
	Results []struct {
		URL     string `json:"url"`
		Excerpt string `json:"excerpt"`
	} `json:"results"`
}

// importAnswers writes the texts found in saved search answers.
func importAnswers(m *Manifest, dir string, files []string) int {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		return 2
	}
	byURL := map[string][]Source{}
	for _, s := range m.Documents {
		byURL[s.URL] = append(byURL[s.URL], s)
	}
	wrote := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			return 2
		}
		var a answer
		if err := json.Unmarshal(b, &a); err != nil {
			fmt.Fprintf(os.Stderr, "eval: %s: %v\n", f, err)
			return 2
		}
		for _, r := range a.Results {
			for _, s := range byURL[r.URL] {
				span, ok := cut(s, r.Excerpt)
				if !ok {
					fmt.Printf("%s: found at %s, but not the span %q … %q\n", s.ID, r.URL, s.First, s.Last)
					continue
				}
				if err := os.WriteFile(filepath.Join(dir, s.ID+".txt"), []byte(span), 0o644); err != nil {
					fmt.Fprintln(os.Stderr, "eval:", err)
					return 2
				}
				wrote++
			}
		}
	}
	fmt.Printf("wrote %d texts\n", wrote)
	return 0
}
