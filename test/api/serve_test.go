package api

import (
	"path/filepath"
	"strings"
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
	h := cli.ServeHandler(site.FS, nil)
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
				if cliOut, err = CLIOutput(root, c.Response.CLI, body); err != nil {
					t.Fatal(err)
				}
			}
			for _, msg := range c.Check(Serve(h, req), cliOut) {
				t.Error(msg)
			}
		})
	}
}
