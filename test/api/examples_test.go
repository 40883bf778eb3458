package api

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cli"
)

// TestExamples runs the command lines of README.md that name files of
// testdata/examples, from that folder, as a reader would: each must read
// its files without an input error (exit 0 or 1) and print something. The
// API's examples are conformance cases (cases/examples.json).
func TestExamples(t *testing.T) {
	root := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "testdata", "examples")
	for _, tt := range []struct {
		args  []string
		stdin string
	}{
		{[]string{"check", "reports.json", "feed.jsonl", "story.html"}, ""},
		{[]string{"check", "--format", "json", "--fail-on", "medium", "reports.json"}, ""},
		{[]string{"claims", "story.txt"}, ""},
		{[]string{"check", "--map", "text=article.body", "-"}, "articles.json"},
	} {
		name := strings.Join(tt.args, " ")
		t.Run(name, func(t *testing.T) {
			var stdin []byte
			if tt.stdin != "" {
				if stdin, err = os.ReadFile(filepath.Join(dir, tt.stdin)); err != nil {
					t.Fatal(err)
				}
			}
			var out, errs bytes.Buffer
			code := cli.Main(tt.args, cli.Env{Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &errs,
				FS: os.DirFS(dir), Path: filepath.ToSlash})
			if code != cli.ExitOK && code != cli.ExitFindings || errs.Len() > 0 || out.Len() == 0 {
				t.Errorf("exit %d, %d bytes out, stderr:\n%s", code, out.Len(), errs.String())
			}
		})
	}
	// Every file README.md names with @ (curl's body) is one of them.
	for _, m := range regexp.MustCompile(`@(testdata/examples/[\w.-]+)`).FindAllStringSubmatch(string(readme), -1) {
		if _, err := os.Stat(filepath.Join(root, m[1])); err != nil {
			t.Errorf("README.md posts %s: %v", m[1], err)
		}
	}
}
