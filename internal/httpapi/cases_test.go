package httpapi_test

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/httpapi"
	"github.com/crosscheck/crosscheck/test/api"
)

// root is the repository, where case files name their bodies from.
var root = filepath.Join("..", "..")

// TestCases runs the conformance cases (test/api/cases) against the
// handler in memory; `make test-worker` runs the same cases against the
// Worker in local workerd and compares the two hosts' answers.
func TestCases(t *testing.T) {
	cases, err := api.Load(filepath.Join(root, "test", "api", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases loaded", len(cases))
	}
	api.RunCases(t, root, cases, httpapi.New(httpapi.Options{}))
}
