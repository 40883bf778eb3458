package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestReadmeWalkthrough follows rules/README.md as a new rule author
// would: it makes the folders the guide makes, writes the files it shows,
// makes the edits it describes and runs the commands it gives, and checks
// each exit status and, where the guide shows it, the exact output. The
// guide's steps are marked with <!-- walkthrough… --> comments:
//
//	<!-- walkthrough -->                  the next ```sh block is run
//	<!-- walkthrough: exit N -->          … and must exit with status N
//	<!-- walkthrough: output -->          the next block is the last command's output
//	<!-- walkthrough: DIR/FILE -->        the next block is written to DIR/FILE
//	<!-- walkthrough: edit FILE "A" "B" --> A (once in FILE) becomes B
func TestReadmeWalkthrough(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "rules", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	w := &walk{t: t, dir: dir, exit: -1}
	lines := strings.Split(string(readme), "\n")
	steps := 0
	for i := 0; i < len(lines); i++ {
		d, ok := directive(lines[i])
		if !ok {
			continue
		}
		steps++
		switch {
		case d == "" || strings.HasPrefix(d, "exit "):
			want := 0
			if d != "" {
				want, err = strconv.Atoi(strings.TrimPrefix(d, "exit "))
				if err != nil {
					t.Fatalf("README line %d: %q", i+1, d)
				}
			}
			var block string
			block, i = fenced(t, lines, i+1)
			for _, cmd := range strings.Split(strings.TrimSpace(block), "\n") {
				w.run(cmd, want)
			}
		case d == "output":
			var block string
			block, i = fenced(t, lines, i+1)
			if w.out != block {
				t.Errorf("README line %d: the output shown is not what the command prints.\nshown:\n%s\nprinted:\n%s", i+1, block, w.out)
			}
		case strings.HasPrefix(d, "edit "):
			w.edit(i+1, strings.TrimPrefix(d, "edit "))
		default:
			var block string
			block, i = fenced(t, lines, i+1)
			w.write(d, block)
		}
	}
	if steps < 10 {
		t.Fatalf("only %d walkthrough steps in rules/README.md: the guide lost its markers", steps)
	}
	// The guide leaves the folder with a misspelt key; fixed, every case
	// passes, and the new rules need no more cases; on top of the built-in
	// rules, and in a full copy of them as well.
	w.edit(0, `myrules/hostages.yaml "    nuons:" "    nouns:"`)
	w.run("bin/crosscheck test --strict --rules myrules", ExitOK)
	if !strings.Contains(w.out, " 0 failed") {
		t.Errorf("the finished walkthrough does not pass:\n%s", w.out)
	}
	w.run("bin/crosscheck lint --rules myrules --rules layoffs", ExitOK)
	copyDir(t, filepath.Join("..", "..", "rules"), filepath.Join(dir, "full"))
	for _, n := range []string{"hostages.yaml", "hostages_test.yaml"} {
		b, _ := os.ReadFile(filepath.Join(dir, "myrules", n))
		w.write("full/"+n, strings.Replace(string(b), "../rules/", "./", 1))
	}
	w.run("bin/crosscheck test --strict full", ExitOK)
	if !strings.Contains(w.out, " 0 failed") {
		t.Errorf("the finished walkthrough does not pass:\n%s", w.out)
	}
}

// walk is the state of the walkthrough: its folder and last command.
type walk struct {
	t    *testing.T
	dir  string
	out  string
	exit int
}

func (w *walk) run(cmd string, want int) {
	w.t.Helper()
	f := strings.Fields(cmd)
	switch {
	case len(f) == 0 || strings.HasPrefix(f[0], "#"):
		return
	case len(f) == 4 && f[0] == "cp" && f[1] == "-r" && f[2] == "rules":
		copyDir(w.t, filepath.Join("..", "..", "rules"), filepath.Join(w.dir, f[3]))
		return
	case len(f) == 2 && f[0] == "mkdir":
		if err := os.MkdirAll(filepath.Join(w.dir, f[1]), 0o755); err != nil {
			w.t.Fatal(err)
		}
		return
	case f[0] != "bin/crosscheck":
		w.t.Fatalf("the walkthrough runs %q, which this test cannot follow", cmd)
	}
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, FS: os.DirFS(w.dir), Path: func(n string) string { return n }}
	w.exit = Main(f[1:], env)
	w.out = out.String()
	if w.exit != want {
		w.t.Errorf("%s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", cmd, w.exit, want, w.out, errb.String())
	}
}

func (w *walk) write(name, body string) {
	w.t.Helper()
	p := filepath.Join(w.dir, filepath.FromSlash(name))
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		w.t.Fatal(err)
	}
}

// edit applies `FILE "A" "B"`: the one A in FILE becomes B.
func (w *walk) edit(line int, arg string) {
	w.t.Helper()
	name, rest, _ := strings.Cut(arg, " ")
	var args []string
	for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			w.t.Fatalf("README line %d: edit %q: %v", line, arg, err)
		}
		s, _ := strconv.Unquote(q)
		args = append(args, s)
		rest = rest[len(q):]
	}
	p := filepath.Join(w.dir, filepath.FromSlash(name))
	b, err := os.ReadFile(p)
	if err != nil || len(args) != 2 {
		w.t.Fatalf("README line %d: edit %q: %v", line, arg, err)
	}
	if n := strings.Count(string(b), args[0]); n != 1 {
		w.t.Fatalf("README line %d: %q occurs %d times in %s, want once", line, args[0], n, name)
	}
	w.write(name, strings.Replace(string(b), args[0], args[1], 1))
}

// directive reads "<!-- walkthrough[: d] -->".
func directive(line string) (string, bool) {
	s, ok := strings.CutPrefix(strings.TrimSpace(line), "<!-- walkthrough")
	if !ok || !strings.HasSuffix(s, "-->") {
		return "", false
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "-->"))
	return strings.TrimSpace(strings.TrimPrefix(s, ":")), true
}

// fenced returns the body of the first ``` block at or after line i, and
// the index of its closing fence.
func fenced(t *testing.T, lines []string, i int) (string, int) {
	t.Helper()
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i >= len(lines) || !strings.HasPrefix(lines[i], "```") {
		t.Fatalf("README line %d: a walkthrough marker must be followed by a ``` block", i+1)
	}
	var body []string
	for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
		body = append(body, lines[i])
	}
	return strings.Join(body, "\n") + "\n", i
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
