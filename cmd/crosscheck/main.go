// Command crosscheck finds where news reports disagree.
package main

import (
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/internal/cli"
)

func main() {
	env := cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		FS: os.DirFS("/"),
		Path: func(name string) string {
			abs, err := filepath.Abs(name)
			if err != nil {
				return name
			}
			return filepath.ToSlash(abs)[1:]
		},
		Color: isTerminal(os.Stdout) && os.Getenv("NO_COLOR") == "",
	}
	os.Exit(cli.Main(os.Args[1:], env))
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
