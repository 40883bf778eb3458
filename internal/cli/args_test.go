package cli

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
)

// runAt runs the command line with the host's path mapping: names are
// paths from "/" (the host's os.DirFS("/")), and relative ones are under
// /work, so absolute and relative names both reach the files.
func runAt(t *testing.T, stdin string, files fstest.MapFS, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, FS: files, Path: func(n string) string {
		if strings.HasPrefix(n, "/") {
			return strings.TrimPrefix(n, "/")
		}
		return "work/" + n
	}}
	code = Main(args, env)
	return code, out.String(), errb.String()
}

// TestArguments runs command lines people write, each named by its
// arguments: flags after file names, "--", standard input twice, and
// paths that must come back in messages as they were written.
func TestArguments(t *testing.T) {
	files := fstest.MapFS{
		"work/in.json":        {Data: []byte(twoReports)},
		"work/-odd.json":      {Data: []byte(twoReports)},
		"work/dir/a.json":     {Data: []byte(twoReports)},
		"work/rules/c.yaml":   {Data: []byte("checks:\n  - id: x\n    kind: count\n    severity: high\n    mesage: hi\n")},
		"work/bad.json":       {Data: []byte("[{\"id\": \"a\", \"text\": 3}]")},
		"work/rules-ok/.keep": {Data: nil},
	}
	tests := []struct {
		args   []string
		stdin  string
		code   int
		stdout string // a part of standard output
		stderr string // a part of standard error ("" when it must be empty)
	}{
		{[]string{"check", "in.json", "--format", "csv"}, "", ExitOK, "finding,severity,kind,claim", ""},
		{[]string{"check", "in.json", "--format", "json", "--fail-on", "medium"}, "", ExitFindings, `"schema": "crosscheck.report/v1"`, ""},
		{[]string{"check", "--format", "csv", "in.json", "--fail-on=medium"}, "", ExitFindings, "finding,severity,kind,claim", ""},
		{[]string{"check", "--format", "csv", "--", "-odd.json"}, "", ExitOK, "finding,severity,kind,claim", ""},
		{[]string{"check", "-", "--format", "csv"}, twoReports, ExitOK, "finding,severity,kind,claim", ""},
		{[]string{"check", "-", "-"}, twoReports, ExitBadInput, "", `<stdin>: error: standard input ("-") is named 2 times; it can be read once [bad-args]`},
		{[]string{"claims", "-", "in.json", "-"}, twoReports, ExitBadInput, "", `standard input ("-") is named 2 times`},
		{[]string{"check", "/work/missing.json"}, "", ExitBadInput, "", "/work/missing.json: error: no such file [read-error]"},
		{[]string{"check", "/work/dir"}, "", ExitBadInput, "", "/work/dir: error: is a directory; name the files in it [read-error]"},
		{[]string{"check", "/work/bad.json"}, "", ExitBadInput, "", "/work/bad.json:1:22: error: /0: field \"text\""},
		{[]string{"check", "--rules", "/work/rules", "in.json"}, "", ExitBadInput, "", `/work/rules/c.yaml:5:5: error: unknown key "mesage"`},
		{[]string{"check", "--rules", "/work/nowhere", "in.json"}, "", ExitBadInput, "", "/work/nowhere: error: no such directory [read-error]"},
		{[]string{"check", "--rules", "/work/rules-ok", "in.json"}, "", ExitBadInput, "", "/work/rules-ok: error: no .yaml rule files here [no-rules]"},
		{[]string{"lint", "/work/rules", "--format", "json"}, "", ExitFindings, `"file": "/work/rules/c.yaml"`, ""},
		{[]string{"check", "in\x1b[2J.json"}, "", ExitBadInput, "", `in\x1b[2J.json: error: no such file`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := runAt(t, tt.stdin, files, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out)
			}
			if tt.stderr == "" && errs != "" || !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr:\n%s\nwant %q", errs, tt.stderr)
			}
			if strings.Contains(errs, "\x1b") {
				t.Errorf("an escape sequence reached the terminal: %q", errs)
			}
		})
	}
}
