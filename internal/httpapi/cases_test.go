package httpapi_test

import (
	"path/filepath"
	"strings"
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
	h := httpapi.New(httpapi.Options{})
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.File, ".json")+"/"+c.Name, func(t *testing.T) {
			body, err := c.Request.BodyBytes(root)
			if err != nil {
				t.Fatal(err)
			}
			req, err := c.Request.New("http://crosscheck.test", body)
			if err != nil {
				t.Fatal(err)
			}
			var cliOut []byte
			if c.Response.CLI != nil {
				if cliOut, err = api.CLIOutput(root, c.Response.CLI, body); err != nil {
					t.Fatal(err)
				}
			}
			for _, msg := range c.Check(api.Serve(h, req), cliOut) {
				t.Error(msg)
			}
		})
	}
}
