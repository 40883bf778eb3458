package api

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cli"
	"github.com/crosscheck/crosscheck/site"
)

// TestServeCases runs every conformance case against the native host as
// `crosscheck serve` runs it (the API beside the page's files), so a path
// outside the API answers natively as the Worker answers it; internal/
// httpapi runs them against the bare handler, `make test-worker` against
// the Worker too.
func TestServeCases(t *testing.T) {
	root := filepath.Join("..", "..")
	cases, err := Load(filepath.Join(root, "test", "api", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	RunCases(t, root, cases, cli.ServeHandler(site.FS, nil))
}
