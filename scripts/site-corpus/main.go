// Command site-corpus writes the benchmark corpus (bench.Corpus) as a JSON
// document file, for the page benchmarks: `go run ./scripts/site-corpus -n 1000`.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/crosscheck/crosscheck/bench"
)

func main() {
	n := flag.Int("n", 1000, "documents")
	seed := flag.Uint64("seed", 1, "corpus seed")
	flag.Parse()
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"documents": bench.Corpus(*n, *seed)}); err != nil {
		fmt.Fprintln(os.Stderr, "site-corpus:", err)
		os.Exit(1)
	}
}
