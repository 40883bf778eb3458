package cli

import (
	"io"
	"io/fs"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claimfile"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// readClaims reads the claims files of check --claims, in the order
// given, as loadDocs reads documents: a bad line is an error and the rest
// is still read. Claims read under other rules are not: ok is false, and
// the errors are printed. The ids are made unique across the files, as a
// single run over the documents makes them.
func readClaims(names []string, rs *rule.Set, env Env) (read []check.Extracted, all diag.List, ok bool) {
	id := claimfile.RulesID(rs)
	var ruleErrs diag.List
	for _, n := range names {
		name := n
		var r io.Reader
		var f fs.File
		if n == "-" {
			name, r = "<stdin>", env.Stdin
		} else {
			var err error
			f, err = env.FS.Open(env.Path(n))
			if err == nil {
				if st, serr := f.Stat(); serr == nil && st.IsDir() {
					f.Close()
					all = append(all, diag.Diagnostic{Code: "read-error", Severity: diag.Error, File: n, Message: "is a directory; name the files in it"})
					continue
				}
			}
			if err != nil {
				all = append(all, diag.Diagnostic{Code: "read-error", Severity: diag.Error, File: n, Message: readErrorMessage(err)})
				continue
			}
			r = f
		}
		xs, ds := claimfile.Read(name, r, id)
		if f != nil {
			f.Close()
		}
		read = append(read, xs...)
		all = append(all, ds...)
		for _, d := range ds {
			if d.Code == claimfile.CodeRules {
				ruleErrs = append(ruleErrs, d)
			}
		}
	}
	if len(ruleErrs) > 0 {
		// One line a file is enough: every line of a shard has its rules.
		printDiags(env.Stderr, firstPerFile(ruleErrs))
		return nil, nil, false
	}
	docs := make([]document.Document, len(read))
	for i := range read {
		docs[i] = read[i].Doc
	}
	all = append(all, document.DedupeIDs(docs)...)
	for i := range read {
		read[i].Doc.ID = docs[i].ID
	}
	return read, all, true
}

func firstPerFile(ds diag.List) diag.List {
	seen := map[string]bool{}
	var out diag.List
	for _, d := range ds {
		if !seen[d.File] {
			seen[d.File] = true
			out = append(out, d)
		}
	}
	return out
}
