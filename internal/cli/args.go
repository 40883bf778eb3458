package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// parseArgs parses flags wherever they stand among the file names, as
// people write them ("check in.json --format csv"); the flag package
// alone stops at the first name and would take "--format" for a file.
// After "--" everything is a name, so a file called "-x" can be given.
func parseArgs(fl *flag.FlagSet, args []string) ([]string, error) {
	var names []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(names, rest...), nil
		}
		if len(rest) == 0 {
			return names, nil
		}
		names, args = append(names, rest[0]), rest[1:]
	}
}

// checkInputs refuses names that cannot all be read: standard input ("-")
// read twice would give nothing the second time ("input is empty").
func checkInputs(names []string) diag.List {
	n := 0
	for _, name := range names {
		if name == "-" {
			n++
		}
	}
	if n > 1 {
		return diag.List{{Code: "bad-args", Severity: diag.Error, File: "<stdin>",
			Message: fmt.Sprintf("standard input (\"-\") is named %d times; it can be read once", n)}}
	}
	return nil
}

// readErrorMessage says why a file could not be read, without the path
// the error carries: inside the CLI's fs.FS that path has lost its leading
// "/" (and a relative name became absolute), so messages name the file as
// the user wrote it instead.
func readErrorMessage(err error) string {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.As(err, &pe):
		return pe.Err.Error()
	}
	return err.Error()
}
